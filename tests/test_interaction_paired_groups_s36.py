"""Session 36 (s36-inter2): one head noun under two coordinated nationality modifiers ("Norwegian and
Chilean officials") is two groups when the actors stage keeps one per modifier (rule
interactions.document.paired_modifier_groups). Every text here is invented."""

from __future__ import annotations

import pytest


def _pairs(acts: list, kind: str) -> set[tuple[str, str | None]]:
    return {(i.source, i.target) for i in acts if i.type == kind}


@pytest.mark.parametrize("text, kind", [
    ("Talks between Norwegian and Chilean officials resumed on Monday.", "negotiate"),
    ("Norwegian and Chilean officials held talks in Geneva on Monday.", "negotiate"),
    ("Norwegian and Chilean officials met in Geneva on Monday.", "meet"),
])
def test_two_coordinated_modifiers_are_two_groups(acts_of, text, kind):
    assert _pairs(acts_of(text), kind) == {("norwegian-officials", "chilean-officials")}


def test_both_groups_are_told(acts_of):
    acts = acts_of("Norwegian and Chilean officials were notified by Peru that the funds had arrived.")
    assert _pairs(acts, "inform") == {("peru", "norwegian-officials"), ("peru", "chilean-officials")}


def test_one_modifier_per_head_is_one_group_each(acts_of):
    acts = acts_of("Norwegian officials met Chilean officials in Geneva.")
    assert _pairs(acts, "meet") == {("norwegian-officials", "chilean-officials")}


@pytest.mark.parametrize("text", [
    "Senior and junior officials from Norway met Chile in Geneva.",
    "Norwegian officials and Chilean ministers met Peru in Geneva.",
])
def test_near_misses_do_not_split_a_group(acts_of, text):
    ends = {e for i in acts_of(text) for e in (i.source, i.target)}
    assert "chilean-officials" not in ends and "norwegian-ministers" not in ends
