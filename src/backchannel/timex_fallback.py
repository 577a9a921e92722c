"""dateparser as the fallback of the time-expression resolver: absolute dates our grammar does not
cover ("12/05/2024"), read against the report's day, with dateparser's period (day, week, month,
year) kept as the value's granularity.

Why a module of its own (beside :mod:`backchannel.timex`, below it): this is the only place the
resolver calls a third-party parser (slow to import, so imported on first use, and cached); the
grammar of :mod:`backchannel.timex` is ours and imports this module, never the reverse.
``iso_week`` lives here because both need it; it stays importable from :mod:`backchannel.timex`.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import Any

# dateparser's periods (its API values, not English)
PERIOD_DAY = "day"
PERIOD_WEEK = "week"
PERIOD_MONTH = "month"
PERIOD_YEAR = "year"


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


@lru_cache(maxsize=64)
def _date_parser(anchor: date | None, future: bool) -> Any:
    from dateparser.date import DateDataParser  # type: ignore[import-untyped]  # slow to import: only when needed

    settings: dict[str, object] = {"PREFER_DATES_FROM": "future" if future else "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if anchor is not None:
        # the end of the report's day for a past reading, its start for a future one: a bare
        # clock time ("15:35 IST") is then a time of that day, not of the day before or after
        hour, minute = (0, 0) if future else (23, 59)
        settings["RELATIVE_BASE"] = datetime(anchor.year, anchor.month, anchor.day, hour, minute)
    return DateDataParser(languages=["en"], settings=settings)


@lru_cache(maxsize=2048)
def fallback(text: str, core: str, anchor: date | None, future: bool) -> str | None:
    """dateparser for absolute dates our grammar does not cover; nothing for durations or vague words.
    ``core``: ``text`` without its leading preposition or part ("starting on", "the end of"), what is parsed."""
    low = text.lower()
    if not re.search(r"\d", low) or re.search(r"\b(?:for|long|lasting|hours?|minutes?)\b", low):
        return None
    if re.search(r"\d\s*[-\s]?(?:day|week|month|year)s?\b", low) and "ago" not in low:
        return None
    try:
        data = _date_parser(anchor, future).get_date_data(core)
    except Exception:  # dateparser raises on odd inputs; a time we cannot read is no time
        return None
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj.date()
    period = data.period or PERIOD_DAY
    if period == PERIOD_YEAR:
        return f"{d.year}"
    if period == PERIOD_MONTH:
        return f"{d.year}-{d.month:02d}"
    if period == PERIOD_WEEK:
        return iso_week(d)
    return d.isoformat()
