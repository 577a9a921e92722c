"""Trigger words taken by class from public lexicons (data/frames.toml, "Breadth from public
lexicons": VerbNet 3.4 and PETRARCH2's CAMEO dictionary). Each word has the frame of the sibling
the lexicon already had for its class; these tests pin, for each added class, several sentence
shapes (active, passive, nominal, coordination) and near misses the frame must not fire on.

Every sentence is invented for these tests (invented parties, or real state names in invented
events).
"""

from __future__ import annotations

import pytest

from interaction_helpers import find


def _types(acts) -> set[str]:
    return {i.type for i in acts}


# -- meet: encounter (VN encounter-30.5), rendezvous, audience / reunion / rendezvous nouns -------------
@pytest.mark.parametrize("text, source, target", [
    ("Ola Brandt encountered Nils Berg in Geneva on Monday.", "ola-brandt", "nils-berg"),  # active
    ("Ola Brandt encountered Nils Berg and Karl Dahl in Geneva.", "ola-brandt", "karl-dahl"),  # coordination
    ("Ola Brandt rendezvoused with Nils Berg in Oslo on Monday.", "ola-brandt", "nils-berg"),  # with-phrase
    ("Nils Berg had an audience with Ola Brandt on Monday.", "nils-berg", "ola-brandt"),  # noun, with
    ("The rendezvous between Ola Brandt and Nils Berg took place in Oslo.", "ola-brandt", "nils-berg"),  # between
])
def test_meeting_words(acts_of, text, source, target):
    assert find(acts_of(text), "meet", source, target).rule.startswith("interactions.frames.meet.")


@pytest.mark.parametrize("text", [
    "Ola Brandt encountered resistance in parliament.",  # no party met
    "The audience applauded Ola Brandt.",  # spectators, no second party
    "The minister met the deadline.",
])
def test_meeting_words_near_misses(acts_of, text):
    assert "meet" not in _types(acts_of(text))


# -- negotiate: bargain, haggle, parley (VN correspond-36.1, CAMEO BARGAIN) --------------------------
@pytest.mark.parametrize("text", [
    "Norland bargained with Vesterland over the border.",
    "Norland haggled with Vesterland for weeks over the price of the captives.",
    "Norland held a parley with Vesterland in Oslo.",  # noun
])
def test_bargaining_is_negotiating(acts_of, text):
    find(acts_of(text), "negotiate", "norland", "vesterland")


def test_bargaining_needs_a_party(acts_of):
    assert "negotiate" not in _types(acts_of("Shoppers haggled over prices in the market."))


# -- contact: communicate, correspond, liaise (VN correspond-36.1); communication noun -----------
@pytest.mark.parametrize("text", [
    "Norland communicated with Vesterland through Qatar.",
    "Norland has corresponded with Vesterland since May.",  # perfect
    "Norland liaised with Vesterland on the handover.",
    "Communication between Norland and Vesterland resumed on Monday.",  # noun, between
    "Norland has had no communication with Vesterland since May.",  # noun, with
])
def test_communicating_is_contact(acts_of, text):
    find(acts_of(text), "contact", "norland", "vesterland")


def test_communicating_through_a_channel(acts_of):
    assert find(acts_of("Norland communicated with Vesterland through Qatar."), "contact", "norland",
                "vesterland").via == ["qatar"]


@pytest.mark.parametrize("text", [
    "Norland communicated its decision on Monday.",  # no party reached
    "Norland's communications were intercepted.",  # one party
    "Norland lost communication with the Vesterland unit.",  # contact that ended
])
def test_communication_near_misses(acts_of, text):
    assert "contact" not in _types(acts_of(text))


# -- message: forward, transmit (VN transfer_mesg-37.1.1, relay's class) ------------------------------
@pytest.mark.parametrize("text", [
    "Qatar forwarded a message from Norland to Vesterland.",
    "Qatar transmitted Norland's reply to Vesterland.",  # possessor is the author
])
def test_forwarding_is_relaying(acts_of, text):
    assert find(acts_of(text), "message", "norland", None).via == ["qatar"]


# -- inform: apprise (CAMEO NOTIFY), caution (VN advise-37.9, CAMEO WARN) ----------------------------
@pytest.mark.parametrize("text, source", [
    ("Norland apprised Vesterland of the plan.", "norland"),
    ("Vesterland was apprised of the plan by Norland.", None),  # passive: the party told is kept
    ("Norland cautioned Vesterland against a raid.", "norland"),
])
def test_apprising_and_cautioning_inform(acts_of, text, source):
    find(acts_of(text), "inform", source, "vesterland")


def test_cautioning_needs_a_party(acts_of):
    assert "inform" not in _types(acts_of("Norland cautioned against haste."))


# -- persuade: induce (VN compel-59.1); pressure: coerce, compel (CAMEO IMPEL) --------------------------
def test_inducing_is_persuading(acts_of):
    acts = acts_of("Qatar induced Norland to free the hostages.")
    find(acts, "persuade", "qatar", "norland")
    assert not [i for i in acts if i.type == "release" and i.source == "qatar"]  # Qatar frees no one


@pytest.mark.parametrize("text", [
    "Vesterland coerced Norland into signing the accord.",  # active, into
    "Norland was compelled by Vesterland to withdraw its troops.",  # passive
])
def test_coercing_is_pressure(acts_of, text):
    find(acts_of(text), "pressure", "vesterland", "norland")


@pytest.mark.parametrize("text", [
    "Thousands were forced to flee.",  # nobody forcing
    "The police forced the door.",  # no party forced
    "The heat induced fatigue among the crowds.",
])
def test_coercion_near_misses(acts_of, text):
    assert not _types(acts_of(text)) & {"pressure", "persuade"}


# -- demand: implore, exhort (VN urge-58.1, CAMEO DEMAND); precondition noun ---------------------------
@pytest.mark.parametrize("text, source", [
    ("Norland implored Vesterland to release the prisoners.", "norland"),
    ("Norland and Chile exhorted Vesterland to free the crew.", "chile"),  # coordinated subjects
])
def test_imploring_is_demanding(acts_of, text, source):
    find(acts_of(text), "demand", source, "vesterland")


def test_preconditions_are_demands(acts_of):
    find(acts_of("Vesterland's preconditions for talks with Norland were rejected."), "demand", "vesterland", None)


def test_exhorting_needs_a_party(acts_of):
    assert "demand" not in _types(acts_of("The bishop exhorted patience."))


# -- agree: accede (CAMEO SUBMIT) -----------------------------------------------------------------------
def test_acceding_is_agreeing(acts_of):
    find(acts_of("Vesterland acceded to Norland's demands on Monday."), "agree", "vesterland", "norland")


# -- reject: rebuff, spurn (VN reject-77.2), decline an offer, rule out --------------------------------
@pytest.mark.parametrize("text", [
    "Vesterland rebuffed Norland's offer on Monday.",  # active
    "Norland's overture was spurned by Vesterland.",  # passive
    "Vesterland declined Norland's offer.",
    "Vesterland ruled out talks with Norland.",  # particle
])
def test_rebuffing_is_rejecting(acts_of, text):
    find(acts_of(text), "reject", "vesterland", "norland")


@pytest.mark.parametrize("text", [
    "Vesterland declined to comment.",
    "Vesterland dismissed the claims as lies.",  # a report denied, no offer turned down
    "Vesterland dismissed its army chief on Monday.",  # a firing
])
def test_rejection_near_misses(acts_of, text):
    assert "reject" not in _types(acts_of(text))


# -- release: emancipate (VN free-10.6.3) -----------------------------------------------------------------
def test_emancipating_is_releasing(acts_of):
    find(acts_of("The Sahel Front emancipated the three Norwegian hostages."), "release", "sahel-front",
         "norwegian-hostages")


def test_freeing_funds_is_no_release(acts_of):
    assert "release" not in _types(acts_of("The government freed up funds for the schools."))


# -- accuse: denounce, censure, rebuke (CAMEO DENOUNCE, VN judgment-33.1); condemnation noun -----------
@pytest.mark.parametrize("text, target", [
    ("Norland denounced Vesterland for the raid.", "vesterland"),  # active
    ("Vesterland was censured by Norland over the raid.", "vesterland"),  # passive
    ("Norland rebuked Vesterland and Chile on Monday.", "chile"),  # coordinated objects
    ("Norland's condemnation of Vesterland was swift.", "vesterland"),  # noun
])
def test_denouncing_is_accusing(acts_of, text, target):
    find(acts_of(text), "accuse", "norland", target)


@pytest.mark.parametrize("text", [
    "Norland denounced the decision.",  # no party accused
    "Norland decried the violence.",
])
def test_denouncing_near_misses(acts_of, text):
    assert "accuse" not in _types(acts_of(text))


# -- attack: murder, assassinate, behead (VN murder-42.1, poison-42.2; CAMEO KILL, ASSASSINATE) ---------
@pytest.mark.parametrize("text, source, target", [
    ("The Sahel Front murdered two Norwegian hostages.", "sahel-front", "norwegian-hostages"),
    ("The Sahel Front beheaded a Norwegian hostage.", "sahel-front", "norwegian-hostage"),
    ("Norwegian envoy Ola Brandt was assassinated by the Sahel Front.", None, "ola-brandt"),  # passive
    ("The Sahel Front's assassination of Ola Brandt shocked Norland.", "sahel-front", "ola-brandt"),  # noun
])
def test_killing_words_are_attacks(acts_of, text, source, target):
    find(acts_of(text), "attack", source, target)


@pytest.mark.parametrize("text", [
    "They shot a video of the hostages.",
    "Norland shot down the proposal.",
])
def test_killing_words_near_misses(acts_of, text):
    assert "attack" not in _types(acts_of(text))


# -- mediate: intercede, arbitrate (CAMEO COMPROMISE); middleman, arbiter (CAMEO &NEGOTIATOR) ---------
@pytest.mark.parametrize("text, targets", [
    ("Qatar arbitrated between Norland and Vesterland.", {"norland", "vesterland"}),
    ("Qatar interceded with Norland on behalf of the captives.", {"norland"}),
])
def test_arbitrating_is_mediating(acts_of, text, targets):
    assert {i.target for i in acts_of(text) if i.type == "mediate" and i.source == "qatar"} == targets


@pytest.mark.parametrize("text, mediator", [
    ("Oman acted as a middleman between Norland and Vesterland.", "oman"),
    ("Switzerland served as arbiter between Norland and Vesterland.", "switzerland"),
])
def test_middlemen_mediate(acts_of, text, mediator):
    acts = acts_of(text)
    find(acts, "mediate", mediator, "norland")
    find(acts, "mediate", mediator, "vesterland")


def test_arbitrating_needs_parties(acts_of):
    assert "mediate" not in _types(acts_of("The court will arbitrate the contract dispute."))


# -- propose: proposition (CAMEO &PROPOSAL) --------------------------------------------------------------
def test_a_proposition_is_a_proposal(acts_of):
    find(acts_of("Norland's proposition to Vesterland was rejected."), "propose", "norland", "vesterland")
