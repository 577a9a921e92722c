"""Trigger words added by verb class (data/frames.toml): taking captives is an attack, sanctions
imposed are pressure, standing by an accord is agreeing to it.

Every sentence is invented for these tests (invented parties, or real state names in invented
events); each shape has near misses on which the frame must not fire.
"""

from __future__ import annotations

import pytest

from interaction_helpers import find


# -- interactions.frames.attack.kidnap / abduction ----------------------------------------------------
@pytest.mark.parametrize("text, target", [
    ("Four Chilean nurses were kidnapped by the Red Dawn militia in April.", "chilean-nurses"),  # passive
    # active, counted: until session 33 the target was Chile (the demonym made the state); since the nurses'
    # nationality makes no state (private_heads, measured on the gold) and a counted plural in object position
    # makes no group yet, the attack has no target: the group, as the passive shape gets, is what should come
    pytest.param("The Red Dawn militia kidnapped four Chilean nurses near the border.", "chilean-nurses",
                 marks=pytest.mark.xfail(strict=True, reason="counted national plural in object position: no group")),
    ("The Red Dawn militia abducted the Chilean consul, Ola Brandt, on Monday.", "ola-brandt"),
])
def test_taking_captives_is_an_attack(acts_of, text, target):
    i = find(acts_of(text), "attack", "red-dawn-militia", target)
    assert i.rule in ("interactions.frames.attack.kidnap", "interactions.frames.attack.abduct")


def test_abduction_noun_takes_its_class_arguments(acts_of):
    i = find(acts_of("Peru condemned Chile's past abductions of Peruvian nationals."), "attack", "chile", "peru")
    assert i.rule == "interactions.frames.attack.abduction"


@pytest.mark.parametrize("text", [
    "The Red Dawn militia kidnapped the headlines for a week.",  # no captive
    "Chile condemned the abduction.",  # no party at all
])
def test_taking_captives_near_misses(acts_of, text):
    assert not [i for i in acts_of(text) if i.type == "attack"]


# -- interactions.frames.pressure.sanction_noun_* ------------------------------------------------------
@pytest.mark.parametrize("text, source, target", [
    ("Peru imposed new sanctions on Chile.", "peru", "chile"),  # "on" hung on the verb
    ("Peru's sanctions against Chile were tightened in May.", "peru", "chile"),  # possessor, "against"
    ("Chile faces sanctions imposed by Peru.", "peru", None),  # reduced passive: its agent imposes
])
def test_sanctions_imposed_are_pressure(acts_of, text, source, target):
    find(acts_of(text), "pressure", source, target)


@pytest.mark.parametrize("text", [
    "Peru lifted sanctions on Chile.",  # lifting is no pressure
    "Chile has lived under sanctions for years.",  # no imposing verb
])
def test_sanctions_near_misses(acts_of, text):
    assert not [i for i in acts_of(text) if i.type == "pressure"]
