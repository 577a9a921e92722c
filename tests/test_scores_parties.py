"""Floors of cross-report entities on two development clusters outside ../shared (skipped when absent).

Why: the joins of one party under several descriptions (``actors.parties.*``,
``across.entities.side_group`` / ``given_short_form``) were built on these two
clusters; the floors keep what they gained (ru-ua 0.804 -> 0.872, ir-il 0.855 ->
0.895 entities pairwise F1, s24) from slipping back unnoticed.
"""

from __future__ import annotations

import importlib.util
import sys

import pytest

from conftest import ROOT
from backchannel.ingest import read_inputs
from backchannel.pipeline import analyze
from backchannel.resolve.across import resolve_dossiers

SCORER = ROOT.parent / "shared" / "bench" / "score_corpus.py"
FLOORS = {ROOT.parent / "freshcluster" / "russia-ukraine-pow-swap-dec-2024": 0.86,
          ROOT.parent / "freshcluster3" / "iran-israel-ceasefire-june-2025": 0.88}


@pytest.mark.parametrize("path", sorted(FLOORS), ids=lambda p: p.name)
def test_entities_pairwise_floor(path, nlp):
    if not (path / "corpus.json").exists() or not SCORER.exists():
        pytest.skip(f"{path} or {SCORER} is not there")
    sys.path.insert(0, str(SCORER.parent))
    spec = importlib.util.spec_from_file_location("score_corpus", SCORER)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    dossiers = [r.dossier for r in analyze(read_inputs([str(path / "docs")]), nlp=nlp) if r.dossier]
    res = resolve_dossiers(iter(dossiers))
    s = mod.score(path, {"dossiers": [d.to_dict() for d in dossiers], **res.to_dict()})
    assert s["entities_pairwise"]["f1"] >= FLOORS[path]
    assert s["entities_pairwise"]["p"] >= 0.95  # joins stay precise
