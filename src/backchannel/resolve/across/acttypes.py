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

from backchannel.resolve.across.cluster import Clusters
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


Key = tuple[str, str]


def join_told_as(uf: Clusters, pending: list[tuple[InterRec, InterRec]]) -> list[tuple[Key, Key, list[str]]]:
    """Join pairs of tellings of two types that compare as one act (``pending``, in the order they were
    compared) once the tellings of one type are grouped in ``uf``, when one side is told by one report
    alone; the joins made, each with its reasons."""
    docs: dict = {}
    for key in uf.parent:
        docs.setdefault(uf.find(key), set()).add(key[0])  # type: ignore[index]
    out: list[tuple[Key, Key, list[str]]] = []
    for a, b in pending:
        ka, kb = (a.doc, a.id), (b.doc, b.id)
        ra, rb = uf.find(ka), uf.find(kb)
        if ra == rb or min(len(docs[ra]), len(docs[rb])) > 1:
            continue
        lone = a if len(docs[ra]) == 1 else b
        if uf.union(ka, kb):
            docs[uf.find(ka)] = docs.pop(ra) | docs.pop(rb)
            out.append((ka, kb, [TOLD_AS, f"'{a.type}' in {a.doc} and '{b.type}' in {b.doc}: one act told as "
                                          f"'{family(a.type)}', the type that says more; {lone.doc} alone "
                                          f"tells it as '{lone.type}'"]))
    return out
