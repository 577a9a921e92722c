"""Hostile input never sinks a batch, never overwrites a result, never stalls a run (issue 10)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import hostile_corpus
import pytest
from conftest import EXAMPLE, validate

from backchannel.ingest import Item, read_inputs
from backchannel.limits import DocumentTimeout, time_limit
from backchannel.model import Document
from backchannel.pipeline import DEFAULT_STAGES, analyze, analyze_text

CLI = [sys.executable, "-m", "backchannel.cli"]


def cli(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, **kw)


def _fates(stderr: str) -> dict[str, str]:
    """{document name: "error"} from the error lines (name = text between 'error: ' and ': stage:')."""
    out = {}
    for line in stderr.splitlines():
        if line.startswith("error: "):
            name, _, _ = line[len("error: "):].rpartition(": read: ") if ": read: " in line else \
                line[len("error: "):].partition(": extract: ")
            out[name] = "error"
    return out


def test_hostile_corpus_every_document_accounted_for(tmp_path):
    corpus, out, html = tmp_path / "in", tmp_path / "out", tmp_path / "html"
    fate = hostile_corpus.make(corpus, random_texts=30, max_chars=30_000)
    proc = cli("analyze", str(corpus), "--format", "json", "-o", str(out), "--html", str(html),
               "--max-chars", "30000")
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error: ")]
    outputs = sorted(out.rglob("*.json"))
    reports = sorted(html.rglob("*.html"))
    # every document is either written or named in exactly one error line: none lost, none overwritten
    assert len(outputs) + len(errors) == len(fate), (len(outputs), len(errors), len(fate))
    assert len(reports) == len(outputs)
    assert f"{len(errors)} of {len(fate)} documents failed" in proc.stderr
    for name, expect in fate.items():
        named = [e for e in errors if e.startswith(f"error: {name}: ")]
        if expect == "error":
            assert named, f"{name} should fail with a named error"
        elif expect == "ok":
            assert not named, named
    for line in errors:
        assert line.split(": ")[2] in {"read", "parse", "extract", "write"}, line
    for path in outputs:
        data = json.loads(path.read_text())
        validate(data)
        for a in data["actors"]:
            for m in a["mentions"]:
                assert data["documents"][0]["text"][m["start"]:m["end"]] == m["text"]
    assert not list(out.rglob("*.tmp")) and not list(html.rglob("*.tmp"))
    for page in reports:  # hostile markup is escaped in the report: no live script from the text
        assert "<script>alert(1)</script>" not in page.read_text()


def test_kill9_mid_batch_then_resume_loses_and_duplicates_nothing(tmp_path):
    corpus = tmp_path / "in"
    import random

    rng = random.Random(3)
    for i in range(24):
        (corpus / f"d{i:02d}.txt").parent.mkdir(parents=True, exist_ok=True)
        (corpus / f"d{i:02d}.txt").write_text(hostile_corpus.report(rng, 30))
    ref = tmp_path / "ref"
    assert cli("analyze", str(corpus), "--format", "json", "-o", str(ref), "--batch-size", "1").returncode == 0
    out = tmp_path / "out"
    for kill_after in (3, 11):  # two kill points: early and mid-batch
        proc = subprocess.Popen([*CLI, "analyze", str(corpus), "--format", "json", "-o", str(out),
                                 "--batch-size", "1", "--skip-existing"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while len(list(out.glob("*.json"))) < kill_after and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        for path in out.glob("*.json"):  # whatever exists is whole
            json.loads(path.read_text())
    (out / ".d99.json.abcd1234.tmp").write_text("{half")  # what a kill leaves behind
    done = cli("analyze", str(corpus), "--format", "json", "-o", str(out), "--skip-existing")
    assert done.returncode == 0, done.stderr
    assert not list(out.glob(".*.tmp")) and "temporary files left by an interrupted run" in done.stderr
    assert sorted(p.name for p in out.glob("*.json")) == sorted(p.name for p in ref.glob("*.json"))
    for path in ref.glob("*.json"):
        assert json.loads((out / path.name).read_text()) == json.loads(path.read_text())


def _items(*texts: str) -> list[Item]:
    return [Item(Document(id=f"d{i}", text=t), f"d{i}", f"d{i}") for i, t in enumerate(texts)]


def test_a_runaway_document_is_stopped_and_the_batch_goes_on(nlp):
    from backchannel.extract import SPECS, STAGES, stage

    @stage("test-slow")
    def slow(ctx):
        if "SLOW" in ctx.document.text:
            while True:
                pass

    try:
        results = list(analyze(_items("Qatar met Oman.", "SLOW text here.", "Egypt said so."), nlp=nlp,
                               stages=(*DEFAULT_STAGES, "test-slow"), doc_timeout=0.5))
    finally:
        del STAGES["test-slow"], SPECS["test-slow"]
    assert [r.error is None for r in results] == [True, False, True]
    assert results[1].stage == "extract" and "0.5 s limit" in results[1].error


def test_time_limit_interrupts_python_code():
    with pytest.raises(DocumentTimeout):
        with time_limit(0.2):
            while True:
                pass
    with time_limit(0):  # no limit
        pass


class _CrashingParser:
    """A pipeline whose parser raises on one text: only that document may fail."""

    def __init__(self, nlp):
        self.nlp = nlp

    def pipe(self, pairs, **kw):
        pairs = list(pairs)
        if any("BOOM" in t for t, _ in pairs):
            raise RuntimeError("parser crashed")
        return self.nlp.pipe(pairs, **kw)

    def __call__(self, text):
        if "BOOM" in text:
            raise RuntimeError("parser crashed")
        return self.nlp(text)


def test_a_parser_crash_fails_one_document_only(nlp):
    results = list(analyze(_items("Qatar met Oman.", "BOOM goes the parser.", "Egypt said so."),
                           nlp=_CrashingParser(nlp), batch_size=8))
    assert [r.error is None for r in results] == [True, False, True]
    assert results[1].stage == "parse" and "parser crashed" in results[1].error


def test_a_long_text_is_analysed_in_pieces_with_offsets_kept(nlp):
    text = (EXAMPLE.read_text().split("\n", 1)[1] + "\n\n") * 3
    (r,) = list(analyze(_items(text), nlp=nlp, chunk_chars=6_000))
    d = r.dossier
    assert r.error is None and d.reference_errors() == []
    assert max(m.end for a in d.actors for m in a.mentions) > 2 * len(text) // 3  # the last piece was read
    assert len({i.id for i in d.interactions}) == len(d.interactions)
    assert len({a.id for a in d.actors}) == len(d.actors)
    validate(json.loads(json.dumps(d.to_dict())))


def test_output_names_never_collide_and_nothing_is_overwritten(tmp_path):
    for rel in ("a/x.txt", "b/x.txt"):
        (tmp_path / "in" / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "in" / rel).write_text("Qatar passed a message to Hamas.")
    out = tmp_path / "out"
    first = cli("analyze", str(tmp_path / "in"), "--format", "json", "-o", str(out))
    assert first.returncode == 0 and sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json")) == \
        ["a/x.json", "b/x.json"]
    two = cli("analyze", str(tmp_path / "in/a/x.txt"), str(tmp_path / "in/b/x.txt"), "--format", "json",
              "-o", str(tmp_path / "flat"))
    assert sorted(p.name for p in (tmp_path / "flat").iterdir()) == ["x-2.json", "x.json"]
    assert "already used" in two.stderr
    again = cli("analyze", str(tmp_path / "in"), "--format", "json", "-o", str(out))
    assert again.returncode == 1 and again.stderr.count("exists; use --force") == 2
    assert cli("analyze", str(tmp_path / "in"), "--format", "json", "-o", str(out), "--force").returncode == 0
    refused = cli("analyze", str(tmp_path / "in"), "--format", "json", "-o", str(out / "a" / "x.json"))
    assert refused.returncode == 1 and "is a file" in refused.stderr and "Traceback" not in refused.stderr
    one_html = cli("analyze", str(tmp_path / "in"), "--html", str(tmp_path / "r.html"))
    assert one_html.returncode == 1 and "give a directory" in one_html.stderr
    assert not (tmp_path / "r.html").exists()


def test_bad_metadata_is_dropped_with_a_warning_never_a_crash(tmp_path):
    data = (json.dumps({"id": "a", "text": "Qatar passed a message.", "title": 1}) + "\n"
            + json.dumps({"id": "b", "text": "Oman hosted talks.", "published": "2024-13-45"}) + "\n")
    proc = subprocess.run([*CLI, "analyze", "-", "--format", "json", "-o", str(tmp_path / "o"),
                           "--html", str(tmp_path / "h")], input=data, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "field 'title' dropped: 1" in proc.stderr and "'2024-13-45' is not a valid date" in proc.stderr
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == ["a.json", "b.json"]
    assert sorted(p.name for p in (tmp_path / "h").iterdir()) == ["a.html", "b.html"]
    for p in (tmp_path / "o").iterdir():
        validate(json.loads(p.read_text()))


def test_error_lines_are_whole_and_summaries_plain_when_piped(tmp_path):
    deep = tmp_path / ("a-very-long-folder-name-" * 4) / "missing-report-with-a-long-name.txt"
    proc = cli("analyze", str(deep), str(EXAMPLE))
    assert proc.returncode == 1
    assert f"error: {deep}: read: no such file or directory" in proc.stderr.splitlines()
    lines = proc.stdout.splitlines()
    assert any("Steve Witkoff" in x and "affiliation: United States" in x for x in lines)
    assert any(x.endswith("…") for x in lines)  # cut text says so
    assert all(len(x.split()) > 1 or not x.strip() for x in lines[:40])  # no word-per-line wrapping


@pytest.mark.parametrize("data, expect", [
    ("Qatar met Oman.".encode("utf-16"), "Qatar met Oman."),
    ("Qatar met Oman.".encode("utf-16-le"), "Qatar met Oman."),
    ("Qatar met Oman.".encode("utf-32"), "Qatar met Oman."),
    ("Café talks in Genève".encode("latin-1"), "Café talks in Genève"),
    ("“Talks”, he said — fine".encode("cp1252"), "“Talks”, he said — fine"),
])
def test_legacy_encodings_are_decoded(tmp_path, data, expect):
    f = tmp_path / "x.txt"
    f.write_bytes(data)
    (item,) = list(read_inputs([str(f)]))
    assert isinstance(item, Item) and item.document.text == expect


def test_deeply_nested_html_falls_back_to_its_visible_text(tmp_path):
    f = tmp_path / "nested.html"
    f.write_text("<html><body>" + "<div>" * 10000 + "<p>Qatar passed a message to Hamas.</p><script>x()</script>"
                 + "</div>" * 10000 + "</body></html>")
    (item,) = list(read_inputs([str(f)]))
    assert item.document.text == "Qatar passed a message to Hamas."
    assert any("visible text" in w for w in item.warnings)


def test_references_are_checked_and_repaired(analyze):
    d = analyze("Qatar passed a message to Hamas on Monday.")
    assert d.reference_errors() == []
    d.interactions[0].via.append("@nobody")
    assert "is no actor" in d.reference_errors()[0]
    from backchannel.pipeline import repair_references

    assert repair_references(d) and d.reference_errors() == []


def test_python_api_chunks_long_texts(nlp):
    d = analyze_text("Qatar met Oman in Muscat. " * 3000, nlp=nlp)  # 78,000 characters: two pieces
    assert d.reference_errors() == [] and d.actors


def test_pieces_keep_the_rules_of_their_items(nlp):
    text = (EXAMPLE.read_text().split("\n", 1)[1] + "\n\n") * 2
    (r,) = list(analyze(_items(text), nlp=nlp, chunk_chars=6_000))
    mentions = [m for a in r.dossier.actors for m in a.mentions]
    assert mentions and all(m.rule for m in mentions if m.rule is not None) and any(m.rule for m in mentions)
    assert sum(m.rule is None for m in mentions) <= sum(a.rule is None for a in r.dossier.actors) * 20
    merged = [a for a in r.dossier.actors if a.traced(f"merged:{a.id}@piece")]
    assert merged  # the same actor in several pieces is one, and says so
