"""Rules of the forty-sixth session on an act's time (invented names and sentences only).

Why: interactions.timing.weekend_interval: a weekend is two days, and the gold writes a span of
days as an interval; the Saturday alone (or an ISO week for "last weekend") matched no gold.
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
