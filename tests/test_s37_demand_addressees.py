"""Demands with no addressee in a two-sided story (session 37, ``mediation_sides.demand_addressees``).

Why: "the opposition demanded a wider presence", "X demanded the cessation of the blockade" name
no addressee, yet in a story of two sides one side demands of the other; a mediator's request
("the mediator's request that they keep silent") is made of each side. Rules
interactions.expand.demand_to_other_side and interactions.expand.mediator_demand_to_sides.
Invented sentences and names.
"""

from __future__ import annotations

import pytest

from backchannel.pipeline import analyze_text

TALKS = "Norland and the Red Brigade held talks in May. "
MEDIATED = "Norland and the Red Brigade held talks in May, mediated by Oman. "


def demands(text: str) -> list[tuple[str, str, str]]:
    dossier = analyze_text(text, published="2025-05-13")
    names = {a.id: a.name for a in dossier.actors}
    return sorted((names.get(i.source or "", "None"), names.get(i.target or "", "None"),
                   (i.trace or {}).get("target", "")) for i in dossier.interactions if i.type == "demand")


@pytest.mark.parametrize("text", [
    TALKS + "The Red Brigade demanded a wider international presence.",
    TALKS + "The Red Brigade has demanded the definitive end of the blockade.",
    TALKS + "On Monday the Red Brigade demanded guarantees.",
])
def test_a_side_demands_of_the_other(text: str) -> None:
    assert demands(text) == [("Red Brigade", "Norland", "interactions.expand.demand_to_other_side")]


def test_a_mediator_requests_of_each_side() -> None:
    found = demands(MEDIATED + "Oman's request was clear.")
    assert [(s, t) for s, t, _ in found] == [("Oman", "Norland"), ("Oman", "Red Brigade")]
    assert {r for _, _, r in found} == {"interactions.expand.mediator_demand_to_sides"}


@pytest.mark.parametrize("text", [
    TALKS + "The Vatican demanded an inquiry.",  # neither a side nor a mediator
    TALKS + "The Red Brigade's new demand stalled the talks.",  # a demand named, no act told
    "The Red Brigade demanded an inquiry.",  # no two sides
])
def test_no_addressee_is_invented(text: str) -> None:
    assert all(t == "None" for _, t, _ in demands(text))


def test_a_named_addressee_stays() -> None:
    assert demands(TALKS + "Oman urged the Red Brigade to free the pilot.") == [("Oman", "Red Brigade", "")]
