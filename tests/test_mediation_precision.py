"""Precision of the mediation and acceptance rules on invented sentences, one test per rule id.

Why: on reports no rule was written on, a mediation read into a purpose clause, an acceptance
given a mediator as its "other side", or a mediator's parties taken from the story instead of
the act it mediates made most of the false interactions; these tests pin the narrowed readings
(and the readings kept) on sentences written for them.
"""

from __future__ import annotations

import pytest
from interaction_helpers import pairs_of_type


@pytest.fixture(scope="module")
def acts_of(act_tuples):
    """All interactions of a text, as (type, source, target, interaction) (conftest ``act_tuples``)."""
    return act_tuples


# -- interactions.expand.one_sided -----------------------------------------------------
@pytest.mark.parametrize("text, party", [
    ("Brazilian envoy Ana Lobo held talks with Peru on Monday. Lobo later said that Chile had agreed to a truce.",
     "chile"),
    ("Peru held talks with Brazil in Quito. Chile agreed to meet on Friday, a Peruvian official said.", "chile"),
    ("Envoy Ana Lobo of Brazil met Peruvian leaders twice in Lima. Bolivia has agreed to the ceasefire, she said.",
     "bolivia"),
])
def test_interactions_expand_one_sided(acts_of, text, party):
    """A party that is none of the story's two sides accepting an act has no "other side":
    the target stays null, never the mediator or the side it talked to."""
    acts = acts_of(text)
    own = [i for ty, s, t, i in acts if party in (s, t) and ty in ("agree", "meet")]
    assert own and all(i.target is None for i in own), [(i.type, i.source, i.target) for i in own]
    assert own[0].traced("target") == "interactions.expand.one_sided"


def test_interactions_expand_one_sided_keeps_a_sides_counterpart(acts_of):
    acts = acts_of("Peru and Chile held talks in Quito. Chile agreed to a truce, a Peruvian official said.")
    assert ("peru", "chile") in pairs_of_type(acts, "agree")


# -- interactions.modality.purpose_talks -----------------------------------------------
@pytest.mark.parametrize("text", [
    "Peru and Chile fought for a week. Brazilian envoy Ana Lobo held calls with Peruvian officials to broker peace.",
    "Peru and Chile fought for a week. Two Brazilian ministers held indirect calls with Peruvians to broker peace.",
    "Peru and Chile clashed again. Brazil's envoy Rui Costa met Peru's foreign minister on Sunday to mediate.",
])
def test_interactions_modality_purpose_talks(acts_of, text):
    """A mediation told only as the aim of the controller's own dealings with one party, and
    naming no party of its own, is no mediation record."""
    assert not pairs_of_type(acts_of(text), "mediate")


@pytest.mark.parametrize("text", [
    "Brazil's foreign minister Ana Lobo met Peruvian officials in Quito to mediate between Peru and Chile.",
    "Peru and Chile fought for a week. Brazil sent an envoy to Lima to broker a truce.",
    "Brazil used back channels to mediate the detainee swap between Peru and Chile.",
])
def test_interactions_modality_purpose_talks_keeps_named_or_undealt(acts_of, text):
    assert {t for _, t in pairs_of_type(acts_of(text), "mediate")} >= {"peru", "chile"}


@pytest.mark.parametrize("text", [
    "Peru and Chile fought for a week. Brazil joined forces with the African Union to broker a deal.",
    "Peru and Chile fought for a week. Brazil worked with Norway to broker a truce.",
])
def test_interactions_modality_purpose_talks_not_a_partner(acts_of, text):
    """ "X worked with Y to broker a deal": Y is X's partner in the mediation, not a party X dealt
    with; only a meeting or contact (verb or noun) names the party dealt with."""
    assert any(s == "brazil" for s, _ in pairs_of_type(acts_of(text), "mediate"))


def test_interactions_coordination_role_companions_cooperation_partner(acts_of):
    """ "X worked with Y to broker a truce between A and B": Y mediates too, and is no side."""
    acts = acts_of("Peru and Chile fought for a week. Brazil worked with Norway to broker a truce between Peru and Chile.")
    pairs = pairs_of_type(acts, "mediate")
    assert {("brazil", "peru"), ("norway", "peru"), ("brazil", "chile"), ("norway", "chile")} <= pairs
    assert not any("norway" in (s, t) for s, t in pairs_of_type(acts, "agree"))


# -- interactions.frames.persuade.broker / .secure --------------------------------------
@pytest.mark.parametrize("text, rule", [
    ("Brazil's foreign minister then phoned Peruvian officials, brokering a promise "
     "from Peru to respect the truce.", "interactions.frames.persuade.broker"),
    ("Brazil brokered a pledge from Chile to halt the shelling.", "interactions.frames.persuade.broker"),
    ("On Friday Brazil secured assurances from Chile that the border would stay open.",
     "interactions.frames.persuade.secure"),
])
def test_interactions_frames_persuade_undertaking_from(acts_of, text, rule):
    """An undertaking brokered or secured from X: X was brought to commit; nobody mediated."""
    acts = acts_of(text)
    assert not pairs_of_type(acts, "mediate")
    (i,) = [i for ty, _, _, i in acts if ty == "persuade"]
    assert i.rule == rule and i.target in ("peru", "chile") and i.source is not None


def test_interactions_frames_persuade_undertaking_from_keeps_brokered_deals(acts_of):
    acts = acts_of("Brazil brokered an agreement between Peru and Chile on Monday.")
    assert {("brazil", "peru"), ("brazil", "chile")} <= pairs_of_type(acts, "mediate")
    assert not pairs_of_type(acts, "persuade")


# -- cues that tell an act, not a statement (data/cues.toml, claims_words.toml) ----------
@pytest.mark.parametrize("text", [
    "The envoy, who requested anonymity, met the rebels twice.",
    "Chile requested Brazil's help in the talks.",
    "The ministry declined to say more about the meetings.",
    "Peru's president refrained from commenting on the matter.",
])
def test_claims_cues_request_decline_refrain_say_nothing(analyze, text):
    """A request and a refusal to speak are acts, not claims: no content from their object or
    infinitive ("requesting anonymity", "declined to give details", "refrained from commenting")."""
    assert analyze(text).claims == []


@pytest.mark.parametrize("text, content", [
    ("Brazil requested that Peru free the prisoners.", "Peru free the prisoners"),
    ("Peru's president commented on the talks.", "the talks"),
])
def test_claims_cues_keep_clauses_and_comments(analyze, text, content):
    assert [c.content for c in analyze(text).claims] == [content]


# -- interactions.modality.concur_judgement -----------------------------------------------
@pytest.mark.parametrize("text", [
    "International monitors agreed the vote in Peru was flawed.",
    "Peru and Chile agreed that the situation was grave.",
    "Both envoys agreed that the offer from Lima was unacceptable.",
])
def test_interactions_modality_concur_judgement(acts_of, text):
    """A shared judgement is no accord."""
    assert not pairs_of_type(acts_of(text), "agree")


@pytest.mark.parametrize("text", [
    "Peru and Chile agreed that talks would resume in May.",
    "Peru and Chile agreed to a truce on Monday.",
    "Peru and Chile agreed on the terms of the swap.",
])
def test_interactions_modality_concur_judgement_keeps_accords(acts_of, text):
    assert ("peru", "chile") in pairs_of_type(acts_of(text), "agree")


# -- interactions.build.bare_participle ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "Brazil secured the truce, envoys briefed on the file said on Monday.",
    "Officials briefed on the plan told Lima radio that Chile would sign.",
    "Brazil secured the truce after Peru sought help from Chile, officials briefed on the file told a Lima paper.",
])
def test_interactions_build_bare_participle(acts_of, text):
    """The people briefed are a description of a source, not the parties of a briefing."""
    assert not pairs_of_type(acts_of(text), "inform")


@pytest.mark.parametrize("text, party", [
    ("Chile's envoy briefed Peru on the talks on Monday.", "peru"),
    ("Peru consulted with Chile on the plan.", "peru"),
])
def test_interactions_build_bare_participle_keeps_briefings(acts_of, text, party):
    assert any(party in pair for pair in pairs_of_type(acts_of(text), "inform"))


# -- interactions.mediation_roles.title_holder / helped_subject ---------------------------
@pytest.mark.parametrize("text, person", [
    ("Peru and Chile opened talks in Quito and each sat down separately with mediator Ana Lobo.", "ana-lobo"),
    ("Peru and Chile resumed talks on Monday in the presence of mediator Rui Costa.", "rui-costa"),
])
def test_interactions_mediation_roles_title_holder(acts_of, text, person):
    """A role noun used as a title names its holder as the mediator."""
    acts = acts_of(text)
    med = [i for ty, s, _, i in acts if ty == "mediate" and s == person]
    assert {i.target for i in med} == {"peru", "chile"}
    assert med[0].traced("source") == "interactions.mediation_roles.title_holder"


@pytest.mark.parametrize("text, helpers", [
    ("Peru and Bolivia agreed to talk. Brazil and the Red Cross helped broker negotiations.", {"brazil", "red-cross"}),
    ("Bolivia and Peru met in Sucre after Chile helped broker talks.", {"chile"}),
])
def test_interactions_mediation_roles_helped_subject(acts_of, text, helpers):
    """"X helped broker negotiations" (the verb parsed as a compound of its noun): X mediates."""
    acts = acts_of(text)
    med = [i for ty, _, _, i in acts if ty == "mediate"]
    assert {i.source for i in med} == helpers
    assert all(i.traced("source") == "interactions.mediation_roles.helped_subject" for i in med)


# -- interactions.mediation_roles.act_parties ---------------------------------------------
STORY = "Peru and Chile signed a trade pact in Lima on Monday. Peru and Chile later met again.\n"


@pytest.mark.parametrize("text", [
    STORY + "The captain's release followed a Bolivia-Paraguay ceasefire mediated by Brazil.\n",
    STORY + "The captain's release followed talks between Bolivia and Paraguay mediated by Brazil.\n",
    STORY + "The ceasefire between Bolivia and Paraguay, mediated by Brazil, held on Tuesday.\n",
])
def test_interactions_mediation_roles_act_parties(acts_of, text):
    """The mediator stands between the parties of the act it mediated, not the story's sides."""
    med = [i for ty, _, _, i in acts_of(text) if ty == "mediate"]
    assert {(i.source, i.target) for i in med} == {("brazil", "bolivia"), ("brazil", "paraguay")}


def test_interactions_sides_mediator_not_side_mediated_group(acts_of):
    """A group in a mediated act is a party even when it is not a state (the mediation is kept)."""
    med = pairs_of_type(acts_of(STORY + "The captain's release followed talks between Bolivia and the Shining Path "
                                   "rebels mediated by Brazil.\n"), "mediate")
    assert ("brazil", "bolivia") in med and len(med) == 2


# -- interactions.implicit.captive_pronoun ------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Danish foreign ministry said the fishermen were free. Little is known yet about their release.",
    "Minister Ana Lobo said the sailors were well but that Peru would not pay for their release.",
    "Peru said the sailors were safe. They will be handed to Chile's envoy Ana Lobo next week, Peru added.",
])
def test_interactions_implicit_captive_pronoun(acts_of, text):
    """"Their release" never frees the ministry or the state the pronoun was taken for."""
    freed = {t for ty, _, t, _ in acts_of(text) if ty == "release"}
    assert not freed & {"denmark", "danish-foreign-ministry", "peru"}


def test_interactions_implicit_captive_pronoun_keeps_people(acts_of):
    acts = acts_of("The Peruvian pilot Rui Costa was held in Santiago for a year. Chile ordered Rui Costa's release.")
    assert "rui-costa" in {t for ty, _, t, _ in acts if ty == "release"}


# -- interactions.expand.not_persuader ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Brazil and Chile held talks on Monday. Brazil persuaded Chile to agree to a truce.",
    "Peru and Chile fought for days. Brazil's foreign minister Ana Lobo held talks with Chilean officials. "
    "It was Brazil that persuaded the Chilean government to accept a truce.",
])
def test_interactions_expand_not_persuader(acts_of, text):
    """The one who persuaded a side to agree is not the side it agreed with."""
    acts = acts_of(text)
    agreed = [i for ty, s, t, i in acts if ty == "agree" and "chile" in (s, t)]
    assert agreed and all({i.source, i.target} & {"brazil", "ana-lobo"} == set() for i in agreed)
