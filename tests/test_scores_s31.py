"""Floors on the sets read in the eleventh session of 2026-12-06 (sets 13 and 14 and the jumpei-yasuda and
warmbier clusters, blind through the tenth session), a little under the figures the README (since the twenty-fifth session docs/accuracy-history.md) gives for the
session's final commit; c8 and set 11 time (dates told by a later mention, lead adverbs). Paths are named, never
globbed. Skipped where the data is absent (a clone on its own)."""

from __future__ import annotations

from across_helpers import score_cluster
from conftest import ROOT

YASUDA = ROOT.parent / "freshcluster11" / "jumpei-yasuda-release-2018"
WARMBIER = ROOT.parent / "freshcluster12" / "warmbier-hospital-bill"
TSURKOV = ROOT.parent / "freshcluster8" / "tsurkov-release-sep-2025"


def test_set13_read_floors(set_scores):
    """Alias recall (surnames shared with a relative, demonyms), speakers named in the next sentence."""
    root = ROOT.parent / "freshgold13"
    t = set_scores(root / "gold", root / "texts")
    # 0.74 until session 32: claims.speakers.people_noun then found a speaker actor ("neighbouring countries")
    # the rules had missed, and alias recall counts the aliases of matched actors only (0.76 -> 0.73)
    assert t["alias_recall"] >= 0.72, t["alias_recall"]
    assert t["interactions_strict"]["f1"] >= 0.23, t["interactions_strict"]


def test_yasuda_and_warmbier_per_report(set_scores):
    """Acts of criticism, charges and appeals; one surname for the main person, not a relative."""
    y = set_scores(YASUDA / "gold", YASUDA / "docs")
    assert y["interactions_strict"]["f1"] >= 0.22, y["interactions_strict"]
    assert y["alias_recall"] >= 0.80, y["alias_recall"]  # 0.83 until the same speaker actor was found (s32)
    w = set_scores(WARMBIER / "gold", WARMBIER / "docs")
    assert w["alias_recall"] >= 0.93, w["alias_recall"]
    assert w["interactions_strict"]["f1"] >= 0.36, w["interactions_strict"]


def test_yasuda_across_no_false_contradiction(nlp):
    """A claim a verb of denial reports tells nothing; a denial of one's own act is not of a third party's."""
    s = score_cluster(YASUDA, nlp)
    assert s["links_contradicts"]["pred"] <= 2, s["links_contradicts"]
    assert s["links"]["f1"] >= 0.28, s["links"]


def test_c8_and_set11_time(set_scores):
    t = set_scores(TSURKOV / "gold", TSURKOV / "docs")
    assert t["time_accuracy"] >= 0.80, t["time_accuracy"]
    root = ROOT.parent / "freshgold11"
    t = set_scores(root / "gold", root / "texts")
    assert t["time_accuracy"] >= 0.80, t["time_accuracy"]
