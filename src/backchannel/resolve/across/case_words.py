"""The words of the case-dispute rule (``data/across_cases.toml [case]``) and what it keeps of a
claim's sentence.

Why apart from :mod:`.casedispute`: the digest (:mod:`.records`) reads them too, to keep of
each claim's sentence only what the rule asks (its span, its pronoun kinds, whether it names
the case) instead of the sentence's text, which at corpus scale would hold a corpus of text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from backchannel.data_loader import read
from backchannel.resolve.across.mentions import FEMALE, MALE, pronoun_kind
from backchannel.resolve.lexicon import lexicon

FILE = "across_cases.toml"


@dataclass(frozen=True)
class CaseWords:
    """The words of ``data/across_cases.toml [case]``: innocence phrases, case judgements and the
    nouns they must be said of, the accusing offices, how far back the person may be named."""

    innocence: tuple[str, ...]
    judgements: tuple[str, ...]
    case_nouns: frozenset[str]
    negations: frozenset[str]
    reach: int
    accusers: frozenset[str]
    window: int


@cache
def case_words() -> CaseWords:
    c = read(FILE)["case"]
    return CaseWords(tuple(c["innocence"]), tuple(c["judgements"]), frozenset(c["case_nouns"]),
                     frozenset(c["negations"]), int(c["judgement_reach"]), frozenset(c["accusers"]), int(c["window"]))


@dataclass(frozen=True)
class ClaimContext:
    """A claim's sentence up to the claim's end, as the case-dispute rule reads it."""

    start: int
    end: int
    pronouns: frozenset[str]  # genders of the third-person pronouns in it (mentions.MALE, FEMALE)
    case_noun: bool  # it names the case: "charges", "trial", "detention" (case_nouns)


NO_CONTEXT = ClaimContext(0, 0, frozenset(), False)


@cache
def _finders() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """One compiled alternation for the gendered pronouns and one for the case nouns: the
    digest runs them on every claim's sentence, so no per-word tokenising."""
    w = lexicon().words

    def alternation(forms: frozenset[str]) -> re.Pattern[str]:
        return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + r")\b")

    return alternation(frozenset(w.male_pronouns) | frozenset(w.female_pronouns)), alternation(case_words().case_nouns)


def claim_context(text: str, start: int, end: int) -> ClaimContext:
    """What the rule keeps of ``text[start:end]``."""
    gendered, cases = _finders()
    low = text[start:end].lower()  # the lists are lower case; a case-blind pattern is 2-3 times slower
    kinds = frozenset(k for p in gendered.findall(low) if (k := pronoun_kind(p)) in (MALE, FEMALE))
    return ClaimContext(start, end, kinds, cases.search(low) is not None)
