"""The LLM backend against a model endpoint on loopback: every answer ends in a dossier or a clear error.

The stub (tests/llm_stub.py) speaks the OpenAI-compatible and the Ollama
protocol on 127.0.0.1; the model name picks its behaviour. Backoff is set to
a hundredth of a second so that retries do not slow the suite.
"""

from __future__ import annotations

import json

import pytest
from llm_stub import ANSWER, PUBLISHED, REPORT, Stub, free_port

from backchannel.ingest import InputError, Item
from backchannel.llm.backend import LLMBackend, pieces, results
from backchannel.llm.settings import LLMSettings
from backchannel.model import Document, to_json
from conftest import validate


def settings(url: str, model: str = "good", **kw) -> LLMSettings:
    base = {"backend": "llm", "url": url, "model": model, "retries": 2, "backoff": 0.01, "timeout": 5.0}
    return LLMSettings(**{**base, **kw})


def document(text: str = REPORT, doc_id: str = "merovia") -> Document:
    return Document(id=doc_id, text=text, published=PUBLISHED)


def run(s: LLMSettings, *docs: Document) -> list:
    items = [Item(document=d, name=f"{d.id}.txt", stem=d.id) for d in docs or (document(),)]
    return list(results(s, items, rules=lambda its: iter(())))


@pytest.fixture()
def stub():
    with Stub([ANSWER]) as s:
        yield s


@pytest.mark.parametrize("protocol,suffix", [("openai", ""), ("ollama", "/api/chat")])
def test_a_good_answer_becomes_a_grounded_dossier(stub, protocol, suffix):
    s = settings(stub.url + suffix, protocol=protocol, price=(2.0, 10.0))
    [r] = run(s)
    assert r.error is None, r.error
    d = r.dossier
    assert stub.requests[0]["path"] == ("/api/chat" if protocol == "ollama" else "/v1/chat/completions")
    assert d.reference_errors() == []
    validate(json.loads(to_json(d)))
    names = {a.name for a in d.actors}
    assert {"Lutes Brannoch", "Kestaria", "Idris Valcourt", "Kestarian diplomat"} <= names
    assert all(a.backend == "llm" and a.mentions for a in d.actors)
    assert all(m.text == REPORT[m.start:m.end] for a in d.actors for m in a.mentions)
    valcourt = next(a for a in d.actors if a.name == "Idris Valcourt")
    assert valcourt.aliases == ["Valcourt"] and valcourt.affiliation == "orlan-council"
    assert len(d.interactions) == 4 and len(d.claims) == 3
    message = next(i for i in d.interactions if i.type == "message")
    assert message.via == ["lutes-brannoch"] and message.count.value == 12  # type: ignore[union-attr]
    assert message.traced("evidence") == "llm.align.fuzzy"  # "carryed": one changed letter
    assert message.evidence.text.startswith("Lutes Brannoch") and "carried" in message.evidence.text
    assert message.time.text == "last month" and REPORT[message.time.start:message.time.end] == "last month"  # type: ignore[union-attr,index]
    quote = next(c for c in d.claims if c.direct)
    assert quote.content == "We are closer than we have ever been"  # the text's words, not the model's
    assert quote.traced("content") == "llm.align.normalised"
    assert quote.spans.cue is not None and REPORT[slice(*quote.spans.cue)] == "told"
    assert quote.spans.speaker is not None and REPORT[slice(*quote.spans.speaker)] == "Valcourt"
    meta = d.meta
    assert (meta.backend, meta.protocol, meta.requests, meta.chunks) == ("llm", protocol, 1, 1)
    assert (meta.prompt_tokens, meta.completion_tokens, meta.cost) == (1000, 200, 0.004)
    assert meta.dropped == {}


def test_hallucinated_items_are_dropped_and_counted(stub):
    [r] = run(settings(stub.url, "mixed"))
    d = r.dossier
    assert r.error is None and d is not None
    assert "Zora Pellwick" not in {a.name for a in d.actors} and len(d.claims) == 3 and len(d.interactions) == 4
    assert d.meta.dropped == {"actors": 1, "claims": 1, "interactions": 1, "names": 1, "aliases": 1}
    [r] = run(settings(stub.url, "hallucinated"))
    assert r.dossier is not None and r.dossier.actors == [] and r.dossier.claims == []
    assert r.dossier.meta.dropped["actors"] == 1


@pytest.mark.parametrize("model,reason", [
    ("malformed", "malformed answer: not a JSON object"),
    ("notjson", "malformed response: not JSON"),
    ("truncated", "truncated answer"),
    ("down500", "HTTP 500"),
])
def test_a_bad_answer_is_a_per_document_error(stub, model, reason):
    [r] = run(settings(stub.url, model))
    assert r.dossier is None and r.stage == "llm" and reason in r.error, r.error
    if model == "down500":
        assert stub.counts[model] == 3 and "tried 3 times" in r.error


def test_a_fenced_answer_is_read(stub):
    [r] = run(settings(stub.url, "fenced"))
    assert r.error is None and len(r.dossier.claims) == 3


@pytest.mark.parametrize("model", ["flaky429", "flaky500"])
def test_a_refusal_then_success_is_retried(stub, model):
    [r] = run(settings(stub.url, model))
    assert r.error is None, r.error
    assert stub.counts[model] == 2 and r.dossier.meta.retries == 1 and r.dossier.meta.requests == 2


def test_a_slow_server_times_out_into_an_error(stub):
    [r] = run(settings(stub.url, "slow", timeout=0.2, retries=1))
    assert r.dossier is None and "no answer within 0.2 s" in r.error and "tried 2 times" in r.error


def test_a_refused_connection_is_an_error_and_the_next_document_goes_on(stub):
    [r] = run(settings(f"http://127.0.0.1:{free_port()}", retries=1))
    assert r.dossier is None and "connection failed" in r.error
    items = [InputError("broken.bin", "not text"), Item(document=document(), name="m.txt", stem="m")]
    out = list(results(settings(stub.url), items, rules=lambda its: iter(())))
    assert [(x.name, x.stage) for x in out] == [("broken.bin", "read"), ("m.txt", None)]


@pytest.mark.parametrize("protocol,suffix", [("openai", ""), ("ollama", "/api/chat")])
def test_a_server_without_json_schema_is_asked_in_json_mode(stub, protocol, suffix):
    [r] = run(settings(stub.url + suffix, "noschema", protocol=protocol))
    assert r.error is None and len(r.dossier.claims) == 3
    bodies = [q["body"] for q in stub.requests]
    assert len(bodies) == 2
    if protocol == "openai":
        assert [b["response_format"]["type"] for b in bodies] == ["json_schema", "json_object"]
    else:
        assert isinstance(bodies[0]["format"], dict) and bodies[1]["format"] == "json"
        assert bodies[0]["options"]["num_ctx"] >= 16_384


def test_the_cache_answers_the_second_run(stub, tmp_path):
    s = settings(stub.url, cache=tmp_path / "answers.jsonl")
    [first] = run(s)
    assert stub.counts["good"] == 1 and first.dossier.meta.cached == 0
    [second] = run(s)
    assert stub.counts["good"] == 1  # no request
    assert second.dossier.meta.cached == 1 and second.dossier.meta.requests == 0
    assert to_json(second.dossier.claims[0]) == to_json(first.dossier.claims[0])
    [other] = run(settings(stub.url, cache=tmp_path / "answers.jsonl", model="fenced"))
    assert stub.counts["fenced"] == 1 and other.dossier.meta.cached == 0  # another model: asked


FILLER = "The weather at the harbour was mild, and the ferries ran on time all week. " * 8


def test_a_long_report_is_read_in_overlapping_pieces_and_merged(stub):
    text = REPORT + "\n" + FILLER + "\n\n" + FILLER + "\n\n" + REPORT.replace("Friday", "Sunday")
    spans = pieces(text, 700, 120)
    assert len(spans) > 2 and all(b[0] < a[1] for a, b in zip(spans, spans[1:]))  # they overlap
    [r] = run(settings(stub.url, chunk_chars=700, overlap=120), document(text))
    d = r.dossier
    assert r.error is None and d.meta.chunks == len(spans) and d.meta.requests == len(spans)
    assert d.reference_errors() == []
    valcourt = next(a for a in d.actors if a.name == "Idris Valcourt")
    assert [text[m.start:m.end] for m in valcourt.mentions] == ["Idris Valcourt", "Valcourt"] * 2
    # every claim twice (once per copy of the report), never once more for an overlap
    assert len(d.claims) == 6 and len({tuple(c.spans.content[0]) for c in d.claims}) == 6
    assert d.meta.merged["actors"] > 0


def test_the_concurrency_limit_holds_the_calls_in_flight(stub):
    s = settings(stub.url, concurrency=2)
    backend = LLMBackend(s)
    docs = [document(doc_id=f"m{k}") for k in range(5)]
    items = [Item(document=d, name=d.id, stem=d.id) for d in docs]
    out = list(results(s, items, rules=lambda its: iter(()), backend=backend))
    backend.close()
    assert [r.name for r in out] == [d.id for d in docs] and all(r.error is None for r in out)
    assert backend.client.slots._value == 2  # type: ignore[attr-defined]  # every slot given back


def test_a_piece_whose_answer_is_cut_off_is_read_again_in_halves(stub):
    text = REPORT + "\n" + FILLER + "\n\n" + FILLER + "\n\n" + REPORT.replace("Friday", "Sunday")
    assert len(text) > 2000
    [r] = run(settings(stub.url, "cutlong", chunk_chars=6000, overlap=120), document(text))
    assert r.error is None, r.error
    d = r.dossier
    assert d.meta.split == 1 and d.meta.chunks >= 2 and d.meta.requests == d.meta.chunks + 1
    assert len(d.claims) == 6 and d.reference_errors() == []
    [short] = run(settings(stub.url, "truncated", chunk_chars=6000), document())  # too short to halve
    assert short.error is not None and "truncated answer" in short.error
