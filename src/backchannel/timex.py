"""Time expressions: find them in a parsed document and resolve them to ISO values.

Why our own rules before dateparser: news English dates events relative to the
publication day ("Monday", "last April", "next week", "in March") and the
conventions we need (ISO weeks, intervals, month granularity for "late
November", past vs. future reading of a bare weekday) are not what a generic
parser returns; dateparser 1.5 returns nothing for "last April". dateparser is
only the fallback for absolute dates our grammar does not cover ("12/05/2024"),
it is called on candidate expressions only, and its answers are cached.

Why a foundation module (beside :mod:`backchannel.docindex`, below every stage): the
per-document index finds a text's time expressions once, and any stage may resolve them;
so the finder reads its words from ``data/timex_words.toml`` through the one loader
(:mod:`backchannel.data_loader`) and imports no stage.

Values: ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, ``YYYY-Www`` or ``A/B`` (interval).
Durations ("for about 3.5 months", "week-long") and vague times ("recently")
resolve to ``None``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from backchannel import numbers
from backchannel.data_loader import loader
from backchannel.timex_clock import CLOCK_EXPR, CLOCK, clocks_with_a_day, is_clock  # noqa: F401 (is_clock: API)
from backchannel.timex_fallback import fallback, iso_week
from backchannel.timex_lists import first_listed_day
from backchannel.timex_period import (DAY_OF_MONTH_EXPR, DECADE_EXPR, day_of_month_value, decade_value,
                                      is_day_of_month, is_decade, period_bounds, weekend_value)
from backchannel.timex_season import season_expr, season_value

TIMEX_WORDS_FILE = "timex_words.toml"


@dataclass(frozen=True)
class TimexWords:
    """Words of the time-expression resolver (``data/timex_words.toml``)."""

    weekdays: tuple[str, ...]
    vague_words: frozenset[str]
    past_mods: frozenset[str]
    next_mods: frozenset[str]
    this_mod: str
    earlier_mod: str
    last_mod: str
    next_mod: str
    period_edges: tuple[str, ...]
    edge_ends: frozenset[str]
    edge_starts: frozenset[str]
    near_mods: frozenset[str]
    part_mods: frozenset[str]
    lead_adverbs: frozenset[str]
    host_nouns: frozenset[str]
    today_words: frozenset[str]
    day_parts: frozenset[str]
    earlier_today: frozenset[str]
    yesterday: str
    night: str
    tomorrow: str
    weekend: str
    in_the: str
    definite: str
    units: tuple[str, ...]
    month_numbers: dict[str, int]
    number_words: dict[str, int]
    mod_shift: dict[str, int]
    season_months: dict[str, int]
    season_parts: dict[str, int]


# The time resolver's words, parsed and checked once per process.
timex_words = loader(TimexWords, TIMEX_WORDS_FILE)


TW = timex_words()  # the resolver's words (data/timex_words.toml)
WEEKDAYS = TW.weekdays
MONTHS = TW.month_numbers
NUMBER_WORDS = {**numbers.table()[0], **TW.number_words}  # every number word (numbers.py), and "a", "an"
DAY, WEEK, MONTH, YEAR = TW.units

_MON = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
        r"|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)")
_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_PREP = (r"(?:(?:starting|beginning)\s+(?:on|in|from)\s+"
         r"|(?:on|in|at|during|since|from|by|until|till|starting|beginning|as\s+of|throughout|between)\s+)?")
_PART = r"(?:the\s+(?:night|morning|afternoon|evening|weekend|end|start|beginning|middle)\s+of\s+)?"
_MOD = r"(?:(?:last|next|this|past|coming|early|mid|late|earlier|later)(?:\s+|-))?"
_NUM = rf"(?:\d+|{numbers.pattern(NUMBER_WORDS, numbers.table()[1])})"
_UNIT = r"(?:day|week|month|year)s?"

_DAYPART = r"(?:morning|afternoon|evening)"
# "the end of the year": the edge words and the periods they cut (rule timex.period_edge)
_EDGE_BEHIND = "|".join(rf"(?<={w}\sof\s)" for w in TW.period_edges)
_PERIODS = "|".join(TW.units[1:])
_SEASON = season_expr(TW.season_months, _YEAR)
_SEASON_CORE = re.compile(rf"((?:last|next|this|past|coming|early|mid|late)(?:\s+|-))?{_SEASON}", re.I)
_TO = r"\s*(?:-|–|to|until|till|through|and)\s*"  # the two ends of a range
_TO_DAYS = r"\s*(?:-|–|to|until|till|through)\s*"  # "and" joins weekdays only when they follow each other (_WD_PAIR)
_MDAY = rf"(?:{_MON}\s+{_DAY}|{_DAY}\s+(?:of\s+)?{_MON})"  # "May 30" / "30 May"
# "on Wednesday and Thursday": two days in a row are one span, as "March 6 and 7" is (two days
# apart, "Monday and Thursday", stay two days)
_WD_PAIR = "|".join(rf"{a}\s+and\s+{b}" for a, b in zip(TW.weekdays, TW.weekdays[1:] + TW.weekdays[:1]))
# ranges first: the alternation takes the first branch that matches at a position
_RANGES = (
    rf"{_MDAY}(?:,?\s+{_YEAR})?{_TO_DAYS}{_MDAY}(?:,?\s+{_YEAR})?"  # May 30 to June 2 / 30 May - 2 June 2025
    rf"|(?<=between\s){_MDAY}\s+and\s+{_MDAY}(?:,?\s+{_YEAR})?"  # between May 10 and May 12 (else two days)
    rf"|{_DAY}{_TO}{_DAY}\s+(?:of\s+)?{_MON}(?:,?\s+{_YEAR})?"  # 10-12 May
    rf"|{_WD}{_TO_DAYS}{_WD}|{_WD_PAIR}"  # Monday to Wednesday, Wednesday and Thursday
    rf"|{_MON}{_TO_DAYS}{_MON}(?:,?\s+{_YEAR})?"  # March to May 2024 (not "March and may …": the modal)
    rf"|{_YEAR}{_TO}{_YEAR}"  # 2021 and 2022
)
_REL_YEAR = r"(?:last|this|next|past)\s+year"  # "in April last year": April of that year
_EXPR = (
    rf"(?:{_RANGES}"
    rf"|{_MON}\s+{_DAY}(?:\s*(?:-|–|to|and|through)\s*{_DAY})?(?:,?\s+(?:{_YEAR}|{_REL_YEAR}))?(?![\d:])"  # Oct. 26 / March 6-10 / April 27, 2022 / Feb. 7 last year
    rf"|{_DAY}\s+(?:of\s+)?{_MON}(?:,?\s+(?:{_YEAR}|{_REL_YEAR}))?"  # 26 October 2023 / 7 May this year
    rf"|(?!(?-i:may)\b){_MON}(?:,|\s+of)?\s+{_REL_YEAR}"  # April last year ("may next year": modal, year kept)
    rf"|{_MON}(?:(?:,|\s+of)?\s+{_YEAR})?"  # March / July 2019 / March of 2023
    rf"|{_WD}(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?"  # Saturday / Saturday's / Saturday evening
    rf"|today|tonight|overnight|yesterday|tomorrow|last\s+night"
    rf"|this\s+{_DAYPART}"  # "this afternoon": the report's day
    rf"|(?<=at\s){CLOCK_EXPR}|(?<=by\s){CLOCK_EXPR}|(?<=from\s){CLOCK_EXPR}|(?<=until\s){CLOCK_EXPR}"
    rf"|(?:this|next|last|past|coming)\s+(?:week|month|year|weekend)"
    rf"|(?:the\s+)?weekend(?:['’]s)?"  # "weekend talks", "over the weekend": the nearest one
    rf"|(?:earlier|later)\s+(?:this|in\s+the)\s+(?:week|month|year|day)|earlier\s+today"
    rf"|{_NUM}\s+{_UNIT}\s+ago"
    rf"|\d{{4}}-\d\d-\d\d"
    rf"|{_SEASON}"  # "the summer of 2023", "last spring" (timex_season.py)
    rf"|{DECADE_EXPR}|{DAY_OF_MONTH_EXPR}"  # "the 1990s", "on the 14th" (timex_period.py)
    rf"|(?:{_EDGE_BEHIND})the\s+(?:{_PERIODS})"
    rf"|{_YEAR}"
    r")"
)
CANDIDATE = re.compile(rf"\b{_PREP}{_PART}{_MOD}{_EXPR}\b", re.I)
_YEAR_ONLY = re.compile(rf"^{_YEAR}$")
_YEAR_PREP = re.compile(r"^(?:in|since|during|by|until|till|from|before|after|early|mid|late|between|throughout)\b",
                        re.I)

_LEAD = re.compile(rf"^{_PREP}{_PART}", re.I)
_DURATION = re.compile(r"\b(?:for|over|about|nearly|almost|some|around)?\s*[\d.]+|\b(?:long|lasting)\b"
                       r"|\b\w+[-\s](?:day|week|month|year|hour)s?\b", re.I)
_VAGUE = TW.vague_words


@dataclass(frozen=True, slots=True)
class Timex:
    """A time expression found in a text: offsets, words, and the parts the resolver needs."""

    start: int
    end: int
    text: str


def _month_num(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def _day_num(word: str) -> int:
    return int(re.sub(r"\D", "", word))


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


NEAR_AHEAD_DAYS = 60  # a day of the month this close after the report date is the coming one


def _past_or_future_day(anchor: date, month: int, day: int, future: bool, near: bool = True) -> date | None:
    """The most recent ``month/day`` on or before the anchor (or the next one on or after it).

    ``near``: a day of the month that falls within :data:`NEAR_AHEAD_DAYS` after the report
    date is the coming one even in a past reading ("the round in Lima from March 18 to 21" in a
    report of March 14): the day of last year would be ten months back, and news gives such a
    date its year (rule interactions.timing.near_future_day).
    """
    cand = _safe_date(anchor.year, month, day)
    if cand is None:
        return None
    nxt = cand if cand >= anchor else _safe_date(anchor.year + 1, month, day)
    if future or (near and nxt is not None and (nxt - anchor).days <= NEAR_AHEAD_DAYS):
        return nxt  # ("on 2 January" in a report of 30 December: the coming one, across the year)
    return cand if cand <= anchor else _safe_date(anchor.year - 1, month, day)


def _month_value(anchor: date, month: int, mod: str, future: bool) -> str:
    y = anchor.year
    if mod in TW.past_mods:
        y = y if month < anchor.month else y - 1
    elif mod in TW.next_mods:
        y = y if month > anchor.month else y + 1
    elif mod == TW.this_mod:
        pass
    elif future:
        y = y if month >= anchor.month else y + 1
    else:
        y = y if month <= anchor.month else y - 1
    return f"{y}-{month:02d}"


def _weekday_value(anchor: date, wd: int, mod: str, future: bool) -> str:
    monday = anchor - timedelta(days=anchor.weekday())
    if mod in TW.past_mods:
        return (monday - timedelta(days=7) + timedelta(days=wd)).isoformat()
    if mod in TW.next_mods:
        return (monday + timedelta(days=7 + wd)).isoformat()
    if mod == TW.this_mod:
        return (monday + timedelta(days=wd)).isoformat()
    delta = (wd - anchor.weekday()) % 7
    if future:
        return (anchor + timedelta(days=delta)).isoformat()
    return (anchor - timedelta(days=(anchor.weekday() - wd) % 7)).isoformat()


def _shift(anchor: date, unit: str, n: int) -> str:
    if unit == DAY:
        return (anchor + timedelta(days=n)).isoformat()
    if unit == WEEK:
        return iso_week(anchor + timedelta(weeks=n))
    if unit == MONTH:
        m = anchor.month - 1 + n
        return f"{anchor.year + m // 12}-{m % 12 + 1:02d}"
    return f"{anchor.year + n}"


@lru_cache(maxsize=4096)
def resolve(text: str, anchor: date | None, future: bool = False, near: bool = True) -> str | None:
    """ISO value of a time expression against the publication date ``anchor``.

    ``future``: read a bare weekday, month or day as the next one rather than the
    last one ("starting Wednesday" in "talks will take place starting Wednesday").
    ``near``: a day of the month just after the anchor is the coming one even in a past
    reading (see :func:`_past_or_future_day`).
    """
    raw = " ".join(text.replace("’", "'").split())
    s = _LEAD.sub("", raw).strip().lower().rstrip(",")
    if is_decade(s):  # before the "'s" goes: "the 1990's" is the decade
        return decade_value(s)  # rule timex.decade (None for "the 1900s": a century or a decade)
    s = re.sub(r"'s$", "", s)
    if not s or s in _VAGUE:
        return None
    # absolute forms first: they need no anchor
    if re.fullmatch(r"\d{4}-\d\d-\d\d", s):
        return s
    if is_day_of_month(s):
        return day_of_month_value(s, anchor, future)  # rule timex.day_of_month
    edge = re.fullmatch(r"the\s+(week|month|year)", s)
    if edge and (told := re.search(r"\b(\w+)\s+of\s+the\s+\w+$", raw.lower())):  # "by the end of the month"
        return _edge_value(edge.group(1), told.group(1), anchor, future, near)  # rule timex.period_edge
    s = first_listed_day(raw, s, _DAY, _MON)  # "on 8 and 11 October": the first day (rule timex.listed_days)
    is_range, value = _range_value(s, anchor, future, near)
    if is_range:
        return value
    part = re.fullmatch(r"(?:(?:earlier|later)\s+)?this\s+(\w+)", s)
    if part and part.group(1) in TW.day_parts and anchor is not None:
        return anchor.isoformat()  # "(earlier) this afternoon": the report's day
    if CLOCK.fullmatch(s):
        return anchor.isoformat() if anchor is not None else None  # rule interactions.timing.clock_day
    mod = ""
    mm = re.match(r"^(last|next|this|past|coming|early|mid|late|earlier|later)(?:\s+|-)(.*)$",
                  re.sub(r"^this\s+past\s+", "past ", s))  # "this past weekend": the last one
    if mm:
        mod, s = mm.group(1), re.sub(r"^on\s+", "", mm.group(2))  # "earlier on Saturday": the day
        if mod in TW.part_mods and s.split()[0] in TW.past_mods | TW.next_mods | {TW.this_mod}:
            return resolve(s, anchor, future, near)  # "late last year": the year
    if _YEAR_ONLY.match(s):
        return s
    is_day, value = _season_or_day(s, mod, anchor, future, near)
    if is_day:
        return value
    m = re.fullmatch(rf"({_MON})(?:(?:,|\s+of)?\s+({_YEAR}|{_REL_YEAR}))?", s)
    if m:
        if (month := _month_num(m.group(1))) is None:
            return None
        if m.group(2) and m.group(2)[0].isdigit():
            return f"{m.group(2)}-{month:02d}"
        if m.group(2) and anchor is not None:  # "April last year": the month of the year before
            return f"{anchor.year + TW.mod_shift.get(m.group(2).split()[0], 0)}-{month:02d}"
        return _month_value(anchor, month, mod, future) if anchor is not None else None
    m = re.fullmatch(rf"({_WD})(?:'s)?(?:\s+(?:morning|afternoon|evening|night))?", s)
    if m:
        return _weekday_value(anchor, WEEKDAYS.index(m.group(1)), mod, future) if anchor is not None else None
    return _relative_value(s, raw, mod, anchor, future) if anchor is not None else None


def _edge_value(unit: str, edge: str, anchor: date | None, future: bool, near: bool) -> str | None:
    """The period whose ``edge`` ("end", "start") is told: this one, but the previous one for an end told
    in the past that this period has not reached yet ("freed the sailors at the end of the year" in
    January), the next one for a start told of the future that this period has passed."""
    value = resolve(f"{TW.this_mod} {unit}", anchor, future, near)
    bounds = period_bounds(value) if value and anchor is not None else None
    if bounds is None or anchor is None:
        return value
    if not future and edge in TW.edge_ends and bounds[1] > anchor:
        return resolve(f"{TW.last_mod} {unit}", anchor, future, near)
    if future and edge in TW.edge_starts and bounds[0] < anchor:
        return resolve(f"{TW.next_mod} {unit}", anchor, future, near)
    return value


def _relative_value(s: str, raw: str, mod: str, anchor: date, future: bool) -> str | None:
    """Words read against the report's day ("today", "last week", "three days ago"), else dateparser's reading."""
    if s in TW.today_words or (mod in TW.near_mods and s in TW.earlier_today):
        return anchor.isoformat()
    if s == TW.yesterday or (mod == TW.last_mod and s == TW.night):
        return (anchor - timedelta(days=1)).isoformat()
    if s == TW.tomorrow:
        return (anchor + timedelta(days=1)).isoformat()
    m = re.fullmatch(r"(?:(this|in the|the)\s+)?(week|month|year|weekend)", s)
    # a bare "weekend" ("weekend talks", "over the weekend") is the nearest one, like "this weekend"
    bare_weekend = m is not None and m.group(2) == TW.weekend and m.group(1) in (None, TW.definite)
    if m and (mod or m.group(1) in (TW.this_mod, TW.in_the) or bare_weekend):
        unit = WEEK if m.group(2) == TW.weekend else m.group(2)
        if mod in TW.near_mods and m.group(1) == TW.in_the and unit != DAY:
            return None
        n = TW.mod_shift.get(mod, 0)
        if m.group(2) == TW.weekend:
            return weekend_value(anchor, n, future)  # its Saturday and Sunday (interactions.timing.weekend_interval)
        return _shift(anchor, unit, n)
    m = re.fullmatch(rf"({_NUM})\s+({_UNIT})\s+ago", s)
    if m:
        k = numbers.count(m.group(1), NUMBER_WORDS)  # unreadable: no date, not the report's day (s35-fixaff)
        return None if k is None else _shift(anchor, m.group(2).rstrip("s"), -k)
    return fallback(raw, _LEAD.sub("", raw), anchor, future)


def _season_or_day(s: str, mod: str, anchor: date | None, future: bool, near: bool) -> tuple[bool, str | None]:
    """(is it a season or a day of a month, its value): "last summer", "Oct. 26"."""
    is_season, value = season_value(s, mod, anchor, future, TW.season_months, TW.past_mods, TW.next_mods, TW.this_mod,
                                    TW.season_parts)
    return (is_season, value) if is_season else _month_day(s, anchor, future, near)


def _month_day(s: str, anchor: date | None, future: bool, near: bool) -> tuple[bool, str | None]:
    """(is it a day of a month, its value): "Oct. 26", "March 6-10", "April 27, 2022", "26 October"."""
    m = re.fullmatch(rf"({_MON})\s+({_DAY})(?:\s*(?:-|–|to|and|through)\s*({_DAY}))?(?:,?\s+({_YEAR}|{_REL_YEAR}))?", s)
    if m:
        day2 = _day_num(m.group(3)) if m.group(3) else None
        return True, _day_value(anchor, _month_num(m.group(1)), _day_num(m.group(2)), day2, m.group(4), future, near)
    m = re.fullmatch(rf"({_DAY})\s+(?:of\s+)?({_MON})(?:,?\s+({_YEAR}|{_REL_YEAR}))?", s)
    if m:
        return True, _day_value(anchor, _month_num(m.group(2)), _day_num(m.group(1)), None, m.group(3), future, near)
    return False, None


_R_MDAY = rf"(?:({_MON})\s+({_DAY})|({_DAY})\s+(?:of\s+)?({_MON}))"
_R_DAYS = re.compile(rf"{_R_MDAY}(?:,?\s+({_YEAR}))?{_TO}{_R_MDAY}(?:,?\s+({_YEAR}))?")
_R_DAY_MON = re.compile(rf"({_DAY}){_TO}({_DAY})\s+(?:of\s+)?({_MON})(?:,?\s+({_YEAR}))?")
_R_WD = re.compile(rf"({_WD})(?:{_TO_DAYS}|\s+(and)\s+)({_WD})")
_R_MON = re.compile(rf"({_MON}){_TO_DAYS}({_MON})(?:,?\s+({_YEAR}))?")
_R_YEAR = re.compile(rf"({_YEAR}){_TO}({_YEAR})")


def _interval(a: date | None, b: date | None) -> str | None:
    """``A/B`` with the second end carried into the next year when it falls before the first
    ("December 30 to January 2")."""
    if a is None or b is None:
        return None
    if b < a:
        b = _safe_date(b.year + 1, b.month, b.day)
        if b is None:
            return None
    return f"{a.isoformat()}/{b.isoformat()}"


def _range_value(s: str, anchor: date | None, future: bool, near: bool) -> tuple[bool, str | None]:
    """(is it a range, its interval): "May 30 to June 2", "10-12 May", "Monday to Wednesday",
    "March to May 2024", "2021 and 2022". The first end is read like a lone date (against the
    anchor, past or future); the second follows it."""
    m = _R_DAYS.fullmatch(s)
    if m:
        g = m.groups()
        mon1, day1, mon2, day2 = (g[0] or g[3]), (g[1] or g[2]), (g[5] or g[8]), (g[6] or g[7])
        v1 = _day_value(anchor, _month_num(mon1), _day_num(day1), None, g[4] or g[9], future, near)
        m2 = _month_num(mon2)
        if v1 is None or m2 is None:
            return True, v1
        a = date.fromisoformat(v1)
        return True, _interval(a, _safe_date(int(g[9]) if g[9] else a.year, m2, _day_num(day2)))
    m = _R_DAY_MON.fullmatch(s)
    if m:
        return True, _day_value(anchor, _month_num(m.group(3)), _day_num(m.group(1)), _day_num(m.group(2)),
                                m.group(4), future, near)
    m = _R_WD.fullmatch(s)
    if m:
        if anchor is None:
            return True, None
        w1, w2 = WEEKDAYS.index(m.group(1)), WEEKDAYS.index(m.group(3))
        a = date.fromisoformat(_weekday_value(anchor, w1, "", future))
        if m.group(2) and (w2 - w1) % 7 != 1:
            return True, a.isoformat()  # "Monday and Thursday": two days; the first dates the act
        return True, _interval(a, a + timedelta(days=(w2 - w1) % 7))
    m = _R_MON.fullmatch(s)
    if m:
        m1, m2 = _month_num(m.group(1)), _month_num(m.group(2))
        if m1 is None or m2 is None:
            return True, None
        if m.group(3):
            y1 = int(m.group(3)) - (m1 > m2)
        elif anchor is not None:
            y1 = int(_month_value(anchor, m1, "", future)[:4])
        else:
            return True, None
        y2 = y1 + (m1 > m2)
        return True, f"{y1}-{m1:02d}/{y2}-{m2:02d}"
    m = _R_YEAR.fullmatch(s)
    if m:
        return True, f"{m.group(1)}/{m.group(2)}" if m.group(1) < m.group(2) else None
    return False, None


def reads_ahead(text: str, anchor: date | None) -> bool:
    """Did the past reading of ``text`` take the coming day of the month (``near``), not last year's?"""
    return resolve(text, anchor, False) != resolve(text, anchor, False, near=False)


def has_year(text: str) -> bool:
    """Does the expression name its year ("on March 3, 2021", "in 2019")? Such a date is the
    writer's own, never an artefact of our anchor."""
    return re.search(rf"\b{_YEAR}\b|\d{{4}}-\d\d", text) is not None


def _day_value(anchor: date | None, month: int | None, day: int, day2: int | None,
               year: str | None, future: bool, near: bool = True) -> str | None:
    if month is None:
        return None
    year = str((anchor.year if anchor else 0) + TW.mod_shift.get(year.split()[0], 0)) if year and year[0].isalpha() else year
    if year:
        d1 = _safe_date(int(year), month, day)
    elif anchor is not None:
        d1 = _past_or_future_day(anchor, month, day, future, near)
    else:
        return None
    if d1 is None:
        return None
    if day2 is not None and day2 > day:
        d2 = _safe_date(d1.year, month, day2)
        return f"{d1.isoformat()}/{d2.isoformat()}" if d2 else d1.isoformat()
    return d1.isoformat()


def find(text: str, ents: Sequence[tuple[int, int]] = ()) -> list[Timex]:
    """Candidate time expressions in ``text``: our grammar plus DATE/TIME entity spans.

    One regex pass over the text; entity spans that our grammar did not cover are
    added only when they contain a digit (dateparser territory). A bare year is a
    candidate only after a preposition ("in 2018"), not as a modifier ("the 2015 deal").
    """
    out: list[Timex] = []
    for m in CANDIDATE.finditer(text):
        s, e = m.span()
        t = m.group(0)
        core = _LEAD.sub("", t)
        if re.fullmatch(rf"{_YEAR}(?:{_TO}{_YEAR})?", core.strip(), re.I) and not _YEAR_PREP.match(t):
            continue
        if re.match(r"may\b", core, re.I) and not core.startswith("May"):
            continue  # the modal verb
        lead = _LEAD.match(t)  # always matches (every part is optional); empty: no preposition
        season = _SEASON_CORE.fullmatch(core.strip())
        if season and not (season.group(1) or (lead and lead.group(0)) or has_year(core)):
            continue  # "the summer" with no preposition, modifier or year is no time
        if is_day_of_month(core.strip()) and not (lead and lead.group(0).strip()):
            continue  # "the 14th" only after a preposition ("on the 14th"), not "the 14th was calm"
        if core.startswith("May") and re.fullmatch(r"May", core.strip()) and not (lead and lead.group(0)):
            # a bare "May" without a preposition is most often the modal at sentence start
            continue
        out.append(Timex(s, e, t))
    covered = [(t.start, t.end) for t in out]
    for s, e in ents:
        if any(a <= s < b or a < e <= b for a, b in covered):
            continue
        t = text[s:e]
        if re.search(r"\d", t) and not _DURATION.fullmatch(t.strip()):
            out.append(Timex(s, e, t))
    out.sort(key=lambda t: t.start)
    return clocks_with_a_day(text, out)
