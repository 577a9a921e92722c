"""Affiliations of s46-actors, each test named after the rule id it checks; invented sentences and names.
Why: a named body's or movement's possessive right before a person's name ("the Front's Anna Berg",
"Radio Ostland's Tom Vell") gave no side, though a state's possessive in that place did: news English
drops the member's title after the owner's name."""

from __future__ import annotations

import pytest

from actor_helpers import actor_named, side_of

BODY_POSSESSOR = "actors.descriptors.body_possessor"


@pytest.mark.parametrize("text,person,side", [
    # a movement's possessive before the member who attended
    ("The talks in Westmark were attended by the Free Hill Front's Anna Berg and two observers.",
     "Anna Berg", "Free Hill Front"),
    # a broadcaster's possessive before its reporter, who speaks
    ("Radio Ostland's Tom Vell said the hostage had been freed by his captors on Sunday.",
     "Tom Vell", "Radio Ostland"),
    # an acronym's possessive in the middle of a sentence
    ("Officials said the OLF's Sam Reed would lead the delegation at the next round of talks.",
     "Sam Reed", "OLF"),
])
def test_actors_descriptors_body_possessor(actors_of, text, person, side):
    a = actors_of(text)
    assert side_of(a, person) == side, text
    assert actor_named(a, person).traced("affiliation") == BODY_POSSESSOR, text


@pytest.mark.parametrize("text,person", [
    # a person's possessive is no body's ("Berg's aide"): no body side from it
    ("Anna Berg's Tom Vell said nothing about the talks.", "Tom Vell"),
])
def test_actors_descriptors_body_possessor_not_person(actors_of, text, person):
    a = actors_of(text)
    assert actor_named(a, person).traced("affiliation") != BODY_POSSESSOR, text


# actors.parties.variant_given_name: one surname, given names one slip apart, and the surname alone
@pytest.mark.parametrize("text,keep", [
    ("President Aleksander Ostrov of Westmark met the rebels on Monday. Later, President Alexander Ostrov "
     "said the talks had gone well. Ostrov's office said more talks would follow.", "Ostrov"),
    ("Ostland's envoy Katarina Vellum arrived on Friday. The next day Katharina Vellum told reporters that "
     "the hostages were safe.", "Vellum"),
])
def test_actors_parties_variant_given_name(actors_of, text, keep):
    a = actors_of(text)
    people = [x for x in a.values() if x.kind == "person" and keep in x.name]
    assert len(people) == 1, [(x.name, x.aliases) for x in a.values()]


@pytest.mark.parametrize("text,two", [
    # two given names far apart are two people of one family
    ("Anna Ostrov met the envoy on Monday. On Tuesday, Tomas Ostrov said the talks had failed.",
     ("Anna Ostrov", "Tomas Ostrov")),
    # (review1 #13: each guard of the rule) named side by side in one sentence: two relatives
    ("Aleksander Ostrov and Alexander Ostrov met the envoy on Monday in Lund.",
     ("Aleksander Ostrov", "Alexander Ostrov")),
    # a third person of the surname: the surname is a family's
    ("Aleksander Ostrov met the rebels on Monday. Later, Alexander Ostrov said the talks had gone well. "
     "Mira Ostrov said more talks would follow.", ("Aleksander Ostrov", "Alexander Ostrov")),
    # one letter added at the end: another given name
    ("Aleksandr Ostrov met the envoy on Monday. On Tuesday, Aleksandra Ostrov said the talks had failed.",
     ("Aleksandr Ostrov", "Aleksandra Ostrov")),
])
def test_actors_parties_variant_given_name_two_people(actors_of, text, two):
    a = actors_of(text)
    names = {x.name for x in a.values() if x.kind == "person"}
    assert set(two) <= names, [(x.name, x.aliases) for x in a.values()]


# actors.names.state_form_alias: the short form of a state's name opening a body's name is the state's alias
@pytest.mark.parametrize("text,state,form", [
    ("The U.S. Embassy in Ostland said the talks had failed.", "United States", "U.S."),
    ("A UK Foreign Office spokesman said the talks in Westmark had failed.", "United Kingdom", "UK"),
])
def test_actors_names_state_form_alias(actors_of, text, state, form):
    a = actors_of(text)
    assert form in actor_named(a, state).aliases, text


def test_actors_names_state_form_alias_not_demonym(actors_of):
    # a demonym is an adjective, no name of the state
    a = actors_of("The Chinese Foreign Ministry said the talks had failed.")
    assert "Chinese" not in actor_named(a, "China").aliases


# actors.aliases.name_with_kind_noun (s46 words): kind words between the name and its kind noun
@pytest.mark.parametrize("text,name,longer", [
    ("Fighters marched on Westmark on Friday. The Red Hand said its men had taken the city, and the "
     "Red Hand private army later withdrew.", "Red Hand", "Red Hand private army"),
    ("The Ostland Press news agency reported the release. Ostland Press said the captives were safe.",
     "Ostland Press", "Ostland Press news agency"),
])
def test_actors_aliases_name_with_kind_noun_modifiers(actors_of, text, name, longer):
    a = actors_of(text)
    assert longer in actor_named(a, name).aliases, text
    assert not [x for x in a.values() if x.name == longer], text


# actors.descriptors.bracketed_gloss_apposition: a bracketed gloss between a title and the apposed name
@pytest.mark.parametrize("text,person,side", [
    ("The president spoke with the chief of the Red Hand group (a private army), Tom Vell, on Friday.",
     "Tom Vell", "Red Hand group"),
    ("Westmark officials met the leader of the Free Hill Front (FHF), Anna Berg, in a border town.",
     "Anna Berg", "Free Hill Front"),
])
def test_actors_descriptors_bracketed_gloss_apposition(actors_of, text, person, side):
    a = actors_of(text)
    assert side_of(a, person) == side, text
    assert not [x for x in a.values() if x.name.startswith(("head of", "leader of"))], text


def test_a_bracketed_clause_after_a_name_is_no_gloss(actors_of):
    # (review1 #17) a participle phrase in brackets names actors of its own
    a = actors_of("Westmark (helped by Ostland envoys) freed the men on Monday.")
    assert [x for x in a.values() if x.name == "Ostland envoys"], a
