"""Fixes of s35-fixaff, each test named after the rule id it checks; invented sentences and names.
Why: an independent review found four constructions read too widely ("there" after a demonym or on an
international body, "represents <State>'s interests", a state compound before a title taken for a title's
region, "a dozen years ago" dated to the report's year); the tests pin each fix and keep the shapes that
worked before."""

from __future__ import annotations

from datetime import date

import pytest

from actor_helpers import actor_named, side_of
from backchannel import numbers, timex


def _not_there(actors, name: str) -> bool:
    found = [a for a in actors.values() if a.name == name]
    return not found or found[0].traced("affiliation") != "actors.there.there_side"


# actors.there.there_side: the place is a state named as a place, the body a state's organ
@pytest.mark.parametrize("text,body,side", [
    ("Chile and Peru held talks on Friday. Tom Vell flew to Lima, and the police there closed the roads.",
     "police", "Peru"),
    ("Chile and Peru held talks. Doubts grew in Peru, as the Supreme Court there said the deal was illegal.",
     "Supreme Court", "Peru"),
    ("Peru said it would talk. Ola Brandt travelled to Peru on Sunday, and officials there welcomed her.",
     "officials", "Peru"),
])
def test_actors_there_there_side_places(actors_of, text, body, side):
    assert side_of(actors_of(text), body) == side, text


@pytest.mark.parametrize("text,body", [
    # an international body with an office in the place belongs to no state
    ("Peru hosted the talks. In Lima, the International Committee of the Red Cross there said it would help.",
     "International Committee of the Red Cross"),
    # a demonym names people, not a place
    ("Tom Vell met Peruvian negotiators in a hotel on Monday. The police there closed the roads.", "police"),
    ("Tom Vell flew home to meet Peruvian negotiators. Later, the Supreme Court there ruled on the plan.",
     "Supreme Court"),
    # the last place named is a state that is no actor: an earlier state is not what "there" points to
    ("Peru said it would talk. Tom Vell flew to Bern, Switzerland, on Monday. The Supreme Court there said no.",
     "Supreme Court"),
])
def test_actors_there_there_side_fixaff_near_misses(actors_of, text, body):
    assert _not_there(actors_of(text), body), text


# actors.members.represents: the object is the body itself, not a concern it has
@pytest.mark.parametrize("text,person", [
    ("Chile said Ola Brandt represents Peru's interests rather than its own.", "Ola Brandt"),
    ("Sam Reed, who represents Chile's views at the forum, met Tom Vell.", "Sam Reed"),
    ("Peru and Chile met. Karl Mott said he represented Peru's position, not a side.", "Karl Mott"),
])
def test_actors_members_represents_possessed_concern(actors_of, text, person):
    a = actors_of(text)
    assert actor_named(a, person).traced("affiliation") != "actors.members.represents", text


def test_actors_members_represents_still_fires(actors_of):
    # near-miss kept: the state itself as the object
    a = actors_of("Peru and Chile met. Ola Brandt, who represents Peru, spoke first.")
    assert side_of(a, "Ola Brandt") == "Peru"


# actors.descriptors.title_for_region: only a region between the preposition and the name
@pytest.mark.parametrize("text,anchor,title,person", [
    ("Tom Vell, an adviser to Chile opposition leader Sam Reed, met the envoy in Lima.", "Tom Vell", "adviser",
     "Sam Reed"),
    ("Ola Brandt, a lawyer for Peru businessman Karl Mott, spoke on Monday.", "Ola Brandt", "lawyer", "Karl Mott"),
    ("The envoy met Jan Holm, an aide to Norway Prime Minister Tom Vell, in Oslo.", "Jan Holm", "aide", "Tom Vell"),
])
def test_actors_descriptors_title_for_region_state_compound(actors_of, text, anchor, title, person):
    a = actors_of(text)
    assert not any(d.startswith(title) for d in actor_named(a, person).descriptors), text
    assert any(d.startswith(title) for d in actor_named(a, anchor).descriptors), text


# numbers: "dozen" multiplies what stands before it; timex: an unreadable number gives no date
@pytest.mark.parametrize("words,value", [("a dozen", 12), ("two dozen", 24), ("dozen", 12), ("three dozen", 36),
                                         ("twelve", 12), ("a hundred", 100)])
def test_numbers_dozen(words, value):
    assert numbers.count(words, timex.NUMBER_WORDS) == value


@pytest.mark.parametrize("text,value", [("a dozen years ago", "2013"), ("two dozen years ago", "2001"),
                                        ("five six years ago", None), ("three years ago", "2022")])
def test_timex_ago_with_dozen(text, value):
    assert timex.resolve(text, date(2025, 5, 13)) == value
