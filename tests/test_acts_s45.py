"""Constructions the s45 census of missed acts found (s45-acts): taking a vehicle by force as an attack
on whoever runs it (interactions.frames.attack.hijack / .hijacker / .hijacking), and a part played in the
talks, a deal or a release as mediation (interactions.played_roles.played_role), an envoy's arrival in a
state's capital as a visit (interactions.arrivals.*), each on invented
sentences of several shapes, with near misses where the same words tell something else.

Every sentence is invented for these tests, with invented parties (Norland, Ostland, the Free Hill
Front, Westair) and invented people; no rule is keyed to any report's wording.
"""

from __future__ import annotations

import pytest
from interaction_helpers import has_act

# (type, text, source name, target name; None = any)
ADDED = [
    # hijack: active with a subject phrase, passive with its agent, the agent noun, the act noun with a possessor
    ("attack", "Armed men from the Free Hill Front hijacked a Westair helicopter near the border.", "Free Hill Front",
     "Westair"),
    ("attack", "A Westair plane was hijacked on Sunday by the Free Hill Front, Norland said.", "Free Hill Front",
     "Westair"),
    ("attack", "The four hijackers of the Westair ferry were caught by police in Lunde on Friday.", "hijackers",
     "Westair"),
    ("attack", "The Free Hill Front's hijacking of a Westair bus drew wide condemnation.", "Free Hill Front",
     "Westair"),
    # agentless participles: the one actor the report names by the verb's doer noun took the vehicle
    ("attack", "Negotiators from Norland reached the hijackers by phone; the hijacked Westair airliner had been "
     "parked at a remote gate.", "hijackers", "Westair"),
    ("attack", "The hijacked Westair Airlines plane stayed on the tarmac in Lunde for a day before the hijackers let "
     "the crew go.", "hijackers", "Westair Airlines"),
    # a part played in the talks, the exchange or the release: mediation, one record per side
    ("mediate", "Norland and Ostland held talks in Lunde last year. The Free Hill Council played a key role "
     "in the talks.", "Free Hill Council", "Norland"),
    ("mediate", "Norland and Ostland held talks in Lunde last year. Envoy Anna Berg played a crucial role in "
     "the negotiations, officials said.", "Anna Berg", "Ostland"),
    ("mediate", "Norland and Ostland met in Lunde in June. Envoy Anna Berg also played a role.", "Anna Berg",
     None),
    ("mediate", "Norland and Ostland held talks in Lunde last year. Envoy Anna Berg had a key role in the "
     "release of the prisoners.", "Anna Berg", None),
    # an envoy's arrival in a state's capital: a visit to the state (a real capital: the gazetteer's)
    ("meet", "Ostland envoy Anna Berg arrived in Lima on Monday. Peru said it would free the two sailors.",
     "Anna Berg", "Peru"),
    ("meet", "Envoy Anna Berg, who arrived in Lima on Saturday, urged Peru to free the sailors.", "Anna Berg", "Peru"),
    ("meet", "Norland sent Anna Berg, who once taught law and who arrived in Lima on Saturday, to talk to Peru "
     "about the sailors.", "Anna Berg", "Peru"),
    ("meet", "The Ostland delegation arrived in Lima on Sunday to secure the release of the sailors held by Peru.",
     "Ostland delegation", "Peru"),
]

# (type, text): the same words with no act of that type
NEAR_MISSES = [
    ("attack", "Students hijacked the ceremony in Lunde."),  # no vehicle
    ("attack", "A masked gang hijacked a lorry outside Lunde on Friday."),  # a vehicle of no owner named
    ("attack", "Parliament spent the week arguing about a hijacked Westair plane."),  # no hijacker named
    ("mediate", "Norland and Ostland clashed in May. The Free Hill Council played a key role in the attack."),
    ("mediate", "Norland and Ostland held talks in Lunde. The Free Hill Council played a role in the election."),
    ("mediate", "Norland and Ostland held talks in Lunde. Envoy Anna Berg praised the role of the press."),
    ("mediate", "Norland and Ostland held talks in Lunde. The Free Hill Council played no role in the talks."),
    ("mediate", "Norland and Ostland held talks in Lunde. The Free Hill Council denied playing a role in them."),
    # arriving home, troops, freed captives: no visit
    ("meet", "Peruvian President Jonas Lund arrived in Lima after the summit."),
    ("meet", "Ostland troops arrived in Lima on Monday, and Peru protested."),
    ("meet", "The freed sailors arrived in Lima on Monday, after Ostland released them."),
]


@pytest.mark.parametrize("type_, text, source, target", ADDED)
def test_added_construction_is_read(named_acts, type_, text, source, target):
    acts = named_acts(text)
    assert has_act(acts, type_, source, target), acts


@pytest.mark.parametrize("type_, text", NEAR_MISSES)
def test_near_miss_is_not_read(named_acts, type_, text):
    assert not [a for a in named_acts(text) if a[0] == type_]


def test_played_role_traces_its_rule(named_acts):
    acts = named_acts("Norland and Ostland held talks in Lunde last year. The Free Hill Council played a key role "
                      "in the talks.")
    assert any(r == "interactions.played_roles.played_role" for t, _, _, r in acts if t == "mediate"), acts
