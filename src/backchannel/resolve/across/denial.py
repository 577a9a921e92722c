"""Denials: a report that says an act or agreement does not exist, against reports that say it does.

Why a rule over claims: "there is no agreement", "no deal has been reached", "denied the
existence of any ceasefire" make no act (a negative determiner on a noun is not a negated
verb), so the near-miss rule of :mod:`.links`, which compares two acts, never sees them.
Yet "did the party agree?" is the most common dispute across a cluster of reports.

Rule ``across.links.denial``: a claim that denies an act of a family (``denial.families`` of
data/across_denial.toml: its nouns, verbs and interaction types) contradicts, ``on:
negation``, each claim of ANOTHER report that asserts an act of the same family (an act
verb not negated, or an act noun with a verb of achievement, "a deal had been reached"),
and each act of that family's types in another report whose telling no such claim
already carries. Parties must be compatible: the parties a claim names (an actor of its
report whose name it holds), else, for a denial, its speaker's side ("there is no
agreement", said by a minister, speaks for his state); none named on one side is
compatible with any. An act dated after the denial's report was published is not denied
by it. Each cross-report pair is a link (a dispute between two tellings, not a fact
retold, so no star): a report that denies its act three times (lede, paraphrase, quote)
denies it once, by its quote if it has one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from backchannel.data_loader import read
from backchannel.resolve.across.names import fold, norm
from backchannel.resolve.across.records import ActorRec, ClaimRec, InterRec

RULE = "across.links.denial"
FILE = "across_denial.toml"
MAX_ENDS = 64  # assertions linked to one denial: the links grow with the product
NEG_BEFORE = 3  # a negation this many words before an act verb denies it


@dataclass(frozen=True)
class Family:
    name: str
    nouns: frozenset[str]
    verbs: frozenset[str]
    types: frozenset[str]


@dataclass(frozen=True)
class DenialWords:
    determiners: frozenset[str]
    deny_verbs: frozenset[str]
    negators: frozenset[str]
    modals: frozenset[str]
    achieved: frozenset[str]
    families: tuple[Family, ...]


@cache
def denial_words() -> DenialWords:
    raw = read(FILE)["denial"]
    fams = tuple(Family(k, frozenset(v["nouns"]), frozenset(v["verbs"]), frozenset(v["types"]))
                 for k, v in sorted(raw["families"].items()))
    return DenialWords(frozenset(raw["determiners"]), frozenset(raw["deny_verbs"]), frozenset(raw["negators"]),
                       frozenset(raw["modals"]), frozenset(raw["achieved"]), fams)


def alt(items: frozenset[str]) -> str:
    return "|".join(map(re.escape, sorted(items, key=len, reverse=True)))


@cache
def patterns(family: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(denial of the noun, denial of the verb, a verb of the family, a noun of the family) over folded text."""
    w = denial_words()
    f = next(x for x in w.families if x.name == family)
    nouns, verbs = alt(f.nouns), alt(f.verbs)
    deny_noun = re.compile(rf"\b(?:(?:{alt(w.determiners)})\s+(?:[\w'-]+\s+){{0,2}}"
                           rf"|(?:{alt(w.deny_verbs)})\s+(?:[\w'-]+\s+){{0,5}})(?:{nouns})\b")
    words_neg = alt(frozenset(n for n in w.negators if "'" not in n))
    glued = alt(frozenset(n for n in w.negators if "'" in n))  # "n't" ends a word: "hasn't agreed"
    deny_verb = re.compile(rf"(?:\b(?:{words_neg})|(?:{glued}))\s+(?:[\w'-]+\s+)?(?:{verbs})\b")
    return (deny_noun, deny_verb, re.compile(rf"\b(?:{verbs})\b"), re.compile(rf"\b(?:{nouns})\b"))


def denies(text: str, family: str) -> bool:
    """The text denies an act of the family: "no agreement", "denied any ceasefire", "has not agreed"
    (not after a modal: "will not meet" is a plan or a refusal, not a denial that it happened)."""
    low = fold(text)
    deny_noun, deny_verb, _, _ = patterns(family)
    if deny_noun.search(low):
        return True
    return any(not after_modal(low, m.start()) for m in deny_verb.finditer(low))


def after_modal(low: str, at: int) -> bool:
    """The word before offset ``at`` is a modal ("will", "would"; data ``denial.modals``)."""
    before = re.findall(r"[a-z]+", low[:at])[-1:]
    return bool(before) and before[0] in denial_words().modals


def negated_at(low: str, at: int) -> bool:
    before = " " + " ".join(re.findall(r"[a-z']+", low[:at])[-NEG_BEFORE:]) + " "
    return any(f" {n} " in before or ("'" in n and n + " " in before) for n in denial_words().negators)


def asserts(text: str, family: str) -> bool:
    """The text says an act of the family happened: an act verb not negated ("Tehran had agreed"), or an act
    noun with a verb of achievement ("a deal had been reached"), and no denial of the family."""
    if denies(text, family):
        return False
    low = fold(text)
    _, _, verb, noun = patterns(family)
    if any(not negated_at(low, m.start()) for m in verb.finditer(low)):
        return True
    done = re.compile(rf"\b(?:{alt(denial_words().achieved)})\b")
    return bool(noun.search(low)) and any(not negated_at(low, m.start()) for m in done.finditer(low))


def named_parties(text: str, actors: list[ActorRec], entity_of: dict[tuple[str, str], str],
                  side: dict[str, str]) -> set[str]:
    """The parties (entities, a person as the side they act for) whose names the text holds."""
    low = " " + norm(text) + " "
    out = set()
    for a in actors:
        if any(f and f" {f} " in low for f in a.forms):
            e = entity_of.get(a.key)
            if e:
                out.add(side.get(e, e))
    return out


def compatible(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> bool:
    return not a or not b or bool(a & b)


@dataclass(frozen=True)
class Denial:
    claim: ClaimRec
    family: Family
    parties: frozenset[str]


def find_denials(claims: list[ClaimRec], by_doc: dict[str, list[ActorRec]], entity_of: dict[tuple[str, str], str],
                 side: dict[str, str]) -> list[Denial]:
    """One denial per report and family: a direct quote first, then a speaker who speaks for a side (the
    denier's own words, not the outlet's retelling of them), then the first denying claim."""
    best: dict[tuple[str, str], Denial] = {}
    rank: dict[tuple[str, str], tuple[bool, bool]] = {}
    for c in claims:
        for f in denial_words().families:
            if not denies(c.content, f.name):
                continue
            parties = named_parties(c.content, by_doc.get(c.doc, []), entity_of, side)
            sp = entity_of.get((c.doc, c.speaker or ""))
            if not parties and sp and sp in side:
                parties = {side[sp]}
            key, r = (c.doc, f.name), (not c.direct, not (sp and sp in side))
            if key not in best or r < rank[key]:
                best[key], rank[key] = Denial(c, f, frozenset(parties)), r
    return list(best.values())


def denial_links(claims: list[ClaimRec], inters: list[InterRec], actors: list[ActorRec],
                 entity_of: dict[tuple[str, str], str], side: dict[str, str],
                 published: dict[str, str | None]) -> list[dict]:
    """Each denial against each assertion of its act in another report (see the module's docstring)."""
    by_doc: dict[str, list[ActorRec]] = {}
    for a in actors:
        by_doc.setdefault(a.doc, []).append(a)
    out = []
    for d in find_denials(claims, by_doc, entity_of, side):
        ends: list[dict] = []
        told: dict[str, list[str]] = {}  # doc -> contents of its asserting claims
        for c in claims:
            if c.doc == d.claim.doc or not asserts(c.content, d.family.name):
                continue
            told.setdefault(c.doc, []).append(fold(c.content))
            if compatible(d.parties, named_parties(c.content, by_doc.get(c.doc, []), entity_of, side)):
                ends.append({"doc": c.doc, "claim": c.id})
        when = (published.get(d.claim.doc) or "")[:10]
        for r in inters:
            if r.doc == d.claim.doc or r.type not in d.family.types or r.negated:
                continue
            if any(t in fold(r.evidence) for t in told.get(r.doc, [])):
                continue  # the act's sentence is already an end, as its claim
            if when and r.time and r.time[:10] > when:
                continue  # after the denial: not what it denied
            ids = {entity_of.get((r.doc, x)) for x in (r.source, r.target) if x}
            if compatible(d.parties, {side.get(e, e) for e in ids if e}):
                ends.append({"doc": r.doc, "interaction": r.id})
        for e in ends[:MAX_ENDS]:
            out.append({"kind": "contradicts", "on": "negation", "a": {"doc": d.claim.doc, "claim": d.claim.id},
                        "b": e, "note": f"one report denies the {d.family.name}, the other tells it [{RULE}]"})
    return out
