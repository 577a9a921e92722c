"""Acts of the weak types read from constructions the frames missed (session 31): criticism is an
accusation, a charge against a captive is their holder's (or the warrant's state's).

Every sentence is invented for these tests (invented people, real state names in invented events);
each shape has near misses on which the frame must not fire.
"""

from __future__ import annotations

import pytest

from interaction_helpers import find


# -- interactions.frames.accuse.criticize / criticise / criticism_noun* ---------------------------------
@pytest.mark.parametrize("text, source, target", [
    ("Peru criticized Chile for its handling of the talks.", "peru", "chile"),  # active, for-phrase
    ("Chile has been criticised for its response to the kidnapping.", None, "chile"),  # agentless passive
    ("Ola Brandt sharply criticised Chile over the delay.", "ola-brandt", "chile"),  # adverb, over-phrase
    ("Peru drew criticism from Chile for the deal.", "chile", "peru"),  # the one who draws it is accused
    ("Peru's criticism of Chile angered the mediators.", "peru", "chile"),  # possessor, of-phrase
    ("Peru denied the charge and again criticized Chile.", "peru", "chile"),  # coordinated verb
])
def test_criticism_of_a_party_is_an_accusation(acts_of, text, source, target):
    find(acts_of(text), "accuse", source, target)


@pytest.mark.parametrize("text", [
    "Peru criticized the deal.",  # no party criticized
    "The criticism grew louder in Lima.",  # no party at all
])
def test_criticism_near_misses(acts_of, text):
    assert not [i for i in acts_of(text) if i.type == "accuse"]


# -- interactions.frames.accuse.charge_*, interactions.accusers.* ---------------------------------------
@pytest.mark.parametrize("text, source, target, rule", [
    # an agentless charge of a captive the report places in custody: the holder's
    ("Ola Brandt was arrested in Peru and charged with fraud. Chile criticized Peru.", "peru", "ola-brandt",
     "interactions.accusers.holder"),
    ("Ola Brandt was detained in Peru on charges of fraud. Chile criticized Peru.", "peru", "ola-brandt",
     "interactions.accusers.holder"),
    # the state whose warrant the arrest served, not the holder
    ("Ola Brandt was arrested in Peru on a US warrant and charged with smuggling. Chile criticized Peru.",
     "united-states", "ola-brandt", "interactions.accusers.warrant_issuer"),
])
def test_agentless_charge_of_a_captive(acts_of, text, source, target, rule):
    i = find(acts_of(text), "accuse", source, target)
    assert i.traced("source") == rule


def test_named_accuser_comes_first(acts_of):
    find(acts_of("Chile charged Ola Brandt with spying."), "accuse", "chile", "ola-brandt")


@pytest.mark.parametrize("text", [
    "Peru charged the shop a fee.",  # no with-phrase: a price, no charge
    "The troops charged toward the Chilean lines.",  # no party charged
    "Ola Brandt was arrested in Peru on Monday.",  # an arrest alone accuses no one
])
def test_charge_near_misses(acts_of, text):
    assert not [i for i in acts_of(text) if i.type == "accuse"]


# -- interactions.frames.inform.assure -------------------------------------------------------------------
@pytest.mark.parametrize("text, source, target", [
    ("Ola Brandt assured Peru that there would be no attack.", "ola-brandt", "peru"),  # active, that-clause
    ("Peru had been assured by Chile that the release involved no money.", "chile", "peru"),  # passive
    ("Chile assured Peru of its support on Monday.", "chile", "peru"),  # of-phrase
])
def test_assurance_informs(acts_of, text, source, target):
    find(acts_of(text), "inform", source, target)


def test_assurance_near_miss(acts_of):
    assert not [i for i in acts_of("Peru assured its place in the final.") if i.type == "inform"]


# -- interactions.frames.contact.contact_noun_under_in / touch / communication ---------------------------
@pytest.mark.parametrize("text, source, target", [
    ("Chile was in contact with Ola Brandt.", "chile", "ola-brandt"),  # be in contact with
    ("Chile got in touch with Ola Brandt on Monday.", "chile", "ola-brandt"),  # get in touch
    ("Peru kept in touch with Chile through a priest.", "peru", "chile"),  # keep in touch, via-phrase
    ("Peru's communication with Chile was cut.", "peru", "chile"),  # possessor of the noun
    ("There has been no communication with Chile, Ola Brandt said.", "ola-brandt", "chile"),  # speaker's side
])
def test_being_in_contact(acts_of, text, source, target):
    find(acts_of(text), "contact", source, target)


@pytest.mark.parametrize("text", [
    "The protesters came into contact with tear gas.",  # no party reached
    "Communication was difficult in the mountains.",  # no party at all
])
def test_contact_near_misses(acts_of, text):
    assert not [i for i in acts_of(text) if i.type == "contact"]
