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
    part: bool = False  # a partitive, "one of the pupils": a part of a group, not the group (count_partitive)

    def meets(self, other: Quantity) -> bool:
        return self.low <= other.high and other.low <= self.high


#: how far a number told as "about" N may stray (rule across.links.count_about): "roughly ten" allows 9 to 11 and
#: not 12, "around 300" 270 to 330 (was a quarter: "about ten" then held 12, a figure a reader weighs as another)
ABOUT = 0.15
MULTIPLIER = 100  # a number word worth this or more multiplies the words before it ("three hundred")


def number_words() -> str:
    """A pattern of a number in words, one word or several joined ("twenty-six", "three hundred and forty-four"):
    rule ``across.links.count_compound``; :func:`number_value` reads it. "and" joins only after a word of
    ``MULTIPLIER`` or more: "between twenty and thirty pupils" is a range of two numbers, not one."""
    nums = "|".join(sorted(words().numbers, key=len, reverse=True))
    after_mult = "|".join(f"(?<={re.escape(k)})" for k, v in words().numbers.items() if v >= MULTIPLIER)
    joiners = "|".join(re.escape(j) for j in words().joiners)
    join = rf"(?:(?:{after_mult})\s+(?:{joiners})\s+|[\s-]+)" if after_mult and joiners else r"[\s-]+"
    return rf"(?:{nums})\b(?:{join}(?:{nums})\b)*"


def number_value(text: str) -> int | None:
    """The value of a number in words (:func:`number_words`), or None when the words make no one number ("five six"):
    a word of ``MULTIPLIER`` or more multiplies what stands before it, a unit adds to a ten ("forty-four"), and
    anything else adds only to a round hundred ("three hundred and five")."""
    nums = words().numbers
    total = cur = 0
    for tok in re.findall(r"[a-z]+", text.lower()):
        if tok in words().joiners:
            continue
        v = nums.get(tok)
        if v is None:
            return None
        if v >= MULTIPLIER:
            cur = max(cur, 1) * v
            if v > MULTIPLIER:
                total, cur = total + cur, 0
        elif cur % 100 == 0 or (cur % 100 >= 20 and cur % 10 == 0 and v < 10):
            cur += v
        else:
            return None
    return total + cur if total + cur else None


def _pattern() -> re.Pattern[str]:
    w = words()
    quals = sorted([*w.over, *w.about, *w.under], key=len, reverse=True)
    vague = sorted(w.vague, key=len, reverse=True)
    q = "|".join(map(re.escape, quals))
    num = rf"(?:\d[\d,]*|{number_words()})"
    return re.compile(
        rf"\b(?:(?P<q>{q})\s+)?(?:(?P<n>{num})(?:\s+(?:{'|'.join(w.ranges)})\s+(?P<n2>{num}))?"
        rf"|(?P<v>{'|'.join(map(re.escape, vague))}))"
        rf"(?P<of>\s+of(?:\s+(?:{'|'.join(w.partitives)}))?)?(?(of)|(?:\s+the)?)\s+(?P<noun>(?:[a-z][a-z-]+\s+){{0,2}}?[a-z][a-z-]+s)\b")


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
        value, top = _value(m.group("n")), _value(m.group("n2") or m.group("n"))
        if value is None or top is None or noun.split()[-1] in w.units:
            continue
        low, high = value_range(m.group("q"), value)
        high = max(high, value_range(m.group("q"), top)[1])  # a range: "between twenty and thirty pupils"
        part = (m.group("of") or "").split()[-1:] != ["of"] if m.group("of") else False  # "one of the pupils"
        out.append(Quantity(noun, low, high, m.group(0), m.start(), m.end(), part))
    return out


def _value(raw: str) -> int | None:
    """The value of a number as written, in digits or in words."""
    raw = raw.replace(",", "")
    return int(raw) if raw.isdigit() else number_value(raw)


def value_range(qualifier: str | None, value: int) -> tuple[float, float]:
    """The values a number allows with its qualifier as written: "over 20", "around 20", "under 20", "20"."""
    w = words()
    if qualifier in w.least:  # across.links.count_least: "at least 20" allows 20
        return float(value), value * 3.0
    if qualifier in w.over:
        return value + 0.5, value * 3.0
    if qualifier in w.about:
        return value * (1 - ABOUT), value * (1 + ABOUT)
    if qualifier in w.under:
        return 0.0, value - 0.5
    return float(value), float(value)
