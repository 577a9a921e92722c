"""Specific unnamed collectives (s42-groups, ``actors.unnamed.specific_collective``, ``actors.unnamed.allegiance_side``)
and states named by their government (``actors.states.government_owner``). Invented sentences and names only.

Positive: a definite or possessive plural group noun that is a party of an act or a speaker, in every position
(subject, object, conjunct, "with"/"between"/"by" objects, "according to"). Negative: generic ("rebels often
kidnap"), quantified ("some rebels"), modifiers ("rebel-held"), kinds ("talks with insurgents", "rebels in
general", a bare "Insurgents later attacked"), a frame missing its preposition ("came into contact with"), a
clause hung on the noun, captives (left to the captives stage)."""

from __future__ import annotations

import pytest

SPECIFIC = "actors.unnamed.specific_collective"


def _names(d) -> dict[str, str]:
    return {a.id: a.name for a in d.actors}


@pytest.mark.parametrize("text,act,source,target", [
    ("Ostland and the rebels agreed to a ceasefire on Monday.", "agree", "Ostland", "rebels"),
    ("President Anna Berg met the rebels in Lakeville.", "meet", "Anna Berg", "rebels"),
    ("Anna Berg met the insurgents in Lakeville.", "meet", "Anna Berg", "insurgents"),
    ("The guerrillas rejected the offer on Tuesday.", "reject", "guerrillas", None),
    ("The protesters rejected the offer on Tuesday.", "reject", "protesters", None),
    ("Talks between the army and the insurgents resumed.", "negotiate", "army", "insurgents"),
    ("Aid workers were freed by the insurgents on Monday.", "release", "insurgents", "Aid workers"),
])
def test_specific_collective_is_a_party(analyze, text: str, act: str, source: str, target: str | None) -> None:
    d = analyze(text)
    names = _names(d)
    acts = [(i.type, names.get(i.source or ""), names.get(i.target or "")) for i in d.interactions]
    assert (act, source, target) in acts


@pytest.mark.parametrize("text,name", [
    ("The elders said the insurgents had agreed to the plan.", "insurgents"),
    ("According to the insurgents, the talks failed.", "insurgents"),
    ("The mayor talked to the protesters on Monday.", "protesters"),
    ("These guerrillas signed the deal with Westmark.", "guerrillas"),
])
def test_rule_id_and_positions(actors_by_name, text: str, name: str) -> None:
    actor = actors_by_name(text)[name]
    assert not actor.named and actor.kind == "group"
    assert SPECIFIC in str(actor.rule)


def test_possessive_gives_the_side(actors_by_name) -> None:
    actors = {a.id: a for a in actors_by_name("Westmark's insurgents signed the deal on Monday.").values()}
    group = next(a for a in actors.values() if a.name.endswith("insurgents"))
    assert group.affiliation is not None and actors[group.affiliation].name == "Westmark"


def test_loyal_to_gives_the_side(actors_by_name) -> None:
    actors = actors_by_name("Rebels loyal to Karl Vint attacked the town on Monday.")
    group = next(a for n, a in actors.items() if n.startswith("Rebels"))
    assert group.affiliation == actors["Karl Vint"].id
    assert "actors.unnamed.allegiance_side" in str(group.trace)


@pytest.mark.parametrize("text,word", [
    ("Some insurgents rejected the offer.", "insurgents"),  # quantified: some of a kind
    ("Insurgents often kidnap foreigners near the border.", "Insurgents"),  # a habit
    ("The government refuses to negotiate with terrorists.", "terrorists"),  # a kind, bare
    ("The army shelled the rebel-held town on Monday.", "rebel"),  # a modifier
    ("The protesters gathered in the square on Monday.", "protesters"),  # no act, no speech
    ("Many demonstrators met the mayor.", "demonstrators"),
    ("Insurgents in general reject talks.", "Insurgents"),
    ("Insurgents later attacked a convoy near the border.", "Insurgents"),  # bare: a kind here
    ("The protesters came into contact with tear gas.", "protesters"),  # a frame that needs an actor object
    ("The navy accused the insurgents of laying mines.", "insurgents of"),  # a clause hung on the noun
])
def test_not_a_specific_party(actors_context, text: str, word: str) -> None:
    ctx = actors_context(text)
    assert not [a for a in ctx.actors.values() if SPECIFIC in str(a.rule) and word in a.name]


def test_captives_are_left_to_the_captives_stage(actors_by_name) -> None:
    actors = actors_by_name("Ostland's authorities freed the hostages on Monday.")
    assert all(SPECIFIC not in str(a.rule) for a in actors.values())


def test_conjunct_is_not_its_partner(actors_by_name) -> None:
    """A definite "the rebels" never joins the organisation it is coordinated with (actors.definite)."""
    actors = actors_by_name("The Lakeville Front and the rebels agreed to a truce on Monday.")
    assert "rebels" in actors and "rebels" not in actors["Lakeville Front"].aliases


@pytest.mark.parametrize("text,state,alias", [
    ("The government of Ostland signed the deal with the Front.", "Ostland", "government of Ostland"),
    ("The government of Westmark met the insurgents.", "Westmark", "government of Westmark"),
    ("Ostland's government rejected the offer.", "Ostland", "Ostland's government"),
    # not "The authorities of Ostland": a city has authorities too (review s42 #6)
    ("The Westmark government rejected the offer.", "Westmark", "Westmark government"),
])
def test_government_names_the_state(actors_by_name, text: str, state: str, alias: str) -> None:
    actors = actors_by_name(text)
    assert actors[state].kind == "state" and alias in actors[state].aliases
    assert not any(n in ("government", "authorities") or n.endswith(" government") for n in actors)


@pytest.mark.parametrize("text,name", [
    ("The leadership of the Lakeville Front rejected the offer.", "Lakeville Front"),  # an organisation word
    ("The Lakeville Front government rejected the offer.", "Lakeville Front"),  # not a place
])
def test_government_owner_needs_a_state_name(actors_by_name, text: str, name: str) -> None:
    actors = actors_by_name(text)
    assert name in actors and actors[name].kind != "state"
