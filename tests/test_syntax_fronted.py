"""The one reader of a fronted place, "In <Place>," (syntax/fronted.py), shared by the actors and claims stages
(invented sentences only)."""

from __future__ import annotations

import pytest

from backchannel.syntax.fronted import fronted_place


@pytest.mark.parametrize("text, place", [
    ("In Norland, officials said the talks had stalled.", "Norland"),
    ("In the Vesterland Republic, however, the minister said nothing.", "Vesterland Republic"),
    ("In North Ostmark, state media said the envoy had arrived.", "North Ostmark"),
])
def test_fronted_place(nlp, text, place):
    sent = next(nlp(text).sents)
    assert " ".join(t.text for t in fronted_place(sent)) == place


@pytest.mark.parametrize("text", [
    "Officials in Norland said the talks had stalled.",  # no fronted phrase
    "In a long statement issued late on Monday by the ministry, Norland said nothing.",  # the comma too far
    "After Norland, Vesterland spoke.",  # another preposition
    "In, officials said.",  # nothing between the preposition and the comma
])
def test_fronted_place_near_misses(nlp, text):
    assert fronted_place(next(nlp(text).sents)) == []


def test_both_stages_read_the_same_place():
    # one reader: neither stage keeps its own list of prepositions or its own reach
    from backchannel.extract.actors import fronted_states
    from backchannel.extract.claims import state_outlet
    assert fronted_states.fronted_place is fronted_place and state_outlet.fronted_place is fronted_place
    assert not hasattr(state_outlet, "_place_preps") and not hasattr(state_outlet, "_FRONT_REACH")
