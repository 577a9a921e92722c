"""Regression floors for the claims stage: the gold dossiers and PolNeAR dev.

Both read ../shared (third-party texts stay outside the repo) and skip when it
is absent. PolNeAR dev (``benchmarks/polnear.py --cache``): exact F1 59.3 -> 60.5
(precision 73.9 -> 75.3), overlap F1 68.6 -> 69.4, speaker accuracy 93.2 -> 94.8,
recall direct 92.8 -> 94.1 / indirect 46.6 -> 47.1 after the generalisation pass;
issue 12 round 2 (pronoun namings, "cited X as Y", ", citing X", continuations after a
parenthetical cue, "her claim that …"): exact F1 60.9 -> 61.1, overlap 69.3 -> 69.7,
indirect recall 46.0 -> 46.8; issue 12 round 3 (headline "Name: …", relative-clause
attribution, quotations the parse cut from their clause, multi-word sentence adverbs, no
planned speech): exact F1 61.2 -> 62.0 (precision 77.1 -> 77.9), overlap 69.7 -> 70.1,
speaker 94.8 -> 94.9, recall direct 94.1 -> 94.5 / indirect 46.9 -> 47.3; issue 12 round 4
(a cue coordinated inside a reported clause, the reporter's closing gloss, reported
continuations): exact F1 62.0 -> 62.1, overlap 70.1 -> 70.3, indirect recall 47.4 -> 47.8;
the floors sit a little under. The corpus is parsed once per session (``corpus_dossiers``); PolNeAR
dev (84 articles) is parsed once here, which takes about ten seconds.
"""

from __future__ import annotations

import importlib.util
import json

import pytest
from conftest import ROOT, shared_path

from backchannel.evaluate import combine, load_gold, score


@pytest.fixture(scope="module")
def gold_scores(corpus_dossiers):
    gold_dir = shared_path("gold")
    out = {}
    for stem, dossier in corpus_dossiers.items():
        g = gold_dir / f"{stem}.json"
        if g.exists():
            out[stem] = score(load_gold(g), json.loads(json.dumps(dossier.to_dict())))
    return out


def test_claims_on_the_example(gold_scores):
    s = gold_scores["edan-alexander-backchannel"]
    assert s["claims"]["f1"] >= 0.85, s["claims"]
    assert s["claim_speaker_accuracy"] >= 0.90, s["claim_speaker_accuracy"]
    assert s["claim_direct_accuracy"] >= 0.85


def test_claims_on_the_dev_set(gold_scores):
    total = combine(list(gold_scores.values()))
    assert len(gold_scores) >= 7
    assert total["claims"]["f1"] >= 0.92, total["claims"]


def _load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def polnear_scores(nlp, tmp_path_factory):
    gold = shared_path("bench", "polnear_dev.jsonl")
    scorer = _load(shared_path("bench", "score_claims.py"), "score_claims")
    bench = _load(ROOT / "benchmarks" / "polnear.py", "bench_polnear")
    pred = tmp_path_factory.mktemp("polnear") / "dev.pred.jsonl"
    # claims depend on the actors stage only: interactions are left out to keep this test quick
    bench.predict(bench.parse_docs(nlp, gold, cache=False), pred, ("actors", "claims", "finalize"))
    g, p = scorer.load(str(gold)), scorer.load(str(pred))
    from collections import defaultdict

    stats = defaultdict(int)
    for doc_id in sorted(g):
        stats["docs"] += 1
        scorer.match_doc(g[doc_id], p.get(doc_id), stats)
    return scorer.summarise(stats)


def test_polnear_dev_floors(polnear_scores):
    s = polnear_scores
    assert s["documents"] == 84
    assert s["overlap"]["f1"] >= 0.715, s["overlap"]
    assert s["exact"]["f1"] >= 0.630, s["exact"]
    assert s["speaker_accuracy"]["accuracy"] >= 0.945, s["speaker_accuracy"]
    assert s["recall_by_kind"]["indirect"]["recall"] >= 0.505, s["recall_by_kind"]
    assert s["recall_by_kind"]["direct"]["recall"] >= 0.94, s["recall_by_kind"]
    assert s["direct_accuracy"]["accuracy"] >= 0.965
    # recall must not be bought with precision. 0.775 -> 0.765 with the attributions that are not
    # claims (claims.attitudes: beliefs, negated speech): PolNeAR's boundaries for them are loose
    # ("endorsed X for president", "X in the race"), so their exact precision is ~0.63 while their
    # overlap precision is ~0.75; overlap precision must stay high too
    assert s["exact"]["precision"] >= 0.765, s["exact"]
    assert s["overlap"]["precision"] >= 0.865, s["overlap"]


def test_claims_on_freshgold5(nlp):
    """freshgold5 (older wire copy and British prose, development data since session 25): claims
    F1 0.83 -> 0.91 and speaker accuracy 0.80 -> 0.95 from the single-quote and wire quotation
    marks, coordinated second reports, media anaphors, agentless passives and contents kept
    whole (``tests/test_claims_constructions_s25.py``); the floors sit a little under."""
    root = ROOT.parent / "freshgold5"
    if not (root / "gold").is_dir() or not (root / "texts").is_dir():
        pytest.skip("freshgold5 is not here")
    from backchannel.evaluate import find_pairs
    from backchannel.ingest import read_file
    from backchannel.model import to_json
    from backchannel.pipeline import extract

    results = []
    for g, c in find_pairs(root / "gold", root / "texts"):
        item = next(iter(read_file(c)))
        pred = json.loads(to_json(extract(item.document, nlp(item.document.text))))
        results.append(score(load_gold(g), pred))
    total = combine(results)
    assert total["claims"]["f1"] >= 0.90, total["claims"]
    assert total["claim_speaker_accuracy"] >= 0.92, total["claim_speaker_accuracy"]
