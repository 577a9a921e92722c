"""Affiliations of s48-affil: an unnamed agent takes the principal its own noun names
(actors.owners.agent_of_person); invented texts.
Why: "a spokesman for <Name>", "representatives of <Name>" and "negotiators for <Name>" kept no side
(the staff rule reads "of"/"to" on personal-staff nouns only, the owner rule only passes a side the
principal has), while the golds give the principal. Near misses: an envoy sent TO someone, a
principal that is an unnamed group, a state cut from a longer name, a named person (the owner rule's).
"""

from __future__ import annotations

import pytest

from backchannel.model import Actor

RULE = "actors.owners.agent_of_person"


def headed(actors: dict[str, Actor], head: str) -> Actor:
    """The one unnamed actor whose name starts with ``head`` (case folded)."""
    found = [a for a in actors.values() if not a.named and a.name.lower().startswith(head)]
    assert len(found) == 1, (head, [a.name for a in actors.values()])
    return found[0]


def side(actors: dict[str, Actor], actor: Actor) -> str | None:
    return actors[actor.affiliation].name if actor.affiliation in actors else actor.affiliation


@pytest.mark.parametrize("text,head,owner", [
    # a "for" phrase on a spokesperson noun, the principal a person with no side
    ("A spokeswoman for Anna Berg said the minister would travel to Mali on Friday.", "spokeswoman",
     "Anna Berg"),
    # a plural of representatives with an "of" phrase and a title on the principal
    ("Representatives of President Anna Berg met the rebels in Kessel on Monday.", "representatives",
     "Anna Berg"),
    # negotiators as a sentence's subject
    ("Negotiators for Anna Berg arrived in Kessel, and the talks began.", "negotiators", "Anna Berg"),
    # the agent the object of a preposition, in a subordinate clause
    ("Talks resumed after the army freed an intermediary for Anna Berg near Kessel.", "intermediary",
     "Anna Berg"),
])
def test_agent_of_principal(actors_of, text, head, owner):
    actors = actors_of(text)
    agent = headed(actors, head)
    assert side(actors, agent) == owner and agent.traced("affiliation") == RULE, text


def test_body_principal_keeps_its_side(actors_of):
    """A named body as the principal: the description's side (the modifier rule reads it first)."""
    actors = actors_of("The envoys met an emissary of the Free Hill Front in a hotel outside Kessel.")
    assert side(actors, headed(actors, "emissary")) == "Free Hill Front"


@pytest.mark.parametrize("text,head", [
    # an envoy sent to someone is not theirs
    ("An envoy to President Anna Berg arrived in Kessel on Monday.", "envoy"),
    # an unnamed group is no principal
    ("A spokesman for the families of the captives said they were hopeful.", "spokesman"),
    # no agent noun: a visitor of a person is not their agent
    ("Visitors of Anna Berg waited outside the prison in Kessel.", "visitors"),
])
def test_agent_near_misses(actors_of, text, head):
    actors = actors_of(text)
    found = [a for a in actors.values() if not a.named and a.name.lower().startswith(head)]
    assert all(a.traced("affiliation") != RULE for a in found), text


def test_named_agent_is_the_owner_rules(actors_of):
    """A named spokesman's title is read by the owner rule, which waits for the principal's side."""
    actors = actors_of("Tom Vell, a spokesman for Anna Berg, said the talks in Mali had stalled.")
    assert all(a.traced("affiliation") != RULE for a in actors.values() if a.named)


# actors.descriptors.respective_titles: a list of parties and a list of named holders of one plural title
RESPECTIVE = "actors.descriptors.respective_titles"


@pytest.mark.parametrize("text,pairs", [
    # the parties before the title, a bloc among them
    ("The meeting also included EU and US envoys Tom Vell and Anna Berg, who flew in from Brussels.",
     [("Tom Vell", "European Union"), ("Anna Berg", "United States")]),
    # the parties behind "of", three of them
    ("Talks between the Foreign Ministers of Mali, Chad and Niger Tom Vell, Anna Berg and Ola Brandt ended late.",
     [("Anna Berg", "Chad"), ("Ola Brandt", "Niger")]),
    # demonyms, the names apposed after a comma
    ("Malian and Chadian foreign ministers, Tom Vell and Anna Berg, signed the accord in Geneva.",
     [("Tom Vell", "Mali"), ("Anna Berg", "Chad")]),
    # the parties after the names
    ("The talks included National Security Advisers Tom Vell and Anna Berg of Mali and Chad.",
     [("Tom Vell", "Mali"), ("Anna Berg", "Chad")]),
])
def test_respective_titles(actors_of, text, pairs):
    from actor_helpers import side_of
    actors = actors_of(text)
    for person, party in pairs:
        assert side_of(actors, person) == party, (text, person)


@pytest.mark.parametrize("text,person", [
    # two lists that no plural title joins: sending delegations is no title
    ("Mali and Chad sent delegations, and Tom Vell and Anna Berg led them.", "Anna Berg"),
    # lists of unequal length
    ("The Foreign Ministers of Mali and Chad, Tom Vell, Anna Berg and Ola Brandt, met in Geneva.", "Ola Brandt"),
    # a plural person noun that is no title
    ("Malian and Chadian students Tom Vell and Anna Berg were freed on Monday.", "Anna Berg"),
])
def test_respective_near_misses(actors_of, text, person):
    from actor_helpers import actor_named
    assert actor_named(actors_of(text), person).traced("affiliation") != RESPECTIVE, text


# data: "FM" and "PM" are governmental titles (actors.descriptors.gov_title_side)
@pytest.mark.parametrize("text,person,party", [
    ("The host invited Malian FM Tom Vell to the table in Geneva.", "Tom Vell", "Mali"),
    ("Chadian PM Anna Berg met the rebels in Kessel on Monday.", "Anna Berg", "Chad"),
])
def test_abbreviated_titles(actors_of, text, person, party):
    from actor_helpers import side_of
    assert side_of(actors_of(text), person) == party, text


def test_co_mentioned_needs_one_side(actors_of):
    """actors.side.co_mentioned_side: people of a bloc and of a state in the sentence are two sides, so
    neither is a guess for a third person."""
    from actor_helpers import actor_named
    text = ("Talks on the future of Mali resumed on Friday. The meeting with President Ola Brandt also included"
            " EU envoy Anna Berg and US envoy Jon Sorel.")
    actors = actors_of(text)
    for name in ("Ola Brandt",):
        assert actor_named(actors, name).traced("affiliation") != "actors.side.co_mentioned_side", name


# actors.unnamed.clause_side (s48-affil): a pronoun sender that a speech verb reports is the speaker
@pytest.mark.parametrize("text,head,owner", [
    ("The Free Hill Front said it would be sending a small delegation to Kessel on Monday.", "small delegation",
     "Free Hill Front"),
    ("Mali said on Sunday that it would dispatch envoys to Kessel.", "envoys", "Mali"),
    ("\u201cWe will send a delegation to Kessel,\u201d the Free Hill Front said in a statement.", "delegation",
     "Free Hill Front"),
])
def test_reported_sender(actors_of, text, head, owner):
    actors = actors_of(text)
    assert side(actors, headed(actors, head)) == owner, text


@pytest.mark.parametrize("text,head", [
    # the pronoun's clause is no report: "it" is not the Front's
    ("The Free Hill Front met the mediators, and it is unclear who will send a delegation.", "delegation"),
    # a person speaks: a person sends no side's delegation
    ("Anna Berg said she would send a delegation to Kessel.", "delegation"),
])
def test_reported_sender_near_misses(actors_of, text, head):
    actors = actors_of(text)
    assert headed(actors, head).traced("affiliation") != "actors.unnamed.clause_side", text
