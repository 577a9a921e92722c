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

from dataclasses import dataclass
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
    return NameWords.of(frozenset(a)).meets(NameWords.of(frozenset(b)))


@dataclass(frozen=True)
class NameWords:
    """The words of a set of entity ids as :func:`names_overlap` compares them, read once per set.

    Two sets overlap when a word of one equals a word of the other, or, both words of four letters or more,
    one begins the other. Why these sets: the test is then three set intersections (C), where it was a loop
    over every pair of words, run for each pair of a party's reports (a quarter of a million pairs of sets on
    10,000 synthetic reports, most of them met once, so no cache of pairs of sets kept them).
    """

    words: frozenset[str]  # the words of two letters or more
    long: frozenset[str]  # those of four letters or more
    heads: frozenset[str]  # every beginning of four letters or more of a long word (the word itself too)

    @staticmethod
    @lru_cache(maxsize=1 << 16)
    def of(ids: frozenset[str]) -> NameWords:
        words = frozenset(w for e in ids for w in e.split("-") if len(w) >= 2)
        long = frozenset(w for w in words if len(w) >= 4)
        return NameWords(words, long, frozenset(w[:k] for w in long for k in range(4, len(w) + 1)))

    def meets(self, other: NameWords) -> bool:
        """A word shared, or a long word beginning another long word (either way)."""
        return not (self.words.isdisjoint(other.words) and self.heads.isdisjoint(other.long)
                    and other.heads.isdisjoint(self.long))


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
    heard = Heard(ends, side, persons)
    for target, docs in sorted(by_target.items()):
        items = [heard(d, rs) for d, rs in sorted(docs.items())]
        (capped or Capped()).note(len(items), ACTOR_CAP)
        for k, a in enumerate(items[:ACTOR_CAP]):
            for b in items[k + 1:]:
                if (a.described and b.names) or (b.described and a.names):  # may_be, either way
                    continue
                key = (a.doc, b.doc, a.sides, b.sides)  # across.links.actor_once: one dispute per mediation
                if a.sides and b.sides and a.sides.isdisjoint(b.sides) and not a.words.meets(b.words) \
                        and key not in seen and not (a.dated and b.dated and told_apart(a.recs, b.recs)):
                    seen.add(key)
                    out.append({"kind": "contradicts", "on": "actor", "a": _end(a.recs[0]), "b": _end(b.recs[0]),
                                "note": f"who mediated for {target}: {', '.join(sorted(a.sides))} / "
                                        f"{', '.join(sorted(b.sides))}"})
    return out


@dataclass(frozen=True)
class Told:
    """One report's mediations of one party, as :func:`actor_contradictions` weighs them against another's."""

    doc: str
    recs: list[InterRec]
    described: bool  # its go-betweens are all described persons (:func:`may_be`'s ``described``)
    names: bool  # a go-between of it is a named person (:func:`may_be`'s ``other``)
    sides: frozenset[str]  # the parties its go-betweens act for
    words: NameWords  # the words of those parties (:func:`names_overlap`)
    dated: bool  # every mediation of it has a time (:func:`told_apart` needs both reports' all dated)


class Heard:
    """Builds each report's :class:`Told` once per party, so that a pair of reports reads two records."""

    def __init__(self, ends: Ends, side: dict[str, str], persons: tuple[frozenset[str], frozenset[str]]) -> None:
        self.ends, self.side, self.persons = ends, side, persons

    def __call__(self, doc: str, recs: list[InterRec]) -> Told:
        named, unnamed = self.persons
        go = {e for e in (self.ends(x)[0] for x in recs) if e}
        sides = frozenset(self.side.get(e, e) for e in go)
        return Told(doc, recs, bool(go) and go <= unnamed, bool(go & named), sides, NameWords.of(sides),
                    all(x.time for x in recs))


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
