"""Regression floor for the actors figures on the development set (../shared; skipped when absent).

Measured with ``backchannel eval ../shared/gold ../shared/corpus`` when the actors
stage landed (full pipeline): actors F1 0.97 on the example (the claims stage adds
one speaker group) and 0.99 micro over the dev set, alias recall 1.00,
affiliation accuracy 0.97 (mean over files). The floors leave a little room for other
stages' changes to the parse-independent parts, never for a real regression.
"""

from __future__ import annotations

import pytest


FLOORS_ALL = {"actors_f1": 0.96, "alias_recall": 0.95, "affiliation_accuracy": 0.92, "named_actors_recall": 0.97}
FLOOR_EXAMPLE_F1 = 0.95
FLOOR_FILE_F1 = 0.90


@pytest.fixture(scope="module")
def scores(dev_scores):
    """Parsed and scored once per session (conftest)."""
    return dev_scores


def test_example_actor_f1(scores):
    ex = scores["files"]["edan-alexander-backchannel"]
    assert ex["actors"]["f1"] >= FLOOR_EXAMPLE_F1, ex["actors"]


def test_every_file_actor_f1(scores):
    low = {k: v["actors"]["f1"] for k, v in scores["files"].items() if v["actors"]["f1"] < FLOOR_FILE_F1}
    assert not low, low


def test_micro_actor_figures(scores):
    all_ = scores["all"]
    assert all_["actors"]["f1"] >= FLOORS_ALL["actors_f1"], all_["actors"]
    assert all_["alias_recall"] >= FLOORS_ALL["alias_recall"], all_["alias_recall"]
    assert all_["affiliation_accuracy"] >= FLOORS_ALL["affiliation_accuracy"], all_["affiliation_accuracy"]
    assert all_["named_actors_recall"] >= FLOORS_ALL["named_actors_recall"], all_["named_actors_recall"]
