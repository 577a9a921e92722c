"""How many days after the date told before an act says it came (rule
interactions.timing.day_after): "the following day" (1), "two days later" (2), "later that day",
"a few hours later" (0), "48 hours later" (2).

Why a module of its own: the count of "<n> hours later" must be read, not assumed: a few hours
or any count under a day is the same day, a whole number of days' hours is that many days, and
any other count ("some 36 hours later") names no day, so the act borrows none (s34 review).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from spacy.tokens import Token

from backchannel import numbers, timex
from backchannel.extract.interactions.timing_constructions import SUBJECT_OBJECT_DEPS, DAY_AFTER, mark, timing_words
from backchannel.model import Time
from backchannel.syntax.tree import NOUN_POS

if TYPE_CHECKING:
    from backchannel.extract.interactions.document import Doc_

UNDATED = -1  # "some 36 hours later": after the date told before, on no day it names
HOURS_PER_DAY = 24


def _hours_days(toks: list[Token]) -> int:
    """The days of "<count> hours" (``toks``: the words before the measure noun): none for "a few",
    "several", "hours" or a count under a day; a whole number of days for 24, 48, 72; UNDATED for
    any other count, or one that is no number ("48 or 72"): the count in digits or any words
    (``numbers.count``: "twenty", "forty-eight", "a hundred")."""
    nums = [t for t in toks if t.like_num or t.lower_ in timex.NUMBER_WORDS]
    if not nums:
        return 0
    # the words from the first number to the last make one count ("twenty", "thirty-six", "a hundred")
    count = numbers.count(nums[0].doc[nums[0].i:nums[-1].i + 1].text.lower(), timex.NUMBER_WORDS)
    if count is None:
        return UNDATED
    if count < HOURS_PER_DAY:
        return 0
    return count // HOURS_PER_DAY if count % HOURS_PER_DAY == 0 else UNDATED


def _phrase_days(c: Token) -> int | None:
    """The days the phrase ``c`` says: see :func:`day_offset`."""
    words = timing_words()
    toks = list(c.subtree)
    phrase = " ".join(t.lower_ for t in toks)
    if phrase in words.same_day_phrases:
        return 0
    if phrase.endswith(" later") and len(toks) >= 2 and toks[-2].lower_ in words.within_day_units:
        # "a few hours later", "minutes later": the same day; "48 hours later": two days
        return _hours_days(toks[:-2]) if toks[-2].lower_ in words.hour_units else 0
    if phrase in words.day_after_phrases:
        return 1
    for tail in (words.days_later, words.days_later.replace("days", "day")):
        if phrase.endswith(" " + tail):  # "two days later", "twenty-one days later"
            return numbers.count(phrase[:-len(tail)].strip(), timex.NUMBER_WORDS) or None
    return None


def day_offset(tok: Token) -> int | None:
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


def shifted(d: Doc_, tok: Token, t: Time | None, offset: int | None) -> Time | None:
    """The date ``offset`` days after the day ``t`` (rule interactions.timing.day_after, traced
    also for the same day: "hours later" is what dates the act); a time coarser than a day cannot
    be counted from, so it dates nothing."""
    if offset is None or offset < 0 or t is None:
        return t if offset is None else None
    if t.value is None or len(t.value) != 10:
        return t if offset == 0 else None
    mark(d, tok, DAY_AFTER)
    value = (date.fromisoformat(t.value) + timedelta(days=offset)).isoformat()
    return Time(text=t.text, value=value, start=t.start, end=t.end)
