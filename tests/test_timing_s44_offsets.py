"""Rules interactions.timing.day_before and interactions.timing.week_after (an act told the day or
week before or after the date told before it), and interactions.timing.offset_clause with a hedged
count of years or months ("about two years after seizing her") (invented names and sentences only).

Why: news tells a run of acts once dated and the rest by how far apart they are ("The day before,
...", "Two days earlier, ...", "The following week, ..."); without these the act took no date or
the earlier sentence's date as it stands.
"""

from __future__ import annotations

import pytest

PUB_A = "2026-06-05"  # a Friday
PUB_B = "1998-11-20"  # another era


@pytest.fixture(scope="module")
def acts_a(dated_acts):
    return dated_acts(PUB_A)


@pytest.fixture(scope="module")
def acts_b(dated_acts):
    return dated_acts(PUB_B)


def _release(found):
    return [(v, r) for k, *_, v, r in found if k == "release"]


@pytest.mark.parametrize("text, value", [
    ("Ostland and Westmark signed a truce on Thursday. The day before, the Free Hill Front freed Anna Berg.",
     "2026-06-03"),
    ("Ostland and Westmark signed a truce on Thursday. A day earlier, the Free Hill Front had freed Anna Berg.",
     "2026-06-03"),
    ("Ostland and Westmark signed a truce on June 2. Two days earlier, the Free Hill Front released Anna Berg.",
     "2026-05-31"),
    ("Ostland and Westmark signed a truce on June 2. The Free Hill Front released Anna Berg the previous day.",
     "2026-06-01"),
])
def test_interactions_timing_day_before(acts_a, text, value):
    assert _release(acts_a(text)) == [(value, "interactions.timing.day_before")]


def test_interactions_timing_day_before_other_era(acts_b):
    text = "Westmark and Ostland met in Lund on Nov. 3. The day before, the Free Hill Front freed Anna Berg."
    assert _release(acts_b(text)) == [("1998-11-02", "interactions.timing.day_before")]


@pytest.mark.parametrize("text, value", [
    ("The Free Hill Front freed Anna Berg on June 2. The following week, Westmark and Ostland signed a truce.",
     "2026-W24"),
    ("Westmark and Ostland signed a truce on Monday. A week earlier, the Free Hill Front had freed Anna Berg.",
     "2026-W22"),
])
def test_interactions_timing_week_after(acts_a, text, value):
    found = [(v, r) for k, *_, v, r in acts_a(text) if k in ("release", "agree")]
    assert (value, "interactions.timing.week_after") in found


def test_day_before_needs_a_day_told_before(acts_a):
    # no date before: the phrase is not read against the report's day
    text = "The day before, the Free Hill Front freed Anna Berg."
    assert all(v is None for v, _ in _release(acts_a(text)))


@pytest.mark.parametrize("text, value", [
    ("The Free Hill Front freed Anna Berg on 5 May 2021, about two years after Westmark and Ostland signed a truce.",
     "2019"),
    ("Anna Berg was freed on 5 May 2021, roughly three years after Westmark and Ostland signed a truce.", "2018"),
    ("Anna Berg was freed in March 2024, two years after Westmark and Ostland signed a truce.", "2022"),
])
def test_interactions_timing_offset_calendar(acts_a, text, value):
    found = [(k, v, r) for k, *_, v, r in acts_a(text) if k in ("release", "agree") and v != "2021-05-05"]
    assert any(v == value and r == "interactions.timing.offset_calendar" for _, v, r in found), found


def test_offset_calendar_other_era(acts_b):
    text = "Westmark released Anna Berg on 3 March 1997, some two years after the Free Hill Front agreed to a truce."
    found = [v for k, *_, v, r in acts_b(text) if r == "interactions.timing.offset_calendar"]
    assert found == ["1995"], acts_b(text)


def test_hedged_days_date_no_day(acts_a):
    text = "Westmark and Ostland signed a truce on June 2, about a week after the Free Hill Front freed Anna Berg."
    assert all(v is None for v, _ in _release(acts_a(text)))


def test_week_after_in_a_coordinated_clause(acts_b):
    # the first clause's day, in the same sentence
    text = "The Free Hill Front freed Anna Berg on Nov. 3, and the following week Westmark and Ostland signed a truce."
    found = [(k, v, r) for k, *_, v, r in acts_b(text)]
    assert ("release", "1998-11-03") in [(k, v) for k, v, _ in found]
    assert ("agree", "1998-W46", "interactions.timing.week_after") in found, found


@pytest.mark.parametrize("text, value, rule", [
    # an offset on the act's clause, the date higher up in the sentence
    ("Westmark on Tuesday disputed reports that its raids had forced the release of Anna Berg a day earlier.",
     "2026-06-01", "interactions.timing.day_before"),
    ("Ostland said on Friday that the Free Hill Front had freed Anna Berg two days earlier.",
     "2026-06-03", "interactions.timing.day_before"),
    ("Ostland said on Friday that the Free Hill Front would free Anna Berg the following week.",
     "2026-W24", "interactions.timing.week_after"),
])
def test_offset_below_a_date_in_the_sentence(acts_a, text, value, rule):
    assert (value, rule) in _release(acts_a(text))


def test_offset_below_a_date_other_era(acts_b):
    text = "Westmark announced on Nov. 12 that the Free Hill Front had released Anna Berg three days earlier."
    assert ("1998-11-09", "interactions.timing.day_before") in _release(acts_b(text))
