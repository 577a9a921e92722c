"""Counts as written ("over 20 messages", "a handful of messages") and whether two can both be true.

Why intervals: reports rarely give the same number the same way; "around 20" and
"over 20" can both be true, "over 20" and "a handful" cannot. Each count is read as
the range of values it allows, and two counts of the same thing contradict when
their ranges do not meet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from backchannel import numbers
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


def number_words() -> str:
    """A pattern of a number in words, one word or several joined ("twenty-six", "three hundred and forty-four"):
    rule ``across.links.count_compound`` (:func:`backchannel.numbers.pattern`); :func:`number_value` reads it."""
    return numbers.pattern(words().numbers, words().joiners)


def number_value(text: str) -> int | None:
    """The value of a number in words (:func:`number_words`), or None when the words make no one number
    ("five six"): :func:`backchannel.numbers.value`."""
    return numbers.value(text, words().numbers, words().joiners)


def _pattern() -> re.Pattern[str]:
    w = words()
    quals = sorted([*w.over, *w.about, *w.under, *w.ceiling], key=len, reverse=True)
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
        q, start = m.group("q"), m.start()
        if q in w.verb_particles and particle(folded, m.start()):  # "hand over three soldiers": three, not more than three
            q, start = None, m.start("n")
        low, high = value_range(q, value)
        high = max(high, value_range(q, top)[1])  # a range: "between twenty and thirty pupils"
        part = (m.group("of") or "").split()[-1:] != ["of"] if m.group("of") else False  # "one of the pupils"
        out.append(Quantity(noun, low, high, folded[start:m.end()], start, m.end(), part))
    return out


def particle(low: str, at: int) -> bool:
    """Rule ``across.links.count_particle``: the qualifier at ``at`` is the particle of the verb right before it
    ("agreed to hand over three soldiers", "turned over 12 detainees"), not "more than" (review, s35). Only a
    qualifier that can be a particle ("over") is asked: "gave nearly 40 prisoners" keeps "nearly"."""
    before = re.findall(r"[a-z]+", low[max(0, at - 20):at])
    return bool(before) and before[-1] in words().particle_verbs


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
    if qualifier in w.ceiling:  # across.links.count_ceiling: "up to 20" is at most 20, not about 20
        return 1.0, float(value)
    if qualifier in w.under:
        return 0.0, value - 0.5
    return float(value), float(value)
