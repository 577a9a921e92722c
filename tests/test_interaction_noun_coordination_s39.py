"""Arguments shared by coordinated act nouns (extract/interactions/noun_coordination.py; rule id
``interactions.noun_coordination.shared_argument``).

Every sentence is invented for these tests (real state names, invented events), with near-misses
on which the rule must not fire.
"""

from __future__ import annotations

import pytest

from interaction_helpers import find

SHARED = "interactions.noun_coordination.shared_argument"


@pytest.mark.parametrize("text, type_, source, target, field", [
    # the possessor on the first conjunct, the with-phrase on the last
    ("Peru's negotiations and talks with Chile continued into the night.", "negotiate", "peru", "chile", "target"),
    # "between" on the second conjunct names the first's parties too
    ("The talks and the fighting between Peru and Chile went on for a week.", "negotiate", "peru", "chile", "source"),
    # the to-phrase the parser hung on the first conjunct, read for the second
    ("Chile's offers and demands to Peru were turned down.", "demand", "chile", "peru", "target"),
    # a noun class's "of" and "by" on the last conjunct
    ("Bolivia condemned the bombardment and the blockade of Chile by Peru.", "attack", "peru", "chile", "target"),
])
def test_interaction_noun_coordination_shared_argument(acts_of, text, type_, source, target, field):
    i = find(acts_of(text), type_, source, target)
    assert i.traced(field) == SHARED


@pytest.mark.parametrize("text", [
    "Peru's war and Chile's talks with Bolivia continued.",  # each noun has its own possessor
    "Peru's offer to Chile and its demands angered Bolivia.",  # the to-phrase stands before "demands"
    "Peru's talks with Chile resumed on Monday.",  # no coordination
])
def test_interaction_noun_coordination_near_misses(acts_of, text):
    assert not [i for i in acts_of(text) if SHARED in (i.traced("source"), i.traced("target"))]
