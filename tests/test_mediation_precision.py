"""Precision of the mediation and acceptance rules on invented sentences, one test per rule id.

Why: on reports no rule was written on, a mediation read into a purpose clause, an acceptance
given a mediator as its "other side", or a mediator's parties taken from the story instead of
the act it mediates made most of the false interactions; these tests pin the narrowed readings
(and the readings kept) on sentences written for them.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def acts_of(analyze):
    """All interactions of a text, as (type, source, target, interaction)."""

    def run(text: str):
        return [(i.type, i.source, i.target, i) for i in analyze(text).interactions]

    return run


def _of_type(acts, ty: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for k, s, t, _ in acts if k == ty}


# -- interactions.expand.one_sided -----------------------------------------------------
@pytest.mark.parametrize("text, party", [
    ("Brazilian envoy Ana Lobo held talks with Peru on Monday. Lobo later said that Chile had agreed to a truce.",
     "chile"),
    ("Peru held talks with Brazil in Quito. Chile agreed to meet on Friday, a Peruvian official said.", "chile"),
    ("Envoy Ana Lobo of Brazil met Peruvian leaders twice in Lima. Bolivia has agreed to the ceasefire, she said.",
     "bolivia"),
])
def test_interactions_expand_one_sided(acts_of, text, party):
    """A party that is none of the story's two sides accepting an act has no "other side":
    the target stays null, never the mediator or the side it talked to."""
    acts = acts_of(text)
    own = [i for ty, s, t, i in acts if party in (s, t) and ty in ("agree", "meet")]
    assert own and all(i.target is None for i in own), [(i.type, i.source, i.target) for i in own]
    assert own[0].traced("target") == "interactions.expand.one_sided"


def test_interactions_expand_one_sided_keeps_a_sides_counterpart(acts_of):
    acts = acts_of("Peru and Chile held talks in Quito. Chile agreed to a truce, a Peruvian official said.")
    assert ("peru", "chile") in _of_type(acts, "agree")
