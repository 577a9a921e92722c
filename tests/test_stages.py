"""Stages as data: what each reads and writes, the default order, and the extractor interface."""

from __future__ import annotations

import pytest

from backchannel.extract import SPECS, STAGES, check_order
from backchannel.extract.base import Extractor, RulesExtractor
from backchannel.extract.context import Context, declare, stage
from backchannel.model import Actor, Document, to_json
from backchannel.pipeline import DEFAULT_STAGES, run_stages


def test_every_registered_stage_declares_what_it_reads_and_writes():
    assert set(SPECS) == set(STAGES)
    for name, spec in SPECS.items():
        assert spec.declared, f"stage {name!r} declares no requires/assigns"


def test_default_stage_order_gives_every_stage_what_it_requires():
    assert check_order(DEFAULT_STAGES) == []
    assert SPECS["actors"].requires == ()
    assert {"actors", "mentions", "coref"} <= set(SPECS["actors"].assigns)


def test_a_stage_before_what_it_reads_is_reported():
    problems = check_order(("claims", "actors", "nowhere"))
    assert "claims: requires actors, which no earlier stage assigns" in problems
    assert "nowhere: no such stage" in problems
    with pytest.raises(ValueError, match="bad stage order"):
        RulesExtractor(("interactions", "actors"))


def test_unknown_context_fields_are_refused():
    with pytest.raises(ValueError, match="unknown context field"):
        declare("bogus", requires=("actorz",))
    assert "bogus" not in SPECS


def test_a_stage_registered_without_declarations_stays_undeclared():
    @stage("test-undeclared")
    def noop(ctx) -> None:  # noqa: ANN001
        return None

    try:
        assert not SPECS["test-undeclared"].declared
        assert check_order(("test-undeclared",)) == []
    finally:
        STAGES.pop("test-undeclared")
        SPECS.pop("test-undeclared")


def test_rules_extractor_gives_the_pipeline_dossier(nlp):
    from conftest import EXAMPLE

    from backchannel.ingest import read_file

    item = next(iter(read_file(EXAMPLE)))
    doc = nlp(item.document.text)
    ex = RulesExtractor()
    assert isinstance(ex, Extractor) and ex.backend == "rules" and ex.stages == DEFAULT_STAGES
    assert to_json(ex.extract(item.document, doc)) == to_json(run_stages(item.document, doc))


def _ctx(text: str = "Alpha Beta said AB agreed.") -> Context:
    return Context(document=Document(id="d", text=text), doc=None)  # type: ignore[arg-type]  # no parse needed


def test_add_actor_and_add_mention_record_the_rule_and_stay_optional():
    ctx = _ctx()
    a = ctx.add_actor(Actor(id="ab", name="Alpha Beta", kind="organization"), "actors.names.ner_org")
    ctx.add_mention("ab", 0, 10, "actors.names.ner_org")
    ctx.add_mention("ab", 0, 10, "actors.other.rule")  # idempotent: the first rule stays
    ctx.add_mention("ab", 16, 18)  # stages not yet instrumented pass no rule
    assert a.rule == "actors.names.ner_org" and a.backend == "rules"
    assert [(m.text, m.rule) for m in a.mentions] == [("Alpha Beta", "actors.names.ner_org"), ("AB", None)]
    untraced = ctx.add_actor(Actor(id="x", name="X", kind="person"))
    assert untraced.rule is None


def test_merge_records_the_rule_and_mentions_keep_theirs():
    ctx = _ctx()
    dst = ctx.add_actor(Actor(id="ab", name="Alpha Beta", kind="organization"), "actors.names.ner_org")
    ctx.add_mention("ab", 0, 10, "actors.names.ner_org")
    src = ctx.add_actor(Actor(id="ab-2", name="AB", kind="organization", affiliation="s"), "actors.names.ner_org")
    src.set_trace("affiliation", "actors.side.nearest_state")
    ctx.add_mention("ab-2", 16, 18, "actors.aliases.known_acronym")
    other = ctx.add_actor(Actor(id="o", name="O", kind="person", affiliation="ab-2"), "actors.unnamed.person_noun")
    ctx.merge_actor("ab-2", "ab", "actors.aliases.acronym_initials")
    assert "ab-2" not in ctx.actors and dst.aliases == ["AB"] and dst.affiliation == "s"
    assert dst.trace == {"aliases": "actors.aliases.acronym_initials",
                         "affiliation": "actors.side.nearest_state",  # the rule that inferred it
                         "merged:ab-2": "actors.aliases.acronym_initials"}
    assert {m.text: m.rule for m in dst.mentions} == {"Alpha Beta": "actors.names.ner_org",
                                                      "AB": "actors.aliases.known_acronym"}
    assert other.affiliation == "ab" and other.trace == {"affiliation": "actors.aliases.acronym_initials"}


def test_ctx_trace_is_the_helper_later_stages_call():
    ctx = _ctx()
    a = ctx.add_actor(Actor(id="x", name="X", kind="person"), "claims.speakers.unknown_speaker")
    ctx.trace(a, "affiliation", "interactions.sides.speaker_side")
    ctx.trace(a, "kind", None)
    assert a.trace == {"affiliation": "interactions.sides.speaker_side"}
