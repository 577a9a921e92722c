"""The learned affiliation stage (``learned.affiliation.*``): its evidence features and its decision.

Sentences are invented (Ola Brandt, Jonas Eriksen, Lena Dahl, the Vesterland Liberation Front;
real state names so that demonyms resolve). The stage is not in the default
stages (leave-one-set-out showed more affiliations set where gold has none than
gained, see docs/rules.md); these tests pin what it reads and that it only
fills an empty affiliation where a model is confident, with a tiny model fitted
here on invented sentences.

Shapes the features must read (one test each): a demonym premodifier in an
apposition ("A Kenyan negotiator, X"), a possessor of the title ("Kenya's envoy
X"), a for-phrase of the title ("X, a spokesman for the Front"), a demonym in
the name run ("Kenyan President X"), a coordination of demonyms (several
candidates named), a passive agent ("X was sent by Kenya"). Near-misses: a
captive's nationality ("X, a Kenyan hostage") is private, and a state only in
another sentence has no path.
"""

from __future__ import annotations

import pytest

from backchannel.extract import STAGES
from backchannel.extract.base import DEFAULT_STAGES, RULE_STAGES
from backchannel.extract.context import Context
from backchannel.extract.learned import affiliation as stage_module
from backchannel.extract.learned.affiliation import FILL, decide
from backchannel.extract.learned.affiliation_features import all_pairs, bucket, dep_path
from backchannel.learn.fit import fit
from backchannel.model import Document


@pytest.fixture(scope="module")
def context(nlp):
    def go(text: str) -> Context:
        ctx = Context(document=Document(id="t", text=text), doc=nlp(text))
        for name in RULE_STAGES:
            STAGES[name](ctx)
        return ctx

    return go


@pytest.fixture(scope="module")
def pairs(context):
    def go(text: str) -> dict[str, dict[str, list[str]]]:
        ctx = context(text)
        got = all_pairs(ctx.doc, list(ctx.actors.values()), ctx.interactions, ctx.claims)
        return {aid: dict(cands) for aid, cands in got.items()}

    return go


def test_demonym_premodifier_in_apposition_names_the_state(pairs):
    f = pairs("A Kenyan negotiator, Ola Brandt, said the talks would resume in Geneva.")["ola-brandt"]["kenya"]
    assert "words_name_it" in f and "title=negotiator&ck=state" in f


def test_possessor_of_the_title_is_a_short_path(pairs):
    f = pairs("Kenya's envoy Ola Brandt arrived in Geneva on Monday for talks with Uganda.")["ola-brandt"]
    assert any(x.startswith("path=") and x.endswith("poss") for x in f["kenya"])
    assert "link=src>tgt" in f["uganda"]  # the other party of his talks, no owner


def test_for_phrase_of_the_title(pairs):
    text = "Ola Brandt, a spokesman for the Vesterland Liberation Front, said the group would free the captives."
    f = pairs(text)["ola-brandt"]["vesterland-liberation-front"]
    assert "path=|appos>prep:for>pobj" in f


def test_demonym_in_the_name_run(pairs):
    f = pairs("Kenyan President Ola Brandt phoned the Ugandan leader on Tuesday.")["ola-brandt"]["kenya"]
    assert "words_name_it" in f and "tclass=gov&ak=person:named&ck=state" in f


def test_coordinated_demonyms_name_several(pairs):
    got = pairs("Kenya and Uganda have quarrelled for years. Kenyan and Ugandan officials said on Monday "
                "that the talks in Geneva had failed.")
    several = [aid for aid, cands in got.items() for f in cands.values() if "words_name_several&ck=state" in f]
    assert several  # a joint group names more than one state: no single side


def test_passive_agent(pairs):
    f = pairs("Ola Brandt was sent by Kenya to the talks in Geneva with Uganda.")["ola-brandt"]["kenya"]
    assert "path=nsubjpass|agent:by>pobj" in f


def test_near_miss_a_captives_nationality_is_private(pairs):
    text = "Ola Brandt, a Kenyan hostage, was freed by the Vesterland Liberation Front on Monday."
    f = pairs(text)["ola-brandt"]["kenya"]
    assert "tclass=private&ak=person:named&ck=state" in f


def test_near_miss_a_state_in_another_sentence_has_no_path(pairs):
    text = "Uganda proposed a truce. Days later, the talks opened in Geneva. Ola Brandt said nothing was agreed."
    f = pairs(text)["ola-brandt"]["uganda"]
    assert not any(x.startswith("path=") for x in f) and "sd=2&ck=state" in f


def test_dep_path_and_bucket(nlp):
    doc = nlp("Kenya's envoy met them.")
    assert dep_path(doc[0], doc[0]) == "|"
    assert dep_path(doc[0], doc[3]) == "poss^nsubj|"
    assert [bucket(n) for n in (0, 1, 3, 9)] == ["0", "1", "5", "more"]


def tiny_model(pairs):
    """A model fitted on invented sentences: passive agents and for-phrases are sides; hostages' states are not."""
    train = [
        ("Jonas Eriksen was sent by Norway to the talks in Oslo with Sweden.", "jonas-eriksen", "norway"),
        ("Lena Dahl was dispatched by Chile to the meeting in Lima with Peru.", "lena-dahl", "chile"),
        ("Jonas Eriksen, a Norwegian hostage, was freed by the Vesterland Liberation Front on Monday.",
         "jonas-eriksen", None),
        ("Lena Dahl, a Chilean captive, was released by the Vesterland Liberation Front in May.", "lena-dahl", None),
    ]
    examples = []
    for text, aid, right in train * 3:
        for cid, f in pairs(text)[aid].items():
            examples.append((f, "yes" if cid == right else "no"))
    return fit(examples, min_count=1, epochs=20)


def test_decide_fills_only_an_empty_affiliation_above_threshold(pairs):
    model = tiny_model(pairs)
    cands = list(pairs("Ola Brandt was sent by Kenya to the talks in Geneva with Uganda.")["ola-brandt"].items())
    assert decide(model, None, cands, 0.5, "fill") == "kenya"
    assert decide(model, "uganda", cands, 0.5, "fill") is None  # fill mode never replaces the rules' choice
    assert decide(model, "uganda", cands, 0.5, "fix") == "kenya"
    assert decide(model, None, cands, 0.999999, "fill") is None
    assert decide(model, None, [], 0.5, "fill") is None


def test_stage_fills_with_its_rule_id_and_spares_the_captive(pairs, context, monkeypatch):
    model = tiny_model(pairs)
    model.meta.update({"threshold": 0.5, "mode": "fill"})
    monkeypatch.setattr(stage_module, "packaged", lambda name: model)
    ctx = context("Ola Brandt was sent by Kenya to the talks in Geneva with Uganda.")
    assert ctx.actors["ola-brandt"].affiliation is None
    STAGES["learned_affiliation"](ctx)
    assert ctx.actors["ola-brandt"].affiliation == "kenya"
    assert ctx.actors["ola-brandt"].traced("affiliation") == FILL
    ctx = context("Ola Brandt, a Kenyan hostage, was freed by the Vesterland Liberation Front on Monday.")
    STAGES["learned_affiliation"](ctx)
    assert ctx.actors["ola-brandt"].affiliation is None


def test_stage_without_a_shipped_model_changes_nothing_and_is_not_a_default_stage(context, monkeypatch):
    monkeypatch.setattr(stage_module, "packaged", lambda name: None)
    ctx = context("Ola Brandt was sent by Kenya to the talks in Geneva with Uganda.")
    STAGES["learned_affiliation"](ctx)
    assert ctx.actors["ola-brandt"].affiliation is None
    assert "learned_affiliation" not in DEFAULT_STAGES


def test_no_shipped_feature_names_an_actor():
    """Word features carry lower-case words and lexicon titles only: a name ("head of Hamas") must not
    become a feature (the s28 review of the speaker model found a few)."""
    from backchannel.learn.linear import packaged
    model = packaged("affiliation")
    if model is None:
        pytest.skip("no shipped affiliation model")
    assert {"threshold", "mode", "loso", "sets"} <= set(model.meta)
    words = {f.split("=", 1)[1].split("&")[0] for f in model.weights if f.startswith(("title=", "head="))}
    assert words and all(w.replace("-", "").isalpha() and w.islower() for w in words), sorted(words)
    assert not {"set15", "qatari"} & set(model.meta["sets"])  # the session's held-out sets stay unseen
