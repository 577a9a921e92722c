""""Both sides" and "the two sides" stand for the story's sides only when an act names exactly two parties
(rule TWO_PARTY of extract/interactions/story.py, review s35). Invented sentences only."""

from __future__ import annotations

import pytest


def demanded(acts_of, text: str) -> set[str | None]:
    return {i.target for i in acts_of(text) if i.type == "demand" and i.source == "lorvia"}


@pytest.mark.parametrize("text", [
    "Norland, Vesterland and Ostmark held talks in Pell on Monday. Lorvia urged both sides to free the captives.",
    "Norland held talks with Vesterland and Ostmark in Pell on Monday. Lorvia urged both sides to free the captives.",
    "Norland, Vesterland and Ostmark met in Pell on Monday. Lorvia urged both sides to free the captives.",
])
def test_three_parties_make_no_two_sides(acts_of, text):
    # three parties in play: "both sides" is not the first two of them
    assert not demanded(acts_of, text) & {"norland", "vesterland", "ostmark"}, text


@pytest.mark.parametrize("text", [
    # near misses: two parties, or a two-party act beside the three-party one
    "Norland and Vesterland held talks in Pell on Monday. Lorvia urged both sides to free the captives.",
    "Norland held talks with Vesterland in Pell on Monday. Lorvia urged both sides to free the captives.",
    "Norland, Vesterland and Ostmark held talks in Pell on Monday. Norland and Vesterland signed a truce on "
    "Tuesday. Lorvia urged both sides to free the captives.",
])
def test_two_parties_make_the_two_sides(acts_of, text):
    assert demanded(acts_of, text) == {"norland", "vesterland"}, text
