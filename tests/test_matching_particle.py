"""Rule interactions.matching.particle_on_number (src/backchannel/extract/interactions/matching.py).

Why: in "agreed to hand over three soldiers" the parser reads "over three" as "more than three"
and hangs the particle on the number; the phrasal verb's frame must still fire, and the act
traces the rule that read the particle (invented names and sentences only).
"""

from __future__ import annotations

import pytest

RULE = "interactions.matching.particle_on_number"


@pytest.mark.parametrize("text", [
    "Vesterland agreed to hand over three Norland soldiers to Norland on Friday.",
    "Norland will hand over two Vesterland fishermen next week.",
    "The rebels said they would hand over five Norland engineers to Vesterland.",
])
def test_interactions_matching_particle_on_number(acts_of, text):
    found = [i for i in acts_of(text) if i.type == "release"]
    assert found, text  # the handover frame fires


def test_interactions_matching_particle_on_number_traced(acts_of):
    found = [i for i in acts_of("Vesterland agreed to hand over three Norland soldiers to Norland on Friday.")
             if i.type == "release"]
    assert any(i.traced("type") == RULE for i in found), [(i.source, i.target, i.trace) for i in found]


def test_interactions_matching_particle_on_number_near_misses(acts_of):
    # the particle the parser reads as the verb's own: a release, not traced to this rule
    found = [i for i in acts_of("Vesterland handed over three Norland soldiers to Norland on Friday.")
             if i.type == "release"]
    assert found and all(i.traced("type") != RULE for i in found)
    # "over three days": no particle of a handover on a verb that has none
    found = [i for i in acts_of("Norland and Vesterland held talks over three days in Oslo.") if i.type == "release"]
    assert not found
