"""Affiliations of s37-actors2: the side guesses (actors.side.nearest_state, actors.side.co_mentioned_side)
no longer read a state the person acts on, or a person they talk with, as their own side; invented texts.
Why: on the read sets a third of these guesses picked the other side, each time from a state or person
the guessed person faces (the object of a clause they control, a "with"-object of a verb of talking, one of
a hyphenated pair of states); null is better than the wrong side."""

from __future__ import annotations

import pytest

from actor_helpers import actor_named, side_of

GUESSES = ("actors.side.nearest_state", "actors.side.co_mentioned_side")


def guessed(actors: dict, name: str) -> str | None:
    """The side a context guess gave ``name`` (None when another rule or none gave it)."""
    a = actor_named(actors, name)
    return side_of(actors, name) if a.traced("affiliation") in GUESSES else None


# actors.side.nearest_state: a state in a clause the person's subject or object controls is acted on
@pytest.mark.parametrize("text,person,not_side", [
    # subject control: "wants to impose sanctions on Y"
    ("Mali says Defence Minister Ola Brandt wants to impose new sanctions on Niger.", "Ola Brandt", "Niger"),
    # object control under another xcomp: "hoping to convince X to put pressure on Y"
    ("Chad was hoping to convince President Ola Brandt to put more pressure on Niger, officials in Mali said.",
     "Ola Brandt", "Niger"),
    # another mention of the person in the sentence (a possessor) does not undo it
    ("Chad hoped to convince President Ola Brandt to pressure Niger, and Brandt's team agreed.",
     "Ola Brandt", "Niger"),
    # the subject of the controlling verb up the chain is the other side too
    ("Chad was hoping to convince President Ola Brandt to put more pressure on the rebels.", "Ola Brandt",
     "Chad"),
])
def test_side_acted_on_in_controlled_clause(actors_of, text, person, not_side):
    assert guessed(actors_of(text), person) != not_side, text


@pytest.mark.parametrize("text,person,side", [
    # a relative clause inside the object has a subject of its own: still read
    ("Defence Minister Ola Brandt wanted to clarify the names of prisoners whom Niger would release.",
     "Ola Brandt", "Niger"),
    # a state that is the subject of a reported clause is no object
    ("Defence Minister Ola Brandt said Mali would attend the talks.", "Ola Brandt", "Mali"),
])
def test_side_acted_on_near_misses(actors_of, text, person, side):
    assert side_of(actors_of(text), person) == side, text


# actors.side.co_mentioned_side / nearest_state: a "with"-object of a verb of talking faces the subject
@pytest.mark.parametrize("text,person,not_side", [
    # the person the "with"-object, the verb's own prepositional phrase
    ("Malian envoy Tom Vell talked with Defence Minister Ola Brandt about Niger.", "Ola Brandt", "Mali"),
    # the "with" phrase hangs on the object noun; the person the subject
    ("Defence Minister Ola Brandt discussed the border with Malian envoy Tom Vell on Monday.", "Ola Brandt",
     "Mali"),
    # the other side inside the subject noun's of-phrase, the "with" phrase after nouns of the object
    ("The visit of Malian envoy Tom Vell to Niamey also discussed progress in the peace process with "
     "Defence Minister Ola Brandt.", "Ola Brandt", "Mali"),
])
def test_side_talked_with(actors_of, text, person, not_side):
    assert guessed(actors_of(text), person) != not_side, text


@pytest.mark.parametrize("text,person,side", [
    # company, not talk: travelling with someone keeps the guess
    ("Malian President Tom Vell travelled to Niger with Defence Minister Ola Brandt.", "Ola Brandt", "Mali"),
    # a verb of talking with no "with" (a briefing) keeps it too
    ("Malian President Tom Vell later spoke to reporters as Defence Minister Ola Brandt looked on.",
     "Ola Brandt", "Mali"),
])
def test_side_talked_with_near_misses(actors_of, text, person, side):
    assert side_of(actors_of(text), person) == side, text


# actors.side.nearest_state: a hyphenated pair of states names a relation, not a side
@pytest.mark.parametrize("text,person,not_side", [
    ("Defence Minister Ola Brandt said the Mali-Niger talks would resume.", "Ola Brandt", "Niger"),
    ("Defence Minister Ola Brandt said progress in the Mali-Niger peace process was slow.", "Ola Brandt",
     "Niger"),
    ("Foreign Minister Tom Vell will attend the Chad-Niger summit in May.", "Tom Vell", "Niger"),
])
def test_side_state_pair(actors_of, text, person, not_side):
    a = actors_of(text)
    assert guessed(a, person) is None, text
    assert side_of(a, person) != not_side, text


# actors.side.nearest_state: a nationality on other people's plural title in a prepositional phrase
@pytest.mark.parametrize("text,word,other", [
    ("Tom Vell, with help from Malian officials, persuaded the rebels.", "Malian", True),
    ("The talks with Chadian negotiators ended on Monday.", "Chadian", True),
    ("The Malian minister left early.", "Malian", True),
    # near-misses: a plural subject (possibly colleagues), and a nationality on no title
    ("Malian officials said the president would attend.", "Malian", False),
    ("The talks with Chadian farmers ended on Monday.", "Chadian", False),
])
def test_side_others_title_word(nlp, text, word, other):
    from backchannel.extract.actors.side import others_title_word
    from backchannel.resolve.lexicon import lexicon
    tok = next(t for t in nlp(text) if t.text == word)
    assert others_title_word(lexicon(), tok) is other, text
