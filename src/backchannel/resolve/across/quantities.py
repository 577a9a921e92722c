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
        low, high = value_range(m.group("q"), value)
        out.append(Quantity(noun, low, high, m.group(0), m.start(), m.end()))
    return out


def value_range(qualifier: str | None, value: int) -> tuple[float, float]:
    """The values a number allows with its qualifier as written: "over 20", "around 20", "under 20", "20"."""
    w = words()
    if qualifier in w.over:
        return value + 0.5, value * 3.0
    if qualifier in w.about:
        return value * 0.75, value * 1.25
    if qualifier in w.under:
        return 0.0, value - 0.5
    return float(value), float(value)
