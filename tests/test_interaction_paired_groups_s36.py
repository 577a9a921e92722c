"""Session 36 (s36-inter2): one head noun under two coordinated nationality modifiers ("Norwegian and
Chilean officials") is two groups when the actors stage keeps one per modifier (rule
interactions.document.paired_modifier_groups), and "a dialogue between A and B" is their talks (frame
negotiate.dialogue, both parties named). Every text here is invented."""

from __future__ import annotations

import pytest


def _pairs(acts: list, kind: str) -> set[tuple[str, str | None]]:
    return {(i.source, i.target) for i in acts if i.type == kind}


@pytest.mark.parametrize("text, kind", [
    ("Talks between Norwegian and Chilean officials resumed on Monday.", "negotiate"),
    ("Norwegian and Chilean officials held talks in Geneva on Monday.", "negotiate"),
    ("The truce was prompted by a quiet dialogue between Norwegian and Chilean officials.", "negotiate"),
])
def test_two_coordinated_modifiers_are_two_groups(acts_of, text, kind):
    assert _pairs(acts_of(text), kind) == {("norwegian-officials", "chilean-officials")}


def test_both_groups_are_told(acts_of):
    acts = acts_of("Norwegian and Chilean officials were notified by Peru that the funds had arrived.")
    assert _pairs(acts, "inform") == {("peru", "norwegian-officials"), ("peru", "chilean-officials")}


@pytest.mark.parametrize("text, pair", [
    ("A dialogue between Norway and Chile began on Monday.", ("norway", "chile")),
    ("The Norway-Chile dialogue resumed in Geneva.", ("norway", "chile")),
    ("Diplomats said a dialogue between Peru and Brazil had eased the dispute.", ("peru", "brazil")),
])
def test_a_dialogue_between_two_is_their_talks(acts_of, text, pair):
    assert pair in _pairs(acts_of(text), "negotiate")


@pytest.mark.parametrize("text", [
    "Norway called for dialogue.",
    "Norway called for dialogue with Chile.",
    "Norwegian officials said the dialogue was over.",
])
def test_a_dialogue_without_two_named_parties_is_nothing(acts_of, text):
    assert not any(i.rule.endswith("negotiate.dialogue") for i in acts_of(text))


def test_one_modifier_is_one_group(acts_of):
    acts = acts_of("Norwegian officials met Chilean officials in Geneva.")
    assert _pairs(acts, "meet") == {("norwegian-officials", "chilean-officials")}
