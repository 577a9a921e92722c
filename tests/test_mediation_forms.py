"""Mediation, hosting and answers told in shapes that hide the mediator or the responder, on
invented sentences: hyphenated participles, "with X as ROLE", "X's role as mediator", an
offer's addressee answering it in an agentless passive.

Why: the mediator of "the X-facilitated talks" or "with X as facilitator" is in no argument slot
of a verb, and "X's offer to Y was rejected" names its responder only as the offer's addressee;
these tests pin the readings (and the near-misses left alone) one rule id at a time.
"""

from __future__ import annotations

import pytest
from interaction_helpers import pairs_of_type


@pytest.fixture(scope="module")
def acts_of(act_tuples):
    """All interactions of a text, as (type, source, target, interaction) (conftest ``act_tuples``)."""
    return act_tuples


def _via(acts, ty: str) -> list[list[str]]:
    return [i.via for k, _, _, i in acts if k == ty]


SIDES = {("ghana", "chad"), ("ghana", "sudan")}


# -- interactions.mediation_forms.hyphen_participle --------------------------------------
@pytest.mark.parametrize("text", [
    "The Ghanaian-facilitated talks between Chad and Sudan collapsed.",
    "The Ghana-hosted talks between Chad and Sudan resumed in May.",
    "The Ghanaian-mediated negotiations between Chad and Sudan ended without a deal.",
    "A Ghana-sponsored round of talks between Chad and Sudan will open next week.",
    "The Ghana-led talks between Chad and Sudan collapsed.",
])
def test_interactions_mediation_forms_hyphen_participle(acts_of, text):
    """A mediation participle after a hyphen on an act noun: the actor before the hyphen
    mediates between the act's parties and is the go-between of their talks."""
    acts = acts_of(text)
    assert SIDES <= pairs_of_type(acts, "mediate")
    assert any("ghana" in v for v in _via(acts, "negotiate"))


@pytest.mark.parametrize("text", [
    "The state-sponsored talks between Chad and Sudan collapsed.",
    "The long-delayed talks between Chad and Sudan resumed.",
])
def test_hyphen_participle_near_misses(acts_of, text):
    """No actor before the hyphen, or no mediation participle: nobody mediates."""
    assert not pairs_of_type(acts_of(text), "mediate")


# -- interactions.mediation_forms.with_as_role -------------------------------------------
@pytest.mark.parametrize("text", [
    "Chad and Sudan, with Ghana as facilitator, held talks on Monday.",
    "Chad and Sudan held talks on Monday with Ghana as mediator.",
    "Chad and Sudan met in Accra with Ghana acting as mediator.",
    "Chad held talks with Sudan, with Ghana as facilitator.",
])
def test_interactions_mediation_forms_with_as_role(acts_of, text):
    """"with X as ROLE": X mediates between the two sides and is no partner of their talks."""
    acts = acts_of(text)
    assert SIDES <= pairs_of_type(acts, "mediate")
    talks = pairs_of_type(acts, "negotiate") | pairs_of_type(acts, "meet")
    assert talks and all("ghana" not in (s, t) for s, t in talks)


def test_with_as_role_near_miss(acts_of):
    """"as its partner" is no mediation role: the with-object stays the partner."""
    acts = acts_of("Chad negotiated with Sudan as its partner.")
    assert not pairs_of_type(acts, "mediate")
    assert ("chad", "sudan") in pairs_of_type(acts, "negotiate")


# -- interactions.mediation_forms.role_as ------------------------------------------------
@pytest.mark.parametrize("text", [
    "Ghana's role as mediator between Chad and Sudan was praised.",
    "Ghana played the role of mediator between Chad and Sudan.",
])
def test_interactions_mediation_forms_role_as(acts_of, text):
    """"X's role as mediator between A and B", "X played the role of mediator": X mediates."""
    assert SIDES <= pairs_of_type(acts_of(text), "mediate")


def test_role_of_the_mediators_near_miss(acts_of):
    """"the role of the mediators" names no holder: no mediation is made up."""
    assert not pairs_of_type(acts_of("Chad criticised the role of the mediators in the talks with Sudan."), "mediate")


def test_role_in_talks_is_still_a_topic(acts_of):
    """"denied playing a role in the talks": the talks are a topic, nobody mediates."""
    acts = acts_of("Ghana denied playing a role in the talks between Chad and Sudan.")
    assert not pairs_of_type(acts, "mediate")


# -- other mediation shapes the frames cover -----------------------------------------------
@pytest.mark.parametrize("text", [
    "Ghana has been mediating between Chad and Sudan since May.",
    "Ghana acted as intermediary between Chad and Sudan.",
    "Chad and Sudan met under Ghana's auspices.",
    "The talks between Chad and Sudan were hosted by Ghana.",
])
def test_mediation_shapes(acts_of, text):
    assert SIDES <= pairs_of_type(acts_of(text), "mediate")


def test_good_offices_are_an_offer(acts_of):
    """"offered its good offices to A and B" is an offer (like "offered to mediate")."""
    acts = acts_of("Ghana offered its good offices to Chad and Sudan.")
    assert SIDES <= pairs_of_type(acts, "propose")


# -- interactions.responses.responder_is_addressee ----------------------------------------
@pytest.mark.parametrize("text, ty", [
    ("Chad's offer to Sudan was rejected.", "reject"),
    ("Chad's demand to Sudan was rejected.", "reject"),
    ("Chad made an offer to Sudan, which was rejected on Friday.", "reject"),
])
def test_interactions_responses_responder_is_addressee(acts_of, text, ty):
    """An agentless answer to an offer or demand is its addressee's, to its maker."""
    acts = acts_of(text)
    assert ("sudan", "chad") in pairs_of_type(acts, ty)
    r = next(i for k, _, _, i in acts if k == ty)
    assert r.traced("source") == "interactions.responses.responder_is_addressee"


@pytest.mark.parametrize("text, rejecter", [
    ("Chad's proposal was rejected.", None),  # no addressee: the responder stays unknown
    ("Chad's offer to Sudan was rejected by Bolivia.", "bolivia"),  # a named responder is kept
])
def test_responder_near_misses(acts_of, text, rejecter):
    acts = acts_of(text)
    assert {s for s, _ in pairs_of_type(acts, "reject")} == {rejecter}



# -- a gerund the tagger made a noun; thanks to X for mediating ------------------------------
@pytest.mark.parametrize("text", [
    "Ghana is mediating between Chad and Sudan.",
    "The minister thanked Ghana for mediating between Chad and Sudan.",
    "The minister expressed gratitude to Ghana for mediating between Chad and Sudan.",
    "The minister expressed his thanks to Ghana for hosting the talks between Chad and Sudan.",
])
def test_gerund_and_thanks(acts_of, text):
    """"for mediating" tagged as an unlemmatised noun is the verb; whoever is thanked for it
    ("thanked X", "expressed gratitude to X") does it, never the one who thanks."""
    acts = acts_of(text)
    assert SIDES <= pairs_of_type(acts, "mediate")
    assert all(s == "ghana" for s, _ in pairs_of_type(acts, "mediate"))


def test_thanks_near_miss(acts_of):
    """Thanks for something that is no act: nobody mediates."""
    acts = acts_of("The minister expressed gratitude to Ghana for its warm welcome to Chad and Sudan.")
    assert not pairs_of_type(acts, "mediate")
