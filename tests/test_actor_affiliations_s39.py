"""Affiliations of s39-affil, each test named after the rule id it checks; invented sentences and names.
Why: the read reports left affiliations empty that their own words give: a title apposed with "at" or
predicated with a copula, a generic national body listed beside another body of one state. The
near-misses: a state after "at", kin, a critic, a negation; a state in the list, two states' bodies,
two facing sides."""

from __future__ import annotations

import pytest

from actor_helpers import side_of


# actors.title_bodies.title_of_body: "X, a <title> at <body>", "X is the <title> of <body>",
# "X, who was the <title> of <body>" (s39-affil); "X was the <title> of <body>" is a past title (review s39)
@pytest.mark.parametrize("text,person,side", [
    ('"The truce is fragile," said Mara Tulve, a researcher at the International Crisis Group.',
     "Mara Tulve", "International Crisis Group"),
    ("Mara Tulve is the deputy director of the relief charity Norland Refugee Council.",
     "Mara Tulve", "Norland Refugee Council"),
    ("Ola Brandt is the chief negotiator of the Kestrel Front, aides said.", "Ola Brandt", "Kestrel Front"),
    ("Ola Brandt, who was the chief negotiator of the Kestrel Front, said talks would resume.",
     "Ola Brandt", "Kestrel Front"),
])
def test_actors_title_bodies_title_of_body_at_and_copula(actors_of, text, person, side):
    assert side_of(actors_of(text), person) == side, text


@pytest.mark.parametrize("text,person", [
    # a negation, a critic, kin, a title of no body
    ("Ola Brandt is not a member of the Kestrel Front, officials said.", "Ola Brandt"),
    ("Mara Tulve was a critic of the Kestrel Front for years.", "Mara Tulve"),
    ("Tom Vell is the son of a commander of the Kestrel Front.", "Tom Vell"),
    ("Tom Vell, an envoy at the talks in Kessel, left early.", "Tom Vell"),
    # a past title after a bare "was" gives nothing (only ", who was" is read)
    ("Ola Brandt was the chief negotiator of the Kestrel Front until last year.", "Ola Brandt"),
    ("Mara Tulve was the spokeswoman of the Ember Coalition before the split.", "Mara Tulve"),
])
def test_actors_title_bodies_title_of_body_at_and_copula_near_misses(actors_of, text, person):
    assert side_of(actors_of(text), person) is None, text


def test_actors_title_bodies_at_never_a_state(actors_of):
    # "at" gives the body, never a state: the one at the talks in Peru is not Peru's
    a = actors_of("Tom Vell, a researcher at Peru's foreign ministry, met Ola Brandt, an analyst at Chile.")
    assert side_of(a, "Ola Brandt") != "Chile"
    assert side_of(a, "Tom Vell") != "Peru"


# actors.body_states.listed_national_body: "the <demonym> Army, the National Guard and the National Police"
@pytest.mark.parametrize("text,bodies,side", [
    # the parser breaks this list (one name made a subject): read off the words
    ("Among those freed are soldiers from the Chilean Army, the Federal Police, the State Guard Service "
     "and the National Guard.", ["Federal Police", "State Guard Service", "National Guard"], "Chile"),
    ("The Chilean Army and the National Police patrolled the border on Sunday.", ["National Police"], "Chile"),
    # a second national word before the body's words
    ("Units of the Peruvian Navy and the State Border Guard Service searched the coast.",
     ["State Border Guard Service"], "Peru"),
    ("The National Guard and the Peruvian Army sent units north.", ["National Guard"], "Peru"),
])
def test_actors_body_states_listed_national_body(actors_of, text, bodies, side):
    a = actors_of(text)
    for body in bodies:
        assert side_of(a, body) == side, (text, body)


@pytest.mark.parametrize("text,body", [
    # a state itself in the list may be another side; two states' bodies in the list; a named front
    ("Peru and the National Guard signed the deal on Monday.", "National Guard"),
    ("The Chilean Army and the Peruvian Navy met the National Police.", "National Police"),
    ("The Chilean Army and the National Liberation Front agreed to a truce.", "National Liberation Front"),
    # a word of a cause in the name ("Liberation", "Patriotic"): a rebel group listed with an army (review s39)
    ("The Chilean Army and the National Liberation Army both claimed victory on Sunday.", "National Liberation Army"),
    ("The Peruvian Navy, the National Patriotic Army and the Federal Police shared the base.",
     "National Patriotic Army"),
    # two facing sides
    ("Clashes between the Chilean Army and the National Guard left three dead.", "National Guard"),
    ("The Chilean Army fought against the National Guard and the Federal Police.", "National Guard"),
])
def test_actors_body_states_listed_national_body_near_misses(actors_of, text, body):
    assert side_of(actors_of(text), body) is None, text


# actors.names.title_words: "<demonym> <Field> Affairs" of "... Minister X" and "<Seat> National Security" of
# "... Adviser X" are the first words of a title, not bodies (s39-affil)
@pytest.mark.parametrize("text,person,side", [
    ("Chilean Foreign Affairs Minister Ola Brandt announced on Friday that the two sides agreed.",
     "Ola Brandt", "Chile"),
    ("The deal was welcomed by Peruvian Home Affairs Minister Tom Vell on Sunday.", "Tom Vell", "Peru"),
    ("In Lima, Peruvian Foreign Affairs Minister Sam Reed met the envoy.", "Sam Reed", "Peru"),
])
def test_actors_names_title_words_cabinet_portfolio(actors_of, text, person, side):
    a = actors_of(text)
    assert side_of(a, person) == side, text
    assert not any(x.kind == "organization" and "Affairs" in x.name for x in a.values()), text


def test_actors_names_title_words_seat(actors_of):
    # the seat is kept as the body (the state's), the portfolio words are the title's
    a = actors_of("White House National Security Adviser Tom Vell said the talks would resume.")
    names = {x.name for x in a.values()}
    assert "White House" in names and "White House National Security" not in names
    assert side_of(a, "White House") == "United States"


@pytest.mark.parametrize("text,person,not_side", [
    # a society named with a demonym before a title that is no cabinet title is no state's
    ("Chilean Red Cross President Ola Brandt met the envoy.", "Ola Brandt", "Chile"),
    ("Peruvian Red Cross Director Tom Vell visited the camp.", "Tom Vell", "Peru"),
])
def test_actors_names_title_words_near_misses(actors_of, text, person, not_side):
    assert side_of(actors_of(text), person) != not_side, text
