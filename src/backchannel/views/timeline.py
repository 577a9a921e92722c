"""Timeline: dated interactions and claims in date order, undated ones after (in text order).

Claims carry no time of their own in the dossier, so they sit among the undated
entries at their place in the text: the timeline does not invent when
something was said.
"""

from __future__ import annotations

from typing import Literal

import msgspec

from backchannel.model import Dossier, Time
from backchannel.views.base import Index, date_range, sort_key


class TimelineEntry(msgspec.Struct, kw_only=True, omit_defaults=True):
    kind: Literal["interaction", "claim"]
    id: str
    label: str
    time: Time | None = None
    start: str | None = None  # first day the time covers (ISO date)
    end: str | None = None  # last day it covers
    offset: int = 0  # evidence start, the tie-breaker and the undated order
    negated: bool = False
    modality: str | None = None


def timeline(dossier: Dossier, index: Index | None = None) -> list[TimelineEntry]:
    ix = index or Index(dossier)
    entries: list[TimelineEntry] = []
    for i in dossier.interactions:
        entries.append(TimelineEntry(kind="interaction", id=i.id, label=ix.label(i), time=i.time,
                                     offset=i.evidence.start, negated=i.negated, modality=i.modality))
    for c in dossier.claims:
        entries.append(TimelineEntry(kind="claim", id=c.id, label=ix.claim_label(c),
                                     offset=c.evidence.start))
    for e in entries:
        r = date_range(e.time.value if e.time else None)
        if r:
            e.start, e.end = r[0].isoformat(), r[1].isoformat()
    dated = [e for e in entries if e.start]
    undated = [e for e in entries if not e.start]
    dated.sort(key=lambda e: (sort_key(e.time.value), e.offset))  # type: ignore[union-attr]
    undated.sort(key=lambda e: e.offset)
    return dated + undated
