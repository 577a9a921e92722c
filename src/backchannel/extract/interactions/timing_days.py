"""How many days after the date told before an act says it came (rule
interactions.timing.day_after): "the following day" (1), "two days later" (2), "later that day",
"a few hours later" (0), "48 hours later" (2); and back (rule interactions.timing.day_before): "the
day before", "the previous day" (-1), "two days earlier" (-2); or to the week after or before
(rule interactions.timing.week_after): "the following week", "a week earlier" (the ISO week).

Why a module of its own: the count of "<n> hours later" must be read, not assumed: a few hours
or any count under a day is the same day, a whole number of days' hours is that many days, and
any other count ("some 36 hours later") names no day, so the act borrows none (s34 review).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, NamedTuple

from spacy.tokens import Token

from backchannel import numbers, timex
from backchannel.data_loader import loader
from backchannel.extract.interactions.timing_constructions import SUBJECT_OBJECT_DEPS, DAY_AFTER, mark, timing_words
from backchannel.timex_fallback import iso_week
from backchannel.model import Time
from backchannel.syntax.tree import NOUN_POS

if TYPE_CHECKING:
    from backchannel.extract.interactions.document import Doc_

DAY_BEFORE = "interactions.timing.day_before"
WEEK_AFTER = "interactions.timing.week_after"
HOURS_PER_DAY = 24
DAYS_PER_WEEK = 7
WORDS_FILE = "timing_days.toml"


@dataclass(frozen=True)
class DayWords:
    """Words of the rules day_before and week_after (``data/timing_days.toml``)."""

    day_before_phrases: frozenset[str]
    days_earlier: str
    week_after_phrases: frozenset[str]
    week_before_phrases: frozenset[str]


# The rules' words, parsed and checked once per process.
day_words = loader(DayWords, WORDS_FILE)


class Shift(NamedTuple):
    """How far from the date told before an act says it came: ``days`` (negative: before it);
    ``week``: the act's value is the ISO week of that day ("the following week"); ``undated``: after
    it, on no day it names ("some 36 hours later")."""

    days: int
    week: bool = False
    undated: bool = False


UNDATED = Shift(0, undated=True)


def _hours_days(toks: list[Token]) -> Shift:
    """The days of "<count> hours" (``toks``: the words before the measure noun): none for "a few",
    "several", "hours" or a count under a day; a whole number of days for 24, 48, 72; UNDATED for
    any other count, or one that is no number ("48 or 72"): the count in digits or any words
    (``numbers.count``: "twenty", "forty-eight", "a hundred")."""
    nums = [t for t in toks if t.like_num or t.lower_ in timex.NUMBER_WORDS]
    if not nums:
        return Shift(0)
    # the words from the first number to the last make one count ("twenty", "thirty-six", "a hundred")
    count = numbers.count(nums[0].doc[nums[0].i:nums[-1].i + 1].text.lower(), timex.NUMBER_WORDS)
    if count is None:
        return UNDATED
    if count < HOURS_PER_DAY:
        return Shift(0)
    return Shift(count // HOURS_PER_DAY) if count % HOURS_PER_DAY == 0 else UNDATED


def _counted(phrase: str, tail: str, sign: int) -> Shift | None:
    """"two days later" (2), "three days earlier" (-3): the count before the tail ``tail`` (plural or
    singular), times ``sign``; None for another phrase or a count that is no number ("some days")."""
    for t in (tail, tail.replace("days", "day")):
        if phrase.endswith(" " + t):
            n = numbers.count(phrase[:-len(t)].strip(), timex.NUMBER_WORDS)
            return Shift(sign * n) if n else None
    return None


def _phrase_days(c: Token) -> Shift | None:
    """The shift the phrase ``c`` says: see :func:`day_offset`."""
    words = timing_words()
    toks = list(c.subtree)
    phrase = " ".join(t.lower_ for t in toks)
    if phrase in words.same_day_phrases:
        return Shift(0)
    if phrase.endswith(" later") and len(toks) >= 2 and toks[-2].lower_ in words.within_day_units:
        # "a few hours later", "minutes later": the same day; "48 hours later": two days
        return _hours_days(toks[:-2]) if toks[-2].lower_ in words.hour_units else Shift(0)
    if phrase in words.day_after_phrases:
        return Shift(1)
    back = day_words()
    if phrase in back.day_before_phrases:
        return Shift(-1)
    if phrase in back.week_after_phrases | back.week_before_phrases:
        return Shift(DAYS_PER_WEEK if phrase in back.week_after_phrases else -DAYS_PER_WEEK, week=True)
    return _counted(phrase, words.days_later, 1) or _counted(phrase, back.days_earlier, -1)


def day_offset(tok: Token) -> Shift | None:
    """The days an act says it came after the date told before it: "later that day", "the same
    day", "a few hours later" (0), "the following day", "the next morning" (1), "two days later",
    "48 hours later" (2), UNDATED for a count of hours that names no day; on its verb, or on the
    verb its noun is an argument of. None when it says nothing of the kind."""
    heads = [tok] + ([tok.head] if tok.pos_ in NOUN_POS and tok.dep_ in SUBJECT_OBJECT_DEPS else [])
    for h in heads:
        for c in h.children:
            if c.dep_ in ("npadvmod", "advmod", "prep") and (n := _phrase_days(c)) is not None:
                return n
    return None


def shifted(d: Doc_, tok: Token, t: Time | None, offset: Shift | None) -> Time | None:
    """The date ``offset`` days after (or before) the day ``t``, or its ISO week (rules
    interactions.timing.day_after, traced also for the same day: "hours later" is what dates the
    act; day_before; week_after); a time coarser than a day cannot be counted from, so it dates
    nothing."""
    if offset is None or offset.undated or t is None:
        return t if offset is None else None
    if t.value is None or len(t.value) != 10:
        return t if offset == Shift(0) else None
    day = date.fromisoformat(t.value) + timedelta(days=offset.days)
    mark(d, tok, WEEK_AFTER if offset.week else DAY_BEFORE if offset.days < 0 else DAY_AFTER)
    value = iso_week(day) if offset.week else day.isoformat()
    return Time(text=t.text, value=value, start=t.start, end=t.end)
