"""Rule interactions.timing.captive_transfer: an undated release dated by the freed captives' own
dated journey (flown, moved, handed over, landed, arrived), in the release's sentence (the release
in a relative or participle clause on the journey's subject) or one of the next two sentences
(invented names, places and sentences only).

Why: a lead often tells a release with no date and dates only what the captives did next; the
negative tests pin the near misses (someone else's journey, a verb that is no journey, a release
that dates itself, a plan, a run that moved on, a journey after the report).
"""

from __future__ import annotations

import pytest

PUB = "2026-06-05"  # a Friday
RULE = "interactions.timing.captive_transfer"


@pytest.fixture(scope="module")
def acts(dated_acts):
    return dated_acts(PUB)


def of(found, target: str) -> list[tuple[str | None, str | None]]:
    return [(v, r) for t, _, g, v, r in found if t == "release" and g == target]


@pytest.mark.parametrize("text, target, value", [
    # a news perfect in the lead, the captive the subject of a dated passive journey next
    ("Rebels in Vesterland have freed the engineer Ola Brandt. Brandt was flown on Wednesday to Lund "
     "aboard a Norland jet.", "ola-brandt", "2026-06-03"),
    # the journey verb in the active, a pronoun for the captive, two sentences on
    ("The Korvan militia has released the pilot Jon Hale after months of talks.\n\nHis family thanked "
     "the mediators in Ostmark. He arrived in Lund on Tuesday, officials said.", "jon-hale", "2026-06-02"),
    # the release in a relative clause on the subject of the dated arrival
    ("The engineer Ola Brandt, who was released by the Korvan militia, landed in Lund on Thursday.",
     "ola-brandt", "2026-06-04"),
    # handed over, a date after the place
    ("Rebels in Vesterland have freed the journalist Mira Solberg. Solberg was handed over to Norland "
     "diplomats in Lund on Monday.", "mira-solberg", "2026-06-01"),
])
def test_interactions_timing_captive_transfer(acts, text, target, value):
    assert (value, RULE) in of(acts(text), target)


@pytest.mark.parametrize("text, target", [
    # someone else's journey
    ("Rebels in Vesterland have freed the engineer Ola Brandt. The Norland minister Jon Hale flew to "
     "Lund on Wednesday.", "ola-brandt"),
    # the captive's dated act is no journey
    ("Rebels in Vesterland have freed the engineer Ola Brandt. Brandt thanked the mediators on "
     "Wednesday.", "ola-brandt"),
    # the release dates itself (another rule's date, never the journey's)
    ("Rebels in Vesterland freed the engineer Ola Brandt on Monday. Brandt was flown to Lund on "
     "Wednesday.", "ola-brandt"),
    # a plan, and a planned journey
    ("Rebels in Vesterland will free the engineer Ola Brandt. Brandt will be flown to Lund on Sunday.",
     "ola-brandt"),
    # the run moved on to another time before the journey
    ("Rebels in Vesterland have freed the engineer Ola Brandt. On Monday, the army shelled Lund. "
     "Brandt arrived in Lund on Tuesday.", "ola-brandt"),
    # former captives on a later trip
    ("Former hostages who were freed by the Korvan militia flew to Lund on Tuesday to meet the minister.",
     "former-hostages"),
    # the journey comes three sentences on
    ("Rebels in Vesterland have freed the engineer Ola Brandt. His family thanked Ostmark. The talks "
     "had lasted months. Brandt arrived in Lund on Tuesday.", "ola-brandt"),
])
def test_interactions_timing_captive_transfer_near_misses(acts, text, target):
    assert not any(r == RULE for _, r in of(acts(text), target))
