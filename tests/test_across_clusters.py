"""The resolver on the real clusters of ../shared (skipped when they are not there).

The development cluster (gaza-ceasefire-jan-2025) guards what the rules were
written for; the held-out one (edan-alexander-release) is only run for figures,
so it is held to the floor of names-only joining, no more.
"""

from __future__ import annotations

from across_helpers import score_cluster

from conftest import ROOT

SHARED = ROOT.parent / "shared"
CLUSTERS = SHARED / "gold" / "corpora"


def score(cluster: str, nlp) -> dict:  # noqa: ANN001
    return score_cluster(CLUSTERS / cluster, nlp)


def test_development_cluster(nlp):
    s = score("gaza-ceasefire-jan-2025", nlp)
    assert s["entities_pairwise"]["f1"] >= 0.88
    # 0.933 before across.events.guessed_partner, 0.968 after it; 0.933 again since s43-ends: one report's
    # "campaign aimed at pressuring Israel" now has its gold doer (the Houthis, purpose_participle), and
    # the wrong Hamas doer it had before had joined another report's Hamas pressure by luck
    assert s["events"]["f1"] >= 0.93
    assert s["links"]["f1"] >= 0.40 and s["links_contradicts"]["r"] >= 0.5


def test_held_out_cluster_keeps_the_floor(nlp):
    s = score("edan-alexander-release", nlp)
    assert s["entities_pairwise"]["f1"] >= 0.86  # the names-only floor
    assert s["events"]["f1"] > 0.0 and s["links"]["f1"] > 0.0
