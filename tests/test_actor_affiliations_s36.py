"""Actors and affiliations of s36-affil, each test named after the rule id it checks; invented sentences
and names. Why: each rule covers a construction; the tests give several shapes of it and near-misses on
which it must not fire."""

from __future__ import annotations

import pytest

from actor_helpers import side_of


def _named(actors, name: str):
    return [a for a in actors.values() if a.name == name]


# actors.unnamed.split_state_modifiers: "<A> and <B> officials" are two groups, one per state
@pytest.mark.parametrize("text,groups", [
    # two demonyms, the description a subject
    ("Norwegian and Chilean officials met in Lima on Monday.",
     {"Norwegian officials": "Norway", "Chilean officials": "Chile"}),
    # the object of "between", with a venue phrase after it
    ("The deal was reached after talks between Peruvian and Bolivian negotiators in Quito.",
     {"Peruvian negotiators": "Peru", "Bolivian negotiators": "Bolivia"}),
    # an adjective before the coordination, in a passive agent phrase
    ("Officials said the plan was drafted by senior Danish and Swiss diplomats.",
     {"senior Danish diplomats": "Denmark", "senior Swiss diplomats": "Switzerland"}),
    # a demonym and a state's short name
    ("Chilean and US officials have been told of the transfer by Norway.",
     {"Chilean officials": "Chile", "US officials": "United States"}),
])
def test_actors_unnamed_split_state_modifiers(actors_of, text, groups):
    a = actors_of(text)
    for name, state in groups.items():
        assert side_of(a, name) == state, (text, name)


@pytest.mark.parametrize("text,whole", [
    # "or": no group that acted
    ("Norwegian or Chilean officials may attend the talks.", None),
    # an organisation among the modifiers: one joint team
    ("Norwegian and European Union mediators met the rebels on Monday.", "Norwegian and European Union mediators"),
    # the states in the head's own "from" phrase
    ("Officials from Norway and Chile met on Monday.", "Officials"),
    # the subject of a speech verb: one joint speaker (claims.joint.joint_speakers), no group per state here
    ("Chilean and Norwegian officials confirmed the swap on Monday.", None),
])
def test_actors_unnamed_split_state_modifiers_near_misses(actors_of, text, whole):
    a = actors_of(text)
    assert not [x for x in a.values() if x.traced("name") == "actors.unnamed.split_state_modifiers"
                or x.rule == "actors.unnamed.split_state_modifiers"], text
    if whole is not None:
        assert _named(a, whole), (text, [x.name for x in a.values()])


def test_split_groups_join_an_earlier_group(actors_of):
    a = actors_of("Chilean officials said on Friday that Peruvian and Chilean officials would meet again.")
    assert len(_named(a, "Chilean officials")) == 1
    assert side_of(a, "Peruvian officials") == "Peru"


# actors.owned_bodies.leader_of_body (+ actors.names.leader_cut_from_body): "X's <Front>", "the <Army> of X"
@pytest.mark.parametrize("text,person,body", [
    # a possessive on the organisation, inside a list of two bodies
    ("The accord followed talks between envoys of Lars Brekke's Northern Unity Front and the Free Highland "
     "Army on Friday.", "Lars Brekke", "Northern Unity Front"),
    # a possessive on a subject
    ("Ola Dahl's Free Highland Army rejected the plan on Monday.", "Ola Dahl", "Free Highland Army"),
    # "of" the leader, the entity run over the name and cut
    ("The Free Highland Army of Lars Dahl signed the truce.", "Lars Dahl", "Free Highland Army"),
    # "of" the leader, in a prepositional object
    ("Talks with the Northern Unity Front of John Brekke resumed in Geneva.", "John Brekke",
     "Northern Unity Front"),
])
def test_actors_owned_bodies_leader_of_body(actors_of, text, person, body):
    a = actors_of(text)
    assert side_of(a, person) == body, text


@pytest.mark.parametrize("text,person", [
    # the possessive is on a person noun, not on the organisation
    ("Ola Dahl's lawyer said the Free Highland Army would respond.", "Ola Dahl"),
    # "of" the person on an act of the organisation
    ("The Free Highland Army's release of Ola Dahl was welcomed.", "Ola Dahl"),
])
def test_actors_owned_bodies_leader_of_body_near_misses(actors_of, text, person):
    a = actors_of(text)
    assert side_of(a, person) is None, text


def test_no_leader_cut_from_a_plural_of_people(actors_of):
    a = actors_of("The Council of Maria Elders met on Monday.")
    assert not [x for x in a.values() if x.rule == "actors.names.leader_cut_from_body"]


def test_leader_of_body_not_the_persons_own_office(actors_of):
    a = actors_of("Prime Minister Lars Brekke would convene his cabinet on Monday. Brekke’s office did not confirm that.")
    lars = [x for x in a.values() if x.name == "Lars Brekke"][0]
    assert lars.traced("affiliation") != "actors.owned_bodies.leader_of_body"


# actors.names.title_words (opens_title): an organisation entity that is the first words of a title, or the
# whole title before a name, is no body; a state in it is the holder's side. A body named in the title stays.
@pytest.mark.parametrize("text,person,side,no_body", [
    # the tagger stops inside the title ("US National" + "Security Adviser")
    ("Officials said US National Security Adviser Lars Brekke would travel to Oslo on Monday.", "Lars Brekke",
     "United States", "US National"),
    # the whole title tagged as a body before the name, in a passive agent phrase
    ("The deal was welcomed by UK National Security Adviser Ola Dahl, who met Chile's envoy.", "Ola Dahl",
     "United Kingdom", "UK National Security Adviser"),
    # a sentence subject after a first clause naming other states
    ("The Sultan of Oman thanked Norway, and US National Security Adviser Lars Brekke said in a statement that "
     "the talks went well.", "Lars Brekke", "United States", "US National"),
])
def test_actors_names_title_words(actors_of, text, person, side, no_body):
    a = actors_of(text)
    assert side_of(a, person) == side, text
    assert not _named(a, no_body), text


@pytest.mark.parametrize("text,person,body", [
    # a body ending in an organisation word, no state in it: an actor and the holder's side
    ("Andean Council President Lars Brekke thanked Chile on Monday.", "Lars Brekke", "Andean Council"),
    # an acronym before the title is a body
    ("NATO Spokesman Lars Brekke met Chile on Monday.", "Lars Brekke", "NATO"),
])
def test_actors_names_title_words_near_misses(actors_of, text, person, body):
    a = actors_of(text)
    assert side_of(a, person) == body, text


# actors.names.nearest_given_name: a bare given name of several full names is the one written last before it
@pytest.mark.parametrize("text,full", [
    # in a quoted post, after a pardon naming both
    ("President Lars Kessler pardoned Lars Brekke on Monday. “Glad to know Lars is home,” the envoy wrote.",
     "Lars Brekke"),
    # a speech verb in the next sentence
    ("Anna Holm thanked Anna Berg in Oslo on Friday. Anna said the deal would hold.", "Anna Berg"),
    # the object of a meeting, then the bare name as subject
    ("Lars Kessler met Lars Brekke in Oslo. Lars said the talks went well.", "Lars Brekke"),
])
def test_actors_names_nearest_given_name(actors_of, text, full):
    a = actors_of(text)
    assert "Lars" in _named(a, full)[0].aliases or "Anna" in _named(a, full)[0].aliases, text
    assert not _named(a, "Lars") and not _named(a, "Anna"), text


@pytest.mark.parametrize("text,full", [
    # the two mentions of the bare name follow different full names: neither
    ("Lars Kessler spoke first on Monday, and Lars said no. Lars Brekke spoke on Tuesday, and Lars said yes.",
     None),
    # a full name ends in the word: a surname, which this rule leaves to the surname rules
    ("Anna Holm met Anna Berg and Berg Anna on Friday. Anna said the deal would hold.", "Anna Berg"),
])
def test_actors_names_nearest_given_name_near_misses(actors_of, text, full):
    a = actors_of(text)
    for x in a.values():
        assert all(x.trace.get(k) != "actors.names.nearest_given_name" for k in x.trace), (text, x.name)
