"""Person-role descriptions that stand for a named person (``actors.role_anaphors.*``), and multi-word
surnames joined by a particle (``actors.names.partial_name``). Each test is named after the rule id it
checks; every sentence is invented (invented people, states Valdoria, Ostland, town Kessel)."""

from __future__ import annotations

import pytest

from backchannel.model import Actor

ROLE_HOLDER = "actors.role_anaphors.role_holder"
SOLE_PERSON = "actors.role_anaphors.sole_person"
NAMED_AFTER = "actors.role_anaphors.named_after"


@pytest.fixture(scope="module")
def actors_of(actors_by_name):
    """This file reads actors by name."""
    return actors_by_name


def _links(a: Actor) -> dict[str, str]:
    """The description -> rule links of a person."""
    trace = a.trace if isinstance(a.trace, dict) else {}
    return {k.split(":", 1)[1]: v for k, v in trace.items() if k.startswith("anaphor:")}


def _persons(actors: dict[str, Actor]) -> list[str]:
    return sorted(a.name for a in actors.values() if a.kind == "person")


@pytest.mark.parametrize("text, name, desc", [
    # a cataphoric definite description with a nationality, the person doing the role's act in a relative clause
    ("The Norwegian mediator shuttling between the two camps has handed the latest offer to the rebels. "
     "Officials later said it was Ingrid Haldorsen, who mediated the 2019 truce.", "Ingrid Haldorsen", "norwegian mediator"),
    # a participle after the head; the role's verb in a relative clause on the person's apposition
    ("The respected Danish negotiator brokering a truce between the army and the rebels has carried the army's offer "
     "to Kessel. Officials said it was Karl Wessel, a diplomat who has negotiated three prisoner exchanges.",
     "Karl Wessel", "respected danish negotiator"),
    # a bare "the envoy" after a title of the same class written before the name
    ("Special Representative Tomas Ekberg met the Front's commanders on Tuesday. "
     "The envoy said the talks would resume next week.", "Tomas Ekberg", "envoy"),
    # an adjective between the article and the head; the title is a synonym of the class
    ("Ambassador Lena Sorvik arrived in Kessel on Monday. The veteran diplomat told reporters the exchange was close.",
     "Lena Sorvik", "veteran diplomat"),
    # an of-phrase organisation; the President is no leader of the Front
    ("Marco Vella, who leads the Liberation Front, arrived in Geneva on Sunday. President Anna Kors of Valdoria came "
     "too. The leader of the Liberation Front said the ceasefire would hold.", "Marco Vella", "leader"),
    # "its" stands for the state before it, whose President the person is
    ("President Anton Weller welcomed the news on Monday. Norway said its leader would attend the talks in Kessel.",
     "Anton Weller", "leader"),
    # a possessive description in an object slot; the person heads the group (the role's verb)
    ("Tomas Krell heads the political wing of the Eastern Front. Soldiers escorted the movement's chief to the "
     "talks in Kessel on Monday.", "Tomas Krell", "chief"),
])
def test_actors_role_anaphors_role_holder(actors_of, text, name, desc):
    a = actors_of(text)
    assert _links(a[name]).get(desc) == ROLE_HOLDER, _persons(a)
    assert not any(not x.named and x.kind == "person" for x in a.values()), _persons(a)


def test_actors_role_anaphors_role_holder_organisation_is_the_side(actors_of):
    a = actors_of("Marco Vella, who leads the Liberation Front, arrived in Geneva on Sunday. "
                  "The leader of the Liberation Front said the ceasefire would hold.")
    assert a["Marco Vella"].affiliation == a["Liberation Front"].id


@pytest.mark.parametrize("text", [
    # two persons hold the class's title: no link
    "Ambassador Lena Sorvik and Ambassador Piet Dorn arrived in Kessel on Monday. The veteran diplomat told "
    "reporters the exchange was close.",
    # the nationality disagrees with the person's stated side
    "Swedish Ambassador Lena Sorvik arrived in Kessel. The Danish diplomat said the exchange was close.",
    # a deputy is another person than the holder
    "Chief negotiator Ilse Marn spoke first at the talks. The deputy negotiator said the offer was unchanged.",
    # a former holder's title is no evidence
    "Former envoy Piet Dorn spoke in Kessel on Monday. The envoy had met the rebels twice.",
    # the person's side is another state (written before the title, or in an of-phrase)
    "Norway's President Anton Weller flew to Kessel on Monday. The Swedish leader said he hoped for a deal.",
    "President Anton Weller of Norway flew to Kessel on Monday. The Swedish leader said he hoped for a deal.",
    # "its" stands for the party before it in its sentence: the Front's leader is no President of Norway
    "President Anton Weller of Norway welcomed the news on Monday. The Liberation Front said its leader would attend.",
    # the person, as subject, says what the description is named in
    "Ambassador Lena Sorvik said she had met the Swedish diplomat in Kessel on Monday.",
    # a person's envoy is someone else
    "Ambassador Lena Sorvik arrived in Kessel on Monday. Weller said his diplomat would meet her.",
    # a capitalised modifier that names no known party: no guess
    "President Anton Weller flew to Kessel on Monday. The Zemblan leader said he hoped for a deal.",
])
def test_actors_role_anaphors_role_holder_not(actors_of, text):
    a = actors_of(text)
    assert not any(v.startswith("actors.role_anaphors.") for x in a.values() for v in _links(x).values()), _persons(a)


def test_actors_role_anaphors_sole_person_possessor_organisation(actors_of):
    a = actors_of("Ms Lena Weller, who speaks for the Liberation Front, met reporters in Kessel. The Front's "
                  "spokeswoman said the talks went well.")
    assert _links(a["Lena Weller"]) == {"spokeswoman": SOLE_PERSON}
    assert a["Lena Weller"].affiliation == a["Liberation Front"].id


def test_actors_role_anaphors_sole_person(actors_of):
    a = actors_of("Talks between Valdoria's President and its rebel leader opened on Friday. "
                  "President Ruben Ostrava greeted Tomas Krell, who has fought the army since 2001.")
    assert _links(a["Tomas Krell"]) == {"rebel leader": SOLE_PERSON}
    assert not _links(a["Ruben Ostrava"])


@pytest.mark.parametrize("text", [
    # the only named person holds a state title: a "rebel" description is not theirs
    "President Ruben Ostrava met the rebel leader on Friday in Kessel.",
    # the only other named person is a captive
    "The Danish mediator met the rebels on Monday. The captured engineer Karl Wessel was in good health, the rebels said.",
    "The Danish mediator met the rebels on Monday. Rebels said they had released Karl Wessel on Tuesday.",
    # a person named in the description's own sentence is someone else
    "The Danish mediator said the engineer Karl Wessel was in good health.",
    # the only untitled "person" is one word (often a place the model mistook)
    "Norway's President Anton Weller flew to Kessel on Monday. The Swedish mediator said the talks went well.",
    # the description's gender is not the person's
    "Mr Anton Weller, who speaks for the Liberation Front, met reporters in Kessel. The Front's spokeswoman said the "
    "talks went well.",
    # no modifier that picks a side: no guess
    "The mediator met the rebels on Monday. Karl Wessel was in Kessel.",
    # two untitled persons fit
    "Talks between Valdoria's President and its rebel leader opened on Friday. President Ruben Ostrava greeted "
    "Tomas Krell and Ivo Marek.",
])
def test_actors_role_anaphors_sole_person_not(actors_of, text):
    a = actors_of(text)
    assert not any(v == SOLE_PERSON for x in a.values() for v in _links(x).values()), _persons(a)


def test_actors_role_anaphors_named_after(actors_of):
    a = actors_of("A Swiss envoy carried the proposal to the rebels last week, a ministry spokesman said. He said that "
                  "Paul Brandt, a special representative of the Swiss foreign ministry, had left the region.")
    assert _links(a["Paul Brandt"]) == {"swiss envoy": NAMED_AFTER}
    assert "Swiss envoy" not in a


@pytest.mark.parametrize("text", [
    # the person was named before the indefinite description: another envoy
    "Ambassador Lena Sorvik met the rebels on Monday. A diplomat carried a new offer to Kessel on Tuesday.",
    # an anonymous source is not the official named later
    "A Ruvan official said the talks had stalled. Later another Ruvan official, Dana Morrow, said they would resume.",
    # named too far after the description
    "A Swiss envoy carried the proposal to the rebels. The rebels studied it for a week. They asked for more. "
    "The army waited. The talks stalled. Paul Brandt, a special representative of the Swiss government, left.",
])
def test_actors_role_anaphors_named_after_not(actors_of, text):
    a = actors_of(text)
    assert not any(v == NAMED_AFTER for x in a.values() for v in _links(x).values()), _persons(a)


def test_actors_role_anaphors_same_age(actors_of):
    a = actors_of("Karl Wessel, 67, was freed in Kessel on Monday after two years in captivity. "
                  "Officials said the 67-year-old was in good health.")
    assert _links(a["Karl Wessel"]) == {"67-year-old": "actors.role_anaphors.same_age"}
    a = actors_of("The rebels freed Karl Wessel, a 67-year-old engineer, on Monday. Doctors said the 67-year-old was "
                  "tired but well.")
    assert _links(a["Karl Wessel"]) == {"67-year-old": "actors.role_anaphors.same_age"}
    # the age as evidence for a role description, among two holders of the title
    a = actors_of("Ambassador Lena Sorvik, 58, and Ambassador Piet Dorn, 61, arrived in Kessel on Monday. "
                  "The 58-year-old diplomat said the exchange was close.")
    assert _links(a["Lena Sorvik"]) == {"58-year-old diplomat": ROLE_HOLDER} and not _links(a["Piet Dorn"])


@pytest.mark.parametrize("text", [
    # no one of that age
    "Karl Wessel, 67, was freed on Monday. Officials said the 45-year-old was in good health.",
    # the only diplomat is of another age
    "Ambassador Lena Sorvik, 58, arrived in Kessel on Monday. The 61-year-old diplomat said the exchange was close.",
    # an age as a modifier of a noun that is no role ("the 67-year-old bridge") is no person
    "Karl Wessel, 67, crossed the river on Monday. Engineers said the 67-year-old bridge was safe.",
])
def test_actors_role_anaphors_same_age_not(actors_of, text):
    a = actors_of(text)
    assert not any(v.startswith("actors.role_anaphors.") for x in a.values() for v in _links(x).values()), _persons(a)


def test_actors_names_partial_name_particle_surname(actors_of):
    a = actors_of("Secretary General Elena Ruiz de Alarcon met the delegates in Kessel. "
                  "Ruiz de Alarcon said the talks were useful.")
    assert "Ruiz de Alarcon" in a["Elena Ruiz de Alarcon"].aliases
    assert "Ruiz de Alarcon" not in a
