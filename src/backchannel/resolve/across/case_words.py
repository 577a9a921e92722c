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
from backchannel.resolve.across.parenthetical import subject_end
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
    charge_verbs: tuple[str, ...] = ()
    charge_between: tuple[str, ...] = ()
    plea_clause_joiners: tuple[str, ...] = ()


@cache
def case_words() -> CaseWords:
    c = read(FILE)["case"]
    return CaseWords(tuple(c["innocence"]), tuple(c["judgements"]), frozenset(c["case_nouns"]),
                     frozenset(c["negations"]), int(c["judgement_reach"]), frozenset(c["accusers"]), int(c["window"]),
                     tuple(c["charge_verbs"]), tuple(c["charge_between"]), tuple(c["plea_clause_joiners"]))


@dataclass(frozen=True)
class ClaimContext:
    """A claim's sentence up to the claim's end, as the case-dispute rule reads it."""

    start: int
    end: int
    pronouns: frozenset[str]  # genders of the third-person pronouns in it (mentions.MALE, FEMALE)
    case_noun: bool  # it names the case: "charges", "trial", "detention" (case_nouns)
    # where a name stands in the clause of a word of innocence (document offsets): whom the claim clears
    cleared: tuple[tuple[int, int], ...] = ()


NO_CONTEXT = ClaimContext(0, 0, frozenset(), False)


@cache
def _finders() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """One compiled alternation for the gendered pronouns and one for the case nouns: the
    digest runs them on every claim's sentence, so no per-word tokenising."""
    w = lexicon().words

    def alternation(forms: frozenset[str]) -> re.Pattern[str]:
        return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + r")\b")

    return alternation(frozenset(w.male_pronouns) | frozenset(w.female_pronouns)), alternation(case_words().case_nouns)


@cache
def _clause() -> tuple[re.Pattern[str], int, int]:
    """The clause breaks and the reach before and after a cue of ``across_rebuttal.toml``: a case
    is cleared under the same discipline as a charge is rebutted (read here, not imported: the
    rebuttal module reads the digest's records, which read this module)."""
    raw = read("across_rebuttal.toml")["rebuttal"]
    breaks = re.compile(r"[,;:()]|\b(?:" + "|".join(map(re.escape, raw["clause_breaks"])) + r")\b")
    return breaks, int(raw["name_before"]), int(raw["name_after"])


@cache
def _cue_finder() -> re.Pattern[str]:
    """The innocence phrases and the judgements in one alternation (where a claim clears someone)."""
    cw = case_words()
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted({*cw.innocence, *cw.judgements}, key=len,
                                                                     reverse=True))) + r")\b")


def cleared_ranges(said: str, start: int) -> tuple[tuple[int, int], ...]:
    """Where a name must start to be the one a word of innocence in ``said`` (a text that begins at
    document offset ``start``) is said of: in the word's clause, at most ``name_before`` words before it
    or ``name_after`` after it, no clause break between (the discipline of :func:`.rebuttal.subjects`:
    "the charges against X were baseless and Y flew home" clears X only); an apposition before the word
    is no break ("X, 34, was wrongfully detained": :func:`.parenthetical.subject_end`)."""
    breaks, before, after = _clause()
    low = said.lower()
    out: list[tuple[int, int]] = []
    for m in _cue_finder().finditer(low):
        cut = subject_end(said, 0, m.start())
        left = low[:cut]
        brk = [b.end() for b in breaks.finditer(left)]
        words = [w.start() for w in re.finditer(r"\S+", left)]
        lo = brk[-1] if brk else 0
        if len(words) > before:
            lo = max(lo, words[-before])
        right = low[m.end():]
        nxt = breaks.search(right)
        hi = nxt.start() if nxt else len(right)
        ahead = [w.start() for w in re.finditer(r"\S+", right)][:after + 1]
        if len(ahead) > after:
            hi = min(hi, ahead[after])
        out += [(start + lo, start + cut), (start + m.end(), start + m.end() + hi)]
    return tuple(out)


def claim_context(text: str, start: int, end: int) -> ClaimContext:
    """What the rule keeps of ``text[start:end]``."""
    gendered, cases = _finders()
    low = text[start:end].lower()  # the lists are lower case; a case-blind pattern is 2-3 times slower
    kinds = frozenset(k for p in gendered.findall(low) if (k := pronoun_kind(p)) in (MALE, FEMALE))
    return ClaimContext(start, end, kinds, cases.search(low) is not None, cleared_ranges(text[start:end], start))
