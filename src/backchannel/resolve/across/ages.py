"""A person's age told differently by two reports (rule ``across.links.age_differs``, session 44).

Why: a captive, a prisoner or an envoy is most often introduced with an age ("Anna Berg, a 31-year-old nurse",
"the 32-year-old pilot"), and outlets that copy an old wire or miscount disagree on it; a fact-checker wants the
two passages side by side. The age is read from the person's descriptors (the per-report apposition or modifier
that the extractor ties to a name: its ``role_spans`` give the passage with the name), never from free text, so
it is the named person's, not a neighbour's.

Two reports' ages of one resolved, named person contradict (``on: count``) when the time between the reports
cannot explain the difference: the later report's age minus the earlier's must lie between the whole years that
passed and one more (ten days apart, 31 and 32 may both be right; on one day they cannot). A report that gives
one person two ages gives none; a descriptor naming another person or another span ("the 40-year-old's son", "a
20-year-old sentence": ``not_own``) gives none. The end is the claim of its report that holds the passage, else
the passage. Per person, each report is compared with the first report of every other age: linear in the reports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from backchannel.alternation import alternation as alt
from backchannel.data_loader import loader
from backchannel.resolve.across.countsplit import claim_holding
from backchannel.resolve.across.records import ActorRec, ClaimRec

RULE = "across.links.age_differs"
FILE = "across_ages.toml"
PERSON = "person"
YEAR_DAYS = 365.25
MAX_AGE = 120


@dataclass(frozen=True)
class AgeWords:
    """Data ``ages`` of data/across_ages.toml."""

    units: frozenset[str]
    before: frozenset[str]
    not_own: frozenset[str]
    own_heads: frozenset[str]
    not_person_heads: frozenset[str]
    possessive: frozenset[str]
    then: frozenset[str]
    then_after: frozenset[str]


age_words = loader(AgeWords, FILE, "ages")


@cache
def _pattern() -> re.Pattern[str]:
    """An age over folded words: a number and a unit after it ("31 year old") or a word before it ("aged 31")."""
    w = age_words()
    return re.compile(rf"\b(?:(?P<a>\d{{1,3}})\s+(?:{alt(w.units)})|(?:{alt(w.before)})\s+(?P<b>\d{{1,3}}))\b")


THEN_WORDS = 3  # words before the age phrase read for a word of ``then`` ("at the time")


def age_of(descriptor: str) -> int | None:
    """The age a descriptor gives its person now ("31 year old player"), None when it gives none, two, another's
    ("the 40-year-old's son", "a 20-year-old sentence", "the 50-year-old group's leader"), or a past one ("the then
    31-year-old nurse", "abducted as a 25-year-old"). A relation as the age's head is the person's own ("the emir's
    31-year-old son Omar Hadi")."""
    w = age_words()
    low = " " + " ".join(re.findall(r"[a-z0-9]+", descriptor.lower())) + " "
    ms = list(_pattern().finditer(low))
    if len({int(m.group("a") or m.group("b")) for m in ms}) != 1:
        return None
    m = ms[0]
    before, after = " ".join(low[:m.start()].split()[-THEN_WORDS:]), low[m.end():].split()
    rest = " " + " ".join(after) + " "
    if any(f" {before}".endswith(f" {x}") for x in w.then) or any(f" {x} " in rest for x in w.then_after) \
            or w.possessive & set(after[:2]) or after[:1] and after[0] in w.not_person_heads:
        return None
    head = after[0] if after[:1] and after[0] not in w.own_heads else ""
    if any(f" {x} " in f"{low[:m.start()]} {head} " for x in w.not_own):
        return None
    age = int(m.group("a") or m.group("b"))
    return age if 0 < age <= MAX_AGE else None


def _day(published: str | None) -> date | None:
    """The day a report was published, None when it has none (or none that reads as a date)."""
    try:
        return date.fromisoformat((published or "")[:10])
    except ValueError:
        return None


def explained(a: tuple[int, date | None], b: tuple[int, date | None]) -> bool:
    """The time between two reports explains their ages (each is (age, date published)). A report with no date
    cannot tell: no contradiction (s44 review)."""
    (x, dx), (y, dy) = sorted([a, b], key=lambda t: t[1] or date.min)
    if dx is None or dy is None:
        return True
    years = (dy - dx).days / YEAR_DAYS
    return int(years) <= y - x <= int(years) + (1 if years > int(years) else 0)


def age_links(actors: list[ActorRec], entity_of: dict[tuple[str, str], str], claims: list[ClaimRec],
              published: dict[str, str | None]) -> list[dict]:
    """The age contradictions of a corpus (see the module)."""
    told: dict[str, dict[str, set[tuple[int, tuple[int, int]]]]] = {}  # entity -> doc -> {(age, span)}
    for a in actors:
        ent = entity_of.get(a.key)
        if a.kind != PERSON or not a.named or not ent:
            continue
        for desc, span in sorted(a.role_spans.items()):
            if (age := age_of(desc)) is not None:
                told.setdefault(ent, {}).setdefault(a.doc, set()).add((age, span))
    inside = _claims_by_doc(claims)
    out = []
    for ent, docs in sorted(told.items()):
        one = {d: min(v) for d, v in docs.items() if len({age for age, _ in v}) == 1}  # two ages: none
        first: dict[int, str] = {}
        for d in sorted(one, key=lambda d: ((published.get(d) or "9999"), d)):
            first.setdefault(one[d][0], d)
        seen: set[frozenset[str]] = set()
        for d in sorted(one):
            for age, ref in sorted(first.items()):
                if age == one[d][0] or frozenset((d, ref)) in seen:
                    continue
                seen.add(frozenset((d, ref)))
                if not explained((one[d][0], _day(published.get(d))), (age, _day(published.get(ref)))):
                    out.append({"kind": "contradicts", "on": "count", "a": _end(ref, one[ref][1], inside),
                                "b": _end(d, one[d][1], inside),
                                "note": f"{ent}'s age differs: {age} / {one[d][0]} [{RULE}]"})
    return out


def _claims_by_doc(claims: list[ClaimRec]) -> dict[str, list[ClaimRec]]:
    """Each report's claims, so an age's end is sought among its own report's claims only, not the corpus's."""
    out: dict[str, list[ClaimRec]] = {}
    for c in claims:
        out.setdefault(c.doc, []).append(c)
    return out


def _end(doc: str, span: tuple[int, int], inside: dict[str, list[ClaimRec]]) -> dict:
    """The claim of ``doc`` whose words hold the passage (:func:`.countsplit.claim_holding`), else the passage."""
    c = claim_holding(inside.get(doc, []), doc, span[0], span[1])
    return {"doc": doc, "claim": c.id} if c else {"doc": doc, "start": span[0], "end": span[1]}
