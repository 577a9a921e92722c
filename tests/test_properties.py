"""Property tests (Hypothesis): offsets always reproduce the text, references always resolve.

Why properties: hand-written cases cover the shapes we thought of; a batch of
real news meets the ones we did not. Texts are drawn from an invented pool of
sentence shapes (tests/hostile_corpus.py) mixed with arbitrary characters.
"""

from __future__ import annotations

import random

import hostile_corpus
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backchannel.model import Document
from backchannel.nlp import chunk_spans
from backchannel.pipeline import run_stages

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

noise = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80)
runs = st.builds(lambda c, n: c * n, st.sampled_from(list("=-\"(😀.a ")), st.integers(200, 700))
pieces = st.lists(st.one_of(noise, runs, st.sampled_from(["\n\n", " ", "\n", "\t"])), max_size=8)


@SETTINGS
@given(pieces)
def test_tokenizer_keeps_every_character(nlp, parts):
    text = "".join(parts)
    doc = nlp.tokenizer(text)
    assert doc.text == text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=3000), st.integers(50, 1000))
def test_chunks_tile_the_text(text, size):
    spans = chunk_spans(text, size)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
    assert all(0 < e - s <= size for s, e in spans) or text == ""


def _report(seed: int, extra: list[str]) -> str:
    rng = random.Random(seed)
    paras = [hostile_corpus.report(rng, rng.randint(1, 6)) for _ in range(rng.randint(1, 3))]
    for i, x in enumerate(extra):
        paras.insert(rng.randint(0, len(paras)), x if i % 2 else x.strip() + ".")
    return "\n\n".join(paras)


@SETTINGS
@given(st.integers(0, 10**6), st.lists(noise, max_size=3))
def test_every_reference_resolves_and_every_span_reproduces_its_text(nlp, seed, extra):
    text = _report(seed, extra)
    if not text.strip():
        return
    d = run_stages(Document(id="p", text=text, published="2025-05-13"), nlp(text))
    assert d.reference_errors() == []
    for i in d.interactions:
        assert not any(v.startswith("@") for v in i.via)
