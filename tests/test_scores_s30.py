"""Floors on the sets read in the tenth session of 2026-12-06 (set 12 and the cecilia-sala cluster,
blind through the ninth session), a little under the figures the README (since the twenty-fifth session docs/accuracy-history.md) gives for the session's
final commit; the contradiction floors of the hostage clusters the session's across rules were
written on; and a guard on the blind set 13 and cluster 11 (figures only: nobody read their
errors). Paths are named, never globbed. Skipped where the data is absent (a clone on its own)."""

from __future__ import annotations

from across_helpers import score_cluster
from conftest import ROOT

SALA = ROOT.parent / "freshcluster10" / "cecilia-sala-abedini"
KURIGA = ROOT.parent / "freshcluster9" / "kuriga-schoolchildren-release-2024"
TSURKOV = ROOT.parent / "freshcluster8" / "tsurkov-release-sep-2025"
YASUDA = ROOT.parent / "freshcluster11" / "jumpei-yasuda-release-2018"


def test_set12_read_floors(set_scores):
    """Affiliations from syntax, title aliases, a year before an event noun."""
    root = ROOT.parent / "freshgold12"
    t = set_scores(root / "gold", root / "texts")
    assert t["actors"]["f1"] >= 0.78, t["actors"]
    assert t["alias_recall"] >= 0.80, t["alias_recall"]
    assert t["affiliation_accuracy"] >= 0.76, t["affiliation_accuracy"]
    assert t["claims"]["f1"] >= 0.82, t["claims"]


def test_sala_per_report(set_scores):
    t = set_scores(SALA / "gold", SALA / "docs")
    assert t["actors"]["f1"] >= 0.89, t["actors"]
    assert t["time_accuracy"] >= 0.60, t["time_accuracy"]


def test_sala_across(nlp):
    """Names spelt two ways or run on, a silent group of the story's acts, ransom and linkage denials."""
    s = score_cluster(SALA, nlp)
    assert s["entities_pairwise"]["f1"] >= 0.89, s["entities_pairwise"]
    assert s["events"]["f1"] >= 0.75, s["events"]
    # 0.421 -> 0.368 in session 34: the release told by d1 now carries its right date (interactions.timing.perfect_news),
    # which splits a wrong act of d3 (a source "released") from it; 7 of 17 links right (was 8 of 17)
    assert s["links"]["f1"] >= 0.36, s["links"]
    assert s["links_contradicts"]["tp"] >= 3, s["links_contradicts"]


def test_kuriga_and_tsurkov_contradictions(nlp):
    """Counts of the people taken, denials of ransom and of a link between two arrests."""
    k = score_cluster(KURIGA, nlp)
    assert k["links"]["f1"] >= 0.50 and k["links_contradicts"]["tp"] >= 5, (k["links"], k["links_contradicts"])
    t = score_cluster(TSURKOV, nlp)
    assert t["links"]["f1"] >= 0.38 and t["links_contradicts"]["tp"] >= 5, (t["links"], t["links_contradicts"])


def test_set13_blind_guard(set_scores):
    root = ROOT.parent / "freshgold13"
    t = set_scores(root / "gold", root / "texts")
    assert t["actors"]["f1"] >= 0.76, t["actors"]
    assert t["claims"]["f1"] >= 0.78, t["claims"]


def test_cluster11_blind_guard(nlp):
    s = score_cluster(YASUDA, nlp)
    assert s["entities_pairwise"]["f1"] >= 0.80, s["entities_pairwise"]
