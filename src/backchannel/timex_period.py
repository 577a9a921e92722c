"""Decades and a lone day of the month: "in the 1990s", "the early 2000s", "on the 14th".

Why a module of its own (beside :mod:`backchannel.timex`, below it): :mod:`backchannel.timex` keeps the
grammar that finds the expressions; here are their values, which dateparser (the resolver's fallback)
got wrong: it read "the 1990s" as the report's day, and "on the 25th" in a past report of the 20th as
a day five days after the report. News names a decade as a span of ten years (the gold's interval of
years, like "2021 and 2022"; "the early 1990s" is the decade, as "late November" is the month), and
a day of the month alone as a day of the report's month, or, told in the past and after the report's
day, of the month before (told of the future and before it: the month after) (rules
timex.decade, timex.day_of_month).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import Any, TypeVar

from backchannel.data_loader import read

T = TypeVar("T", bound=Any)

DECADE_RULE = "timex.decade"
DAY_OF_MONTH_RULE = "timex.day_of_month"
SATURDAY = 5  # date.weekday() of a weekend's first day
YEARS_PER_DECADE = 10
MONTHS_PER_YEAR = 12

_WORDS = read("timex_period.toml")  # the decade parts and the words after a day of the month
_PARTS = "|".join(map(re.escape, _WORDS["decade_parts"]))
_FOLLOWERS = "|".join(map(re.escape, _WORDS["day_followers"]))
# "the 1990s", "the early 2000s", "the mid-1980s", "the 1990's"; the leading article optional
DECADE_EXPR = rf"(?:the\s+)?(?:(?:{_PARTS})(?:\s+|-))?(?:1[89]\d0|20\d0)['’]?s"
_DECADE = re.compile(rf"(?:the\s+)?(?:(?:{_PARTS})(?:\s+|-))?(1[89]\d0|20\d0)['’]?s", re.I)
# "the 14th": a day of the month with its ordinal ending, as a candidate only after a preposition
# and not before a noun or a month ("the 14th round", "the 14th of May": timex.py's grammar)
DAY_OF_MONTH_EXPR = (r"the\s+(?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th)"
                     rf"(?=\s*(?:[^\w\s]|$)|\s+(?:{_FOLLOWERS})\b)")
_DAY_OF_MONTH = re.compile(r"the\s+([12]\d|3[01]|[1-9])(?:st|nd|rd|th)", re.I)


def is_decade(s: str) -> bool:
    """Is ``s`` (without its preposition) a decade or a hundred of years in figures ("the 1990's")?"""
    return _DECADE.fullmatch(s) is not None


def decade_value(s: str) -> str | None:
    """``1990/1999`` for "the 1990s" (any part of it: "the early 1990s" is the decade). None for a
    round hundred before 2000 ("the 1800s", "the early 1900s"): news means the century by it more
    often than its first ten years, and a wrong ten-year span is worse than none."""
    m = _DECADE.fullmatch(s)
    if m is None:
        return None
    first = int(m.group(1))
    if first % 100 == 0 and first < 2000:
        return None
    return f"{first}/{first + YEARS_PER_DECADE - 1}"


def is_day_of_month(s: str) -> bool:
    """Is ``s`` (without its preposition) a lone day of the month ("the 14th")?"""
    return _DAY_OF_MONTH.fullmatch(s) is not None


def day_of_month_value(s: str, anchor: date | None, future: bool) -> str | None:
    """The day "the 14th" names against the report's day: of the report's month; of the month
    before when told in the past and after the report's day; of the month after when told of the
    future and before it. None without an anchor or for a day the month lacks."""
    m = _DAY_OF_MONTH.fullmatch(s)
    if m is None or anchor is None:
        return None
    day = int(m.group(1))
    shift = -1 if not future and day > anchor.day else 1 if future and day < anchor.day else 0
    k = anchor.year * MONTHS_PER_YEAR + anchor.month - 1 + shift
    try:
        return date(k // MONTHS_PER_YEAR, k % MONTHS_PER_YEAR + 1, day).isoformat()
    except ValueError:
        return None


def weekend_value(anchor: date, shift: int, future: bool) -> str:
    """"this weekend", "over the weekend", "last weekend", "next weekend": the Saturday and Sunday as an
    interval ("2025-05-10/2025-05-11"). Why: a weekend is two days, and the gold writes a span of days
    as an interval ("a range is an interval"; every read gold that dates a weekend does), where the
    Saturday alone matched none of them (rule interactions.timing.weekend_interval). With no shift it is
    the nearest one (the last in a past reading, the coming one in a future one); "last"/"past" is the
    last one wholly before the report's day, "next"/"coming" the first one after it."""
    back = (anchor.weekday() - SATURDAY) % 7  # days since the last Saturday (0 on a Saturday)
    if shift == 0:
        sat = anchor + timedelta(days=(SATURDAY - anchor.weekday()) % 7) if future else anchor - timedelta(days=back)
    elif shift < 0:
        sat = anchor - timedelta(days=back + (7 if back < 2 else 0))
    else:
        sat = anchor + timedelta(days=(SATURDAY - anchor.weekday()) % 7 or 7)
    return f"{sat.isoformat()}/{(sat + timedelta(days=1)).isoformat()}"


#: the longest span of days (last day minus first) that still dates one act: a weekend is 1, "from Monday to
#: Sunday" 6; months or years of talks ("from 2029 to 2033") are a period of many acts, no one act's days
SHORT_SPAN_DAYS = 7


def short_day_span(value: str | None) -> tuple[str, str] | None:
    """The first and last day of ``value`` when it is a short span of days ("2025-05-10/2025-05-11": two
    full dates at most ``SHORT_SPAN_DAYS`` apart), else None.

    Why here: the weekend's value is made here (:func:`weekend_value`), and two stages ask whether a day
    lies inside one act's span: the in-report merge (``interactions.merge``: "over the weekend" and "on
    Saturday" are one act) and the across join (rule ``across.events.day_in_span``)."""
    lo, sep, hi = (value or "").partition("/")
    if not sep or len(lo) != 10 or len(hi) != 10:
        return None
    try:
        gap = (date.fromisoformat(hi) - date.fromisoformat(lo)).days
    except ValueError:
        return None
    return (lo, hi) if 0 <= gap <= SHORT_SPAN_DAYS else None


def told_month_days(found: list[T], sent_of: Callable[[int], int]) -> list[T]:
    """The time expressions ``found`` (in text order), a lone day of the month ("on the 14th") written as
    the day of the month told last in its own sentence before it or in the sentence before ("In March,
    ...; on the 14th, ..." is March 14), with that month's year if it had one. Why: a writer names the
    month once and then the days in it; the report's own month is only the fallback when none was told."""
    from backchannel.timex import MONTHS  # (timex imports this module)

    told: tuple[int, str, str] | None = None  # (sentence, month word, ", year" or "")
    out: list[T] = []
    for tx in found:
        day = _DAY_OF_MONTH.search(tx.text)
        sent = sent_of(tx.start)
        if day is not None and day.end() == len(tx.text.rstrip(" ,")) and told and sent - told[0] <= 1:
            tx = replace(tx, text=f"{tx.text[:day.start()]}{told[1]} {day.group(1)}{told[2]}")
        elif (month := next((w for w in re.findall(r"[A-Z][a-z]+\.?", tx.text) if w.lower().rstrip(".") in MONTHS),
                            None)) is not None:
            year = re.search(r"\b(?:1[89]|20)\d\d\b", tx.text)
            told = (sent, month.rstrip("."), f", {year.group(0)}" if year else "")
        out.append(tx)
    return out


def period_bounds(value: str) -> tuple[date, date] | None:
    """The first and last day of a year ("2025"), a month ("2025-01") or an ISO week ("2025-W02");
    None for any other value. Why: an edge of a period is read against where the report's day falls in it."""
    try:
        if re.fullmatch(r"\d{4}", value):
            return date(int(value), 1, 1), date(int(value), 12, 31)
        if m := re.fullmatch(r"(\d{4})-(\d\d)", value):
            y, mo = int(m.group(1)), int(m.group(2))
            nxt = date(y + mo // MONTHS_PER_YEAR, mo % MONTHS_PER_YEAR + 1, 1)
            return date(y, mo, 1), date.fromordinal(nxt.toordinal() - 1)
        if m := re.fullmatch(r"(\d{4})-W(\d\d)", value):
            y, w = int(m.group(1)), int(m.group(2))
            return date.fromisocalendar(y, w, 1), date.fromisocalendar(y, w, 7)
    except ValueError:
        return None
    return None
