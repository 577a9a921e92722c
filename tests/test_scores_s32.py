"""Floors on the sets read in the twelfth session of 2026-12-06 (set 16 and the dapchi cluster, blind through the
eleventh session; set 15 and the qatari-hunters cluster, held out by that session's helpers), a little under the
figures the README gives for that session's final commit: the dapchi split of captives (`part_apart`) and its
own-voice contradictions (`denial_own_voice`). Paths are named, never globbed. Skipped where the data is absent
(a clone on its own)."""

from __future__ import annotations

from across_helpers import score_cluster
from conftest import ROOT

DAPCHI = ROOT.parent / "freshcluster14" / "dapchi-schoolgirls-release-2018"
QATARI = ROOT.parent / "freshcluster13" / "qatari-hunters-iraq-2017"


def test_set16_read_floors(set_scores):
    root = ROOT.parent / "freshgold16"
    t = set_scores(root / "gold", root / "texts")
    assert t["actors"]["f1"] >= 0.79, t["actors"]
    assert t["interactions_strict"]["f1"] >= 0.27, t["interactions_strict"]
    assert t["claims"]["f1"] >= 0.80, t["claims"]


def test_dapchi_across(nlp):
    """The captive girls one party across outlets, a part of them apart; own-voice sentences as denial ends."""
    s = score_cluster(DAPCHI, nlp)
    assert s["entities_pairwise"]["f1"] >= 0.84, s["entities_pairwise"]
    assert s["links_contradicts"]["tp"] >= 2, s["links_contradicts"]
    assert s["links"]["f1"] >= 0.30, s["links"]


def test_qatari_across(nlp):
    s = score_cluster(QATARI, nlp)
    assert s["entities_pairwise"]["f1"] >= 0.67, s["entities_pairwise"]
