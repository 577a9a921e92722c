"""Affiliations read off a title's words and a report's one state (s32-affil), each test named after the
rule id it checks; invented sentences and names. Why: each rule covers a construction; the tests give
several shapes of it and near-misses on which it must not fire."""

from __future__ import annotations

import pytest

from actor_helpers import actor_named, side_of
from backchannel.extract import STAGES
from backchannel.extract.context import Context
from backchannel.model import Document

BODY_RULES = ("actors.title_bodies.title_of_body", "actors.descriptors.head_of_org",
              "actors.body_titles.body_in_title", "actors.side.nearest_state")


# actors.title_bodies.title_of_body: "X, (the) <title> of/for <body>" whatever the parse made of it
@pytest.mark.parametrize("text,person,body", [
    # a capitalised title after a speech verb, the body a named organisation
    ('"Welcome home," said General Ola Brandt, Head of the Lunde Defence Council.', "Ola Brandt",
     "Lunde Defence Council"),
    # "for" and a state's possessive before the ministry: the ministry
    ('"No payment was made" for the hostage, Ola Brandt, spokeswoman for Norway\'s Foreign Ministry, said in '
     "an interview.", "Ola Brandt", "Foreign Ministry"),
    # an unnamed body owned by a named movement, the apposition not closed before the verb
    ("The truce took effect at 9pm, Ola Brandt, the head of the Kestrel Front's political bureau thanked the "
     "mediators. The Kestrel Front had fought Norway for years.", "Ola Brandt", "Kestrel Front"),
    # a hyphenated title and a determinerless apposition after a quotation
    ('"We are ready," said Ola Brandt, secretary-general of the Kestrel Front. The Kestrel Front later denied it.',
     "Ola Brandt", "Kestrel Front"),
    # membership, in a passive clause
    ("Ola Brandt, a member of the Kestrel Front, was released on Monday. The Kestrel Front had held talks with "
     "Norway.", "Ola Brandt", "Kestrel Front"),
    # the body named by a common noun that the report uses for the state ("the junta")
    ("Norway's military junta has ruled since 1990. The envoy met Gen. Ola Brandt, head of the junta, on Monday.",
     "Ola Brandt", "Norway"),
    # an object of a verb, a list after it
    ("The envoy later met Ola Brandt, chairman of the Kestrel Liberation Council, and two aides. The Kestrel "
     "Liberation Council said nothing.", "Ola Brandt", "Kestrel Liberation Council"),
])
def test_actors_title_bodies_title_of_body(actors_of, text, person, body):
    a = actors_of(text)
    assert side_of(a, person) == body, text
    assert actor_named(a, person).traced("affiliation") in BODY_RULES


@pytest.mark.parametrize("text,person,not_body", [
    # "for" never gives a state: the envoy is sent there
    ("Ola Brandt, the special envoy for Norway, met Kari Lund in Oslo. Norway welcomed the visit.", "Kari Lund",
     "Norway"),
    # a relative clause, not an apposition: the body is the other person's
    ("Ola Brandt, who met the head of the Kestrel Front, said the talks would fail.", "Ola Brandt", "Kestrel Front"),
])
def test_actors_title_bodies_title_of_body_near_misses(actors_of, text, person, not_body):
    assert side_of(actors_of(text), person) != not_body, text


def test_title_run_refuses_kin_facing_and_past_titles(nlp):
    # the run's own test, without the parse-based rules that read the same appositions
    from backchannel.extract.actors import title_bodies
    from backchannel.extract.actors.state import ActorState
    from backchannel.extract.context import Context
    from backchannel.model import Document

    def run(text: str) -> bool:
        st = ActorState.create(Context(Document(id="t", text=text), nlp(text)))
        toks = [t for t in st.doc if t.text not in (",",)][2:5]
        return title_bodies._is_title(st, [t for t in toks if t.lower_ not in ("the", "a", "of")])
    assert run("Ola Brandt, the head of the Front")
    assert not run("Ola Brandt, the son of the Front")
    assert not run("Ola Brandt, a critic of the Front")
    assert not run("Ola Brandt, the former head of the Front")


# actors.title_bodies.title_organisation: a title the tagger made an organisation, before ", X"
@pytest.mark.parametrize("text,person", [
    ("The Minister of Information and Culture, Ola Brandt, told reporters in Oslo that the girls were freed. "
     "Norway paid no ransom.", "Ola Brandt"),
    ("Our thanks go to the National Security Adviser, Mal. Ola Brandt, for his leadership. Norway paid no ransom.",
     "Ola Brandt"),
])
def test_actors_title_bodies_title_organisation(actors_of, text, person):
    a = actors_of(text)
    assert side_of(a, person) == "Norway", text


# actors.colleagues.sole_state_official: a current office-holder in a report that names one state
@pytest.mark.parametrize("text,person", [
    ("Information minister Ola Brandt told a briefing in Oslo that no ransom was paid. Norway never pays ransom.",
     "Ola Brandt"),
    ("President Ola Brandt met rebel leader Kari Lund on Monday. Norway has been at war since 2010.", "Ola Brandt"),
    ("Norway has been at war since 2010. On Monday the rebels met Defence Minister Ola Brandt in a village.",
     "Ola Brandt"),
    # the state named only through one of its organs
    ("The Norwegian Army freed the girls on Monday. President Ola Brandt thanked the soldiers in a speech.",
     "Ola Brandt"),
    # "<office> of" a governmental body (s32 review)
    ("Ola Brandt, president of the republic, said he would not negotiate with the rebels. Norway is tired.",
     "Ola Brandt"),
])
def test_actors_colleagues_sole_state_official(actors_of, text, person):
    a = actors_of(text)
    assert side_of(a, person) == "Norway", text
    assert actor_named(a, person).traced("affiliation") in ("actors.colleagues.sole_state_official",
                                                       "actors.side.nearest_state")


@pytest.mark.parametrize("text,person", [
    # two states: the office could be either's
    ("President Ola Brandt met Kari Lund on Monday. Norway and Sweden have been at war since 2010.", "Ola Brandt"),
    # a past title
    ("Former president Ola Brandt met Kari Lund on Monday. Norway has been at war since 2010.", "Ola Brandt"),
    # no office: a rebel leader
    ("President Ola Brandt met rebel leader Kari Lund on Monday. Norway has been at war since 2010.", "Kari Lund"),
    # "<office> of" a body that is no government's, or a movement's (s32 review)
    ("Ola Brandt, president of the rebel council, said the group would not negotiate with Norway.", "Ola Brandt"),
    ("Ola Brandt, president of the opposition alliance, said the group would not negotiate with Norway.",
     "Ola Brandt"),
    # the one state is where the office-holder goes or whom he deals with (lead, after the merges)
    ("President Ola Brandt visited Germany on Sunday.", "Ola Brandt"),
    ("Foreign Minister Kari Lund arrived in Norway on Monday for talks.", "Kari Lund"),
    ("President Ola Brandt has warned Sweden against any move on the border.", "Ola Brandt"),
])
def test_actors_colleagues_sole_state_official_near_misses(actors_of, text, person):
    assert side_of(actors_of(text), person) is None, text


def test_actors_colleagues_sole_state_official_not_a_club_president(actors_of):
    """"<office> of" a body of no government (s32 review): not the state's (the club's, if anyone's)."""
    text = "Norway has been at war since 2010. Kari Lund, the president of the Kestrel chess club, spoke on Monday."
    assert side_of(actors_of(text), "Kari Lund") != "Norway", text


# actors.led_bodies.led_by_modifier, extended to owners ("<X>-run", "-owned", "-controlled"; s32-affil)
@pytest.mark.parametrize("text,body,owner", [
    ("The Front-run Kestrel news agency said the talks had failed. The Front denied it.", "Kestrel news agency",
     "Front"),
    ("The Norway-owned Kestrel Radio said the talks had failed.", "Kestrel Radio", "Norway"),
])
def test_actors_led_bodies_owner_words(actors_of, text, body, owner):
    assert side_of(actors_of(text), body) == owner, text


def test_actors_led_bodies_backer_is_no_owner(actors_of):
    assert side_of(actors_of("The Sweden-backed Kestrel Radio said the talks had failed. Sweden denied it."),
                   "Kestrel Radio") is None


# a state of the past in the lexicon (data/countries.toml): its demonym on officials gives the state
def test_past_state_demonym_officials(actors_of):
    a = actors_of("Yugoslav officials agreed on Friday to free the two soldiers, Ola Brandt told reporters.")
    officials = [x for x in a.values() if x.name == "Yugoslav officials"]
    assert officials and a[officials[0].affiliation].name == "Yugoslavia"


# actors.institutions.named_salient_state: a bare institution's name the tagger made a named organisation
@pytest.mark.parametrize("text,body,state", [
    ("Norway has been under military rule since 1990, and Norway rarely receives envoys. The envoy will meet "
     "Foreign Ministry officials on Friday.", "Foreign Ministry", "Norway"),
    ("Mexico rejected the offer. Mexico's president met the rebels, and the Cabinet agreed to name a mediator.",
     "Cabinet", "Mexico"),
    ("Norway and its army have fought the Front since 2010. Norway said on Monday that Parliament would vote on "
     "the truce.", "Parliament", "Norway"),
])
def test_actors_institutions_named_salient_state(actors_of, text, body, state):
    a = actors_of(text)
    assert side_of(a, body) == state, text


@pytest.mark.parametrize("text,body", [
    # two states named once each: no salient one
    ("Sweden and Norway met in Oslo. The Foreign Ministry said talks went well.", "Foreign Ministry"),
    # a council is a movement's as often as a state's
    ("The Front has a council of elders. The Council said on Monday it would not talk to Norway.", "Council"),
])
def test_actors_institutions_named_salient_state_near_misses(actors_of, text, body):
    assert side_of(actors_of(text), body) is None, text


def test_title_organisation_is_the_one_title_mechanism(nlp):
    """Review s32: the title title_orgs keeps from being a body is handed to the person under one rule id."""
    text = "Our thanks go to the National Security Adviser, Mal. Ola Brandt, for his leadership. Norway paid no ransom."
    ctx = Context(document=Document(id="t", text=text, title="Talks"), doc=nlp(text))
    STAGES["actors"](ctx)
    acts = {a.name: a for a in ctx.actors.values()}
    assert "National Security Adviser" not in acts
    assert "National Security Adviser" in acts["Ola Brandt"].descriptors
    assert acts["Ola Brandt"].trace.get("descriptors") == "actors.title_bodies.title_organisation"
