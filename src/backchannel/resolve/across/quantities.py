"""Counts as written ("over 20 messages", "a handful of messages") and whether two can both be true.

Why intervals: reports rarely give the same number the same way; "around 20" and
"over 20" can both be true, "over 20" and "a handful" cannot. Each count is read as
the range of values it allows, and two counts of the same thing contradict when
their ranges do not meet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from backchannel.resolve.across.names import fold
from backchannel.resolve.across.words import words


@dataclass(frozen=True)
class Quantity:
    """A count of ``noun``, as the range [low, high] of the values it allows, its text and offsets."""

    noun: str
    low: float
    high: float
    text: str
    start: int = 0
    end: int = 0

    def meets(self, other: Quantity) -> bool:
        return self.low <= other.high and other.low <= self.high


def _pattern() -> re.Pattern[str]:
    w = words()
    quals = sorted([*w.over, *w.about, *w.under], key=len, reverse=True)
    vague = sorted(w.vague, key=len, reverse=True)
    nums = sorted(w.numbers, key=len, reverse=True)
    q = "|".join(map(re.escape, quals))
    return re.compile(
        rf"\b(?:(?P<q>{q})\s+)?(?:(?P<n>\d[\d,]*|{'|'.join(nums)})|(?P<v>{'|'.join(map(re.escape, vague))}))"
        rf"(?:\s+of)?(?:\s+the)?\s+(?P<noun>(?:[a-z][a-z-]+\s+){{0,2}}?[a-z][a-z-]+s)\b")


_PATTERN: list[re.Pattern[str]] = []


def quantities(text: str) -> list[Quantity]:
    """Every count in ``text`` with the noun right after it (offsets into ``text`` when folding kept its length)."""
    if not _PATTERN:
        _PATTERN.append(_pattern())
    w = words()
    out = []
    low_text = text.lower()
    folded = low_text if len(low_text) == len(text) else fold(text)
    for m in _PATTERN[0].finditer(folded):
        noun = m.group("noun")
        if noun.split()[-1] in w.units:
            continue
        if m.group("v"):
            vlow, vhigh = w.vague[m.group("v")]
            out.append(Quantity(noun, float(vlow), float(vhigh), m.group(0), m.start(), m.end()))
            continue
        raw = m.group("n").replace(",", "")
        value = int(raw) if raw.isdigit() else w.numbers.get(raw)
        if value is None or noun.split()[-1] in w.units:
            continue
        q = m.group("q")
        low: float
        high: float
        if q in w.over:
            low, high = value + 0.5, value * 3.0
        elif q in w.about:
            low, high = value * 0.75, value * 1.25
        elif q in w.under:
            low, high = 0.0, value - 0.5
        else:
            low = high = float(value)
        out.append(Quantity(noun, low, high, m.group(0), m.start(), m.end()))
    return out
