"""Session 37 review, actors.states.capital_party on invented sentences: a way into a city or a move on it
("the main entrance to Lima", "the approaches to Lima", "the rebels' advance to Lima") and a part of the
city after "of" ("on the outskirts of Lima"), a contest for it or a service to it ("the battle for Lima", "a
bus service to Lima") keep the capital a place, not its state."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Rebels blocked the main entrance to Lima on Monday.",
    "Troops dug trenches on the northern approaches to Lima.",
    "The rebels' advance to Lima stalled in the hills.",
    "The army regained control of the main gate to Lima.",
    "Fighting raged on the outskirts of Lima on Monday.",
    "Protesters filled the streets of Lima.",
])
def test_a_way_into_or_a_part_of_a_capital_is_no_state(analyze, text):
    d = analyze(text)
    assert all("Lima" not in a.aliases and all(m.text != "Lima" for m in a.mentions)
               for a in d.actors if a.kind == "state"), [(a.name, a.aliases) for a in d.actors]


@pytest.mark.parametrize("text", [
    "Kenya set a deadline of Friday for Lima to respond.",
    "Kenya expressed support for Lima in the dispute with Chile.",
    "The offer of Lima was rejected by Chile.",
])
def test_a_capital_as_a_party_stays_its_state(analyze, text):
    d = analyze(text)
    assert any(a.kind == "state" and a.name == "Peru" and "Lima" in a.aliases for a in d.actors)



@pytest.mark.parametrize("text", [
    "The battle for Lima entered its third week.",
    "The rebels lost the fight for Lima in March.",
    "Kenya warned of a race to Lima between the rival militias.",
    "The mayoral election for Lima was postponed.",
    "Kenya announced a new bus service to Lima.",
])
def test_a_contest_for_or_a_service_to_a_capital_is_no_state(analyze, text):
    d = analyze(text)
    assert all("Lima" not in a.aliases for a in d.actors if a.kind == "state"), [(a.name, a.aliases) for a in d.actors]


@pytest.mark.parametrize("text", [
    "The Kenyan envoy's message to Lima was clear.",
])
def test_a_channel_to_a_capital_stays_its_state(analyze, text):
    d = analyze(text)
    assert any(a.kind == "state" and a.name == "Peru" and "Lima" in a.aliases for a in d.actors), \
        [(a.name, a.aliases) for a in d.actors]
