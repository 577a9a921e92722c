"""The packaged scorer follows the rules of shared/bench/score_dossier.py exactly."""

import importlib.util
import json

from conftest import shared_path

from backchannel.evaluate import combine, match_actors, norm, score


def test_norm_drops_articles_possessives_accents():
    assert norm("The Trump Administration") == "trump administration"
    assert norm("Hamas’s") == "hamas"
    assert norm("Türkiye") == "turkiye"


def test_actor_matching_by_alias_and_suffix():
    gold = [{"id": "g1", "name": "Steve Brenner", "aliases": ["Brenner"]}, {"id": "g2", "name": "United States", "aliases": ["US"]}]
    pred = [{"id": "p1", "name": "Middle East envoy Steve Brenner", "aliases": []}, {"id": "p2", "name": "U.S.", "aliases": ["US"]}]
    assert match_actors(gold, pred) == {"g1": "p1", "g2": "p2"}


def test_interactions_strict_relaxed_and_claims():
    gold = {"actors": [{"id": "a", "name": "Qatar"}, {"id": "b", "name": "Hamas"}],
            "interactions": [{"type": "persuade", "source": "a", "target": "b", "negated": False}],
            "claims": [{"speaker": "a", "content": "the deal is close to done", "direct": True}]}
    pred = {"actors": [{"id": "x", "name": "Qatar"}, {"id": "y", "name": "Hamas"}],
            "interactions": [{"type": "persuade", "source": "x", "target": None}],
            "claims": [{"speaker": "x", "content": "deal is close to done now", "direct": True}]}
    s = score(gold, pred)
    assert s["interactions_strict"]["tp"] == 0 and s["interactions_relaxed"]["tp"] == 1
    assert s["claims"]["tp"] == 1 and s["claim_speaker_accuracy"] == 1.0


def _reference():
    path = shared_path("bench", "score_dossier.py")
    spec = importlib.util.spec_from_file_location("score_dossier_ref", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_port_agrees_with_reference_scorer(corpus_dossiers):
    ref = _reference()
    gold_dir = shared_path("gold")
    ours, theirs = [], []
    for stem, d in corpus_dossiers.items():
        g = json.loads((gold_dir / f"{stem}.json").read_text())
        p = json.loads(json.dumps(d.to_dict()))
        ours.append(score(g, p))
        theirs.append(ref.score(g, p))
        assert ours[-1] == theirs[-1], stem
        # and against itself: gold scores perfectly
        assert score(g, g)["actors"]["f1"] == 1.0
    assert combine(ours) == ref.combine(theirs)


def test_interactions_by_type_counts():
    from backchannel.evaluate import interactions_by_type

    gold = {"actors": [{"id": "a", "name": "Qatar"}, {"id": "b", "name": "Hamas"}],
            "interactions": [{"type": "persuade", "source": "a", "target": "b"},
                             {"type": "meet", "source": "a", "target": "b"}]}
    pred = {"actors": [{"id": "x", "name": "Qatar"}, {"id": "y", "name": "Hamas"}],
            "interactions": [{"type": "persuade", "source": "x", "target": None},
                             {"type": "attack", "source": "x", "target": "y"}]}
    by = interactions_by_type(gold, pred)
    assert by["persuade"] == {"relaxed": 1, "strict": 0, "pred": 1, "gold": 1}
    assert by["meet"] == {"relaxed": 0, "strict": 0, "pred": 0, "gold": 1}
    assert by["attack"] == {"relaxed": 0, "strict": 0, "pred": 1, "gold": 0}


def test_by_rule_counts_true_and_false_positives_per_rule():
    from backchannel.evaluate import UNTRACED, add_rule_counts, by_rule, rank_rules

    gold = {"actors": [{"id": "q", "name": "Qatar"}, {"id": "h", "name": "Hamas"},
                       {"id": "e", "name": "Ali Ahmed", "affiliation": "h"}],
            "interactions": [{"type": "persuade", "source": "q", "target": "h", "negated": False}],
            "claims": [{"speaker": "q", "content": "the deal is close to done"}]}
    pred = {"actors": [{"id": "qatar", "name": "Qatar", "rule": "actors.states.name_party"},
                       {"id": "hamas", "name": "Hamas", "rule": "actors.names.ner_org"},
                       {"id": "ali", "name": "Ali Ahmed", "rule": "actors.names.ner_person", "affiliation": "qatar",
                        "trace": {"affiliation": "actors.side.nearest_state"}},
                       {"id": "talks", "name": "talks", "rule": "actors.names.ner_org"}],
            "interactions": [{"id": "i1", "type": "persuade", "source": "qatar", "target": None,
                              "rule": "interactions.frames.persuade"},
                             {"id": "i2", "type": "meet", "source": "qatar", "target": "hamas"}],
            "claims": [{"id": "c1", "speaker": "qatar", "content": "deal is close to done now"}]}
    counts = by_rule(gold, pred)
    assert counts["actors"] == {"actors.states.name_party": {"tp": 1, "fp": 0},
                                "actors.names.ner_org": {"tp": 1, "fp": 1},
                                "actors.names.ner_person": {"tp": 1, "fp": 0}}
    # the affiliation is counted for the rule that set it, and it is wrong (Qatar, not Hamas)
    assert counts["affiliations"] == {"actors.side.nearest_state": {"tp": 0, "fp": 1}}
    assert counts["interactions_strict"] == {"interactions.frames.persuade": {"tp": 0, "fp": 1},
                                             UNTRACED: {"tp": 0, "fp": 1}}
    assert counts["interactions_relaxed"]["interactions.frames.persuade"] == {"tp": 1, "fp": 0}
    assert counts["claims"] == {UNTRACED: {"tp": 1, "fp": 0}}
    total: dict = {}
    add_rule_counts(total, counts)
    add_rule_counts(total, counts)
    ranked = rank_rules(total)
    assert [r["rule"] for r in ranked["actors"]] == ["actors.names.ner_org", "actors.names.ner_person",
                                                     "actors.states.name_party"]
    assert ranked["actors"][0] == {"rule": "actors.names.ner_org", "tp": 2, "fp": 2, "p": 0.5}
