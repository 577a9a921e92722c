"""Rule interactions.timing.day_of_relative_year on acts: "on Feb. 7 last year" dates the act to that
day of the year before, and the act's time trace names the rule (invented names and sentences only).

Why: the resolver reads the day and the relative year as one expression (tests/test_timex.py); this
pins that an act takes it whole, never the day's nearest reading with "last year" left apart.
"""

from __future__ import annotations

import pytest

from interaction_helpers import dated_to

PUB = "2026-06-03"  # a Wednesday


@pytest.fixture(scope="module")
def acts(dated_acts):
    return dated_acts(PUB)


@pytest.mark.parametrize("text, kind, target, value", [
    # rule interactions.timing.day_of_relative_year, traced on the act it dates
    ("Norland rebels freed Ola Brandt on Feb. 7 last year.", "release", "ola-brandt", "2025-02-07"),
    ("The Norland envoy met Ola Brandt in Lund on 12 March this year.", "meet", "ola-brandt", "2026-03-12"),
])
def test_day_of_relative_year_traced(acts, text, kind, target, value):
    assert (value, "interactions.timing.day_of_relative_year") in dated_to(acts(text), kind, target)
