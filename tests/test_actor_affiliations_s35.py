"""Affiliations of s35-affil, each test named after the rule id it checks; invented sentences and names.
Why: each rule covers a construction; the tests give several shapes of it and near-misses on which it must
not fire (captives and families named in a list, a lawyer "for" a person, a state of someone else's)."""

from __future__ import annotations

import pytest


def _actor(actors, name: str):
    found = [a for a in actors.values() if a.name == name]
    assert len(found) == 1, (name, [a.name for a in actors.values()])
    return found[0]


def _side(actors, name: str) -> str | None:
    aff = _actor(actors, name).affiliation
    return actors[aff].name if aff in actors else aff


# actors.inclusions.included_member: "<whole of a side>, including X (and Y)"
@pytest.mark.parametrize("text,people,side", [
    # a named movement's officials, two names in the list, the whole a subject
    ("Hamas officials, including Tom Vell and Sam Reed, arrived in Cairo on Monday.",
     ("Tom Vell", "Sam Reed"), "Hamas"),
    # a demonym on a collective noun, the whole an object
    ("The host country welcomed the Chilean delegation, including Ola Brandt and Tom Vell, to Lima.",
     ("Ola Brandt", "Tom Vell"), "Chile"),
    # no comma before "including", the whole a prepositional object
    ("Talks resumed on Sunday with Qatari mediators including Ali Hamdan.", ("Ali Hamdan",), "Qatar"),
    # a partitive whole coordinated after another name, titles inside the list, dashes around it
    ("Goodell and other members of the Kestrel League's negotiating team -- including the league's lead "
     "negotiator, Jeff Pask, and league counsel Bob Batt -- avoided reporters.", ("Jeff Pask", "Bob Batt"),
     "Kestrel League"),
    # a title with no side of its own inside the list
    ("Several Hamas leaders, including political chief Ola Brandt, attended the funeral.", ("Ola Brandt",),
     "Hamas"),
])
def test_actors_inclusions_included_member(actors_of, text, people, side):
    a = actors_of(text)
    for person in people:
        assert _side(a, person) == side, (text, person)
        assert _actor(a, person).traced("affiliation") == "actors.inclusions.included_member"


@pytest.mark.parametrize("text,person,not_side", [
    # captives named in a list: their nationality is no side
    ("Ten Norwegian hostages, including Ola Brandt, were freed on Monday.", "Ola Brandt", "Norway"),
    # families of captives are no side's people
    ("The Israeli families, including Ola Brandt, met the mediators.", "Ola Brandt", "Israel"),
    # a list of states, not of people: the person after it is no member
    ("Several countries, including Norway and Chile, backed Ola Brandt for the post.", "Ola Brandt", "Norway"),
])
def test_actors_inclusions_included_member_near_misses(actors_of, text, person, not_side):
    assert _side(actors_of(text), person) != not_side, text


# actors.descriptors.title_for_region: "<demonym> <title> for/to <Region> X"
@pytest.mark.parametrize("text,person,side", [
    # a list of thanked people: the title after the first name's comma is the next name's
    ("Armenia thanked US Secretary of State Tom Vell, top US diplomat for Europe Sam Reed, and the others.",
     "Sam Reed", "United States"),
    # the title and name a prepositional object
    ("The talks were attended by the Canadian special representative for Africa Sam Reed and others.",
     "Sam Reed", "Canada"),
    # a subject, "to" and a region of two words
    ("Norwegian special envoy to West Asia Ola Brandt met the foreign minister on Monday.", "Ola Brandt",
     "Norway"),
])
def test_actors_descriptors_title_for_region(actors_of, text, person, side):
    a = actors_of(text)
    assert _side(a, person) == side, text
    assert not any(person in d for x in a.values() for d in x.descriptors), text


@pytest.mark.parametrize("text,person,descriptor", [
    # a lawyer for a person: the anchor's own description, the person served after it
    ("Norway welcomed Ola Brandt, a lawyer for Sam Reed, to the talks.", "Ola Brandt", "lawyer for Sam Reed"),
    # an envoy for a region with no name after it
    ("The minister met Tom Vell, the French envoy for Asia, on Monday.", "Tom Vell", "French envoy for Asia"),
])
def test_actors_descriptors_title_for_region_near_misses(actors_of, text, person, descriptor):
    assert descriptor in _actor(actors_of(text), person).descriptors, text


# actors.side.co_mentioned_side / nearest_state: a person the actor meets in another clause is the other side
def test_actors_side_faced_in_another_clause(actors_of):
    text = ("Honduran President Karl Mott welcomed the plan. The talks, announced Tuesday by Secretary of State "
            "Ola Brandt, could start soon, as Brandt met with Mott in Washington.")
    assert _side(actors_of(text), "Ola Brandt") != "Honduras"


def test_actors_side_faced_in_another_clause_near_miss(actors_of):
    # no meeting: the one other office-holder of the sentence still gives the side
    text = ("Honduran President Karl Mott welcomed the plan. The talks, announced Tuesday by Foreign Minister "
            "Ola Brandt, could start soon, Mott said.")
    assert _side(actors_of(text), "Ola Brandt") == "Honduras"
