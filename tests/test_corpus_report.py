"""The corpus report (report/corpus_html.py) of the invented reports in examples/corpus:
its sections, each report's own page, hostile text kept as text, and the two commands."""

import json
import re

from click.testing import CliRunner
from conftest import CORPUS_NASTY, ROOT

from backchannel.cli import main
from backchannel.report.corpus_html import render_corpus_report
from backchannel.report.html import LIBRARY_MARK, asset

SECTIONS = ("network", "reports", "timeline-card", "disputes-card", "sources-card", "channels-card", "report-view")


def blob(page: str, name: str):
    m = re.search(rf'<script type="application/json" id="{name}">(.*?)</script>', page, re.S)
    assert m, name
    return json.loads(m.group(1))


def test_sections_and_data(example_corpus):
    page = render_corpus_report(example_corpus)
    for s in SECTIONS:
        assert f'id="{s}"' in page
    data = blob(page, "bc-corpus")
    assert "dossiers" not in data  # the reports travel as their own pages
    assert [d["id"] for d in data["documents"]] == [d["id"] for d in example_corpus["documents"]]
    assert data["views"]["timeline"] and data["views"]["disputes"]
    assert data["entities"] == example_corpus["entities"] and data["links"] == example_corpus["links"]


def test_each_report_has_its_own_page(example_corpus):
    pages = blob(render_corpus_report(example_corpus), "bc-pages")
    assert set(pages) == {d["id"] for d in example_corpus["documents"]}
    for doc_id, html in pages.items():
        assert html.startswith("<!doctype html>") and 'id="bc-data"' in html
        inner = blob(html, "bc-data")
        assert inner["documents"][0]["id"] == doc_id
        assert LIBRARY_MARK in html and "cytoscape" not in html.split("<footer>")[0]  # the library travels once


def test_the_network_library_is_carried_once(example_corpus):
    page = render_corpus_report(example_corpus)
    library = asset("cytoscape.min.js")[:200]
    assert page.count(library) == 1 and len(example_corpus["documents"]) > 1


def test_hostile_text_is_escaped(example_corpus):
    page = render_corpus_report(example_corpus)
    assert CORPUS_NASTY not in page
    assert "<img" not in page and "alert(1)</script>" not in page
    assert page.count("<script") == 4  # the two JSON blobs, cytoscape, corpus.js
    assert page.count("</script>") == 4
    assert "<title>" in page and "&lt;/script&gt;" in page.split("</title>")[0]
    data = blob(page, "bc-corpus")
    assert data["documents"][-1]["title"] == CORPUS_NASTY  # text survives the round trip
    pages = blob(page, "bc-pages")
    last = pages[data["documents"][-1]["id"]]
    assert CORPUS_NASTY not in last and blob(last, "bc-data")["documents"][0]["text"].endswith(CORPUS_NASTY)


def test_analyze_corpus_writes_the_corpus_report(tmp_path):
    out, html = tmp_path / "c.json", tmp_path / "c.html"
    r = CliRunner().invoke(main, ["analyze", "--corpus", str(ROOT / "examples" / "corpus"), "-o", str(out),
                                  "--html", str(html)])
    assert r.exit_code == 0, r.output
    corpus = json.loads(out.read_text(encoding="utf-8"))
    page = html.read_text(encoding="utf-8")
    assert blob(page, "bc-corpus")["documents"] == corpus["documents"]
    r = CliRunner().invoke(main, ["analyze", "--corpus", str(ROOT / "examples" / "corpus"), "-o", str(tmp_path / "d.json"),
                                  "--html", str(html)])
    assert r.exit_code != 0 and "exists" in r.output


def test_corpus_export_html(tmp_path):
    store = tmp_path / "s.duckdb"
    runner = CliRunner()
    assert runner.invoke(main, ["corpus", "add", str(store), str(ROOT / "examples" / "corpus"), "--no-progress"]).exit_code == 0
    assert runner.invoke(main, ["corpus", "resolve", str(store)]).exit_code == 0
    r = runner.invoke(main, ["corpus", "export", str(store), "--format", "html", "-o", str(tmp_path / "x")])
    assert r.exit_code == 0, r.output
    page = (tmp_path / "x" / "corpus.html").read_text(encoding="utf-8")
    assert len(blob(page, "bc-pages")) == len(list((ROOT / "examples" / "corpus").glob("*.txt")))
