"""Arguments of an act noun told on the clause that carries it (extract/interactions/noun_carriers.py;
rule id ``interactions.noun_carriers.carrier_argument``).

Every sentence is invented for these tests (real state names, invented events), with near-misses
on which the rule must not fire.
"""

from __future__ import annotations

import pytest

from interaction_helpers import find

CARRIER = "interactions.noun_carriers.carrier_argument"


@pytest.mark.parametrize("text, type_, source, target, fields", [
    # a reduced participle: its by-phrase and to-phrase
    ("The offer made by Peru to Chile was turned down.", "propose", "peru", "chile", ("source", "target")),
    ("The demands issued by Peru to Chile went unanswered.", "demand", "peru", "chile", ("source", "target")),
    # a relative clause with its object gap: its subject and on-phrase
    ("The blockade that Peru imposed on Chile hurt trade.", "pressure", "peru", "chile", ("source", "target")),
    ("The offer that Peru made to Chile last week expired.", "propose", "peru", "chile", ("source", "target")),
    # a phrase the parser hung on the participle's agent
    ("The attacks carried out by the Valdor Front against Chile continued.", "attack", "valdor-front", "chile",
     ("target",)),
])
def test_interaction_noun_carriers_carrier_argument(acts_of, text, type_, source, target, fields):
    i = find(acts_of(text), type_, source, target)
    for f in fields:
        assert i.traced(f) == CARRIER


@pytest.mark.parametrize("text", [
    "The offer rejected by Chile came as a surprise.",  # a verb of answering lends nothing
    "The blockade condemned by Peru hurt Chile.",  # a verb of judging lends nothing
    "The talks that ended the war between Peru and Chile were long.",  # the noun is the clause's subject
    "Peru's offer to Chile was made in May.",  # the noun's own phrase names both
])
def test_interaction_noun_carriers_near_misses(acts_of, text):
    assert not [i for i in acts_of(text) if CARRIER in (i.traced("source"), i.traced("target"))]
