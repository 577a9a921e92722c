"""Affiliations of s43-affil, each test named after the rule id it checks; invented sentences and names.
Why: a state written in a governmental title right before a person's name reached the person only when the
parser hung the state inside the name's phrase; an "of <State>" title before the name, an apposed title
after "the administration of", or a demonym inside the title's "of" phrase gave no side. The near-misses: a
name after a comma that is the subject of a speech verb, and the host of a posting title."""

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
