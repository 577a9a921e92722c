"""``backchannel eval --by-rule``: true and false positives per rule id on a tiny gold set."""

from __future__ import annotations

import json

from click.testing import CliRunner

from backchannel.cli import main

TEXT = ("Qatar's Prime Minister Khalid Al Noor met Hamas negotiators in Doha on Monday. "
        "Al Noor said the talks were useful.")
GOLD = {"actors": [{"id": "qatar", "name": "Qatar", "kind": "state"},
                   {"id": "noor", "name": "Khalid Al Noor", "kind": "person", "affiliation": "qatar"},
                   {"id": "hamas", "name": "Hamas", "kind": "organization"},
                   {"id": "neg", "name": "Hamas negotiators", "kind": "group", "named": False,
                    "affiliation": "hamas"}],
        "interactions": [{"type": "meet", "source": "noor", "target": "neg", "negated": False}],
        "claims": [{"speaker": "noor", "content": "the talks were useful", "direct": False}]}


def test_eval_by_rule_json_on_a_tiny_gold(tmp_path):
    gold, corpus = tmp_path / "gold", tmp_path / "corpus"
    gold.mkdir()
    corpus.mkdir()
    (gold / "doha.json").write_text(json.dumps(GOLD))
    (corpus / "doha.txt").write_text(TEXT)
    r = CliRunner().invoke(main, ["eval", "--by-rule", "--json", str(gold), str(corpus)], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    by_rule = json.loads(r.output)["by_rule"]
    assert set(by_rule) == {"actors", "affiliations", "interactions_strict", "interactions_relaxed", "claims"}
    actors = {row["rule"]: row for row in by_rule["actors"]}
    assert actors["actors.states.name_party"]["tp"] == 1
    assert all(row["rule"].startswith("actors.") for row in by_rule["actors"])
    for rows in by_rule.values():
        ps = [(row["p"], -row["fp"]) for row in rows]
        assert ps == sorted(ps)  # the least precise rules first
    affiliations = {row["rule"] for row in by_rule["affiliations"]}
    assert "actors.unnamed.modifier_side" in affiliations

    table = CliRunner().invoke(main, ["eval", "--by-rule", str(gold), str(corpus)], catch_exceptions=False)
    assert "actors by rule" in table.output and "actors.states.name_party" in table.output


def test_eval_by_rule_markdown(tmp_path):
    gold, corpus = tmp_path / "gold", tmp_path / "corpus"
    gold.mkdir()
    corpus.mkdir()
    (gold / "doha.json").write_text(json.dumps(GOLD))
    (corpus / "doha.txt").write_text(TEXT)
    r = CliRunner().invoke(main, ["eval", "--by-rule", "--markdown", str(gold), str(corpus)], catch_exceptions=False)
    assert "| actors: rule | tp | fp | P |" in r.output
    assert "| `actors.states.name_party` | 1 | 0 | 1.00 |" in r.output
