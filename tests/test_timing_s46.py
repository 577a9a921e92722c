"""Rules of the forty-sixth session on an act's time (invented names and sentences only).

Why: interactions.timing.weekend_interval: a weekend is two days, and the gold writes a span of
days as an interval; the Saturday alone (or an ISO week for "last weekend") matched no gold.
interactions.timing.said_perfect_day: "X has been freed, Y said on Thursday": the news perfect is told the
day it happened, and every read gold of that shape dates the act by the saying; a retelling with its
own earlier day ("On Friday, X met Y") is the same act and keeps that day.
"""

from __future__ import annotations

from datetime import date

import pytest

from interaction_helpers import dated_to
from backchannel.timex import resolve

PUB = "2026-06-09"  # a Tuesday
WEEKEND = "interactions.timing.weekend_interval"


@pytest.fixture(scope="module")
def acts(dated_acts):
    return dated_acts(PUB)


@pytest.mark.parametrize("text, kind, value", [
    ("Ostland has released more than forty fighters this weekend, officials said.", "release",
     "2026-06-06/2026-06-07"),
    ("Westmark and Ostland held talks over the weekend in Lund.", "negotiate", "2026-06-06/2026-06-07"),
    ("Anna Berg met Ola Brandt in Lund last weekend.", "meet", "2026-06-06/2026-06-07"),
    ("The Free Hill Front will free the two sailors next weekend, Anna Berg said.", "release",
     "2026-06-13/2026-06-14"),
])
def test_a_weekend_dates_its_act_as_two_days(acts, text, kind, value):
    found = dated_to(acts(text), kind)
    assert (value, WEEKEND) in found


@pytest.mark.parametrize("text, anchor, future, value", [
    ("this weekend", date(2026, 6, 9), False, "2026-06-06/2026-06-07"),
    ("this weekend", date(2026, 6, 9), True, "2026-06-13/2026-06-14"),
    ("last weekend", date(2026, 6, 7), False, "2026-05-30/2026-05-31"),  # told on a Sunday: the one before
    ("the weekend", date(2026, 6, 6), False, "2026-06-06/2026-06-07"),  # told on a Saturday
    ("next weekend", date(2026, 6, 6), True, "2026-06-13/2026-06-14"),
])
def test_weekend_values(text, anchor, future, value):
    assert resolve(text, anchor, future) == value


def test_a_day_of_the_weekend_stays_a_day(acts):
    assert ("2026-06-06", None) in [(v, None) for v, _ in dated_to(acts("Ostland freed Anna Berg on Saturday."), "release")]


SAID = "interactions.timing.said_perfect_day"


@pytest.mark.parametrize("text, kind, value", [
    ("Two Westmark engineers held by the Free Hill Front for six years have been freed, Ostland's "
     "president Anna Berg said Thursday.", "release", "2026-06-04"),
    ("Ola Brandt has invited the two feuding parties of Ostland to resume talks in Lund, a spokesman "
     "said on Monday.", "propose", "2026-06-08"),
    ("Ostland has freed the Westmark reporter Ola Brandt, the minister told reporters on Sunday.",
     "release", "2026-06-07"),
    ("Anna Berg said yesterday that Westmark and Ostland have signed a truce.", "agree", "2026-06-08"),
])
def test_the_news_perfect_is_dated_by_the_saying(acts, text, kind, value):
    assert (value, SAID) in dated_to(acts(text), kind)


@pytest.mark.parametrize("text, kind", [
    # words in a quotation: not read
    ('"Ostland has freed Ola Brandt," the minister said on Monday.', "release"),
    # a sum, not the news of the day
    ("Ostland has freed twelve fishermen so far, the minister said on Monday.", "release"),
    # a past perfect or a simple past may tell an older event
    ("Norland said on Monday Vesterland had freed two prisoners.", "release"),
    ("Norland said on Monday that it met Vesterland.", "meet"),
    # talks run over time
    ("Ostland has held talks with the Free Hill Front, Anna Berg said on Monday.", "negotiate"),
    # a negated perfect is a state up to the saying, no event of its day (review1 #3)
    ("The minister said on Thursday that Ostland has not released the prisoners.", "release"),
    ("Anna Berg said on Monday that Westmark has never freed the Front fighters.", "release"),
])
def test_the_news_perfect_near_misses(acts, text, kind):
    assert not any(r == SAID for _, r in dated_to(acts(text), kind))


def test_a_retelling_with_its_own_day_keeps_it(acts):
    found = acts("A senior Ostland envoy has met the foreign minister of Westmark, a source said on Saturday. "
                 "On Friday, the Ostland envoy Anna Berg met Westmark's foreign minister Ola Brandt in Lund, "
                 "a source said.")
    assert [v for v, _ in dated_to(found, "meet")] == ["2026-06-05"]


@pytest.mark.parametrize("text, kind, value", [
    ("LUND, Ostland (AP) — Free Hill Front rebels on Saturday freed a Westmark engineer kidnapped a year ago "
     "in the north, officials said.", "release", "2026-06-06"),
    ("LUND (AP) — Free Hill Front rebels on Saturday freed a Westmark engineer, officials said.", "release",
     "2026-06-06"),
])
def test_a_dateline_is_no_subject_before_a_subject_final_date(acts, text, kind, value):
    # (interactions.timing.subject_final_time, s46) the parser takes the dateline for a first subject
    assert (value, "interactions.timing.subject_final_time") in dated_to(acts(text), kind)


@pytest.mark.parametrize("text", [
    "Ostland freed the Front fighters over the weekend. Ostland freed the Front fighters on Saturday in Lund, "
    "officials said.",
    "Ostland freed the Front fighters on Saturday in Lund. Ostland freed the Front fighters over the weekend, "
    "officials said.",
])
def test_a_weekend_and_its_day_are_one_act(acts, text):
    # (review1 #10) the in-report merge reads a day inside the weekend as the same act, dated by the day
    assert [v for v, _ in dated_to(acts(text), "release")] == ["2026-06-06"]
