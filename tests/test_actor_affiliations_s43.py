"""Affiliations of s43-affil, each test named after the rule id it checks; invented sentences and names.
Why: a state written in a governmental title right before a person's name reached the person only when the
parser hung the state inside the name's phrase; an "of <State>" title before the name, an apposed title
after "the administration of", or a demonym inside the title's "of" phrase gave no side. The near-misses: a
name after a comma that is the subject of a speech verb, and the host of a posting title.
Membership (s43-affil): a person given as one of a collective the report described before, as the leader of
a body through a relative clause on an apposition, as "from" a named body, or listed after a colon as a
member of a body with only a past title of their own, took no side or the past title's state."""

from __future__ import annotations

import pytest

from actor_helpers import actor_named, side_of

STATE_IN_TITLE = "actors.title_words.state_in_title_words"


# actors.title_words.state_in_title_words: "the President of <State> X", "Minister of the <demonym> Presidency X",
# "the <State> president, X,"
@pytest.mark.parametrize("text,person,side", [
    # a title with its state in an "of" phrase, right before the name, inside an "according to" phrase
    ("Peru has freed two aid workers, according to the office of the President of Chile Tom Vell.",
     "Tom Vell", "Chile"),
    # a demonym inside the "of" phrase of a title that opens the sentence
    ("Minister of the Chilean Presidency Sam Reed said on Monday that the rebels freed four hostages.",
     "Sam Reed", "Chile"),
    # an apposed title after "the government of": the parser hangs the name on the government
    ("They explore how the newly elected government of the Peru president, Ola Brandt, will reshape the talks.",
     "Ola Brandt", "Peru"),
])
def test_actors_title_words_state_in_title_words(actors_of, text, person, side):
    a = actors_of(text)
    assert side_of(a, person) == side, text
    assert actor_named(a, person).traced("affiliation") == STATE_IN_TITLE, text


@pytest.mark.parametrize("text,person", [
    # the name after the comma is the speaker, not the holder of the title before it
    ("The talks stalled after Peru met the Chilean president, Sam Reed said.", "Sam Reed"),
    # the host of a posting title is no side
    ("The crew was welcomed by the Ambassador to Peru, Tom Vell, on Monday.", "Tom Vell"),
    # no determiner opens the apposed words: a list, not a title
    ("Delegates from Peru, Chile, Tom Vell and others met on Monday.", "Tom Vell"),
])
def test_actors_title_words_state_in_title_words_near_misses(actors_of, text, person):
    a = actors_of(text)
    assert actor_named(a, person).traced("affiliation") != STATE_IN_TITLE, text


# actors.partitives.one_of_described: "X, one of the <plural>" repeating an unnamed group described before
@pytest.mark.parametrize("text,person,side", [
    ('Lunde community leaders rejected the offer. "It is a trap," said Ola Brandt, one of the community leaders.',
     "Ola Brandt", "Lunde community leaders"),
    ("Rebel negotiators left the room on Monday. Tom Vell, one of the negotiators, said they would return.",
     "Tom Vell", "Rebel negotiators"),
])
def test_actors_partitives_one_of_described(actors_of, text, person, side):
    a = actors_of(text)
    assert side_of(a, person) == side, text
    assert actor_named(a, person).traced("affiliation") == "actors.partitives.one_of_described", text


def test_actors_partitives_one_of_described_near_miss(actors_of):
    # no group so described before: the partitive names no side
    a = actors_of('"It is a trap," said Ola Brandt, one of the community leaders.')
    assert actor_named(a, "Ola Brandt").traced("affiliation") != "actors.partitives.one_of_described"


# actors.members.leads_apposed: "X, a <noun> who led the <body>"
@pytest.mark.parametrize("text,person,side", [
    ("Tom Vell, a retired judge who led the elders, said he had met the commanders nine times.", "Tom Vell", "elders"),
    ("The talks were opened by Sam Reed, a veteran general who commands the Free Hill Front.",
     "Sam Reed", "Free Hill Front"),
])
def test_actors_members_leads_apposed(actors_of, text, person, side):
    a = actors_of(text)
    assert side_of(a, person) == side, text
    assert actor_named(a, person).traced("affiliation") == "actors.members.leads_apposed", text


def test_actors_members_leads_apposed_near_miss(actors_of):
    # an acting verb on the apposition is no membership of the object ("a lawyer who represents the families")
    a = actors_of("Tom Vell, a lawyer who represents the families, said they were waiting.")
    assert side_of(a, "Tom Vell") is None


# actors.members.from_body: "X, from the <named body>,"
@pytest.mark.parametrize("text,person,side", [
    ("Meanwhile, Sam Reed, from the Free Hill Front, told reporters the talks would resume.",
     "Sam Reed", "Free Hill Front"),
    ("Meanwhile, Sam Reed, from the \u201cFree Hill Front,\u201d told reporters the talks would resume.",
     "Sam Reed", "Free Hill Front"),
])
def test_actors_members_from_body(actors_of, text, person, side):
    a = actors_of(text)
    assert side_of(a, person) == side, text
    assert actor_named(a, person).traced("affiliation") == "actors.members.from_body", text


@pytest.mark.parametrize("text,person", [
    # a town after "from" is where one comes from
    ("Sam Reed, from Lima, told reporters the talks would resume.", "Sam Reed"),
    # no comma: a captive freed from the body is none of its members
    ("Sam Reed was freed from the Free Hill Front on Monday.", "Sam Reed"),
])
def test_actors_members_from_body_near_misses(actors_of, text, person):
    a = actors_of(text)
    assert actor_named(a, person).traced("affiliation") != "actors.members.from_body", text


# actors.inclusions.listed_former_title: a listed member whose only title is a past one
def test_actors_inclusions_listed_former_title(actors_of):
    a = actors_of("The talks were led by the members of the AU mediating panel: former Chilean President Tom Vell "
                  "and former Peruvian President Ola Brandt.")
    for person in ("Tom Vell", "Ola Brandt"):
        assert side_of(a, person) == "African Union", person
        assert actor_named(a, person).traced("affiliation") == "actors.inclusions.listed_former_title", person


def test_actors_inclusions_listed_former_title_near_miss(actors_of):
    # a current title of their own keeps its side; the untitled member takes the team's
    a = actors_of("The envoy was flanked by the two members of the AU mediating panel: Chilean President Tom Vell "
                  "and Ola Brandt.")
    assert side_of(a, "Tom Vell") == "Chile"
    assert side_of(a, "Ola Brandt") == "African Union"
