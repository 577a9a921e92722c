"""Exclusive tellings: "the only governments that took part in the talks were Lorvia and Norland" denies a go-between
(rule ``across.links.denial_exclusive``, session 44).

Kept apart from :mod:`.denial` (patterns, families, the scan) so that module stays within its size.

Why a construction: a side that rejects a third party's claim of credit rarely says "there was no mediation"; it
names who did take part, and "only" shuts everyone else out: "the only governments that took part in the talks
were Lorvia and Norland", "only Lorvia and Norland were involved in the talks", "the only parties to the agreement were
the two governments". Such a sentence denies the go-between family (``exclusive.families``) whatever verb of
taking part it uses; its parties are the ones it names, so the scan of :mod:`.denialscan` answers with it a
telling whose sides are those parties (``denialtext.counterpart_fits``) and whose go-between is another party.

Not exclusive: "not only Lorvia and Norland ..." and "were not the only ..." (a negation before "only"), "only
after Lorvia and Norland met" (a word of ``breaks`` right after "only": time, condition), a modal or a negation in
the relative clause ("the only countries that could negotiate", "that did not negotiate"), one party alone ("only
Qatar negotiated" says who negotiated, not that no one mediated: two parties are asked for, an "and" or a word of
``pairs``), and a verb of mediation itself ("the only countries that mediated were Pell and Kessia" tells a
mediation: the verbs of ``verbs`` are of taking part, not of going between).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from backchannel.alternation import alternation as alt
from backchannel.data_loader import loader

FILE = "across_denial.toml"
HEAD_WORDS = 3  # words between "the only" and the relative word ("the only two Gulf countries that")
CLAUSE_WORDS = 2  # words between the relative word and the verb ("that actually negotiated", "who were involved")
SPAN_WORDS = 10  # words between "only" and the verb in "only Lorvia and Norland were involved"
OBJECT_WORDS = 3  # words between a generic verb (or ``party_of``) and its noun of negotiation ("in the prisoner talks")
NEG_BEFORE = 2  # a negation this many words before "only" takes the exclusion back ("were not the only")


@dataclass(frozen=True)
class ExclusiveWords:
    """Data ``denial.exclusive`` of data/across_denial.toml."""

    families: frozenset[str]
    head_openers: frozenset[str]
    party_heads: frozenset[str]
    party_of: frozenset[str]
    alone_openers: frozenset[str]
    list_openers: frozenset[str]
    joiners: frozenset[str]
    relatives: frozenset[str]
    verbs: frozenset[str]
    generic_verbs: frozenset[str]
    object_preps: frozenset[str]
    objects: frozenset[str]
    mediation_told: frozenset[str]
    exceptions: frozenset[str]
    partitives: frozenset[str]
    copulas: frozenset[str]
    breaks: frozenset[str]
    pairs: frozenset[str]
    negators: frozenset[str]
    modals: frozenset[str]
    cues: frozenset[str]


exclusive_words = loader(ExclusiveWords, FILE, "denial.exclusive")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """("the only countries that took part" / "nobody else took part", "only A and B took part", a go-between or an
    exception told beside them) over folded text."""
    w = exclusive_words()
    stop = alt(w.modals | w.negators)
    filler = rf"(?:(?!(?:{stop})\b)[\w'-]+\s+)"
    inner = rf"(?:(?!(?:{alt(w.modals | w.negators | w.breaks | w.relatives)})\b)[\w'-]+\s+)"  # one clause
    obj = (rf"\s+(?:(?:{alt(w.object_preps)})\s+)?(?:(?!(?:{alt(w.breaks)})\b)[\w'-]+\s+){{0,{OBJECT_WORDS}}}?"
           rf"(?:{alt(w.objects)})")  # a generic verb's noun of negotiation: "involved in the talks"
    verbs, cop = rf"{alt(w.verbs)}|(?:{alt(w.generic_verbs)}){obj}", alt(w.copulas)
    opener = (rf"(?:(?:{alt(w.head_openers)})\s+{filler}{{0,{HEAD_WORDS - 1}}}?(?:{alt(w.party_heads)})"
              rf"|(?:{alt(w.alone_openers)}))")
    head = re.compile(rf"\b{opener}\s+(?:(?:{alt(w.relatives)})\s+)?{filler}{{0,{CLAUSE_WORDS}}}(?:{verbs})\b"
                      rf"|\b(?:{alt(w.head_openers)})\s+{filler}{{0,{HEAD_WORDS - 1}}}?(?:{alt(w.party_of)}){obj}\b")
    listed = re.compile(rf"\b(?:{alt(w.list_openers)})\s+(?!(?:{alt(w.breaks)})\b)(?P<span>{inner}{{1,{SPAN_WORDS}}}?)"
                        rf"(?:(?:{cop})\s+)?(?:{verbs})\b")
    told = re.compile(rf"\b(?:{alt(w.mediation_told | w.exceptions)})\b")
    return head, listed, told


def exclusive(low: str, family: str) -> bool:
    """The folded text shuts every other party out of an act of ``family`` (see the module)."""
    w = exclusive_words()
    if family not in w.families or not any(x in low for x in w.list_openers | w.head_openers | w.alone_openers):
        return False
    head, listed, told = _patterns()
    if told.search(low):
        return False  # "... were A and B; Pell acted as mediator", "besides the mediator Pell"
    for m in head.finditer(low):
        if not negated_before(low, m.start()) and not _partitive(low[:m.start()].split()[-1:]):
            return True
    for m in listed.finditer(low):
        span = m.group("span").split()
        if (not negated_before(low, m.start()) and bool((w.joiners | w.pairs) & set(span))
                and not _partitive(span[:2])):
            return True
    return False


def _partitive(words: list[str]) -> bool:
    """The named parties are some of many: "only two of several countries" (``words``: the first two after "only"),
    "one of the only states" (the word before "the only")."""
    return bool(exclusive_words().partitives & set(words))


def negated_before(low: str, at: int) -> bool:
    """A negation up to ``NEG_BEFORE`` words before offset ``at`` ("not only", "were not the only")."""
    before = re.findall(r"[a-z']+", low[:at])[-NEG_BEFORE:]
    return any(x in exclusive_words().negators or x.endswith("n't") for x in before)


def cue_words() -> frozenset[str]:
    """The words one of which every exclusive telling holds (data ``cues``: "only", "sole", "else", "no"), for
    :func:`.denial.may_deny`: a common word ("other", "the") there would send most claims through every pattern."""
    return exclusive_words().cues
