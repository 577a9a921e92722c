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
    "Peru met Chile despite the criticism.",  # two parties, a criticism of no one
    "Peru and Chile discussed the criticism at length.",  # two parties discuss it, none criticized
])
def test_criticism_near_misses(acts_of, text):
    assert not [i for i in acts_of(text) if i.type == "accuse"]


@pytest.mark.parametrize("text, source, target", [
    ("Lorvia stopped short of criticizing Ostrava.", "lorvia", "ostrava"),  # stop short of: not done
    ("Norland fell short of condemning Vesterland.", "norland", "vesterland"),  # fall short of
    ("Lorvia declined to criticize Ostrava.", "lorvia", "ostrava"),  # the same through a negating head
    ("Lorvia refrained from criticizing Ostrava.", "lorvia", "ostrava"),  # and a verb of ceasing
])
def test_criticism_held_back_is_negated(acts_of, text, source, target):
    found = [i for i in acts_of(text) if i.type == "accuse"]
    assert found and all(i.negated for i in found)
    find(found, "accuse", source, target)


def test_coming_close_to_a_deal_is_no_deal(acts_of):
    found = [i for i in acts_of("Norland came close to signing a deal with Vesterland.") if i.type == "agree"]
    assert found and all(i.negated for i in found)
    find(found, "agree", "norland", "vesterland")


# -- interactions.frames.accuse.charge_*, interactions.accusers.* ---------------------------------------
@pytest.mark.parametrize("text, source, target, rule", [
    # an agentless charge of a captive the report places in custody: the holder's
    ("Ola Brandt was arrested in Peru and charged with fraud. Chile criticized Peru.", "peru", "ola-brandt",
     "interactions.accusers.holder"),
    ("Ola Brandt was detained in Peru in May and accused of fraud. Chile criticized Peru.", "peru", "ola-brandt",
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


@pytest.mark.parametrize("text, source, target", [
    ("Vesterland has charged Ola Brandt with espionage.", "vesterland", "ola-brandt"),  # an offence noun
    ("Ola Brandt was charged by Norland with murdering two guards.", "norland", "ola-brandt"),  # passive, gerund
    ("Norland charged Ola Brandt with illegally entering Vesterland.", "norland", "ola-brandt"),  # adverb
    ("Norland charged Ola Brandt with smuggling weapons into Vesterland.", "norland", "ola-brandt"),
])
def test_charge_with_an_offence(acts_of, text, source, target):
    find(acts_of(text), "accuse", source, target)


@pytest.mark.parametrize("text", [
    "Peru charged the shop a fee.",  # no with-phrase: a price, no charge
    "The troops charged toward the Chilean lines.",  # no party charged
    "Ola Brandt was arrested in Peru on Monday.",  # an arrest alone accuses no one
    # "charge X with" a task appoints X (review of session 31): a task gerund, a duty noun
    "The Norland president charged his envoy with securing the release of the Vesterland hostages.",
    "Norland charged Qatar with mediating between the two sides.",
    "Ola Brandt was arrested in Lorvia and charged with leading the delegation.",
    "Vesterland charged Ola Brandt with the task of talking to Norland.",
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


# -- interactions.frames.contact.contact_noun_under_in / touch -----------------------------------------
@pytest.mark.parametrize("text, source, target", [
    ("Chile was in contact with Ola Brandt.", "chile", "ola-brandt"),  # be in contact with
    ("Chile got in touch with Ola Brandt on Monday.", "chile", "ola-brandt"),  # get in touch
    ("Peru kept in touch with Chile through a priest.", "peru", "chile"),  # keep in touch, via-phrase
    ("Ola Brandt stayed in touch with Chile during the talks.", "ola-brandt", "chile"),  # stay in touch
])
def test_being_in_contact(acts_of, text, source, target):
    find(acts_of(text), "contact", source, target)


@pytest.mark.parametrize("text", [
    "The protesters came into contact with tear gas.",  # no party reached
    "Peru added a personal touch to its letter to Chile.",  # two parties, a touch that is no contact
])
def test_contact_near_misses(acts_of, text):
    assert not [i for i in acts_of(text) if i.type == "contact"]


# -- interactions.frames.demand.call_verb (and press, push, appeal ...), interactions.appeals.* ----------
@pytest.mark.parametrize("text, source, target", [
    ("Ola Brandt called for Peru to free the prisoners.", "ola-brandt", "peru"),  # for-clause subject
    ("Chile pressed for Peru to withdraw its troops.", "chile", "peru"),  # another appeal verb
    ("Chile is lobbying for Peru to sign the accord.", "chile", "peru"),  # progressive
    ("Chile appealed for Peru to release the fishermen on Monday.", "chile", "peru"),  # past, time
])
def test_appeal_for_a_party_to_act_is_a_demand(acts_of, text, source, target):
    i = find(acts_of(text), "demand", source, target)
    assert i.traced("target") == "interactions.appeals.for_clause_subject"


@pytest.mark.parametrize("text", [
    "Peru called for calm.",  # no one asked to act
    "Peru called for the release of the hostages.",  # an act, no party to do it
    # a plea for kin or captives to come home asks nothing of them (review of session 31)
    "The families pleaded for their sons to come home.",
    "Norland called for the hostages to return to Vesterland.",
    "Ola Brandt pleaded for the Vesterland prisoners to be sent home.",
])
def test_appeal_near_misses(acts_of, text):
    assert not [i for i in acts_of(text) if i.type == "demand"]


def test_called_party_stays_a_contact(acts_of):
    find(acts_of("Peru called Chile on Monday."), "contact", "peru", "chile")


# -- interactions.frames.inform.surprise ----------------------------------------------------------------
@pytest.mark.parametrize("text, source, target", [
    ("The secret channel would surprise Washington.", None, "united-states"),  # no party doing it
    ("Peru's offer surprised Chile.", "peru", "chile"),  # the possessor's act
    ("The talks in Oslo would not only surprise Chile but end the war.", None, "chile"),  # coordinated
    ("Ola Brandt surprised Peru by signing the accord.", "ola-brandt", "peru"),  # a party's own act
])
def test_surprising_a_party_is_not_having_told_it(acts_of, text, source, target):
    i = find(acts_of(text), "inform", source, target)
    assert i.negated


@pytest.mark.parametrize("text", [
    "Peru and Chile were both surprised by the size of the storm.",  # two parties, a reaction
    "The rebels surprised the Norlandic army with a dawn raid on the base.",  # a surprise attack
    "Chile surprised Peru with an attack at dawn.",  # a surprise attack
    "Chilean officials were surprised by his words.",  # a reaction to what was said
    "The rally surprised observers in Lima.",  # no party surprised
])
def test_surprise_near_misses(acts_of, text):
    assert not [i for i in acts_of(text) if i.type == "inform"]


# -- interactions.frames.pressure.pressure_noun_gov_bend_under_to ----------------------------------------
@pytest.mark.parametrize("text, source, target", [
    ("Chile bowed to the pressure from Peru.", "peru", "chile"),  # from-phrase
    ("Peru caved in to Chile's pressure and freed the men.", "chile", "peru"),  # possessor, particle verb
    ("Chile gave in to pressure from Peru on Monday.", "peru", "chile"),  # give in to
    ("Peru succumbed to international pressure.", None, "peru"),  # no party presses: source open
    ("Ola Brandt said that Peru bowed to the pressure of Chile.", "chile", "peru"),  # reported
])
def test_yielding_to_pressure_was_being_pressed(acts_of, text, source, target):
    find(acts_of(text), "pressure", source, target)


@pytest.mark.parametrize("text", [
    "Peru bowed to the crowd.",  # no pressure
    "Peru gave in to the weight of the evidence presented by Chile.",  # two parties, no pressure
])
def test_yielding_near_misses(acts_of, text):
    assert not [i for i in acts_of(text) if i.type == "pressure"]
