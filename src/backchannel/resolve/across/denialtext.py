"""Text tests of the denial rules that read nothing else: one passage told twice, parties that may meet, the
parties a text names.

Kept apart from :mod:`.denial` (patterns, families, the scan) so that module stays within its size.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import cache

from backchannel.data_loader import read
from backchannel.resolve.across.names import norm
from backchannel.resolve.across.records import ActorRec


def retold(claim: str, evidence: str) -> bool:
    """The act's sentence and a claim of its report tell one passage: one holds the other, or they share
    half the sentence's words (a claim running past the sentence, "posted: '... . In the future ...'")."""
    if claim in evidence or evidence in claim:
        return True
    a, b = set(re.findall(r"[a-z]{3,}", claim)), set(re.findall(r"[a-z]{3,}", evidence))
    return bool(b) and len(a & b) >= 0.5 * len(b)


def compatible(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> bool:
    """Two sets of parties that may be one act's: either is unknown (empty), or they share one."""
    return not a or not b or bool(a & b)


@cache
def _counterpart() -> tuple[frozenset[str], re.Pattern[str]]:
    """The families whose denial names its counterpart (data ``denial.counterpart``), and a name after a word of
    ``counterpart_cues`` ("with Lorvia")."""
    raw = read("across_denial.toml")["denial"]
    cues = "|".join(map(re.escape, raw["counterpart_cues"]))
    return frozenset(raw["counterpart"]), re.compile(rf"\b(?:{cues})\s+((?:[A-Z][\w-]+\s?)+)")


class Either:
    """Membership in either of two sets, without building their union: a report's go-betweens (a few) and the
    corpus's captives (thousands, growing with the corpus), asked of once per telling a denial weighs; the union
    copied per telling made the denial scan quadratic in the corpus (s37)."""

    def __init__(self, a: Container[str], b: Container[str]) -> None:
        self.a, self.b = a, b

    def __contains__(self, x: object) -> bool:
        return x in self.a or x in self.b


def counterpart_fits(family: str, denied: frozenset[str], told: frozenset[str] | set[str], denial_text: str = "",
                     told_text: str = "", go_betweens: Container[str] = frozenset()) -> bool:
    """Rule ``across.links.denial_counterpart``: a denial of a family of ``denial.counterpart`` that names two
    parties or more (its speaker's side and the counterpart, "no mediation in its dispute with Lorvia") answers
    only a telling that names them all ("mediated between Norland and Lorvia"); one that shares only the speaker's
    side ("mediated between Norland and Vesterland") tells another dispute (review s35). Unknown parties fit. A
    counterpart the denial names after a word of ``counterpart_cues`` but that no party stands for ("with Lorvia")
    must be in the telling's text.

    Rule ``across.links.denial_mediation_sides`` (s36): the telling's sides are its parties but its report's
    go-betweens (``go_betweens``), and it is another dispute's only when one of them is none of the denial's
    ("no mediation between Norland and Lorvia" against "Pell mediated the release of the crew held by Norland":
    one dispute, its other side unnamed there); a counterpart the denial names that is one of its parties is
    judged by the parties, not by the telling's words."""
    families, named = _counterpart()
    if family not in families:
        return True
    if len(denied) >= 2 and told and not {x for x in told if x not in go_betweens} <= denied:
        return False
    low = " " + norm(told_text) + " "
    return all(f" {norm(m.group(1))} " in low or norm(m.group(1)).replace(" ", "-") in denied
               for m in named.finditer(denial_text)) if told_text else True


def top_sides(side: dict[str, str], depth: int = 4, climbs: dict[str, str] | None = None) -> dict[str, str]:
    """Rule ``across.links.denial_side_chain`` (s44): each entity's side followed up to the party at the top ("the
    spokeswoman" of "the Lorvian presidency", itself Lorvia's: Lorvia), at most ``depth`` steps and never round a
    loop. Why: a speaker speaks for the state her office belongs to, so her denial ("the countries did not
    mediate") is that state's, and must meet tellings that name the state, not its office.

    ``climbs`` (s44 review): after the first step (an entity's own side), the chain climbs only through these
    (an office or a body to its state, a leader to the state he leads: ``voice_of``, ``state_of_bodies``,
    ``state_of_leaders``): a militia affiliated to a state does not speak for it ("a spokeswoman for the Free Hill
    Front, an Ostland militia" is the Front's voice, not Ostland's). None: climb through ``side`` itself."""
    up = side if climbs is None else climbs
    out = {}
    for e, s in side.items():
        seen = {e}
        while s in up and s not in seen and len(seen) <= depth:
            seen.add(s)
            s = up[s]
        out[e] = s
    return out


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


@cache
def _nothing_openers() -> frozenset[str]:
    """The words between a subject and its "nothing to do with" (data ``nothing_openers``)."""
    return frozenset(read("across_denial.toml")["denial"]["nothing_openers"])


def party_subject(low: str, at: int, start: int, subjects: frozenset[str]) -> bool:
    """The subject of "nothing to do with" at ``at`` (its clause starting at ``start``) is a party or a pronoun for
    one (``subjects``: "the militia said it had nothing to do with ..."): a party denying its own part, not a deal
    denied its link to a release (review, s34). The subject is the last word before the verb ("had", "has", "did")
    that opens the denial."""
    words = re.findall(r"[a-z']+", low[start:at])
    verbs = _nothing_openers()
    while words and words[-1] in verbs:
        words.pop()
    return bool(words) and words[-1] in subjects
