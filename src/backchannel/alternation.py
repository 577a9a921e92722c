"""Word lists as regular-expression alternations, longest phrase first.

Why one helper: the link rules and claim spans read word lists from TOML and
match them in text; a list must be escaped (its words hold dots and hyphens)
and tried longest first, so that "in a bid" wins over "in" and "talks with"
over "talks". Written once here, every rule gets the same order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache


def alternation(items: Iterable[str]) -> str:
    """``a|b|c`` of the escaped items, longest first (ties keep the items' order)."""
    return "|".join(map(re.escape, sorted(items, key=len, reverse=True)))


def word_pattern(items: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    """A pattern matching any of the items as whole words: ``\\b(?:…)\\b``, longest first."""
    return re.compile(r"\b(?:" + alternation(items) + r")\b", flags)


#: characters outside ASCII that ``re.IGNORECASE`` matches to an ASCII letter (Unicode's special case pairs:
#: dotted and dotless I, the long s, the Kelvin sign); tests/test_alternation_gate.py recomputes them
ASCII_CASE_PAIRS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_WORD_RUN = re.compile(r"\w+")


class WordGate:
    """A first test for :func:`word_pattern` ``(items, re.IGNORECASE)`` over a whole text: False only when the
    pattern cannot match anywhere in it.

    Why: such a pattern is a long alternation tried at every position of the text, case folded; most reports
    hold none of its phrases, and one pass over the text's words (a set) tells so in a tenth of the time. Each
    word of a phrase, bounded by the phrase's own non-word characters or by the pattern's word bounds, is a
    whole word of any text the phrase matches; so a phrase can match only where every one of its words is a
    word of the text (case folded as ``re`` folds ASCII). Items with letters outside ASCII make no gate.
    """

    def __init__(self, items: Iterable[str]) -> None:
        kept = list(items)
        phrases = [tuple(_WORD_RUN.findall(x.lower())) for x in kept]
        ok = all(x.isascii() for x in kept) and all(phrases)
        self.phrases: list[tuple[str, ...]] | None = phrases if ok else None

    def may_match(self, text: str) -> bool:
        """False only when no item can match ``text`` as a whole word, case folded."""
        if self.phrases is None:
            return True
        seen = text_words(text)
        return any(all(w in seen for w in p) for p in self.phrases)


@lru_cache(maxsize=4)
def text_words(text: str) -> frozenset[str]:
    """The words of ``text``, lower case, as :class:`WordGate` compares them (kept for the last few texts: the
    digest asks several gates of one report's text)."""
    low = text.lower() if text.isascii() else text.translate(ASCII_CASE_PAIRS).lower()
    return frozenset(_WORD_RUN.findall(low))
