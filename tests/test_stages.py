"""Stages as data: what each reads and writes, the default order, and the extractor interface."""

from __future__ import annotations

import pytest

from backchannel.extract import SPECS, STAGES, check_order
from backchannel.extract.base import Extractor, RulesExtractor
from backchannel.extract.context import declare, stage
from backchannel.model import to_json
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
