"""Affiliations of s40-affil: the side guess (actors.side.nearest_state) reads nearness in the parse, not in
the word count; invented texts.
Why: "A got what it wanted, with the leadership of President X, the minister said after talks between B
and A" puts X in A's clause, yet B was fewer words away and was guessed; the number of arcs between the
person and the state says which clause the person belongs to. In another sentence the word count stands."""

from __future__ import annotations

import pytest

from actor_helpers import actor_named, side_of

GUESSES = ("actors.side.nearest_state", "actors.side.co_mentioned_side")


def guessed(actors: dict, name: str) -> str | None:
    """The side a context guess gave ``name`` (None when another rule or none gave it)."""
    a = actor_named(actors, name)
    return side_of(actors, name) if a.traced("affiliation") in GUESSES else None


@pytest.mark.parametrize("text,person,side", [
    # the person in the clause whose subject is the state; another state fewer words away in a phrase
    ("Mali got what it wanted, with the leadership of President Ola Brandt, a spokesman told reporters after "
     "the meeting between Niger and Malian delegations.", "Ola Brandt", "Mali"),
    # a parenthetical speaker inside the state's clause, the other state in a later adverbial
    ("Chad, said Prime Minister Ola Brandt on Monday, rejected the offer after the talks in the capital "
     "with envoys from Niger.", "Ola Brandt", "Chad"),
    # the person the object of a preposition on the state's verb; another state nearer in a relative clause
    ("Mali has agreed, said Defence Minister Ola Brandt at the summit that Niger had called.",
     "Ola Brandt", "Mali"),
])
def test_nearest_state_in_the_parse(actors_of, text, person, side):
    assert guessed(actors_of(text), person) == side, text


@pytest.mark.parametrize("text,person,side", [
    # near miss: one state in the sentence, whatever the distance
    ("President Ola Brandt said on Monday that Mali would keep its troops at the border.", "Ola Brandt",
     "Mali"),
    # near miss: the person alone in a sentence reads the sentence before, nearest word first
    ("Chad and Mali signed the accord. Prime Minister Ola Brandt called it historic.", "Ola Brandt", "Chad"),
])
def test_nearest_state_near_misses(actors_of, text, person, side):
    assert side_of(actors_of(text), person) == side, text


# actors.inclusions.appos_member: names in apposition after a plural whole take the whole's side
@pytest.mark.parametrize("text,person,side", [
    ("The rebels asked two Malian peace negotiators, Mr Tom Vell and Mr Ola Brandt, to pass on their fears.",
     "Ola Brandt", "Mali"),
    ("Two Nigerien officials, Tom Vell and Ola Brandt, said the talks had stalled over the border.",
     "Ola Brandt", "Niger"),
    ("Chad sent three Malian diplomats, Tom Vell, Jon Holm and Ola Brandt, to the summit on Friday.",
     "Ola Brandt", "Mali"),
])
def test_appos_members(actors_of, text, person, side):
    a = actor_named(actors_of(text), person)
    assert side_of(actors_of(text), person) == side and a.traced("affiliation") in (
        "actors.inclusions.appos_member", "actors.descriptors.gov_title_side"), text


@pytest.mark.parametrize("text,person", [
    # a single name after a plural whole: not a list of its members
    ("The talks were led by Malian negotiators, Ola Brandt said on Friday in a short statement.", "Ola Brandt"),
    # a whole with no side: nothing to give
    ("Two negotiators, Tom Vell and Ola Brandt, said the talks had stalled over the border.", "Ola Brandt"),
])
def test_appos_members_near_misses(actors_of, text, person):
    assert actor_named(actors_of(text), person).traced("affiliation") != "actors.inclusions.appos_member", text


# actors.side.nearest_state in the sentence before: its subject first (the centre a next sentence continues)
@pytest.mark.parametrize("text,person,side", [
    ("The ministry said Chad had put no pressure on Mali to meet the demands of the hijackers. President "
     "Ola Brandt said the talks would go on.", "Ola Brandt", "Chad"),
    ("Chad has long backed the rebels in the north of Mali. Prime Minister Ola Brandt denied it on Friday.",
     "Ola Brandt", "Chad"),
    ("Last year Chad signed a border pact with Mali and Niger. Defence Minister Ola Brandt called it a model.",
     "Ola Brandt", "Chad"),
])
def test_sentence_before_subject_first(actors_of, text, person, side):
    assert guessed(actors_of(text), person) == side, text


def test_sentence_before_no_subject_nearest(actors_of):
    # near miss: no state is a subject there: the nearest by words, as before
    text = "Aid came from Chad on Monday, weeks after a pledge from Mali. President Ola Brandt called it welcome."
    assert guessed(actors_of(text), "Ola Brandt") == "Mali", text


# actors.side.nearest_state: a person met who is the subject's own staff ("his security chief Y") is no
# counterpart, so Y's state is not the other side
@pytest.mark.parametrize("text,person,side", [
    ("Bamako, 23 August -- President Ola Brandt will not meet his security chief Tom Vell today, officials "
     "said. Vell, Mali's security chief, had expected the meeting.", "Ola Brandt", "Mali"),
    ("In Bamako, President Ola Brandt met his envoy Tom Vell on Friday. Mali's envoy Tom Vell then left for "
     "Niamey.", "Ola Brandt", "Mali"),
    ("Bamako -- Prime Minister Ola Brandt will call her adviser Tom Vell tonight. Vell, Mali's top adviser, "
     "declined to comment.", "Ola Brandt", "Mali"),
])
def test_own_staff_not_other_side(actors_of, text, person, side):
    assert side_of(actors_of(text), person) == side, text


def test_counterpart_met_still_other_side(actors_of):
    # near miss: the person met with no possessive pronoun on the title is the other side
    text = "Mali said on Friday that President Ola Brandt had met the Malian diplomat Tom Vell in Niamey."
    assert guessed(actors_of(text), "Ola Brandt") != "Mali", text


@pytest.mark.parametrize("text,word,own", [
    ("President Ola Brandt will not meet his security chief Tom Vell today.", "Vell", True),
    ("President Ola Brandt met her adviser, Tom Vell, on Friday.", "Vell", True),
    ("President Ola Brandt will meet his envoy Tom Vell in the capital.", "Tom", True),
    # near misses: a counterpart with no possessive pronoun; "its" (a body's, not the person's own)
    ("President Ola Brandt will not meet the security chief Tom Vell today.", "Vell", False),
    ("President Ola Brandt met its envoy Tom Vell on Friday.", "Vell", False),
    # near misses (review s40 finding 3): a title naming the other side is no staff, possessive or not
    ("President Ola Brandt will not meet his counterpart Tom Vell today.", "Vell", False),
    ("President Ola Brandt met her rival, Tom Vell, on Friday.", "Vell", False),
    ("Prime Minister Ola Brandt will call his opponent Tom Vell tonight.", "Tom", False),
])
def test_own_staff_words(nlp, text, word, own):
    from backchannel.extract.actors.side import _own_staff
    from backchannel.resolve.lexicon import lexicon
    doc = nlp(text)
    assert _own_staff(lexicon(), next(t for t in doc if t.text == word)) is own, text


# actors.side.*: "State" in "Secretary of State" is the government's word, not the name of a party
@pytest.mark.parametrize("text,person,side", [
    ("Mali has long fought the Islamic State group. President Ola Brandt spoke alongside Secretary of State "
     "Tom Vell in Bamako.", "Tom Vell", "Mali"),
    ("Mali has long fought the Islamic State group. Secretary of State Tom Vell said Mali would act.",
     "Tom Vell", "Mali"),
    ("The Islamic State group was routed, Mali said. Secretary of State Tom Vell welcomed the news.",
     "Tom Vell", "Mali"),
])
def test_secretary_of_state_no_party(actors_of, text, person, side):
    assert guessed(actors_of(text), person) == side, text


def test_party_title_still_blocks(actors_of):
    # near miss: a named party in the title still leaves the state guess out
    text = "The Lorvan Front fought on in Mali. Tom Vell, head of the Front's political bureau, spoke in Bamako."
    assert guessed(actors_of(text), "Tom Vell") is None, text


# actors.title_bodies.title_of_body: "X, <title>, <Org>," -- the body as a second apposition
@pytest.mark.parametrize("text,person,side", [
    ("The talks failed on Friday. Ola Brandt, spokesperson, Lorvan Farmers Union, said the next round was "
     "off.", "Ola Brandt", "Lorvan Farmers Union"),
    ("The strike went on. Ola Brandt, president, Kestrel Dockworkers Association, told reporters it would "
     "last.", "Ola Brandt", "Kestrel Dockworkers Association"),
    ("The unions walked out. Ola Brandt, general secretary, the Kestrel Teachers Federation, said talks "
     "had collapsed.", "Ola Brandt", "Kestrel Teachers Federation"),
])
def test_title_then_body(actors_of, text, person, side):
    assert side_of(actors_of(text), person) == side, text


@pytest.mark.parametrize("text,person", [
    # near miss: a state in the second apposition is where the person is from
    ("The talks failed on Friday. Ola Brandt, spokesperson, Mali, said the next round was off.", "Ola Brandt"),
    # near miss: the organisation does not close the apposition (it begins a clause)
    ("Ola Brandt, a spokesperson, Lorvan Farmers Union members say, left early.", "Ola Brandt"),
])
def test_title_then_body_near_misses(actors_of, text, person):
    assert actor_named(actors_of(text), person).traced("affiliation") != "actors.title_bodies.title_of_body", text
