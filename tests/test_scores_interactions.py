"""Regression floor for the interactions figures on the development set (../shared; skipped when absent).

Measured with ``backchannel eval ../shared/gold ../shared/corpus`` when the interactions
stage landed (with the actors and claims stages of the same day): on the example,
relaxed F1 0.95, strict F1 0.85, time accuracy 1.00; micro over the dev set, relaxed
F1 0.96 (P 0.99, R 0.93), strict F1 0.86, time accuracy 0.91 (averaged over files); after
issue 12 round 4 (symmetric order, captors, representatives, quoted "they"): strict 0.91,
relaxed 0.97. The floors sit a little below, to absorb small changes in the actors the
interactions point to.
"""

from __future__ import annotations

import pytest


EXAMPLE = {"relaxed": 0.90, "strict": 0.78, "time": 0.95}
MICRO = {"relaxed": 0.93, "strict": 0.87}


@pytest.fixture(scope="module")
def scores(dev_scores):
    """Parsed and scored once per session (conftest)."""
    return dev_scores


def test_example_interactions(scores):
    ex = scores["files"]["edan-alexander-backchannel"]
    assert ex["interactions_relaxed"]["f1"] >= EXAMPLE["relaxed"], ex["interactions_relaxed"]
    assert ex["interactions_strict"]["f1"] >= EXAMPLE["strict"], ex["interactions_strict"]
    assert ex["time_accuracy"] >= EXAMPLE["time"], ex["time_accuracy"]


def test_micro_interactions(scores):
    all_ = scores["all"]
    assert all_["interactions_relaxed"]["f1"] >= MICRO["relaxed"], all_["interactions_relaxed"]
    assert all_["interactions_strict"]["f1"] >= MICRO["strict"], all_["interactions_strict"]


def test_precision_is_not_bought_with_volume(scores):
    """As many predictions as gold acts, give or take a quarter: no interaction for every verb."""
    all_ = scores["all"]["interactions_relaxed"]
    assert all_["pred"] <= 1.25 * all_["gold"], all_
    assert all_["p"] >= 0.90, all_
