"""Session 37 review, interactions.timing.captive_transfer on invented sentences: a denied journey ("were
not flown on Monday") or one into a place of holding ("moved to a prison on January 5") dates no release;
a handover into Red Cross custody still does; a release told as not done takes no journey's day."""

from __future__ import annotations

import pytest
from interaction_helpers import dated


# interactions.timing.captive_transfer: a denied journey or one into a place of holding dates no release

@pytest.mark.parametrize("text", [
    "Rebels have freed two Peruvian pilots. The pilots were not flown on Monday to Lima, officials said.",
    "Rebels have freed two Peruvian pilots. The pilots never reached Lima on Monday.",
    "Rebels have freed two Peruvian pilots. The pilots were moved to a prison in the north on January 5.",
    "Rebels have freed two Peruvian pilots. The pilots were transferred to a jail near the border on January 5.",
])
def test_no_journey_out_dates_no_release(dated_acts, text):
    assert all(r != "interactions.timing.captive_transfer" for _, r in dated(dated_acts("2025-05-14")(text), "release"))


def test_a_journey_into_red_cross_custody_still_dates_the_release(dated_acts):
    text = "Rebels have freed two Peruvian pilots. The pilots were transferred into Red Cross custody on Monday."
    assert dated(dated_acts("2025-05-14")(text), "release") == [("2025-05-12", "interactions.timing.captive_transfer")]


def test_a_release_denied_takes_no_journey_day(dated_acts):
    text = "Rebels have not freed the two Peruvian pilots. The pilots were flown on Monday to a base in the hills."
    assert all(r != "interactions.timing.captive_transfer" for _, r in dated(dated_acts("2025-05-14")(text), "release"))
