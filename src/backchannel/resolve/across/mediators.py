"""Who mediated: two reports naming different go-betweens for one mediation (rule ``across.links.actor``).

Moved out of :mod:`.links` in session 36 (that module was at its size limit) and widened there: the sides a
mediation stands between (rule ``across.links.actor_sides``). A mediation act has one named party at its target
(the spec's one side per record), and which side an extractor puts there depends on the sentence: "Norland thanked
Vesterland for its mediation" guesses Norland's counterpart, "Kessia mediated the release of the sailors held by
Lorvia" the sailors' side. Two reports telling the same release's go-between with their acts' targets on the two
sides never met. A mediation act now stands for the parties of its sentence's mediation: its target, the targets
of the other mediation acts of its sentence (one mediation told once per side) and the ends of the releases its
sentence tells ("the release of the sailors held by Lorvia": Lorvia), so the two reports meet on a side they share.
A mediation told of another case ("in a separate case", :func:`.mediationsides.other_case`) is left out.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from backchannel.resolve.across.caps import Capped
from backchannel.resolve.across.events import Ends
from backchannel.resolve.across.mediationsides import STORY_TYPES, other_case
from backchannel.resolve.across.records import InterRec

MEDIATING = frozenset({"mediate"})  # acts whose source is a go-between
ACTOR_CAP = 50  # reports of one party each report is weighed against in :func:`actor_contradictions` (caps.py)
SIDES_RULE = "across.links.actor_sides"
TIMES_RULE = "across.links.actor_times"
SAME_DAYS = 3  # mediations told on days further apart are two mediations (:func:`told_apart`)


def names_overlap(a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> bool:
    """True when a party of one set is named inside a party of the other ("U.S., Egyptian and Qatari
    diplomats" holds "egypt"): entity ids are normal forms of names, joined by hyphens."""
    return _overlap(frozenset(a), frozenset(b))


@lru_cache(maxsize=1 << 16)
def _overlap(a: frozenset[str], b: frozenset[str]) -> bool:
    """:func:`names_overlap`, kept per pair of sets: a party's few go-betweens meet again in every pair of its
    reports (236,000 calls on 10,000 synthetic reports, a few thousand sets)."""
    def words_of(ids: frozenset[str]) -> set[str]:
        return {w for e in ids for w in e.split("-") if len(w) >= 2}
    wa, wb = words_of(a), words_of(b)
    return any(x == y or (min(len(x), len(y)) >= 4 and (x.startswith(y) or y.startswith(x)))
               for x in wa for y in wb)


def sentence_sides(inters: list[InterRec], ends: Ends) -> dict[tuple[str, str], set[str]]:
    """(report, sentence) -> the sides its mediations and releases name: the targets of its mediation acts, the
    ends of its releases (rule ``across.links.actor_sides``)."""
    out: dict[tuple[str, str], set[str]] = {}
    for r in inters:
        if r.negated or r.type not in MEDIATING | STORY_TYPES:
            continue
        s, t = ends(r)
        got = {t} if r.type in MEDIATING else {s, t}
        out.setdefault((r.doc, r.evidence), set()).update(x for x in got if x)
    return out


def actor_contradictions(inters: list[InterRec], ends: Ends, side: dict[str, str],
                         capped: Capped | None = None, persons: tuple[frozenset[str], frozenset[str]] = (
                             frozenset(), frozenset())) -> list[dict]:
    """Two reports that name different go-betweens for one party, with no go-between in common.

    "Qatar mediated" in one report and "Egypt mediated" in another contradict on ``actor``; "Qatar and Egypt
    mediated" agrees with both. A person counts as the party they act for (``side``: entity -> its affiliation),
    so "Sheikh Mohammed mediated" agrees with "Qatar mediated". A mediation act counts for every side its sentence
    names (``across.links.actor_sides``, the module's docstring). Each report is weighed against the first
    ``ACTOR_CAP`` reports of its party only (the pairs of reports grow with the square of a party's reports); the
    pairs left out are counted in ``capped``. Rule ``across.links.actor_once``: a mediation between two sides is
    told as one act per side; two reports naming the same go-betweens for both sides dispute once, at the first
    side in order, not once per side.
    """
    by_target: dict[str, dict[str, list[InterRec]]] = {}
    sides = sentence_sides(inters, ends)
    for r in inters:
        s, t = ends(r)
        if r.type in MEDIATING and not r.negated and s and t and not other_case(r.evidence):
            for x in sorted({t} | sides.get((r.doc, r.evidence), set())):
                if x != s:
                    by_target.setdefault(x, {}).setdefault(r.doc, []).append(r)
    out, seen = [], set()
    for target, docs in sorted(by_target.items()):
        items = sorted(docs.items())
        (capped or Capped()).note(len(items), ACTOR_CAP)
        for k, (da, ra) in enumerate(items[:ACTOR_CAP]):
            for db, rb in items[k + 1:]:
                ga, gb = {e for e in (ends(x)[0] for x in ra) if e}, {e for e in (ends(x)[0] for x in rb) if e}
                if may_be(ga, gb, persons) or may_be(gb, ga, persons):
                    continue
                sa, sb = {side.get(e, e) for e in ga}, {side.get(e, e) for e in gb}
                key = (da, db, frozenset(sa), frozenset(sb))  # across.links.actor_once: one dispute per mediation
                if sa and sb and sa.isdisjoint(sb) and not _overlap(key[2], key[3]) and key not in seen \
                        and not told_apart(ra, rb):
                    seen.add(key)
                    out.append({"kind": "contradicts", "on": "actor", "a": _end(ra[0]), "b": _end(rb[0]),
                                "note": f"who mediated for {target}: {', '.join(sorted(sa))} / {', '.join(sorted(sb))}"})
    return out


def may_be(described: set[str], other: set[str], persons: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Rule ``across.links.actor_described``: go-betweens one report only describes as persons ("a third-party
    mediator", "a private go-between") may be the named person another report gives ("Pell mediated"): no rival.
    ``persons``: (named persons, unnamed persons) by entity. A described person against a state is still a rival."""
    named, unnamed = persons
    return bool(described) and described <= unnamed and bool(other & named)


def told_apart(ra: list[InterRec], rb: list[InterRec]) -> bool:
    """Rule ``across.links.actor_times``: two reports' mediations whose times are all known and none meets
    another's ("Qatar mediated the release on 2 May 2031" / "in 2029, Oman mediated the release of a pilot") are
    two mediations, the go-between of an earlier one no rival of the later one's. Times meet when one holds the
    other ("2029" / "2029-03-05") or both are days at most ``SAME_DAYS`` apart; a mediation told with no time
    may be either, so it meets every other."""
    ta, tb = [x.time for x in ra], [x.time for x in rb]
    if not all(ta) or not all(tb):
        return False
    return not any(_meet(a, b) for a in ta for b in tb if a and b)


def _meet(a: str, b: str) -> bool:
    if a.startswith(b) or b.startswith(a):
        return True
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) <= SAME_DAYS
    except ValueError:
        return a[:7] == b[:7]  # (a month and a day of it were met above; two months or years are apart)


def _end(r: InterRec) -> dict:
    return {"doc": r.doc, "interaction": r.id}
