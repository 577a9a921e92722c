"""Arguments of act nouns reached through the verb or preposition that governs them
(nominal_specs.support_party / support_partner; role_nouns.role_holder's credited holder;
rule ids ``interactions.nominal.support_party``, ``interactions.nominal.support_partner``,
``interactions.role_nouns.credited_holder``).

Every sentence is invented for these tests (invented states and people); each rule has six or
more sentence shapes and near-misses on which it must not fire.
"""

from __future__ import annotations

import pytest

from interaction_helpers import find

PARTY = "interactions.nominal.support_party"
PARTNER = "interactions.nominal.support_partner"
CREDITED = "interactions.role_nouns.credited_holder"
HOLDER = "interactions.role_nouns.role_holder"


# -- interactions.nominal.support_party / support_partner -----------------------------------------
@pytest.mark.parametrize("text, source, target", [
    # a coordinated subject of a support verb: both parties
    ("Norland and Vesterland reached a prisoner swap on Friday.", "norland", "vesterland"),
    # perfect tense, a verb of making it public
    ("Norland and Vesterland have announced a prisoner exchange.", "norland", "vesterland"),
    # two people as the subject
    ("Ola Brandt and Vesterland's foreign minister sealed an accord on Tuesday.", "ola-brandt",
     "vesterland-foreign-minister"),
    # possessive persons, a place adjunct
    ("Norland's foreign minister and Vesterland's envoy sealed a pact in Oslo.", "norland-foreign-minister",
     "vesterland-envoy"),
])
def test_interactions_nominal_support_party(acts_of, text, source, target):
    i = find(acts_of(text), "agree", source, target)
    assert i.traced("source") == PARTY


@pytest.mark.parametrize("text", [
    # the noun's own "with" phrase
    "Norland struck a prisoner exchange with Vesterland last week.",
    # a particle verb
    "Norland hammered out an accord with Vesterland on Friday.",
    # the "with" phrase after a date, which the parser hangs on the verb
    "Norland concluded a pact on Monday with Vesterland.",
])
def test_interactions_nominal_support_partner(acts_of, text):
    i = find(acts_of(text), "agree", "norland", "vesterland")
    assert i.traced("source") == PARTY
    assert i.traced("target") == PARTNER


def test_interactions_nominal_support_party_negated(acts_of):
    i = find(acts_of("Norland and Vesterland never reached a prisoner swap."), "agree", "norland", "vesterland")
    assert i.negated


def test_interactions_nominal_support_party_denied(acts_of):
    i = find(acts_of("Norland denied reaching a prisoner swap with Vesterland."), "agree", "norland", "vesterland")
    assert i.negated


def test_interactions_nominal_support_party_planned(acts_of):
    i = find(acts_of("Norland plans to reach a prisoner swap with Vesterland."), "agree", "norland", "vesterland")
    assert i.modality == "planned"


@pytest.mark.parametrize("text", [
    "Norland announced a prisoner swap.",  # one party alone: maybe another's deal
    "Norland brokered a prisoner swap between Vesterland and Osterland.",  # a broker is no party
    "Norland called for a prisoner swap with Vesterland.",  # a call for a swap is none
    "Norland praised the accord with Vesterland.",  # praise is no support verb
    "Norland and Vesterland held an exchange of fire on the border.",  # an exchange of fire
])
def test_interactions_nominal_support_party_near_misses(acts_of, text):
    acts = acts_of(text)
    assert not [i for i in acts if i.type == "agree" and "norland" in (i.source, i.target)], \
        [(i.type, i.source, i.target, i.rule) for i in acts]


def test_interactions_nominal_support_party_reporter_is_no_party(acts_of):
    acts = acts_of("Norland reported on talks between Vesterland and Osterland.")
    assert not [i for i in acts if "norland" in (i.source, i.target)]


# -- interactions.role_nouns.credited_holder ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Norland thanked Vesterland for its efforts in mediating the truce between Osterland and Sudland.",
    "Norland praised Vesterland for its role in brokering the truce between Osterland and Sudland.",
    "Norland congratulated Vesterland on its role in mediating the truce between Osterland and Sudland.",
    "Norland expressed gratitude to Vesterland for its efforts in mediating the truce between Osterland "
    "and Sudland.",
    "Norland thanked Vesterland for their work in facilitating talks between Osterland and Sudland.",
    "Norland thanked Vesterland for its efforts to mediate the truce between Osterland and Sudland.",
])
def test_interactions_role_nouns_credited_holder(acts_of, text):
    acts = acts_of(text)
    med = {(i.source, i.target) for i in acts if i.type == "mediate"}
    assert med == {("vesterland", "osterland"), ("vesterland", "sudland")}, med
    assert find(acts, "mediate", "vesterland", "osterland").traced("source") == CREDITED


@pytest.mark.parametrize("text, holder", [
    # a named possessor holds the role, whoever is praised
    ("Norland praised Vesterland's role in brokering the truce between Osterland and Sudland.", "vesterland"),
    # the subject of a support verb of the role
    ("Norland played a key role in brokering the truce between Osterland and Sudland.", "norland"),
    # nouns of involvement
    ("Norland's involvement in brokering the truce between Osterland and Sudland was crucial.", "norland"),
])
def test_interactions_role_nouns_credited_holder_near_misses(acts_of, text, holder):
    acts = acts_of(text)
    med = {(i.source, i.target) for i in acts if i.type == "mediate"}
    assert med == {(holder, "osterland"), (holder, "sudland")}, med
    assert find(acts, "mediate", holder, "osterland").traced("source") == HOLDER


def test_interactions_nominal_support_partner_not_a_mediation(acts_of):
    acts = acts_of("Norland and Vesterland signed a truce with the mediation of Osterland.")
    assert {(i.source, i.target) for i in acts if i.type == "agree"} == {("norland", "vesterland")}


@pytest.mark.parametrize("text", [
    "Norland and Vesterland reached an accord with Osterland as mediator.",
    "Norland struck a prisoner swap with Vesterland, with Osterland acting as mediator.",
])
def test_interactions_nominal_support_partner_not_a_role(acts_of, text):
    acts = acts_of(text)
    assert {(i.source, i.target) for i in acts if i.type == "agree"} == {("norland", "vesterland")}
