"""``--backend llm|hybrid`` on ``analyze``, ``eval`` and ``corpus add``, against a loopback stub endpoint.

No test reaches past 127.0.0.1: the stub (tests/llm_stub.py) is started and
stopped here, and the default backend (rules) never opens a connection.
"""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner
from conftest import ROOT, SYNTHETIC, validate
from llm_stub import ANSWER, PUBLISHED, REPORT, Stub

from backchannel.cli import main

LLM = ("--llm-retries", "0", "--llm-timeout", "10")


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture()
def report(tmp_path):
    f = tmp_path / "in" / "merovia.txt"
    f.parent.mkdir()
    f.write_text(f" date {PUBLISHED} Envoy carries messages\n\n{REPORT}", encoding="utf-8")
    return f


def test_analyze_with_the_llm_backend_writes_grounded_dossiers(tmp_path, report):
    out = tmp_path / "out"
    with Stub([ANSWER]) as stub:
        r = run("analyze", str(report), "--format", "json", "-o", str(out), "--backend", "llm",
                "--llm-url", stub.url, "--llm-model", "mixed", "--llm-price", "1,4", *LLM)
    assert r.exit_code == 0, r.output
    d = json.loads((out / "merovia.json").read_text())
    validate(d)
    assert {a["backend"] for a in d["actors"]} == {"llm"} and len(d["claims"]) == 3
    assert d["meta"]["dropped"]["actors"] == 1 and d["meta"]["cost"] == 0.0018
    assert stub.requests[0]["body"]["model"] == "mixed"


def test_analyze_reports_a_failed_document_and_exits_1(report):
    with Stub([ANSWER]) as stub:
        r = run("analyze", str(report), "--format", "json", "--backend", "llm", "--llm-url", stub.url,
                "--llm-model", "truncated", *LLM)
    assert r.exit_code == 1
    assert "merovia.txt: llm: truncated answer" in r.stderr


def test_hybrid_analyze_keeps_the_rules_items(report):
    with Stub([ANSWER]) as stub:
        r = run("analyze", str(report), "--format", "jsonl", "--backend", "hybrid", "--llm-url",
                stub.url + "/api/chat", "--llm-model", "good", *LLM)
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout.splitlines()[0])
    validate(d)
    assert d["meta"]["backend"] == "hybrid" and d["meta"]["protocol"] == "ollama"
    backends = {x.get("backend", "rules") for kind in ("actors", "interactions", "claims") for x in d[kind]}
    assert "rules" in backends


def test_options_that_would_guess_are_refused(report):
    r = CliRunner().invoke(main, ["analyze", str(report), "--backend", "llm"])
    assert r.exit_code == 2 and "needs --llm-url" in r.output
    r = CliRunner().invoke(main, ["analyze", str(report), "--llm-url", "http://127.0.0.1:9"])
    assert r.exit_code == 2 and "--backend is rules" in r.output


def test_eval_with_the_llm_backend_scores_and_totals(tmp_path):
    stem = "niger-ecowas-lome"
    gold_dir, corpus_dir = tmp_path / "gold", tmp_path / "corpus"
    gold_dir.mkdir(), corpus_dir.mkdir()
    shutil.copy(SYNTHETIC / "gold" / f"{stem}.json", gold_dir)
    shutil.copy(SYNTHETIC / f"{stem}.txt", corpus_dir)
    gold = json.loads((gold_dir / f"{stem}.json").read_text())
    answer = {k: gold[k] for k in ("actors", "interactions", "claims")}
    with Stub([answer]) as stub:
        r = run("eval", str(gold_dir), str(corpus_dir), "--json", "--backend", "llm", "--llm-url", stub.url,
                "--llm-model", "good", *LLM)
    assert r.exit_code == 0, r.output
    scores = json.loads(r.stdout)
    assert scores["llm"]["requests"] == 1 and scores["llm"]["failed"] == 0
    # the stub answers with the gold itself: what survives grounding should score near it
    assert scores["all"]["claims"]["f1"] >= 0.9 and scores["all"]["actors"]["f1"] >= 0.9


def test_eval_goes_on_when_the_endpoint_fails(tmp_path):
    stem = "niger-ecowas-lome"
    gold_dir, corpus_dir = tmp_path / "gold", tmp_path / "corpus"
    gold_dir.mkdir(), corpus_dir.mkdir()
    shutil.copy(SYNTHETIC / "gold" / f"{stem}.json", gold_dir)
    shutil.copy(SYNTHETIC / f"{stem}.txt", corpus_dir)
    with Stub([ANSWER]) as stub:
        r = run("eval", str(gold_dir), str(corpus_dir), "--json", "--backend", "llm", "--llm-url", stub.url,
                "--llm-model", "malformed", *LLM)
    assert r.exit_code == 0, r.output
    assert f"error: {stem}: llm: malformed answer" in r.stderr
    assert json.loads(r.stdout)["llm"]["failed"] == 1


def test_corpus_add_stores_llm_dossiers_and_caches_answers_beside_the_store(tmp_path, report):
    store, again = tmp_path / "c.duckdb", tmp_path / "again.duckdb"
    cache = tmp_path / "c.duckdb.llm-cache.jsonl"
    with Stub([ANSWER]) as stub:
        r = run("corpus", "add", str(store), str(report), "--backend", "llm", "--llm-url", stub.url, *LLM)
        assert r.exit_code == 0, r.output
        assert cache.exists() and len(cache.read_text().splitlines()) == 1
        # a new store reading the same answers file asks the endpoint nothing
        r = run("corpus", "add", str(again), str(report), "--backend", "llm", "--llm-url", stub.url,
                "--llm-cache", str(cache), *LLM)
        assert r.exit_code == 0, r.output
        assert stub.counts["default"] == 1
    for path, cached in ((store, 0), (again, 1)):
        out = run("corpus", "export", str(path), "--format", "jsonl")
        d = json.loads(out.stdout.splitlines()[0])
        assert d["meta"]["backend"] == "llm" and d["meta"]["cached"] == cached and len(d["claims"]) == 3


def test_the_example_prompt_answer_is_grounded_in_the_bundled_example():
    """The worked example the model reads must itself survive the aligner (else the prompt teaches drops).

    It is an invented report of ours with our gold (examples/synthetic), never a third-party file."""
    from backchannel.llm.ground import Grounder
    from backchannel.llm.prompt import load_prompt
    from backchannel.ingest import read_file

    example = json.loads((ROOT / "src" / "backchannel" / "data" / "llm_example.json").read_text("utf-8"))
    item = next(iter(read_file(ROOT / "examples" / "synthetic" / "venezuela-us-swap-doha.txt")))
    assert example["text"] == item.document.text and example["text"] in load_prompt().template
    g = Grounder(item.document, 0, len(item.document.text))
    d = g.ground(example["answer"])
    assert len(d.claims) == len(example["answer"]["claims"])
    assert len(d.interactions) == len(example["answer"]["interactions"])
    assert len(d.actors) >= len(example["answer"]["actors"]) - sum(g.drops.values())
