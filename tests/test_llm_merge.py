"""Hybrid: the rules' items first, the model's fill gaps, duplicates fold, disagreements stay visible.

The rules' dossier is built by hand on the invented report of tests/llm_stub.py
(so the test does not depend on what the rules make of it); the model's is that
report's answer, grounded.
"""

from __future__ import annotations

import json

from llm_stub import ANSWER, PUBLISHED, REPORT, Stub

from backchannel.ingest import Item
from backchannel.llm.backend import results
from backchannel.llm.ground import Grounder
from backchannel.llm.merge import MergeStats, Merger
from backchannel.llm.settings import LLMSettings
from backchannel.model import Actor, Attribution, Claim, ClaimSpans, Document, Dossier, Evidence, Interaction, Mention, to_json
from backchannel.pipeline import Result
from conftest import validate

DOC = Document(id="merovia", text=REPORT, published=PUBLISHED)


def span(phrase: str) -> tuple[int, int]:
    at = REPORT.index(phrase)
    return at, at + len(phrase)


def actor(aid: str, name: str, kind: str) -> Actor:
    s, e = span(name)
    return Actor(id=aid, name=name, kind=kind, mentions=[Mention(doc="merovia", start=s, end=e, text=name)],  # type: ignore[arg-type]
                 rule="actors.test.rule")


def evidence(phrase: str) -> Evidence:
    s, e = span(phrase)
    return Evidence(doc="merovia", start=s, end=e, text=phrase)


def claim(cid: str, content: str, speaker: str | None, direct: bool) -> Claim:
    s, e = span(content)
    return Claim(id=cid, speaker=speaker, cue="said", direct=direct, content=content,
                 spans=ClaimSpans(doc="merovia", content=[[s, e]]), evidence=evidence(content), rule="claims.test.rule")


def rules_dossier() -> Dossier:
    """What a rules run might have found: some right, some gaps, two readings the model will not share."""
    return Dossier(documents=[DOC], actors=[
        actor("lutes-brannoch", "Lutes Brannoch", "person"),
        actor("idris-valcourt", "Idris Valcourt", "organization"),
        actor("kestaria", "Kestaria", "state"),
    ], interactions=[
        Interaction(id="i1", type="meet", source="lutes-brannoch", target=None, rule="interactions.test.rule",
                    evidence=evidence("Brannoch met the council’s chairman, Idris Valcourt, in Port Semble on Friday.")),
    ], claims=[
        claim("c1", "We are closer than we have ever been", None, False),
        claim("c2", "the government in Tarvel had not been informed of the meeting in advance", "kestaria", False),
    ])


def model_dossier() -> Dossier:
    return Grounder(DOC, 0, len(REPORT)).ground(json.loads(json.dumps(ANSWER)))


def test_duplicates_fold_gaps_fill_and_disagreements_are_listed():
    into, stats = rules_dossier(), MergeStats()
    Merger(into, stats, compare=True).merge(model_dossier())
    assert into.reference_errors() == []
    assert dict(stats.merged) == {"actors": 3, "interactions": 1, "claims": 2}
    assert dict(stats.added) == {"actors": 3, "interactions": 3, "claims": 1}
    meet = into.interactions[0]
    assert (meet.id, meet.backend, meet.target) == ("i1", "rules", "idris-valcourt")
    assert meet.traced("target") == "llm.merge.filled" and meet.traced("source") == "interactions.test.rule"
    c1, c2 = into.claims[0], into.claims[1]
    assert c1.speaker == "idris-valcourt" and c1.traced("speaker") == "llm.merge.filled"
    assert c2.speaker == "kestaria"  # the rules' value stays ...
    found = {(d.kind, d.id, d.field, d.rules, d.llm) for d in stats.disagreements}
    assert found == {  # ... and the model's is listed beside it
        ("actor", "idris-valcourt", "kind", "organization", "person"),
        ("claim", "c1", "direct", False, True),
        ("claim", "c1", "cue", "said", "told"),
        ("claim", "c2", "speaker", "kestaria", "kestarian-diplomat"),
    }
    assert {i.backend for i in into.interactions[1:]} == {"llm"} and into.claims[2].backend == "llm"
    assert [i.id for i in into.interactions] == ["i1", "i2", "i3", "i4"]
    valcourt = next(a for a in into.actors if a.id == "idris-valcourt")
    assert valcourt.aliases == ["Valcourt"] and valcourt.affiliation == "orlan-council"
    assert valcourt.traced("affiliation") == "llm.merge.filled"
    assert [REPORT[m.start:m.end] for m in valcourt.mentions] == ["Idris Valcourt", "Valcourt"]


def test_a_model_claim_on_the_words_of_an_attribution_is_dropped():
    """The rules kept a belief apart from the claims; the model's claim on those words does not
    bring it back as a claim (the dossier's policy holds whichever backend read it)."""
    probe, _ = rules_dossier(), MergeStats()
    Merger(probe, MergeStats(), compare=False).merge(model_dossier())
    added = probe.claims[2]  # the one claim only the model found
    into, stats = rules_dossier(), MergeStats()
    into.attributions = [Attribution(id="a1", kind="belief", content=added.content, spans=added.spans,
                                     evidence=added.evidence, rule="claims.test.rule")]
    Merger(into, stats, compare=True).merge(model_dossier())
    assert [c.id for c in into.claims] == ["c1", "c2"] and stats.merged["attributions"] == 1
    assert "claims" not in stats.added and into.reference_errors() == []


def test_merging_pieces_lists_no_disagreements():
    into, stats = model_dossier(), MergeStats()
    Merger(into, stats, compare=False).merge(model_dossier())
    assert stats.disagreements == [] and not stats.added
    assert len(into.claims) == 3 and len(into.interactions) == 4 and len(into.actors) == 6


class Rules:
    """A rules run that hands back the hand-built dossier for each item."""

    def __call__(self, items):
        for it in items:
            yield Result(it.name, it.stem, dossier=rules_dossier())


def test_hybrid_through_the_endpoint_keeps_both_backends_and_the_disagreements():
    item = Item(document=DOC, name="merovia.txt", stem="merovia")
    with Stub([ANSWER]) as stub:
        s = LLMSettings(backend="hybrid", url=stub.url, model="good", backoff=0.01)
        [r] = list(results(s, [item], Rules()))
        [failed] = list(results(LLMSettings(backend="hybrid", url=stub.url, model="down500", retries=0), [item], Rules()))
    d = r.dossier
    assert r.error is None and d.reference_errors() == []
    validate(json.loads(to_json(d)))
    assert d.meta.backend == "hybrid" and d.meta.requests == 1 and len(d.meta.disagreements) == 4
    assert {a.backend for a in d.actors} == {"rules", "llm"}
    assert d.views is not None
    # a failed call leaves the rules' dossier, says why, and counts it in the metadata
    assert failed.error is None and len(failed.dossier.claims) == 2
    assert failed.dossier.meta.errors and "HTTP 500" in failed.dossier.meta.errors[0]
    assert any("rules' alone" in w for w in failed.warnings)
