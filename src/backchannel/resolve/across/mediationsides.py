"""Who a mediation stands between, for the denial rule (rule ``across.links.denial_mediation_sides``, session 36).

Why: a mediation has three parties, the go-between and the two sides, and a report tells it in pieces. The
extractor records one act per side ("Vesterland mediated between Norland and Lorvia" is Vesterland -> Norland and
Vesterland -> Lorvia; a report naming one side has one act), a claim's verb has the mediator alone before it, and
a mediators' own statement ("our joint mediation secured the release") names no side at all. A side's denial
("there was no mediation", said by a Norland official) has that side as its one party, so the party test of
:mod:`.denialscan` (the two must share a party) set it against almost nothing: every telling lacked the denier's
side. Read here, a telling of the mediation family has as parties:

- a claim: every party its words name (the sides follow the verb: "mediated between Norland and Lorvia"), not
  only those of the clause before the verb;
- an act: its ends, the ends of the other mediations its report tells in the same sentence (the same mediation's
  other side), and the parties its sentence names;
- either, when those are the report's go-betweens only (the sources of its mediation acts) or none: also the
  report's sides of the story (the targets of its mediation acts and the ends of its releases), as the mediators'
  "between the two sides" means.

A telling of another case ("in a separate case", ``told.other_case`` of data/across_denial.toml) is no telling of
the denied act.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from backchannel.alternation import word_pattern
from backchannel.data_loader import read
from backchannel.resolve.across.records import InterRec

RULE = "across.links.denial_mediation_sides"
MEDIATION = "mediation"  # the family this module reads for (data ``denial.families.mediation``)
MEDIATE_TYPES = frozenset({"mediate"})
STORY_TYPES = frozenset({"release"})  # acts whose ends are the story's sides


@cache
def _other_case() -> re.Pattern[str]:
    """A telling of another case (data ``told.other_case``)."""
    return word_pattern(read("across_denial.toml")["told"]["other_case"], re.IGNORECASE)


def other_case(text: str) -> bool:
    """The sentence tells another case than the story's ("in a separate case last year, X mediated ...")."""
    return bool(_other_case().search(text))


@dataclass
class DocSides:
    """Per report: its go-betweens (sources of its mediation acts) and its sides (targets of those acts, ends of
    its releases), as entities (a person as the side they act for); worked out once per corpus."""

    mediators: dict[str, set[str]]
    sides: dict[str, set[str]]

    def fill(self, doc: str, parties: set[str]) -> set[str]:
        """``parties`` of a telling of ``doc``, with the report's sides when they name none but its go-betweens. Rule
        ``across.links.denial_mediation_third`` (s44): a telling that names none of the report's sides names its
        go-betweens only ("the handover was brokered by Pell and Kessia", where the report's acts give Kessia alone as a
        go-between): the sides are the report's too."""
        sides = self.sides.get(doc, set())
        if parties <= self.mediators.get(doc, set()) or sides and not parties & sides:  # "our joint mediation"
            return parties | sides | self.mediators.get(doc, set())
        return parties

    def third(self, doc: str, parties: set[str]) -> frozenset[str]:
        """The go-betweens a telling of ``doc`` names beside its report's (``across.links.denial_mediation_third``):
        all it names when it names none of the report's sides, else none."""
        sides = self.sides.get(doc, set())
        return frozenset(parties - self.mediators.get(doc, set())) if sides and not parties & sides else frozenset()


def doc_sides(inters: list[InterRec], entity_of: dict[tuple[str, str], str], side: dict[str, str]) -> DocSides:
    """The go-betweens and sides of every report (see :class:`DocSides`)."""
    out = DocSides({}, {})

    def party(doc: str, actor: str | None) -> str | None:
        e = entity_of.get((doc, actor)) if actor else None
        return side.get(e, e) if e else None

    for r in inters:
        if r.negated or other_case(r.evidence):
            continue
        if r.type in MEDIATE_TYPES:
            if (s := party(r.doc, r.source)) is not None:
                out.mediators.setdefault(r.doc, set()).add(s)
            if (t := party(r.doc, r.target)) is not None:
                out.sides.setdefault(r.doc, set()).add(t)
        elif r.type in STORY_TYPES:  # the releaser, and the captives' side when they have one (not the captives)
            e = entity_of.get((r.doc, r.target)) if r.target else None
            got = {party(r.doc, r.source), side.get(e) if e else None}
            out.sides.setdefault(r.doc, set()).update(p for p in got if p)
    return out


def sentence_ends(inters: list[InterRec], entity_of: dict[tuple[str, str], str],
                  side: dict[str, str]) -> dict[tuple[str, str], set[str]]:
    """(report, sentence) -> the ends of the mediation acts told there: one mediation told as one act per side."""
    out: dict[tuple[str, str], set[str]] = {}
    for r in inters:
        if r.type not in MEDIATE_TYPES or r.negated:
            continue
        for x in (r.source, r.target):
            e = entity_of.get((r.doc, x)) if x else None
            if e:
                out.setdefault((r.doc, r.evidence), set()).add(side.get(e, e))
    return out


EARLIER_DAYS = 30  # a mediation whose time ends this long before a denial's report is another case's


def told_earlier(time: str | None, when: str) -> bool:
    """Rule ``across.links.denial_mediation_earlier``: a mediation told at a time whose last day lies more than
    ``EARLIER_DAYS`` before the denying report's date ("in 2029, Kessia mediated the release of a pilot" against
    "there was no mediation in the release of the sailors", said in 2031) is an earlier case's, not the one denied
    (``when``: the denying report's ISO date; a time unknown is no proof of another case)."""
    if not time or not when:
        return False
    try:
        cutoff = (date.fromisoformat(when[:10]) - timedelta(days=EARLIER_DAYS)).isoformat()
    except ValueError:
        return False
    last = time[:10] + ("-12-31" if len(time[:10]) == 4 else "-31" if len(time[:10]) == 7 else "")
    return last < cutoff  # (ISO text: "2031-02-31" still sorts as the end of February)

