"""Demonyms that tell a person's nationality or past office, or begin a place's name, make no state actor
(s43-actors, rules ``actors.states.person_demonym`` and ``actors.states.place_name_demonym``); invented
sentences. Why: "former <demonym> President X" names an office X left, "X, an <demonym>," and "a crew of three
<demonym>s" say where private people come from, "the <demonym> Ocean" is a place; none is the state acting.
Where the state acts elsewhere it stays an actor, and an exchange keeps each captive's state a side."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,state", [
    ("The deal was signed before former Nigerian President Ola Brandt, the Free Hill Front said.", "Nigeria"),
    ("Talks were chaired by former South African Vice-President Anna Berg and the Ostland envoy.", "South Africa"),
    ("The ex-Kenyan minister Jon Hale joined the Free Hill Front talks in Kessel on Friday.", "Kenya"),
    ("Professors Tom Weller, an American, and Jon Hale, an Australian, were freed by the Free Hill Front.",
     "Australia"),
    ("The ship had a crew of two Belgians and three Filipinos when the Free Hill Front seized it.", "Philippines"),
    ("Gunmen seized the freighter in the Indian Ocean on Monday, Ostland said.", "India"),
    ("The then-Kenyan President Jon Hale freed the hostages held by the Free Hill Front.", "Kenya"),
    # an exchange word in an office's name is no exchange (s43-fix)
    ("Former Kenyan President Karl Vogt met the Ugandan trade minister in Kessel.", "Kenya"),
    ("Tom Weller, an American, met the Ostland trade minister in Kessel.", "United States"),
])
def test_no_state_from_a_person_or_place_demonym(actors_by_name, text: str, state: str) -> None:
    assert state not in actors_by_name(text)


@pytest.mark.parametrize("text,state", [
    # near-misses: a current office, the state's own officials, an exchange, the state acting elsewhere
    ("Nigerian President Ola Brandt met the Free Hill Front in Kessel.", "Nigeria"),
    ("Kenyan officials met the Free Hill Front in Kessel on Monday.", "Kenya"),
    ("Tom Weller, an American, was exchanged for Jon Hale, a Russian, on Monday.", "Russia"),
    ("Tom Weller, an American, was freed in a prisoner swap for Jon Hale, a Russian.", "Russia"),
    ("Former Nigerian President Ola Brandt flew to Kessel. Nigeria urged the Free Hill Front to talk.", "Nigeria"),
    ("Indian diplomats met the Free Hill Front in Kessel on Monday.", "India"),
    # "then" as an adverb, and a past word on a group noun, not a title: the state acts (s43-fix)
    ("The Front attacked the town, and then Kenyan troops moved in and freed the hostages.", "Kenya"),
    ("Since then Egyptian mediators have met the Free Hill Front three times.", "Egypt"),
    ("Back then Kenyan negotiators met the Free Hill Front in secret.", "Kenya"),
    ("Former Kenyan officials met the Free Hill Front in Kessel on Monday.", "Kenya"),
])
def test_state_kept(actors_by_name, text: str, state: str) -> None:
    assert state in actors_by_name(text)


def test_adverb_then_keeps_the_troops_side(actors_by_name) -> None:
    """ "and then <demonym> troops": the troops stay the state's side (the adverb is no past office)."""
    got = actors_by_name("The Front attacked the town, and then Kenyan troops moved in and freed the hostages.")
    troops = next(a for n, a in got.items() if "troops" in n)
    assert troops.affiliation == got["Kenya"].id


def test_kept_state_mention_carries_the_rule(actors_by_name) -> None:
    """The vetoed mention stays on a state that acts elsewhere, under its own rule id (so it can be counted)."""
    got = actors_by_name("Former Nigerian President Ola Brandt flew to Kessel. Nigeria urged the Front to talk.")
    assert "actors.states.person_demonym" in {m.rule for m in got["Nigeria"].mentions}


@pytest.mark.parametrize("text,person,rule", [
    ("The talks were chaired by former Nigerian President Ola Brandt. The former Nigerian leader said the bloc "
     "would monitor the deal.", "Ola Brandt", "actors.role_anaphors.past_holder"),
    ("Former Ostland president Anna Berg flew to Kessel on Monday. The former leader met the Free Hill Front.",
     "Anna Berg", "actors.role_anaphors.past_holder"),
    # the same title word again: the bare title rule, not the past-role class one
    ("Westmark's former envoy Ola Brandt met the Front on Monday. Later the former envoy said talks would resume.",
     "Ola Brandt", "actors.unnamed.bare_title"),
])
def test_past_role_is_its_past_holder(actors_context, text: str, person: str, rule: str) -> None:
    """ "the former leader" is the one person whose own title is a past one of that class (``past_holder``):
    the later description is a mention of that person, under the rule that resolved it."""
    ctx = actors_context(text)
    assert not [a for a in ctx.actors.values() if a.name.lower().startswith("former")]
    actor = next(a for a in ctx.actors.values() if a.name == person)
    later = text.index("former", text.index(".") + 1)
    assert rule in {m.rule for m in actor.mentions if m.start <= later < m.end}


@pytest.mark.parametrize("text", [
    # a past role of another class, or two past holders, leave the description alone
    "Ola Brandt, the former Westmark foreign minister, met Anna Berg. The former leader said nothing new.",
    "Former president Ola Brandt and former president Anna Berg met in Kessel. The former leader said "
    "talks would go on.",
])
def test_past_role_unresolved(actors_context, text: str) -> None:
    at = text.index("The former")
    for name in ("Ola Brandt", "Anna Berg"):
        actor = next(a for a in actors_context(text).actors.values() if a.name == name)
        assert not [m for m in actor.mentions if m.start <= at < m.end or at <= m.start < at + 20]
