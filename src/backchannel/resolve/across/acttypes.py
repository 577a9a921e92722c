"""Acts that reports tell under two types: one act, of the type that says more.

Rule ``across.events.told_as`` of the events (:mod:`.events`), each such grouping recorded
on its event with its reason (``joined``): one report writes "Lorvia's envoy called the
Front's leader", another "the envoy held talks with the Front's leader": one act, told as a
contact by one and as talks by the other. A type that may be told as another
(``events.told_as`` of ``data/across_links.toml``: contact -> negotiate) is blocked and
compared under that other type, and the event takes the type that says more (the talks).
Only tellings of different reports, both told as done: one report that tells a call and
talks tells two acts, and a planned call is not past talks. Two tellings of different
types are never a near miss (a negation or time contradiction): a contradiction needs
one act told two ways, and the types already differ.
"""

from __future__ import annotations

from collections.abc import Iterable

from backchannel.resolve.across.linkwords import link_words
from backchannel.resolve.across.records import InterRec

PLANNED = "planned"
HYPOTHETICAL = "hypothetical"  # neither planned nor done
TOLD_AS = "across.events.told_as"


def family(kind: str) -> str:
    """The type a telling is blocked and compared under: the type it may be told as, else its own."""
    return link_words().told_as.get(kind, kind)


def types_fit(a: InterRec, b: InterRec) -> bool:
    """Same type, or one the other may be told as: tellings of two reports, both told as done."""
    if a.type == b.type:
        return True
    return family(a.type) == family(b.type) and a.doc != b.doc \
        and PLANNED not in (a.modality, b.modality) and HYPOTHETICAL not in (a.modality, b.modality)


def event_type(kinds: Iterable[str]) -> str:
    """An event's type from its tellings' types: a type told as another gives way to that other."""
    present = set(kinds)
    kept = sorted(k for k in present if family(k) == k or family(k) not in present)
    return kept[0]


def told_as_reason(a: InterRec, b: InterRec) -> list[str]:
    """The reason recorded for a join of two tellings of different types."""
    return [TOLD_AS, f"'{a.type}' in {a.doc} and '{b.type}' in {b.doc}: one act told as "
            f"'{family(a.type)}', the type that says more"]
