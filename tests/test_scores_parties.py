"""Floors of cross-report entities on two development clusters outside ../shared (skipped when absent).

Why: the joins of one party under several descriptions (``actors.parties.*``,
``across.entities.side_group`` / ``given_short_form``) were built on these two
clusters; the floors keep what they gained (ru-ua 0.804 -> 0.872, ir-il 0.855 ->
0.895 entities pairwise F1, s24) from slipping back unnoticed.
"""

from __future__ import annotations

import pytest
from across_helpers import score_cluster

from conftest import ROOT

FLOORS = {ROOT.parent / "freshcluster" / "russia-ukraine-pow-swap-dec-2024": 0.86,
          ROOT.parent / "freshcluster3" / "iran-israel-ceasefire-june-2025": 0.88}


@pytest.mark.parametrize("path", sorted(FLOORS), ids=lambda p: p.name)
def test_entities_pairwise_floor(path, nlp):
    s = score_cluster(path, nlp)
    assert s["entities_pairwise"]["f1"] >= FLOORS[path]
    assert s["entities_pairwise"]["p"] >= 0.95  # joins stay precise
