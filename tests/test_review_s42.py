"""Fixes from the review of session 42's merged change, each on invented sentences (Norway,
Sweden, Ostland, Westmark, Bergen, Anna Berg, Karl Lind are invented stand-ins).

- ``interactions.merge.distinct_terms``: an agreement told again with a pronoun, a definite noun or
  a synonym is one act, not two.
"""

from __future__ import annotations

import pytest

from backchannel.pipeline import analyze_text


def _acts(text: str, kind: str) -> list[tuple[str | None, str | None]]:
    return [(i.source, i.target) for i in analyze_text(text, published="2024-03-01").interactions
            if i.type == kind]


@pytest.mark.parametrize("text", [
    "Norway and Sweden agreed to a truce on Monday. Sweden later confirmed that it had agreed to it.",
    "Norway and Sweden agreed to a truce on Monday. Sweden later confirmed that it had agreed to the deal.",
    "Norway and Sweden agreed to a ceasefire on Monday. Sweden later confirmed that it had agreed to the truce.",
    "Norway and Sweden agreed to free the prisoners on Monday. Sweden later confirmed that it had agreed "
    "to release them.",
])
def test_agreement_told_again_is_one_act(text: str) -> None:
    assert len(_acts(text, "agree")) == 1


def test_agreement_and_a_new_point_are_two_acts() -> None:
    got = _acts("Norway and Sweden agreed to a two-phase plan on Monday. Sweden said they also agreed "
                "to meet monthly.", "agree")
    assert len(got) == 2
