"""War-like nouns with a between-phrase ("the war between A and B", "a proxy conflict between A
and B") tell that each side attacks the other (frame ``war_noun_between`` and ``conflict``: one
record per direction); a demand noun's of-phrase names who demands ("the key demands of X").
Invented sentences only."""

from __future__ import annotations

import pytest

WARS = [
    # subject noun, simple past
    ("The war between Vesterland and Ostland killed thousands.", "vesterland", "ostland"),
    # object of "in" under a role noun
    ("Norland has long been a mediator in the war between Vesterland and Ostland.", "vesterland", "ostland"),
    # an adjective and a modal clause
    ("Qatar could play a role in the ongoing war between Norland and Ostland.", "norland", "ostland"),
    # a premodified noun after "into"
    ("The region slid into a proxy war between Norland and Vesterland.", "norland", "vesterland"),
    # the other noun, a party with a premodifier
    ("The conflict between Norland and the Vesterland militia intensified.", "norland", "vesterland-militia"),
    # present perfect, noun as object
    ("Analysts say the bloody conflict between Ostland and Vesterland has reshaped the region.",
     "ostland", "vesterland"),
]


@pytest.mark.parametrize("text,a,b", WARS)
def test_war_between_sides_is_mutual_attack(acts_of, text, a, b):
    pairs = {(i.source, i.target) for i in acts_of(text) if i.type == "attack"}
    assert {(a, b), (b, a)} <= pairs, pairs


NO_WAR = [
    # the between-phrase names no actors
    "There is a conflict between the two accounts of the meeting.",
    # the war as the time of something else
    "Ola Brandt fled Norland during the war between Norland and Ostland.",
    # the end of the war, not a new attack
    "Talks aimed at an end to the war between Norland and Ostland resumed.",
    # a war that is no fighting (review, s33)
    "The trade war between Norland and Vesterland escalated.",
    "The cold war between Norland and Vesterland lasted decades.",
]


@pytest.mark.parametrize("text", NO_WAR)
def test_no_attack_without_two_sides_at_war(acts_of, text):
    assert not [i for i in acts_of(text) if i.type == "attack"]


DEMANDS = [
    ("The release of prisoners was among the key demands of rebel leader Ola Brandt.", "ola-brandt"),
    ("Norland rejected the demands of the Vesterland rebels.", "vesterland"),
    ("The demands of Ola Brandt were passed to Norland.", "ola-brandt"),
    # accepting, meeting or ignoring X's demands: X demands (review, s33: only a verb that makes the request,
    # "made demands of Y", names its subject as the asker)
    ("Vesterland accepted the demands of Norland.", "norland"),
    ("Norland met the demands of the Vesterland rebels.", "vesterland"),
    ("Norland ignored the demands of Ola Brandt.", "ola-brandt"),
]


@pytest.mark.parametrize("text,source", DEMANDS)
def test_demand_of_names_the_demander(acts_of, text, source):
    assert [i for i in acts_of(text) if i.type == "demand" and i.source == source]


def test_demand_of_no_actor_is_no_demand(acts_of):
    assert not [i for i in acts_of("The demands of the negotiations were heavy.") if i.type == "demand"]


def test_demand_made_of_keeps_the_maker(acts_of):
    acts = acts_of("Norland made demands of Vesterland.")
    assert [i for i in acts if i.type == "demand" and i.source == "norland"]


def test_war_named_in_passing_is_not_the_story_sides(acts_of):
    # the talks' one named side is completed by the story's sides, not by the two states at war
    text = ("Ostland freed Ola Brandt, a Vesterland engineer, on Monday after Vesterland and Ostland met twice. "
            "The region has slid into a proxy war between Sudan and Chad. Officials said the negotiations took months.")
    talks = {(i.source, i.target) for i in acts_of(text) if i.type == "negotiate"}
    assert talks == {("vesterland", "ostland")}, talks
