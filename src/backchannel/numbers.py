"""Numbers written in words ("twenty-one", "a hundred", "three hundred and five"): one reader for every stage.

Why one reader: the time words stopped at ten, so "twenty hours later" lost its date and "twenty years
ago" was no time at all, while the count reader of the links read any number. Both now read the one
table of number words (``across.toml`` ``[numbers.words]``, with the time words' "a"/"an") the same way:
a word worth ``MULTIPLIER`` or more (or a listed multiplier: "two dozen") multiplies what stands before it, a
unit adds to a ten, anything else adds only to a round hundred; "and" joins only after a hundred ("between twenty and thirty" is two).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache

from backchannel.data_loader import read, word_list

NUMBERS_FILE = "across.toml"  # [numbers.words] and [counts] joiners
MULTIPLIER = 100  # a number word worth this or more multiplies the words before it ("three hundred")


@cache
def table() -> tuple[dict[str, int], tuple[str, ...]]:
    """The number words and their values, and the words that join one number ("and")."""
    raw = read(NUMBERS_FILE)
    return dict(raw["numbers"]["words"]), tuple(raw["counts"]["joiners"])


@cache
def multipliers() -> frozenset[str]:
    """Number words below ``MULTIPLIER`` that still multiply what stands before them ("two dozen")."""
    return frozenset(word_list(NUMBERS_FILE, "numbers.multipliers", read(NUMBERS_FILE)["numbers"]["multipliers"]))


def pattern(nums: Mapping[str, int], joiners: tuple[str, ...]) -> str:
    """A regular expression of one number in words, one word or several joined (a hyphen, spaces, "and"
    after a word of ``MULTIPLIER`` or more).

    Each alternation of the words is led by a look-ahead at the words' first letters (:func:`first_letters`):
    it matches what it matched, and a word of the text that begins with no such letter fails at once, not
    after thirty alternatives (the count rules scan every report's text: a third as long on news-like text).
    """
    alts = first_letters(nums) + "(?:" + "|".join(sorted(map(re.escape, nums), key=len, reverse=True)) + ")"
    after_mult = "|".join(f"(?<={re.escape(k)})" for k, v in nums.items() if v >= MULTIPLIER)
    joins = "|".join(re.escape(j) for j in joiners)
    join = rf"(?:(?:{after_mult})\s+(?:{joins})\s+|[\s-]+)" if after_mult and joins else r"[\s-]+"
    return rf"{alts}\b(?:{join}{alts}\b)*"


def first_letters(words: Iterable[str]) -> str:
    """A look-ahead at the first characters of ``words`` (``(?=[fst])``), "" when there are none: any match of
    one of the words starts with one of them, under whatever flags the caller compiles it with (a class
    and a literal fold case alike)."""
    kept = list(words)
    if not kept or not all(kept):  # no words, or an empty one (it matches anywhere): no look-ahead
        return ""
    return "(?=[" + "".join(re.escape(c) for c in sorted({w[0] for w in kept})) + "])"


def value(text: str, nums: Mapping[str, int], joiners: tuple[str, ...]) -> int | None:
    """The value of a number in words, or None when the words make no one number ("five six", "ten and")."""
    total = cur = 0
    for tok in re.findall(r"[a-z]+", text.lower()):
        if tok in joiners:
            continue
        v = nums.get(tok)
        if v is None:
            return None
        if tok in multipliers() and cur < MULTIPLIER:
            cur = max(cur, 1) * v  # "a dozen", "two dozen"
        elif v >= MULTIPLIER:
            cur = max(cur, 1) * v
            if v > MULTIPLIER:
                total, cur = total + cur, 0
        elif cur % 100 == 0 or (cur % 100 >= 20 and cur % 10 == 0 and v < 10):
            cur += v
        else:
            return None
    return total + cur if total + cur else None


def count(text: str, words: Mapping[str, int] | None = None) -> int | None:
    """A count in digits or in words ("36", "twenty", "thirty-six", "a hundred"), None when it is none; ``words``: the
    number words to read (the table's, or a stage's own with its "a" and "an")."""
    nums, joiners = table()
    return int(text) if text.isdigit() else value(text, words or nums, joiners)
