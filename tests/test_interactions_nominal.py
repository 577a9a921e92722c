"""The default argument structure of act nouns and the document's captor
(extract/interactions/nominal.py, nominal_specs.py, captors.py; rule ids ``interactions.nominal.*``).

Every sentence is invented for these tests (real state names, invented events); each test is named
after the rule id it checks, and every rule has near-miss sentences on which it must not fire.
"""

from __future__ import annotations

import pytest

from interaction_helpers import find

AGENT = "interactions.nominal.default_agent"
PATIENT = "interactions.nominal.default_patient"
RESPONSE = "interactions.nominal.response_addressee"
CAPTOR = "interactions.nominal.document_captor"
KIDNAP = "interactions.frames.attack.kidnap"


# -- interactions.nominal.default_agent / default_patient ----------------------------------------
@pytest.mark.parametrize("text, type_, source, target", [
    # possessor agent, a date between, "of" patient
    ("Peru's March 3 invasion of Chile sent grain prices soaring.", "attack", "peru", "chile"),
    # "of" a place the patient owns
    ("Bolivia said Peru had ended its blockade of Chile's ports in May.", "pressure", "peru", "chile"),
    # a party premodifier as author, "to" as addressee
    ("Peru made an overture to Chile last week.", "propose", "peru", "chile"),
    ("Ecuador's ultimatum to Peru expired on Sunday.", "demand", "ecuador", "peru"),
])
def test_interactions_nominal_default_arguments(acts_of, text, type_, source, target):
    i = find(acts_of(text), type_, source, target)
    assert i.traced("source") == AGENT
    assert i.traced("target") == PATIENT


def test_interactions_nominal_default_agent_fills_a_frame_that_lacks_the_spec(acts_of):
    # the meeting frame reads no hyphenated pair itself; its symmetric class does
    i = find(acts_of("The Peru-Chile meeting in Lima ended early."), "meet", "peru", "chile")
    assert i.traced("source") == AGENT


@pytest.mark.parametrize("text", [
    "Bolivia condemned the invasion of Chile.",  # the condemner did not invade
    "Ecuador praised the blockade of Chile's ports.",
])
def test_interactions_nominal_default_agent_not_the_governing_subject(acts_of, text):
    acts = [i for i in acts_of(text) if i.type in ("attack", "pressure")]
    assert acts and all(i.source is None for i in acts)


def test_interactions_nominal_default_agent_no_party_no_act(acts_of):
    # "of" names no party and no one does it: no act at all
    acts = acts_of("The threat of an invasion worried the markets.")
    assert not [i for i in acts if i.type == "attack"]


# -- interactions.nominal.response_addressee ------------------------------------------------------
@pytest.mark.parametrize("text, type_, source, target", [
    ("Chile will deliberate over the Peruvian offer in Lima.", "propose", "peru", "chile"),
    ("The Chilean government agreed to certain Peruvian demands on Monday.", "demand", "peru", "chile"),
    ("The Peruvian overture was rebuffed by Chile on Monday.", "propose", "peru", "chile"),
])
def test_interactions_nominal_response_addressee(acts_of, text, type_, source, target):
    i = find(acts_of(text), type_, source, target)
    assert i.traced("target") == RESPONSE


@pytest.mark.parametrize("text", [
    "Peru presented its proposal to the committee on Tuesday.",  # the presenter is its author
    "Bolivia praised the Peruvian offer on Tuesday.",  # praising answers nothing
])
def test_interactions_nominal_response_addressee_not_any_subject(acts_of, text):
    acts = acts_of(text)
    assert not [i for i in acts if i.traced("target") == RESPONSE]
    assert not [i for i in acts if i.type == "propose" and i.target in ("peru", "bolivia")]


def test_interactions_nominal_response_addressee_needs_an_author(acts_of):
    # an authorless proposal rejected says nothing of who proposed: no proposal act
    assert not [i for i in acts_of("Chile rejected the proposal on Tuesday.") if i.type == "propose"]


# -- interactions.nominal.document_captor ---------------------------------------------------------
@pytest.mark.parametrize("text, type_, target", [
    ("The Tupac Front kidnapped four Chilean engineers near the border last year. "
     "The four engineers were released on Friday.", "release", "engineers"),
    # (holding, not seizing: seizing captives is itself an attack on them, which the killing would join)
    ("The Tupac Front held twelve Chilean hostages in May. Three of the captives were killed in June.",
     "attack", "chilean-hostages"),
    ("The Tupac Front seized twelve Chilean hostages in May. The other hostages were freed by their "
     "captors on Monday.", "release", "chilean-hostages"),
    ("Rebels of the Tupac Front have held the Chilean hostages since March. "
     "Chile welcomed the release of the hostages on Sunday.", "release", "chilean-hostages"),
])
def test_interactions_nominal_document_captor(acts_of, text, type_, target):
    i = find(acts_of(text), type_, "tupac-front", target)
    assert i.traced("source") == CAPTOR
    assert "source" in (i.inferred or [])


def test_interactions_nominal_document_captor_not_with_two_captors(acts_of):
    acts = acts_of("The Tupac Front is holding three engineers. A second group, the Red Dawn militia, "
                   "kidnapped two nurses in April. The engineers were released on Friday.")
    assert not [i for i in acts if i.traced("source") == CAPTOR]


def test_interactions_nominal_document_captor_not_a_soldier_killed(acts_of):
    # soldiers killed in a clash are no captives: their killing is not the captor's
    acts = acts_of("The Tupac Front kidnapped four Chilean engineers in March. "
                   "Two Chilean soldiers were killed in a clash on Monday.")
    # (the kidnapping itself is an attack of the Front's; the killing is not)
    assert not [i for i in acts if i.source == "tupac-front" and i.type == "attack" and i.rule != KIDNAP]


def test_interactions_nominal_document_captor_not_a_rescuer(acts_of):
    # freed by troops: the troops freed them, not the captor
    acts = acts_of("The Tupac Front kidnapped four engineers in March. "
                   "The engineers were freed by Chilean troops on Monday.")
    assert not [i for i in acts if i.traced("source") == CAPTOR]
    assert not [i for i in acts if i.type == "release" and i.source == "tupac-front"]


def test_interactions_nominal_document_captor_not_the_place_of_detention(acts_of):
    # "held in Bolivia" names where, not who: no captor is known
    acts = acts_of("Twelve Chilean hostages have been held in Bolivia since March. "
                   "The hostages were released on Sunday.")
    assert not [i for i in acts if i.traced("source") == CAPTOR]


def test_interactions_frames_release_turn_over(acts_of):
    find(acts_of("Peru turned over two Chilean prisoners to Bolivia on Monday."), "release", "peru",
         "chilean-prisoners")


# -- interactions.nominal.object_author -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The German mediator delivered Peru's response to Chile on Monday.",
    "The mediator delivered a Peruvian offer to Chile on Monday.",
    "The envoy passed Peru's message to Chile in Geneva.",
])
def test_interactions_nominal_object_author(acts_of, text):
    i = find(acts_of(text), "message", "peru", "chile")
    assert i.traced("source") == "interactions.nominal.object_author"


@pytest.mark.parametrize("text", [
    "Peru delivered its reply to Chile on Monday.",  # the carrier's own reply: no relay
    "The mediator delivered the response to Chile on Monday.",  # no author named
])
def test_interactions_nominal_object_author_not_the_carrier(acts_of, text):
    acts = acts_of(text)
    assert not [i for i in acts if i.traced("source") == "interactions.nominal.object_author"]


# -- interactions.nominal.default_agent on symmetric act nouns -------------------------------------
@pytest.mark.parametrize("text, type_", [
    ("A Peruvian meeting with Chile in Lima ended without progress.", "meet"),  # premodifier + "with"
    ("The Peruvian talks with Chile resumed on Monday.", "negotiate"),
    ("Qatar brokered the Peru-Chile deal last year.", "agree"),  # the deal frame reads only "between"
])
def test_interactions_nominal_default_agent_symmetric(acts_of, text, type_):
    i = find(acts_of(text), type_, "peru", "chile")
    assert i.traced("source") == AGENT


@pytest.mark.parametrize("text", [
    "The Peruvian talks resumed on Monday.",  # a premodifier with no "with" partner is no party here
    "Qatar said an exchange of Chilean prisoners took place on Friday.",  # "of" names no party
])
def test_interactions_nominal_default_agent_symmetric_near_misses(acts_of, text):
    assert not [i for i in acts_of(text) if i.traced("source") == AGENT]


def test_interactions_nominal_document_captor_killing_noun(acts_of):
    acts = acts_of("The Tupac Front held twelve Chilean hostages in May. "
                   "Chile condemned the killing of two hostages on Sunday.")
    i = next(i for i in acts if i.type == "attack" and i.source == "tupac-front")
    assert i.traced("source") == CAPTOR
    near = acts_of("The Tupac Front seized twelve Chilean hostages in May. "
                   "Chile condemned the killing of two soldiers on Sunday.")
    assert not [i for i in near if i.traced("source") == CAPTOR]


# -- the visit class (s39-nominal): the visitor by "by" / "from" --------------------------------
@pytest.mark.parametrize("text", [
    "Peru welcomed a visit from Tomas Berg to Lima.",  # "from", the capital for its state
    "Bolivia hailed the visit by Chilean President Tomas Berg to Peru last week.",  # "by"
    "Peru recalled the visit by Tomas Berg to Peru in May.",
])
def test_interactions_nominal_default_agent_visit_class(acts_of, text):
    i = find(acts_of(text), "meet", "tomas-berg", "peru")
    assert i.traced("source") == AGENT


@pytest.mark.parametrize("text", [
    "The visit by Tomas Berg ended the dispute.",  # no one visited
    "A visit by the inspectors to the site was planned.",  # no party
])
def test_interactions_nominal_visit_class_near_misses(acts_of, text):
    assert not [i for i in acts_of(text) if i.type == "meet"]
