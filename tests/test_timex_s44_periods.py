"""Rules timex.decade, timex.day_of_month and the edge of a period ("by the end of the month")
(invented names and sentences only).

Why: dateparser, the resolver's fallback, read "the 1990s" as the report's day and "on the 25th" in
a report of the 20th as a day after the report; "the end of the month" was not found at all.
"""

from __future__ import annotations

from datetime import date

import re

import pytest

from backchannel.timex import find, resolve


def _found(text: str, anchor: date, future: bool = False) -> list[tuple[str, str | None]]:
    return [(t.text, resolve(t.text, anchor, future)) for t in find(text)]


@pytest.mark.parametrize("text, anchor, value", [
    ("Anna Berg was held by the Free Hill Front in the 1990s.", date(2019, 8, 20), "1990/1999"),
    ("Ostland armed the group during the early 2000s, officials said.", date(2024, 1, 3), "2000/2009"),
    ("The Free Hill Front took hostages throughout the mid-1980s.", date(1996, 5, 2), "1980/1989"),
    ("The two states have traded prisoners since the 1970s.", date(2026, 6, 5), "1970/1979"),
])
def test_timex_decade(text, anchor, value):
    assert [v for _, v in _found(text, anchor)] == [value]


@pytest.mark.parametrize("text, anchor, future, value", [
    # past, day before the report's: the report's month
    ("The Free Hill Front freed Anna Berg on the 14th, Westmark said.", date(2019, 8, 20), False, "2019-08-14"),
    # past, day after the report's: the month before (across a year)
    ("Westmark and Ostland met on the 28th.", date(2025, 1, 9), False, "2024-12-28"),
    # future, day before the report's: the month after
    ("Talks in Lund will resume on the 3rd, a spokesman said.", date(2003, 11, 21), True, "2003-12-03"),
    # future, day after the report's: this month
    ("The truce takes effect on the 30th.", date(2026, 6, 5), True, "2026-06-30"),
])
def test_timex_day_of_month(text, anchor, future, value):
    assert [v for _, v in _found(text, anchor, future)] == [value]


@pytest.mark.parametrize("text", [
    "The 14th round of talks opened in Lund.",  # a noun after it: an ordinal, no day
    "It was the 3rd time Westmark had freed a captive.",
    "The 14th was calm in Ostland.",  # no preposition before it
])
def test_day_of_month_needs_a_day(text):
    assert all(not re.search(r"\d(?:st|nd|rd|th)\b", t) for t, _ in _found(text, date(2020, 3, 10)))


@pytest.mark.parametrize("text, anchor, future, value", [
    ("Ostland will free the captives by the end of the month.", date(2026, 6, 5), True, "2026-06"),
    ("Westmark said the deal would be signed before the end of the year.", date(1999, 2, 1), True, "1999"),
    ("The envoy flew to Lund at the start of the week.", date(2025, 5, 14), False, "2025-W20"),
    ("A truce was agreed late last year.", date(2012, 3, 3), True, "2011"),
    ("Talks resume early next week.", date(2026, 6, 5), True, "2026-W24"),
    ("Anna Berg was seized in mid-2019.", date(2021, 7, 1), True, "2019"),
])
def test_timex_period_edges(text, anchor, future, value):
    assert [v for _, v in _found(text, anchor, future)] == [value]


def test_period_edge_not_another_noun():
    # "the rest of the month" is a duration, not an edge of it
    assert _found("The group held Anna Berg for the rest of the month.", date(2026, 6, 5)) == []
