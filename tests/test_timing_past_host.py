"""Rule interactions.timing.past_host: a planned act under a verb told in the past on its path
("flew to Lund on Sunday to mediate") takes that verb's date read backward (invented names and
sentences only).

Why: the purpose of a journey is still to come when the journey is told, but the journey is done:
its weekday is the last one, not the next. The near misses keep the forward reading where the
host verb is itself to come ("will fly", "is to be sent").
"""

from __future__ import annotations

import pytest

from interaction_helpers import dated_to

PUB = "2026-06-03"  # a Wednesday


@pytest.fixture(scope="module")
def acts(dated_acts):
    return dated_acts(PUB)


@pytest.mark.parametrize("text, kind, target, value", [
    ("The African Union flew to Ostra on Sunday to mediate between Norland and Sudovia.",
     "mediate", "norland", "2026-05-31"),
    ("Ola Brandt travelled to Lund on Monday to mediate between Norland and Sudovia.",
     "mediate", "norland", "2026-06-01"),
    ("The African Union had flown to Ostra on Monday to mediate between Norland and Sudovia.",
     "mediate", "norland", "2026-06-01"),
    ("Ola Brandt was sent to Lund on Monday to mediate between Norland and Sudovia.",
     "mediate", "norland", "2026-06-01"),
])
def test_past_host_reads_back(acts, text, kind, target, value):
    assert (value, "interactions.timing.past_host") in dated_to(acts(text), kind, target)


@pytest.mark.parametrize("text, kind, target, value", [
    ("The African Union will fly to Ostra on Sunday to mediate between Norland and Sudovia.",
     "mediate", "norland", "2026-06-07"),
    ("Ola Brandt will be sent to Lund on Monday to mediate between Norland and Sudovia.",
     "mediate", "norland", "2026-06-08"),
])
def test_future_host_reads_forward(acts, text, kind, target, value):
    assert value in [v for v, _ in dated_to(acts(text), kind, target)]

