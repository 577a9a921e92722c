"""Affiliations of s38-affil, each test named after the rule id it checks; invented sentences and names.
Why: a state written inside a compound title reached the person only when nothing stood between the title
and the name; a posting phrase ("to <State>") or a rank ("Gen", "Lt. Gen.", "Dr.") cut them apart. The
near-misses: a host state alone is no side, and a rank with no title before it gives none."""

from __future__ import annotations

import pytest

from actor_helpers import actor_named, side_of


# actors.descriptors.posting_title_before: "<State>'s / <Abbrev> / <demonym> <title> to <State2> X"
@pytest.mark.parametrize("text,person,side", [
    # a possessive state on the title, the whole a passive agent
    ("The freed men were greeted by Chile's Ambassador to Peru Tom Vell on Monday.", "Tom Vell", "Chile"),
    # an abbreviation on the title; the tagger reads the host as the name's first word
    ("The crew was met by U.S. Ambassador to Qatar Sam Reed.", "Sam Reed", "United States"),
    # a host of two words, lower-case title
    ("The crew was met by Chile's ambassador to South Korea Sam Reed.", "Sam Reed", "Chile"),
    # a demonym on the title, the person the subject
    ("Chilean Envoy to Peru Tom Vell said the talks would resume.", "Tom Vell", "Chile"),
])
def test_actors_descriptors_posting_title_before(actors_of, text, person, side):
    assert side_of(actors_of(text), person) == side, text


def test_actors_descriptors_posting_title_before_colleague(actors_of):
    # a copular list: the parser hangs the name on nothing sensible; "his colleague" shares the side
    a = actors_of("They were Norway's Ambassador to Iran Ola Brandt and his colleague in Washington, Sam Reed.")
    assert side_of(a, "Ola Brandt") == "Norway"
    assert side_of(a, "Sam Reed") == "Norway"


@pytest.mark.parametrize("text,person,not_side", [
    # the host state alone is no side
    ("Ambassador to Peru Tom Vell said the talks would resume.", "Tom Vell", "Peru"),
    # a state after a preposition with no title before it
    ("The letter was sent to Peru by Tom Vell on Monday.", "Tom Vell", "Peru"),
])
def test_actors_descriptors_posting_title_before_near_misses(actors_of, text, person, not_side):
    assert side_of(actors_of(text), person) != not_side, text


# actors.descriptors.title_before_rank: "<State> Army Chief Gen X", "... Lt. Gen. X", "... spokesman Dr. X"
@pytest.mark.parametrize("text,person,side", [
    ("Pakistan Army Chief Gen Tom Vell met the envoy.", "Tom Vell", "Pakistan"),
    ("Chilean Army Chief Lt. Gen. Ola Brandt met the envoy on Monday.", "Ola Brandt", "Chile"),
    ("A statement by Qatar government spokesman Dr. Sam Reed confirmed the deal.", "Sam Reed", "Qatar"),
])
def test_actors_descriptors_title_before_rank(actors_of, text, person, side):
    a = actors_of(text)
    assert side_of(a, person) == side, text
    assert actor_named(a, person).traced("descriptors") == "actors.descriptors.title_before_rank"


@pytest.mark.parametrize("text,person,not_side", [
    # a rank or courtesy title with no title before it gives no side, even beside a state's envoy
    ("Dr. Tom Vell met Pakistan's envoy.", "Tom Vell", "Pakistan"),
    ("Mr. Tom Vell met the Peruvian envoy.", "Tom Vell", "Peru"),
])
def test_actors_descriptors_title_before_rank_near_misses(actors_of, text, person, not_side):
    assert side_of(actors_of(text), person) != not_side, text


# actors.descriptors.split_name_title: the tagger splits a particle name ("al", "-", "Haddad") and the name's
# root holds no title; the role word right before the name, tied to it by an arc, is still its title
@pytest.mark.parametrize("text,person,side", [
    # a named movement's negotiator
    ("Talks stalled. Hamas negotiator Samir al-Haddad said the mediator told them he was leaving.",
     "Samir al-Haddad", "Hamas"),
    # a demonym on a governmental title
    ("Talks stalled. Jordanian minister Samir al-Haddad said the mediator told them he was leaving.",
     "Samir al-Haddad", "Jordan"),
    # a class noun naming a group actor of the report
    ("The opposition walked out. Opposition spokesman Samir al-Haddad said the mediator had left.",
     "Samir al-Haddad", "opposition"),
])
def test_actors_descriptors_split_name_title(actors_of, text, person, side):
    a = actors_of(text)
    assert side_of(a, person) == side, text
    assert actor_named(a, person).traced("descriptors") == "actors.descriptors.split_name_title"


def test_actors_descriptors_split_name_title_near_miss(actors_of):
    # a role word that is the object of another verb, with no arc to the name, is no title of it
    a = actors_of("The Jordanian envoy told reporters on Monday that Samir al-Haddad had left.")
    assert side_of(a, "Samir al-Haddad") != "Jordan"


# descriptors.name_root (with actors.descriptors.apposition_after): a split name's apposition hangs on its
# last word, not on the span's root
@pytest.mark.parametrize("text,person,side", [
    ("Samir al-Haddad, a Hamas official, said the talks would resume.", "Samir al-Haddad", "Hamas"),
    ("Talks stalled. Samir al-Haddad, a senior official in the Jordanian government, said the talks would "
     "resume.", "Samir al-Haddad", "Jordan"),
    ("Talks stalled. Samir al-Haddad, the Jordanian foreign minister, said the talks would resume.",
     "Samir al-Haddad", "Jordan"),
])
def test_actors_descriptors_apposition_after_split_name(actors_of, text, person, side):
    a = actors_of(text)
    assert side_of(a, person) == side, text
    assert actor_named(a, person).traced("descriptors") == "actors.descriptors.apposition_after"


def test_actors_descriptors_apposition_after_split_name_near_miss(actors_of):
    # the apposition of the object describes the object, not the split name of the subject
    a = actors_of("Samir al-Haddad met Tom Vell, a Hamas official, on Monday.")
    assert side_of(a, "Samir al-Haddad") != "Hamas"


# actors.descriptors.gov_title_side: the title's possessor speaks before a phrase after the title that
# names the other side
@pytest.mark.parametrize("text,person,side", [
    ("Tom Vell, Chile's top negotiator in the talks with Peru, said they would resume.", "Tom Vell", "Chile"),
    ("Tom Vell, Norway's chief envoy in the dialogue with Hamas, said it would resume.", "Tom Vell", "Norway"),
    ("The plane landed, said Tom Vell, Venezuela's lead negotiator in the talks with the United States.",
     "Tom Vell", "Venezuela"),
])
def test_actors_descriptors_gov_title_side_possessor_first(actors_of, text, person, side):
    assert side_of(actors_of(text), person) == side, text


def test_actors_descriptors_gov_title_side_possessor_first_near_miss(actors_of):
    # no possessor: the demonym before the title still gives the side, the phrase after it does not
    a = actors_of("Tom Vell, the Chilean negotiator in the talks with Peru, said they would resume.")
    assert side_of(a, "Tom Vell") == "Chile"
