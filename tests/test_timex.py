"""Time expressions: every resolution rule, against fixed publication dates (our own phrases)."""

from __future__ import annotations

from datetime import date

import pytest

from backchannel.timex import find, iso_week, resolve

TUE = date(2025, 5, 13)  # a Tuesday
SUN = date(2025, 4, 20)  # a Sunday
SAT = date(2023, 12, 16)  # a Saturday
FRI = date(2023, 3, 10)  # a Friday


@pytest.mark.parametrize("text,anchor,future,value", [
    # weekdays: past reading = most recent on or before the anchor; future = next on or after
    ("Monday", TUE, False, "2025-05-12"),
    ("on Monday", TUE, False, "2025-05-12"),
    ("Tuesday", TUE, False, "2025-05-13"),
    ("on Friday", FRI, False, "2023-03-10"),
    ("Saturday", SUN, False, "2025-04-19"),
    ("Saturday’s", SUN, False, "2025-04-19"),
    ("Saturday's", SUN, False, "2025-04-19"),
    ("on Saturday evening", SAT, True, "2023-12-16"),
    ("on Sunday morning", TUE, False, "2025-05-11"),
    ("starting Wednesday", SUN, True, "2025-04-23"),
    ("starting Wednesday", SUN, False, "2025-04-16"),
    ("Wednesday", TUE, True, "2025-05-14"),
    # last/next/this weekday: the weekday of the previous / next / current ISO week
    ("last Saturday", SUN, False, "2025-04-12"),
    ("last Monday", TUE, False, "2025-05-05"),
    ("next Wednesday", SUN, False, "2025-04-23"),
    ("this Friday", TUE, False, "2025-05-16"),
    # months
    ("Last April", TUE, False, "2025-04"),
    ("last April", date(2025, 4, 30), False, "2024-04"),
    ("in March", TUE, False, "2025-03"),
    ("in June", TUE, False, "2024-06"),
    ("in June", TUE, True, "2025-06"),
    ("next March", TUE, False, "2026-03"),
    ("In late November", SAT, False, "2023-11"),
    ("early January", SAT, False, "2023-01"),
    ("mid-March", TUE, False, "2025-03"),
    ("in July 2019", TUE, False, "2019-07"),
    ("July 2019", TUE, False, "2019-07"),
    # years
    ("in 2018", TUE, False, "2018"),
    ("since 2010", TUE, False, "2010"),
    # days of the month
    ("on Oct. 7", SAT, False, "2023-10-07"),
    ("on Oct. 26", SAT, False, "2023-10-26"),
    ("on Dec. 20", date(2023, 10, 1), False, "2022-12-20"),  # 80 days ahead: last year's
    ("on Dec. 20", SAT, False, "2023-12-20"),  # 4 days ahead: the coming one (near_future_day)
    ("on Dec. 20", SAT, True, "2023-12-20"),
    ("on July 28", date(2025, 7, 28), False, "2025-07-28"),
    ("On the night of March 14", date(2022, 3, 16), False, "2022-03-14"),
    ("On the afternoon of March 13", date(2022, 3, 16), False, "2022-03-13"),
    ("April 27, 2022", TUE, False, "2022-04-27"),
    ("27 April 2022", TUE, False, "2022-04-27"),
    ("the 3rd of May", TUE, False, "2025-05-03"),
    ("2024-02-29", TUE, False, "2024-02-29"),
    # intervals
    ("March 6-10", FRI, False, "2023-03-06/2023-03-10"),
    ("March 6 to 10", FRI, False, "2023-03-06/2023-03-10"),
    # relative days, weeks, months, years
    ("today", TUE, False, "2025-05-13"),
    ("tonight", TUE, False, "2025-05-13"),
    ("earlier today", TUE, False, "2025-05-13"),
    ("yesterday", TUE, False, "2025-05-12"),
    ("last night", TUE, False, "2025-05-12"),
    ("tomorrow", TUE, False, "2025-05-14"),
    ("next week", SUN, False, "2025-W17"),
    ("this week", SUN, False, "2025-W16"),
    ("last week", TUE, False, "2025-W19"),
    ("next month", date(2025, 12, 3), False, "2026-01"),
    ("last month", date(2025, 1, 3), False, "2024-12"),
    ("last year", TUE, False, "2024"),
    ("this year", TUE, False, "2025"),
    ("three days ago", TUE, False, "2025-05-10"),
    ("two weeks ago", TUE, False, iso_week(date(2025, 4, 29))),
    # any number in words (numbers.py), not only up to ten (s35 review)
    ("twenty days ago", TUE, False, "2025-04-23"),
    ("twenty-one days ago", TUE, False, "2025-04-22"),
    ("a hundred years ago", TUE, False, "1925"),
    # dateparser fallback for absolute numeric dates
    ("12/05/2024", TUE, False, "2024-12-05"),
])
def test_resolve(text, anchor, future, value):
    assert resolve(text, anchor, future) == value


@pytest.mark.parametrize("text", [
    "for about 3.5 months", "recently", "for almost 8 hours", "three years", "week-long", "earlier",
    "a 90-day", "for two weeks", "soon",
])
def test_durations_and_vague_times_get_no_value(text):
    assert resolve(text, TUE) is None


def test_relative_expressions_need_an_anchor():
    assert resolve("Monday", None) is None
    assert resolve("in July 2019", None) == "2019-07"
    assert resolve("in 2018", None) == "2018"


def test_iso_week_at_year_boundary():
    assert iso_week(date(2024, 12, 30)) == "2025-W01"
    assert resolve("next week", date(2024, 12, 25)) == "2025-W01"


def _texts(s: str) -> list[str]:
    return [t.text for t in find(s)]


def test_find_candidates_with_prepositions_and_modifiers():
    s = ("Last April, the envoy called. On the night of June 2 they met, and in 2019 and in July 2020 "
         "they spoke; on Oct. 7 and March 6-10; talks resume starting Thursday. Friday’s meeting.")
    assert _texts(s) == ["Last April", "On the night of June 2", "in 2019", "in July 2020", "on Oct. 7",
                         "March 6-10", "starting Thursday", "Friday’s"]


def test_find_skips_year_modifiers_and_the_modal_may():
    assert _texts("The 2015 accord may collapse; it may not.") == []
    assert _texts("They met in May 2021.") == ["in May 2021"]


def test_find_adds_numeric_entity_spans_only():
    s = "Talks on 12/05/2024 lasted three years."
    i = s.index("12/05/2024")
    j = s.index("three years")
    out = find(s, [(i, i + 10), (j, j + 11)])
    assert [t.text for t in out] == ["12/05/2024"]
    assert (out[0].start, out[0].end) == (i, i + 10)


def test_resolution_is_cached():
    resolve.cache_clear()
    resolve("Monday", TUE)
    resolve("Monday", TUE)
    assert resolve.cache_info().hits >= 1


@pytest.mark.parametrize("text,anchor,future,value", [
    # a bare "weekend" is the nearest one (as "this weekend"); (s46) its Saturday and Sunday as an
    # interval, as the gold writes a span of days (interactions.timing.weekend_interval)
    ("weekend", TUE, False, "2025-05-10/2025-05-11"),
    ("the weekend", TUE, False, "2025-05-10/2025-05-11"),
    ("during the weekend", SUN, False, "2025-04-19/2025-04-20"),
    ("weekend", TUE, True, "2025-05-17/2025-05-18"),
    ("weekend's", SAT, False, "2023-12-16/2023-12-17"),
])
def test_bare_weekend(text, anchor, future, value):
    assert resolve(text, anchor, future) == value


def test_bare_weekend_is_found_and_the_week_is_not_a_date():
    assert [t.text for t in find("They met during weekend talks in Lima.")] == ["during weekend"]
    assert resolve("the week", TUE) is None


@pytest.mark.parametrize("text,anchor,future,value", [
    # ranges are intervals; the first end is read like a lone date, the second follows it
    ("from May 30 to June 2", TUE, False, "2025-05-30/2025-06-02"),
    ("from 30 May to 2 June 2024", TUE, False, "2024-05-30/2024-06-02"),
    ("December 30 to January 2", date(2025, 1, 5), False, "2024-12-30/2025-01-02"),
    ("between 10 and 12 May", TUE, False, "2025-05-10/2025-05-12"),
    ("10-12 May", TUE, False, "2025-05-10/2025-05-12"),
    ("from Monday to Wednesday", TUE, False, "2025-05-12/2025-05-14"),
    ("Friday-Sunday", TUE, False, "2025-05-09/2025-05-11"),
    ("from March to May", TUE, False, "2025-03/2025-05"),
    ("November to February 2024", TUE, False, "2023-11/2024-02"),
    ("in 2021 and 2022", TUE, False, "2021/2022"),
    ("between 2019 and 2021", TUE, False, "2019/2021"),
    ("from 2019 to 2018", TUE, False, None),
    # leads: "starting on", "throughout"
    ("starting on May 20", TUE, True, "2025-05-20"),
    ("throughout 2024", TUE, False, "2024"),
])
def test_ranges_and_leads(text, anchor, future, value):
    assert resolve(text, anchor, future) == value


def test_find_ranges_whole_but_two_dates_apart():
    assert _texts("Talks ran between May 10 and May 12 in Lima.") == ["between May 10 and May 12"]
    assert _texts("They met from Monday to Wednesday, in 2021 and 2022 and throughout 2024.") == [
        "from Monday to Wednesday", "in 2021 and 2022", "throughout 2024"]
    # two dates joined by "and" are two dates; "may" after "and" is the modal
    assert _texts("They met on Oct. 7 and March 6.") == ["on Oct. 7", "March 6"]
    assert _texts("Talks end in March and may resume later.") == ["in March"]
    assert _texts("The 2021-2022 season ended.") == []


# -- two days in a row joined by "and" are one span, as "March 6 and 7" is -----------------
@pytest.mark.parametrize("text,anchor,future,value", [
    ("on Wednesday and Thursday", FRI, False, "2023-03-08/2023-03-09"),
    ("Wednesday and Thursday", FRI, False, "2023-03-08/2023-03-09"),
    ("on Sunday and Monday", TUE, False, "2025-05-11/2025-05-12"),  # across the week's end
    ("on Monday and Tuesday", SUN, True, "2025-04-21/2025-04-22"),  # a planned pair: the coming days
    ("on Thursday and Friday", FRI, False, "2023-03-09/2023-03-10"),  # ending on the report's day
    ("on Monday and Thursday", FRI, False, "2023-03-06"),  # two days apart: the first
])
def test_weekday_pair(text, anchor, future, value):
    assert resolve(text, anchor, future) == value


def test_weekday_pair_found_only_when_the_days_follow():
    found = [t.text for t in find("They met on Wednesday and Thursday in Lund, and on Monday and Thursday in Ostra.")]
    assert found == ["on Wednesday and Thursday", "on Monday", "Thursday"]


def test_overnight_is_the_night_ending_on_the_report_s_day():
    assert resolve("overnight", SAT, False) == "2023-12-16"
    assert [t.text for t in find("The delegation returned overnight from Lund.")] == ["overnight"]


# -- seasons (timex_season.py): the year that holds them ------------------------------------
JUN = date(2026, 6, 5)
JAN = date(2026, 1, 10)


@pytest.mark.parametrize("text,anchor,future,value", [
    ("in the spring of 2024", JUN, False, "2024"),
    ("in winter 2023", JUN, False, "2023"),
    ("last summer", JUN, False, "2025"),  # this summer has only begun
    ("last winter", JUN, False, "2026"),  # the winter of January 2026
    ("last winter", JAN, False, "2025"),  # the current winter has not ended
    ("this winter", JAN, False, "2026"),
    ("next summer", JUN, False, "2027"),
    ("late last summer", JUN, False, "2025"),
    ("last fall", JUN, False, "2025"),
    ("in early spring", JUN, True, "2027-03"),  # a planned one: the coming spring, its first month (s47 timex.season_part)
])
def test_season(text, anchor, future, value):
    assert resolve(text, anchor, future) == value


@pytest.mark.parametrize("text,found", [
    ("After the fall of Lund, talks began.", []),  # an event, not a season
    ("Since the fall of 2023, Norland has met Vesterland.", ["Since the fall of 2023"]),
    ("The summer was hot in Lund.", []),  # no preposition, modifier or year
    ("They met last spring in Lund.", ["last spring"]),
])
def test_season_found_only_with_a_cue(text, found):
    assert [t.text for t in find(text)] == found


@pytest.mark.parametrize("text,value", [
    ("in March of 2023", "2023-03"),
    ("since July of 2019", "2019-07"),
    ("in early March of 2023", "2023-03"),
    ("late October of 2021", "2021-10"),
    ("by the end of June of 2024", "2024-06"),
])
def test_month_of_year_is_one_expression(text, value):
    """"<month> of <year>" is one time, whose year is the one written, not the report's (a taking in
    "March of 2023" told in a 2025 report is not March 2025)."""
    found = find(f"The envoy was seized {text}, officials said.")
    assert [t.text for t in found] == [text]
    assert resolve(found[0].text, TUE) == value


def test_month_of_something_else_is_not_a_year():
    """"the March of the Living": no year follows, so "of" joins nothing."""
    assert all(" of" not in t.text for t in find("the March of the Volunteers began"))


@pytest.mark.parametrize("text,anchor,future,value", [
    # rule interactions.timing.day_of_relative_year: a day of the month in the year before, this or next
    ("on Feb. 7 last year", TUE, False, "2024-02-07"),
    ("on 7 February last year", TUE, True, "2024-02-07"),
    ("March 3, last year", SUN, False, "2024-03-03"),
    ("on 9 of June this year", SAT, False, "2023-06-09"),
    ("by May 7 next year", TUE, True, "2026-05-07"),
    # near misses: the day alone keeps its nearest reading; a month with a relative year stays a month
    ("on Feb. 7", TUE, False, "2025-02-07"),
    ("in March last year", TUE, False, "2024-03"),
])
def test_day_of_relative_year(text, anchor, future, value):
    assert resolve(text, anchor, future) == value


@pytest.mark.parametrize("text,found", [
    ("The envoy was seized on Feb. 7 last year near the border.", ["on Feb. 7 last year"]),
    ("On 12 March this year, the two sides met in Lund.", ["On 12 March this year"]),
    ("The rebels met on 4 May, and they will meet again next year.", ["on 4 May", "next year"]),
])
def test_day_of_relative_year_is_one_expression(text, found):
    assert [t.text for t in find(text)] == found
