"""Who holds a mediating role told by a role noun with a nationality or a number, on invented
sentences (rules interactions.mediation_roles.role_mention and interactions.expand.called_mediator).

Why: on reports no rule was written on, "the German mediator" (a named official), "three
Peruvian mediators" (a group) and "the Malaysian facilitator" were read as the state of the
adjective; the state then mediated, and a state that was a side of the talks stopped being one.
"""

from __future__ import annotations

import pytest
from interaction_helpers import pairs_of_type

ROLE_MENTION = "interactions.mediation_roles.role_mention"
CALLED = "interactions.expand.called_mediator"


def _mediations(acts):
    return [i for ty, _, _, i in acts if ty == "mediate"]


@pytest.mark.parametrize("text, state", [
    ("Three Swiss mediators said on Monday that the talks between Peru and Chile had stalled.", "switzerland"),
    ("Peru and Chile held talks in Quito. The Norwegian mediator said both sides wanted a truce.", "norway"),
    ("Ola Brandt flew to Lima on Monday. The veteran Norwegian facilitator has spent months on the talks "
     "between Peru and Chile.", "norway"),
    ("The talks between Peru and Chile were helped by two Brazilian intermediaries, who carried proposals "
     "between the two capitals.", "brazil"),
    ("Two Swiss mediators arrived in Oslo on Monday. A statement by the two mediators, Ola Brandt and "
     "Rui Costa, said the talks between Peru and Chile would resume.", "switzerland"),
    ("Peru and Chile held talks in Oslo on Monday. A statement by the three mediators, Ola Brandt, Rui Costa "
     "and Ana Lobo, said the talks went well.", None),
])
def test_interactions_mediation_roles_role_mention(act_tuples, text, state):
    """The role noun's own actor mediates (one group, one person), between the talks' two sides;
    never the state of its adjective, nor each listed member, nor a member as a party."""
    acts = act_tuples(text)
    med = _mediations(acts)
    assert {i.target for i in med} == {"peru", "chile"}, [(i.source, i.target) for i in med]
    sources = {i.source for i in med}
    assert len(sources) == 1 and state not in sources
    assert any(i.traced("source") == ROLE_MENTION for i in med)


def test_interactions_mediation_roles_role_mention_named_person(act_tuples):
    """"the Norwegian facilitator", told after the person it names: the person mediates."""
    acts = act_tuples("Ola Brandt flew to Lima on Monday. The veteran Norwegian facilitator has spent "
                      "months on the talks between Peru and Chile.")
    assert pairs_of_type(acts, "mediate") == {("ola-brandt", "peru"), ("ola-brandt", "chile")}


@pytest.mark.parametrize("text, mediators", [
    ("Qatari mediation ended the fighting between Peru and Chile.", {"qatar"}),
    ("Brazilian mediator Ana Lobo met Peruvian and Chilean officials in Quito.", {"ana-lobo"}),
])
def test_interactions_mediation_roles_role_mention_leaves_other_readings(act_tuples, text, mediators):
    """Near-misses: a mediation noun ("Qatari mediation") is no role holder, its adjective's state
    mediates; a title before a name stays the name's (title_holder)."""
    med = _mediations(act_tuples(text))
    assert {i.source for i in med} == mediators
    assert not any(i.traced("source") == ROLE_MENTION for i in med)


def test_interactions_mediation_roles_role_mention_not_bare(act_tuples):
    """Near-miss: a bare "the mediators" names no holder; no group of them is made to mediate."""
    acts = act_tuples("The mediators said Peru and Chile had agreed to a truce.")
    assert not any(i.traced("source") == ROLE_MENTION for i in _mediations(acts))


@pytest.mark.parametrize("text, mediator", [
    ("Three Peruvian mediators have been shuttling between the Peruvian government and the Norland "
     "rebels since March.", "peruvian-mediators"),
    ("Peru and Chile held talks in Quito. The Chilean mediator, Ola Brandt, later briefed reporters.",
     "ola-brandt"),
])
def test_interactions_expand_called_mediator(act_tuples, text, mediator):
    """A mediator called so keeps standing between the sides although its nationality is a side's."""
    med = [i for i in _mediations(act_tuples(text)) if i.source == mediator]
    assert len(med) == 2 and all(i.traced("source") == CALLED for i in med)


@pytest.mark.parametrize("text", [
    "Peru held talks with the Norland rebels on Monday. The talks were led by Peru's envoy Ola Brandt.",
    "Peru and Chile held talks in Lima. The talks were chaired by Peruvian Foreign Minister Ana Lobo.",
])
def test_interactions_expand_called_mediator_not_a_sides_leader(act_tuples, text):
    """Near-miss: one who only leads the talks for a side is its own negotiator, no mediator."""
    assert not pairs_of_type(act_tuples(text), "mediate")


# -- interactions.build.relay_sender / interactions.expand.via_other_side -----------------
TALKS = "Peru and Chile held talks in Quito in May. "


@pytest.mark.parametrize("text, via, both", [
    ("Peru later passed a message to Chile through Norway.", "norway", False),
    ("Since then, Peru has passed messages through Norwegian diplomats.", "norwegian-diplomats", False),
    ("Since then, the two sides have passed messages through intermediaries.", "intermediaries", True),
    ("Peru conveyed its answer through Norway.", "norway", False),
    ("Peru and Chile have carried messages to each other via intermediaries since June.", "intermediaries", True),
])
def test_interactions_build_relay_sender(acts_of, text, via, both):
    """A relay verb with a go-between after "through"/"via": the subject sends, the go-between
    carries (two senders: each way); never the sender as its own carrier."""
    msgs = [i for i in acts_of(TALKS + text) if i.type == "message"]
    pairs = {(i.source, i.target) for i in msgs}
    assert ("peru", "chile") in pairs and (("chile", "peru") in pairs) == both, pairs
    assert all(i.via == [via] for i in msgs)
    assert msgs[0].traced("source") == "interactions.build.relay_sender"


def test_interactions_build_relay_sender_keeps_carrier_subject(acts_of):
    """Near-miss: with no through-phrase the subject is the carrier between the two sides."""
    msgs = [i for i in acts_of(TALKS + "Norwegian diplomats passed messages between the two capitals.")
            if i.type == "message"]
    assert {(i.source, i.target) for i in msgs} == {("peru", "chile"), ("chile", "peru")}
    assert all(i.via == ["norwegian-diplomats"] for i in msgs)


@pytest.mark.parametrize("text", [
    "Peru sent a new proposal via Norwegian diplomats on Friday.",
    "On Friday Peru sent its reply via mediator Ola Brandt.",
    "Peru sent a fresh offer through Norwegian diplomats last week.",
])
def test_interactions_expand_via_other_side(acts_of, text):
    """A side's message through a go-between, to nobody named, goes to the other side."""
    msgs = [i for i in acts_of(TALKS + text) if i.type == "message"]
    assert [(i.source, i.target) for i in msgs] == [("peru", "chile")], [(i.source, i.target, i.via) for i in msgs]
    assert msgs[0].via and msgs[0].traced("target") == "interactions.expand.via_other_side"


@pytest.mark.parametrize("text", [
    "Brazil sent a letter via Norwegian diplomats on Friday.",
    "Peru sent a letter to the United Nations through its embassy in Oslo.",
])
def test_interactions_expand_via_other_side_not_outsiders_or_named(acts_of, text):
    """Near-misses: a sender that is no side, or an addressee named, keeps its own target."""
    msgs = [i for i in acts_of(TALKS + text) if i.type == "message"]
    assert msgs and not any(i.traced("target") == "interactions.expand.via_other_side" for i in msgs)


# -- interactions.expand.mediation_sentence_sides: the ends of a carried message ----------
@pytest.mark.parametrize("text", [
    "The Norwegian mediator brokering the prisoner deal has delivered Bolivia's reply to Ecuador.",
    "Ola Brandt, the mediator, carried Bolivia's new offer to Ecuador on Friday.",
    "The Norwegian mediator, who passed Bolivia's message to Ecuador, is expected in Lima.",
])
def test_interactions_expand_mediation_sentence_sides_carried_message(acts_of, text):
    """A mediator carrying one party's message to another in its own sentence stands between those
    two, not between the story's other sides."""
    med = [i for i in acts_of(TALKS + text) if i.type == "mediate"]
    assert {i.target for i in med} == {"bolivia", "ecuador"}, [(i.source, i.target) for i in med]
    assert med[0].traced("target") == "interactions.expand.mediation_sentence_sides"


def test_interactions_expand_mediation_sentence_sides_not_own_letter(acts_of):
    """Near-miss: a mediator's own letter to one party names no pair: the story's sides stay."""
    med = [i for i in acts_of(TALKS + "The Norwegian mediator met Bolivian officials on Friday and delivered "
                              "a letter to them.") if i.type == "mediate"]
    assert {i.target for i in med} == {"peru", "chile"}


# -- interactions.build.relayed_offer -----------------------------------------------------
@pytest.mark.parametrize("text, carrier", [
    ("The Norwegian envoy, Ola Brandt, relayed Peru's proposal to Chile on Friday.", "ola-brandt"),
    ("Norwegian diplomats delivered Peru's new offer to the Chilean government on Friday.", "norwegian-diplomats"),
    ("Peru made a new proposal on Thursday. Norwegian diplomats relayed the proposal to Chile on Friday.",
     "norwegian-diplomats"),
])
def test_interactions_build_relayed_offer(acts_of, text, carrier):
    """A carried proposal is proposed by its author to the addressee, through the carrier."""
    acts = acts_of(TALKS + text)
    props = [(i.source, i.target, i.via) for i in acts if i.type == "propose" and i.target is not None]
    assert props == [("peru", "chile", [carrier])]
    assert any(i.type == "message" and (i.source, i.target) == ("peru", "chile") for i in acts)


def test_interactions_build_relayed_offer_not_a_message(acts_of):
    """Near-miss: a relayed message is no proposal."""
    acts = acts_of(TALKS + "Norwegian diplomats relayed Peru's message to Chile on Friday.")
    assert not [i for i in acts if i.type == "propose"]
    assert any(i.type == "message" for i in acts)
