"""Clock times across time zones, and the clock times of a call told by several reports.

Why: two reports of one truce may give "17:00 IST" and "4:30pm" (from a dateline in a
zone half an hour behind): the same instant in two clocks, not a dispute. A clock is
compared as an instant when its zone is known: stated after it ("15:35 IST",
``clocks.zones`` of data/across_channels.toml) or, when the report states none, the
zone of its dateline ("Islamabad: ...", ``clocks.datelines``). A clock with no zone
against one with a zone is the same instant when some zone the corpus names would make
it so; two clocks with no zone are compared as written (rule ``across.links.clock_zones``).

The clock times of calls are compared in :mod:`.calls`.
"""

from __future__ import annotations

import re

from backchannel.resolve.across.channelwords import channel_words
from backchannel.resolve.across.names import fold

ZONE_RULE = "across.links.clock_zones"
DAY = 24 * 60
ZONE_AFTER = 14  # a zone's abbreviation at most this far after the clock ("17:00 hrs IST")
_DATELINE = re.compile(r"\s*([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)(?:,? [A-Z][A-Za-z]+)?\s*(?:\([^)]{1,40}\))?\s*[:\u2014\u2013-]\s")


def zone_after(text: str, end: int) -> int | None:
    """The zone stated just after a clock ending at ``end`` ("15:35 IST", "5 pm (GMT)"), in minutes east of UTC."""
    zones = channel_words().zones
    for m in re.finditer(r"[A-Za-z]{2,5}", text[end:end + ZONE_AFTER]):
        z = zones.get(m.group(0).lower())
        if z is not None and m.group(0).isupper():
            return z
    return None


def dateline_zone(text: str) -> int | None:
    """The zone of a report's dateline city ("Islamabad: ...", "KYIV (Reuters) - ..."), if it opens with one."""
    m = _DATELINE.match(text)
    return channel_words().datelines.get(fold(m.group(1))) if m else None


def same_instant(a: tuple[int, int | None], b: tuple[int, int | None], zones: set[int]) -> bool:
    """Two (clock minutes, zone) readings are one instant (see the module's docstring)."""
    (ca, za), (cb, zb) = a, b
    if za is not None and zb is not None:
        return (ca - za) % DAY == (cb - zb) % DAY
    if ca == cb:
        return True
    if za is None and zb is None:
        return False
    (ck, zk), cu = ((ca, za), cb) if za is not None else ((cb, zb), ca)
    return any((cu - z) % DAY == (ck - zk) % DAY for z in zones)  # type: ignore[operator]
