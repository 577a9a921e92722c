"""Clock times across time zones, and the clock times of a call told by several reports.

Why: two reports of one truce may give "17:00 IST" and "4:30pm" (from a dateline in a
zone half an hour behind): the same instant in two clocks, not a dispute. A clock is
compared as an instant when its zone is known: stated after it ("15:35 IST",
``clocks.zones`` of data/across_channels.toml) or, when the report states none, the
zone of its dateline ("Islamabad: ...", ``clocks.datelines``). A clock with no zone
against one with a zone is the same instant when some zone the corpus names would make
it so; two clocks with no zone are compared as written (rule ``across.links.clock_zones``).

Calls (rule ``across.links.call_time``): a sentence with a contact word
(``clocks.contact``: "called", "a call") followed by a clock time is the time of a
call between the states it names; two reports naming a common state and different
instants contradict on ``time``, the same instant corroborates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from backchannel.resolve.across.channelwords import channel_words
from backchannel.resolve.across.names import fold

ZONE_RULE = "across.links.clock_zones"
CALL_RULE = "across.links.call_time"
DAY = 24 * 60
ZONE_AFTER = 14  # a zone's abbreviation at most this far after the clock ("17:00 hrs IST")
CALL_WINDOW = 80  # the clock at most this far after the contact word
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


@dataclass(frozen=True)
class Call:
    """The clock time a report gives a call, and the states its sentence names."""

    doc: str
    start: int
    end: int
    clock: int
    zone: int | None
    zoned: bool  # the zone is stated by the passage, not read from the dateline
    names: frozenset[str]  # the capitalised words of its sentence
    anchor: int = 0  # end of the clock time
    claim: str | None = None


@cache
def _contact() -> re.Pattern[str]:
    w = sorted(channel_words().contact, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, w)) + r")\b")


def call_passages(doc: str, text: str, local: int | None) -> list[Call]:
    """Every sentence of ``text`` that gives a call a clock time (``local``: the dateline's zone)."""
    from backchannel.resolve.across.passages import CLOCK, clock_minutes, sentences
    low_all = fold(text)
    if not _contact().search(low_all):
        return []
    out = []
    for s, e in sentences(text):
        verb = _contact().search(low_all, s, e)
        if verb is None:
            continue
        clock = CLOCK.search(text, verb.end(), min(e, verb.end() + CALL_WINDOW))
        if clock is None:
            continue
        names = frozenset(re.findall(r"[A-Z][a-z]+", text[s:e]))  # read as states when linked (call_links)
        if not names:
            continue
        stated = zone_after(text, clock.end())
        zone = stated if stated is not None else local
        out.append(Call(doc, s, e, clock_minutes(clock), zone, stated is not None, names, clock.end()))
    return out


def call_links(calls: list[Call], order: dict[str, tuple[str, str]], known: frozenset[str] = frozenset()) -> list[dict]:
    """Calls of different reports naming a common state: different instants contradict, the same corroborates.

    One call per report (its first). Corroborations join each report to the one that
    states its zone (else the first published), as the other link rules' stars do.
    ``known``: the normal names of the corpus's states (a state the lexicon does not know).
    """
    from backchannel.resolve.across.factcounts import state_named  # factcounts reads records, which read calls
    states = {c: {x for w in c.names if (x := state_named(w, known))} for c in calls}
    first: dict[str, Call] = {}
    for c in sorted(calls, key=lambda c: c.start):
        first.setdefault(c.doc, c)
    ordered = sorted(first.values(), key=lambda c: order.get(c.doc, ("", c.doc)))
    zones = {c.zone for c in ordered if c.zone is not None}
    hub = min(ordered, key=lambda c: (not c.zoned, order.get(c.doc, ("", c.doc))), default=None)
    out = []
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if not states[a] & states[b]:
                continue
            same = same_instant((a.clock, a.zone), (b.clock, b.zone), zones)
            if not same:
                out.append(link("contradicts", a, b, f"the call at {fmt(a)} / {fmt(b)} [{CALL_RULE}]"))
            elif hub in (a, b):
                out.append(link("corroborates", a, b, f"the call at {fmt(a)} / {fmt(b)} [{CALL_RULE}]"))
    return out


def link(kind: str, a: Call, b: Call, note: str) -> dict:
    def end(c: Call) -> dict:
        return {"doc": c.doc, "claim": c.claim} if c.claim else {"doc": c.doc, "start": c.start, "end": c.end}
    return {"kind": kind, "on": "time", "a": end(a), "b": end(b), "note": note}


def fmt(c: Call) -> str:
    zone = "" if c.zone is None else f" UTC{'+' if c.zone >= 0 else '-'}{abs(c.zone) // 60}:{abs(c.zone) % 60:02d}"
    return f"{c.clock // 60:02d}:{c.clock % 60:02d}{zone}"
