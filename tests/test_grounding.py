"""Every span in a dossier reproduces its text exactly, on every file of the corpus."""

import json

from conftest import validate

from backchannel.model import to_json


def check_spans(d):
    texts = {doc.id: doc.text for doc in d.documents}
    for a in d.actors:
        for m in a.mentions:
            assert texts[m.doc][m.start:m.end] == m.text, (a.id, m)
            assert m.text.strip() == m.text and m.text
    for i in d.interactions:
        e = i.evidence
        assert texts[e.doc][e.start:e.end] == e.text
        if i.time and i.time.start is not None:
            assert texts[e.doc][i.time.start:i.time.end] == i.time.text
    for c in d.claims:
        t = texts[c.spans.doc]
        assert t[c.evidence.start:c.evidence.end] == c.evidence.text
        assert c.spans.content, c
        for s, e in c.spans.content:
            assert 0 <= s < e <= len(t)
        if c.spans.cue:
            s, e = c.spans.cue
            assert 0 <= s < e <= len(t)
        if c.spans.speaker:
            s, e = c.spans.speaker
            assert 0 <= s < e <= len(t)


def test_example_spans_reproduce_text(example_dossier):
    check_spans(example_dossier)


def test_corpus_spans_reproduce_text_and_validate(corpus_dossiers):
    assert len(corpus_dossiers) >= 7
    for stem, d in corpus_dossiers.items():
        check_spans(d)
        validate(json.loads(to_json(d)))
