"""The learned speaker re-ranker (extract/learned/speaker.py): its candidates, features and decision.

Sentences are invented. The features are checked per construction (the subject
of the cue, a passive's agent, "according to" / "per", a statement's possessor,
an apposition, a name inside the content); the decision with a tiny model
fitted here; the shipped model (when present) on an invented report.
"""

from __future__ import annotations

import pytest

from backchannel.context import Context
from backchannel.extract.base import RULE_STAGES
from backchannel.extract.learned.speaker import NONE_RULE, OTHER_RULE, choose, rerank
from backchannel.extract.learned.speaker_features import Candidate, document_candidates
from backchannel.learn.fit import fit
from backchannel.learn.linear import packaged
from backchannel.model import Document
from backchannel.pipeline import run_stages


@pytest.fixture(scope="module")
def rules_ctx(nlp):
    """A Context holding the rules' actors and claims of a text (what the learned stage reads)."""

    def go(text: str) -> Context:
        doc = nlp(text)
        document = Document(id="t", text=text)
        d = run_stages(document, doc, RULE_STAGES)
        return Context(document=document, doc=doc, actors={a.id: a for a in d.actors}, claims=d.claims)

    return go


def features_of(ctx: Context, name_word: str) -> list[str]:
    """The features of the candidate whose actor's name holds ``name_word``, over all claims."""
    out: list[str] = []
    for _, cands in document_candidates(ctx):
        for k in cands:
            if k.actor is not None and name_word.lower() in ctx.actors[k.actor].name.lower():
                out.extend(k.features)
    return out


@pytest.mark.parametrize("text,who,feature", [
    ("Ola Brandt said on Monday that the talks with Vesterland would resume.", "Brandt", "best:subj_of_cue"),
    ("Norland's envoy Ola Brandt told reporters the ceasefire would hold.", "Brandt", "best:subj_of_cue"),
    ("It was announced by Ola Brandt that the border would reopen.", "Brandt", "best:agent_of_cue"),
    ("The border will reopen next week, according to Ola Brandt.", "Brandt", "best:according"),
    ("The prisoners were moved to Vesterland, per Ola Brandt.", "Brandt", "best:prep=per"),
    ("Ola Brandt's statement said the prisoners would be freed.", "Brandt", "best:poss_of=statement"),
    ("Ola Brandt, the Norland envoy, said the prisoners would be freed.", "Brandt", "best:appos"),
    ("Norland said Ola Brandt had agreed to the exchange.", "Brandt", "best:in_content=True"),
])
def test_features_read_the_construction(rules_ctx, text, who, feature):
    assert feature in features_of(rules_ctx(text), who)


@pytest.mark.parametrize("text,who,feature", [
    # near-misses: a name inside the reported clause is no subject of the cue; one before the cue's
    # sentence window is no candidate at all
    ("Norland said Ola Brandt had agreed to the exchange.", "Brandt", "best:subj_of_cue"),
    ("Ola Brandt met the envoy in Oslo. The talks stalled. Later that week, talks resumed. "
     "Vesterland said the prisoners would be freed.", "Brandt", "actor"),
])
def test_features_near_misses(rules_ctx, text, who, feature):
    assert feature not in features_of(rules_ctx(text), who)


def test_candidates_rules_first_none_last(rules_ctx):
    ctx = rules_ctx("Ola Brandt met Vesterland's envoy Jo Lee. He said the talks would resume.")
    for c, cands in document_candidates(ctx):
        assert cands[-1].actor is None and "none" in cands[-1].features
        if c.speaker is not None:
            assert cands[0].actor == c.speaker and "is_rules" in cands[0].features
        assert len({k.actor for k in cands}) == len(cands)


def _cands() -> list[Candidate]:
    return [Candidate("rules-pick", (0, 4), ["is_rules", "m:in_content=True"]),
            Candidate("other", (10, 14), ["not_rules", "best:subj_of_cue"]),
            Candidate(None, None, ["none"])]


def _tiny_model():
    ex = ([(["not_rules", "best:subj_of_cue"], "yes")] * 6 + [(["is_rules", "m:in_content=True"], "no")] * 6
          + [(["is_rules", "best:subj_of_cue"], "yes")] * 6 + [(["none"], "no")] * 6
          + [(["not_rules", "m:in_content=True"], "no")] * 6)
    return fit(ex, labels=["no", "yes"], min_count=1, epochs=30)


def test_choose_replaces_when_confident():
    pick = choose(_tiny_model(), _cands(), threshold=0.6, margin=0.2)
    assert pick is not None and pick.actor == "other"


def test_choose_keeps_the_rules_below_threshold_or_margin():
    model = _tiny_model()
    assert choose(model, _cands(), threshold=0.999, margin=0.0) is None
    assert choose(model, _cands(), threshold=0.0, margin=0.999) is None
    both = [Candidate("rules-pick", (0, 4), ["is_rules", "best:subj_of_cue"]), *_cands()[1:]]
    assert choose(model, both, threshold=0.5, margin=0.2) is None  # the rules' choice is as good


def test_rerank_records_the_rule(rules_ctx):
    ctx = rules_ctx("Norland said Ola Brandt had agreed to the exchange.")
    model = fit([(["not_rules"], "yes")] * 5 + [(["is_rules"], "no")] * 5 + [(["none"], "no")] * 5,
                labels=["no", "yes"], min_count=1, epochs=30)
    rerank(ctx, model, threshold=0.5, margin=0.1)
    c = ctx.claims[0]
    assert c.traced("speaker") == OTHER_RULE and "speaker" in c.inferred
    assert c.speaker is not None and "Brandt" in ctx.actors[c.speaker].name
    assert c.spans.speaker is not None and ctx.doc.text[c.spans.speaker[0]:c.spans.speaker[1]].endswith("Brandt")


def test_shipped_model_runs_on_an_invented_report(analyze):
    model = packaged("speaker")
    if model is None:
        pytest.skip("no shipped speaker model")
    assert {"threshold", "margin", "loso", "sets"} <= set(model.meta)
    d = analyze("Ola Brandt, Norland's envoy, said on Monday the talks would resume. “We are ready,” she told "
                "reporters. Vesterland's foreign ministry said in a statement that its delegation would attend, "
                "according to the Lunde Post.")
    assert d.claims
    for c in d.claims:
        if (c.traced("speaker") or "").startswith("learned."):
            assert "speaker" in c.inferred


def test_no_shipped_feature_names_an_actor():
    """Word features carry common nouns only: a name the tagger tagged NOUN ("Farc") must not become a
    feature (review, s28: the first model carried a few)."""
    model = packaged("speaker")
    if model is None:
        pytest.skip("no shipped speaker model")
    words = {f.split("=", 1)[1] for f in model.weights if f.split(":")[-1].startswith(("noun=", "poss_of="))}
    assert words and all(w.isalpha() and w.islower() for w in words), sorted(w for w in words if not w.islower())


def test_choose_keeps_a_kept_rule_through_the_feature_builder(rules_ctx):
    """The kept-rules guard reads the features of a real claim, built by the same function, so a change
    of the feature's format cannot silently switch the guard off (review, s35)."""
    from backchannel.extract.learned.speaker_features import FEATURE_WORDS, rule_feature
    kept = sorted(FEATURE_WORDS["kept_rules"])[0]
    ctx = rules_ctx("Ola Brandt met Kari Lund in Kessel. Kari Lund said the talks went well.")
    for c, cands in document_candidates(ctx):
        if cands and cands[0].actor is not None:
            c.trace = {**(c.trace or {}), "speaker": kept}
    pairs = document_candidates(ctx)
    assert pairs and all(rule_feature(kept, True) in cands[0].features for _, cands in pairs
                         if cands[0].actor is not None)
    for _, cands in pairs:
        if cands[0].actor is not None:
            assert choose(_tiny_model(), cands, threshold=0.0, margin=0.0) is None
