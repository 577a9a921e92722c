"""Coordinated counterparts of a two-party act, mediation told by a trailing or shared participle
or by "auspices", and the press kept out of the story's sides, on invented sentences.

Why: "X signed deals with A and B" is two deals, but only meetings were split per counterpart;
"talks between A and B began, mediated by Q" hangs the participle on the verb, where its by-agent
was read as nobody's (or as the clause's subject: "A and B signed the truce, brokered by Q" made
A and B mediate); "a meeting brokered and attended by Q" shares one by-phrase between two
participles; the parser's lemma of "auspices" is "auspex". Each shape is pinned with its near-misses.
"""

from __future__ import annotations

import pytest
from interaction_helpers import pairs_of_type


@pytest.fixture(scope="module")
def acts_of(act_tuples):
    """All interactions of a text, as (type, source, target, interaction) (conftest ``act_tuples``)."""
    return act_tuples


EACH = "interactions.expand.each_counterpart"


# -- interactions.expand.each_counterpart -------------------------------------------------
@pytest.mark.parametrize("text, kind", [
    ("Norland signed separate trade deals with Vesterland and Ostland.", "agree"),
    ("Norland has been in talks with Vesterland and Ostland since May.", "negotiate"),
    ("Norland coordinated closely with Vesterland and Ostland on the matter.", "negotiate"),
    ("Ola Brandt spoke by phone with Vesterland and Ostland.", "contact"),
])
def test_interactions_expand_each_counterpart(acts_of, text, kind):
    """One named party acting with coordinated counterparts: one act with each."""
    acts = acts_of(text)
    pairs = pairs_of_type(acts, kind)
    src = "ola-brandt" if "Brandt" in text else "norland"
    assert {(src, "vesterland"), (src, "ostland")} <= pairs, acts


def test_each_counterpart_through_a_group_noun(acts_of):
    """"talks with representatives from A and B": the talks are with A and with B, the second traced."""
    acts = acts_of("The Norlandic delegation held talks with representatives from Vesterland and Ostland on Friday.")
    assert pairs_of_type(acts, "negotiate") == {("norlandic-delegation", "vesterland"),
                                                ("norlandic-delegation", "ostland")}
    assert [i.traced("target") for k, _, t, i in acts if k == "negotiate" and t == "ostland"] == [EACH]


@pytest.mark.parametrize("text, pairs", [
    # a between-phrase of three: one of them is often the go-between; left as one act
    ("Following contacts between Norland and Vesterland and the authorities in Ostland, a truce was reached.",
     {("norland", "vesterland")}),
    # coordinated subjects and no counterpart: one act between them
    ("Norland and Vesterland signed a deal on Monday.", {("norland", "vesterland")}),
])
def test_each_counterpart_near_misses(acts_of, text, pairs):
    acts = acts_of(text)
    kinds = {k for k, _, _, _ in acts}
    assert {p for k in kinds & {"agree", "contact", "negotiate"} for p in pairs_of_type(acts, k)} == pairs


def test_coordinate_with_is_talks_not_without_an_actor(acts_of):
    """"coordinated with Y" is talks with Y; with no actor ("with the hospitals") no act; a
    coordinator of others' exchange still mediates."""
    assert pairs_of_type(acts_of("Norland coordinated tightly with Qatar so that the border crossings would stay "
                                 "open."), "negotiate") == {("norland", "qatar")}
    assert acts_of("The ministry coordinated with the hospitals on the evacuation.") == []
    assert ("norland", "vesterland") in pairs_of_type(acts_of("Norland coordinated the exchange with Vesterland."),
                                                      "mediate")


# -- interactions.mediation_roles.event_participle ----------------------------------------
@pytest.mark.parametrize("text, mediator", [
    ("Talks between Norland and Vesterland began in May, mediated by Qatar.", "qatar"),
    ("Negotiations between Norland and Vesterland resumed on Monday, brokered by Oman.", "oman"),
])
def test_interactions_mediation_roles_event_participle(acts_of, text, mediator):
    """A trailing participle on the event verb: the mediator stands between the act's parties,
    and the talks go through it."""
    acts = acts_of(text)
    assert pairs_of_type(acts, "mediate") == {(mediator, "norland"), (mediator, "vesterland")}
    assert {i.traced("target") for k, _, _, i in acts if k == "mediate"} == {
        "interactions.mediation_roles.event_participle"}
    assert [i.via for k, _, _, i in acts if k == "negotiate"] == [[mediator]]


@pytest.mark.parametrize("text", [
    "Norland and Vesterland signed the truce in May, brokered by Qatar.",
    "The deal was brokered by Qatar and signed by Norland and Vesterland.",
])
def test_trailing_participle_doer_is_its_agent(acts_of, text):
    """The by-agent of a trailing participle brokers, never the clause's subject."""
    acts = acts_of(text)
    assert pairs_of_type(acts, "mediate") == {("qatar", "norland"), ("qatar", "vesterland")}


@pytest.mark.parametrize("text", [
    "Talks between Norland and Vesterland began in May, followed by a summit.",
    "Norland and Vesterland met in Doha, accompanied by their advisers.",
    "The truce was brokered in May and signed by Norland and Vesterland.",
])
def test_trailing_participle_near_misses(acts_of, text):
    """No mediation: a participle of no mediating verb, or a broker the text does not name (the
    signers of a later, separate participle are no brokers)."""
    assert pairs_of_type(acts_of(text), "mediate") == set()


def test_shared_agent_of_two_participles(acts_of):
    """"a meeting brokered and attended by X": X brokered it too."""
    acts = acts_of("President Norbert Kell and opposition leader Anna Berg met on Monday. After an hour-long "
                   "meeting brokered and attended by Ola Brandt, the two leaders shook hands.")
    assert pairs_of_type(acts, "mediate") == {("ola-brandt", "norbert-kell"), ("ola-brandt", "anna-berg")}


# -- auspices --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The accord was signed by Norland and Vesterland under UN auspices.",
    "Norland and Vesterland met under the auspices of Qatar.",
])
def test_auspices_mediate(acts_of, text):
    acts = acts_of(text)
    m = "united-nations" if "UN" in text else "qatar"
    assert pairs_of_type(acts, "mediate") == {(m, "norland"), (m, "vesterland")}


def test_inked_is_signed(acts_of):
    acts = acts_of("Norland and Vesterland inked a trade agreement on Monday.")
    assert pairs_of_type(acts, "agree") == {("norland", "vesterland")}


# -- receptions and journeys ---------------------------------------------------------------
@pytest.mark.parametrize("text, pair", [
    ("The foreign minister Ola Brandt welcomed the Norlandic delegation in Kabul.",
     ("ola-brandt", "norlandic-delegation")),
    ("Ola Brandt was greeted by Norlandic officials on arrival.", ("ola-brandt", "norlandic-officials")),
    ("Norland warmly welcomed the Vesterland delegation on Monday.", ("norland", "vesterland-delegation")),
])
def test_welcome_and_greet_are_meetings(acts_of, text, pair):
    """Receiving, welcoming or greeting people is meeting them; a meeting is symmetric, its two in
    order of first mention (s42-symmetric: passive "X was greeted by Y" is X's meeting with Y)."""
    assert pair in pairs_of_type(acts_of(text), "meet")


@pytest.mark.parametrize("text", [
    "As we welcome home Ola Brandt, we are grateful to Norway.",
    "Welcoming the development, Norland's foreign minister Ola Brandt described it as a step forward.",
    "Vesterland welcomed the agreement between Norland and Ostland.",
])
def test_welcome_near_misses(acts_of, text):
    """A homecoming ("welcome home"), or welcoming a development or a deal, is no meeting."""
    assert pairs_of_type(acts_of(text), "meet") == set()


TRAVELLER = "interactions.participants.traveller"


@pytest.mark.parametrize("text, pair, traced", [
    ("North Korea freed two journalists. Ola Brandt was dispatched to Pyongyang after officials determined "
     "that his mission would be successful.", ("ola-brandt", "north-korea"), True),
    ("Norland dispatched its envoy Ola Brandt to Vesterland on Monday.", ("ola-brandt", "vesterland"), True),
    ("Hezbollah freed Ola Brandt after talks with Israel. She was handed over to the embassy, then flown the "
     "following day to Israel.", ("ola-brandt", "israel"), True),
    ("Vesterland freed two men. Ola Brandt flew to Vesterland on Monday.", ("ola-brandt", "vesterland"), False),
    ("Ukraine held talks with Turkey. There were hopes that Ola Brandt might make the journey to Turkey himself.",
     ("ola-brandt", "turkey"), False),
    ("Vesterland freed two men. Ola Brandt paid a visit to Vesterland last week.", ("ola-brandt", "vesterland"),
     False),
])
def test_interactions_participants_traveller(acts_of, text, pair, traced):
    """A journey to a state (by name or capital) is a meeting with it; the one sent or flown travels."""
    acts = acts_of(text)
    found = [i for k, s, t, i in acts if k == "meet" and (s, t) == pair]
    assert found, acts
    assert (found[0].traced("source") == TRAVELLER) == traced


@pytest.mark.parametrize("text", [
    "Norland dispatched troops to the border.",
    "Norland sent a letter to Vesterland on Monday.",
])
def test_journey_near_misses(acts_of, text):
    """Troops sent to a place that is no state, and a letter sent to a state, are no visits."""
    assert pairs_of_type(acts_of(text), "meet") == set()


# -- the one sent does the purpose act (syntax.roles: purpose_control) ------------------------
@pytest.mark.parametrize("text, pair", [
    ("Ola Brandt announced that he was sending a junior delegation to meet representatives from Vesterland.",
     ("meet", "junior-delegation")),
    ("Norland dispatched its envoy Ola Brandt to Oslo to negotiate with Vesterland.", ("negotiate", "ola-brandt")),
    ("The envoy Ola Brandt was sent to Oslo to negotiate with Vesterland.", ("negotiate", "ola-brandt")),
])
def test_purpose_of_sending_is_done_by_the_one_sent(acts_of, text, pair):
    kind, doer = pair
    assert {s for k, s, _, _ in acts_of(text) if k == kind} == {doer}


@pytest.mark.parametrize("text, kind, doer", [
    # a thing sent does nothing: the sender demands
    ("Norland sent a letter to Vesterland to demand the release of Ola Brandt.", "demand", "norland"),
    # the sender's own purpose, no one sent
    ("Norland sent word to Vesterland to meet Ola Brandt in Oslo.", "meet", "norland"),
])
def test_purpose_of_sending_near_misses(acts_of, text, kind, doer):
    assert doer in {s for k, s, _, _ in acts_of(text) if k == kind}


def test_followed_or_accompanied_by_is_no_passive_of_the_clause(acts_of):
    """Review: "followed by a summit" and "accompanied by an aide" trail a clause but their agent does not
    do its act: the summit is still a meeting, and the envoy, not the aide, goes to meet."""
    acts = acts_of("Norland and Vesterland signed the deal in Lunde, followed by a summit in Ostrava.")
    assert ("norland", "vesterland") in pairs_of_type(acts, "agree")
    acts = acts_of("The envoy Ola Brandt arrived in Lunde, accompanied by Jo Amsel, to meet Vesterland officials.")
    assert "jo-amsel" not in {a[1] for a in acts if a[0] == "meet"}, acts
