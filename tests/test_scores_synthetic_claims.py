"""Regression floors for the claims figures on our own synthetic reports (examples/synthetic).

The reports are ours (in the repo), so these tests never skip. They show how the claims
stage generalises beyond the seven development articles it was first written on. Measured
with ``backchannel eval examples/synthetic/gold examples/synthetic`` over the eight reports
of ``conftest.SYNTHETIC_FILES`` (more reports are being added; the floors apply to this fixed set so that a new,
harder report cannot break the suite): before the generalisation pass claims F1 0.91 and
speaker accuracy 0.81; after it 1.00 and 0.98. The floors sit a little under the measured
figures (speaker accuracy also depends on the actors stage naming the speakers).
"""

from __future__ import annotations


import pytest

FLOORS = {"claims_f1": 0.95, "claim_speaker_accuracy": 0.90, "claim_direct_accuracy": 0.95}
FLOOR_FILE_F1 = 0.85


@pytest.fixture(scope="module")
def scores(synthetic_scores):
    """Parsed and scored once per session (conftest)."""
    return synthetic_scores


def test_every_synthetic_file_claims_f1(scores):
    low = {k: v["claims"]["f1"] for k, v in scores["files"].items() if v["claims"]["f1"] < FLOOR_FILE_F1}
    assert not low, low


def test_synthetic_micro_claims_figures(scores):
    all_ = scores["all"]
    assert all_["claims"]["f1"] >= FLOORS["claims_f1"], all_["claims"]
    assert all_["claim_speaker_accuracy"] >= FLOORS["claim_speaker_accuracy"], all_["claim_speaker_accuracy"]
    assert all_["claim_direct_accuracy"] >= FLOORS["claim_direct_accuracy"], all_["claim_direct_accuracy"]
