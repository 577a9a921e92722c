"""The corpus store: incremental, atomic adding, errors as data, the lock, stats, exports, migrations."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from backchannel.ingest import InputError, Item, read_inputs
from backchannel.model import Document, dossier_from_json
from backchannel.pipeline import analyze
from backchannel.store import SCHEMA_VERSION, StoreError, StoreInUse, connect, extractor_version
from backchannel.store import schema as schema_mod
from backchannel.store.reader import dossiers, write_corpus_json
from backchannel.store.schema import CROSS_TABLES, DOC_TABLES, TABLES
from backchannel.store.writer import Writer, outdated

from conftest import ROOT, shared_path

EXAMPLES = ROOT / "examples" / "corpus"
CLI = [sys.executable, "-m", "backchannel.cli"]


def cli(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, **kw)


def add(path: Path, items, nlp, group: int = 4):
    con = connect(path, create=True)
    try:
        w = Writer(con, extractor_version(), group=group)
        return w.write(analyze(w.screen(items), nlp=nlp, batch_size=group))
    finally:
        con.close()


def dump(path: Path) -> dict[str, list]:
    """Every table's rows in a canonical order, without the wall-clock columns."""
    con = connect(path, read_only=True)
    out = {}
    for table in TABLES:
        if table == "meta":
            continue
        drop = {"documents": " EXCLUDE (added_at)", "errors": " EXCLUDE (failed_at)"}.get(table, "")
        out[table] = con.execute(f"SELECT *{drop} FROM {table} ORDER BY ALL").fetchall()
    con.close()
    return out


def item(doc_id: str, text: str, **meta) -> Item:
    return Item(Document(id=doc_id, text=text, **meta), doc_id, doc_id)


def test_examples_are_stored_whole_and_round_trip(tmp_path, nlp):
    store = tmp_path / "c.duckdb"
    tally = add(store, read_inputs([str(EXAMPLES)]), nlp)
    assert (tally.added, tally.failed) == (6, 0)
    con = connect(store, read_only=True)
    assert con.execute("SELECT count(DISTINCT source) FROM documents").fetchone()[0] == 4
    stored = list(dossiers(con))
    # the stored dossier equals the one `analyze` makes, and its rows match the dossier
    direct = {r.dossier.documents[0].id: r.dossier for r in analyze(read_inputs([str(EXAMPLES)]), nlp=nlp)}
    for d in stored:
        assert d.reference_errors() == []
        assert d.to_dict() == direct[d.documents[0].id].to_dict()
        doc = d.documents[0].id
        n = lambda sql: con.execute(sql, [doc]).fetchone()[0]  # noqa: E731
        assert n("SELECT count(*) FROM actors WHERE doc = ?") == len(d.actors)
        assert n("SELECT count(*) FROM mentions WHERE doc = ?") == sum(len(a.mentions) for a in d.actors)
        assert n("SELECT count(*) FROM interactions WHERE doc = ?") == len(d.interactions)
        assert n("SELECT count(*) FROM interaction_via WHERE doc = ?") == sum(len(i.via) for i in d.interactions)
        assert n("SELECT count(*) FROM claims WHERE doc = ?") == len(d.claims)
        assert n("SELECT count(*) FROM claim_spans WHERE doc = ?") == sum(len(c.spans.content) for c in d.claims)
    # offsets in the tables index the stored text
    bad = con.execute("SELECT count(*) FROM mentions m JOIN documents d ON d.id = m.doc "
                      "WHERE substr(d.text, m.char_start + 1, m.char_end - m.char_start) <> m.text").fetchone()[0]
    assert bad == 0
    con.close()


def test_unchanged_documents_are_skipped_and_changed_ones_replaced(tmp_path, nlp):
    store = tmp_path / "c.duckdb"
    first = [item("a", "Qatar mediated talks between Israel and Hamas."),
             item("b", "Egypt passed messages to Hamas on Monday.")]
    assert add(store, first, nlp).added == 2
    before = dump(store)
    again = add(store, first, nlp)
    assert (again.added, again.replaced, again.skipped) == (0, 0, 2)
    assert dump(store) == before
    changed = [item("a", "Qatar mediated talks between Israel and Hamas."),
               item("b", "Oman passed messages to the Houthis on Tuesday.")]
    t = add(store, changed, nlp)
    assert (t.added, t.replaced, t.skipped) == (0, 1, 1)
    con = connect(store, read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
    names = {r[0] for r in con.execute("SELECT name FROM actors WHERE doc = 'b'").fetchall()}
    assert "Oman" in names and "Egypt" not in names
    con.close()
    # a corrected date is a new content: the document is analysed again
    t = add(store, [item("a", "Qatar mediated talks between Israel and Hamas.", published="2025-01-02")], nlp)
    assert t.replaced == 1


def test_two_inputs_with_one_id_are_both_kept(tmp_path, nlp):
    store = tmp_path / "c.duckdb"
    items = [item("d1", "Qatar mediated talks."), item("d1", "Egypt hosted the meeting."),
             item("d1", "Qatar mediated talks."), item("d1", "Egypt hosted the meeting.")]  # repeats: skipped
    t = add(store, items, nlp)
    assert (t.added, t.skipped) == (2, 2)
    con = connect(store, read_only=True)
    assert sorted(r[0] for r in con.execute("SELECT id FROM documents").fetchall()) == ["d1", "d1~2"]
    con.close()
    assert add(store, items, nlp).skipped == 4  # the same run again names them the same way


def test_errors_are_data_and_retried(tmp_path, nlp):
    store = tmp_path / "c.duckdb"
    items = [item("ok", "Qatar mediated talks."), InputError("broken.html", "cannot read: denied")]
    t = add(store, items, nlp)
    assert (t.added, t.failed) == (1, 1)
    con = connect(store, read_only=True)
    assert con.execute("SELECT name, stage, reason FROM errors").fetchall() == [
        ("broken.html", "read", "cannot read: denied")]
    con.close()
    fixed = [item("ok", "Qatar mediated talks."), Item(Document(id="broken", text="Oman hosted talks."),
                                                         "broken.html", "broken")]
    t = add(store, fixed, nlp)
    assert (t.added, t.skipped, t.failed) == (1, 1, 0)
    con = connect(store, read_only=True)
    assert con.execute("SELECT count(*) FROM errors").fetchone()[0] == 0
    con.close()


def test_an_extraction_failure_keeps_the_old_rows_and_records_the_error(tmp_path, nlp, monkeypatch):
    store = tmp_path / "c.duckdb"
    add(store, [item("a", "Qatar mediated talks.")], nlp)
    before = dump(store)["actors"]
    from backchannel import pipeline

    def boom(*a, **k):
        raise RuntimeError("rule crashed")

    monkeypatch.setattr(pipeline, "run_stages", boom)
    t = add(store, [item("a", "Egypt mediated talks.")], nlp)
    assert t.failed == 1
    after = dump(store)
    assert after["actors"] == before
    assert after["errors"][0][:2] == ("a", "extract")


def test_cli_add_stats_errors_export(tmp_path):
    store = tmp_path / "c.duckdb"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "Qatar mediated talks."}\n{"id": "y"}\nnot json\n')
    r = cli("corpus", "add", str(store), str(EXAMPLES), str(bad))
    assert r.returncode == 1
    assert "error: " + str(bad) + ":2: read: missing string field 'text'" in r.stderr
    assert "7 added" in r.stderr and "2 failed" in r.stderr
    r = cli("corpus", "errors", str(store))
    assert r.returncode == 0 and r.stdout.count("\n") == 2
    s = json.loads(cli("corpus", "stats", str(store), "--json").stdout)
    assert s["documents"] == 7 and s["outlets"] == 4 and s["errors"] == 2
    assert s["date_range"] == ["2031-03-06", "2031-03-12"]
    assert s["counts"]["actors"] > 0 and all(s["counts"][t] == 0 for t in CROSS_TABLES)
    assert "documents   7" in cli("corpus", "stats", str(store)).stdout
    corpus = json.loads(cli("corpus", "export", str(store), "--format", "json").stdout)
    assert set(corpus) == {"documents", "dossiers", "entities", "events", "statements", "links", "judgements",
                           "views"}
    assert len(corpus["documents"]) == len(corpus["dossiers"]) == 7
    for d in corpus["dossiers"]:
        assert dossier_from_json(json.dumps(d)).reference_errors() == []
    lines = cli("corpus", "export", str(store), "--format", "jsonl").stdout.splitlines()
    assert len(lines) == 7
    # documents export is reader JSONL: a new store built from it holds the same documents
    out = tmp_path / "exp"
    assert cli("corpus", "export", str(store), "--format", "documents", "-o", str(out)).returncode == 0
    assert len((out / "corpus.documents.jsonl").read_text().splitlines()) == 7
    r = cli("corpus", "export", str(store), "--format", "documents", "-o", str(out))
    assert r.returncode == 1 and "exists" in r.stderr


def test_stdin_jsonl_and_a_missing_path(tmp_path):
    store = tmp_path / "c.duckdb"
    lines = '{"id": "a", "text": "Qatar mediated talks.", "source": "Wire"}\n{"id": "b", "text": "Oman hosted talks."}\n'
    r = cli("corpus", "add", str(store), "-", str(tmp_path / "missing.txt"), input=lines)
    assert r.returncode == 1
    assert f"error: {tmp_path / 'missing.txt'}: read: no such file or directory" in r.stderr
    con = connect(store, read_only=True)
    assert sorted(r[0] for r in con.execute("SELECT id FROM documents").fetchall()) == ["a", "b"]
    assert con.execute("SELECT stage FROM errors").fetchall() == [("read",)]
    con.close()


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_table_exports_one_file_per_table(tmp_path, nlp, fmt):
    store = tmp_path / "c.duckdb"
    add(store, read_inputs([str(EXAMPLES)]), nlp)
    out = tmp_path / fmt
    assert cli("corpus", "export", str(store), "--format", fmt, "-o", str(out)).returncode == 0
    con = duckdb.connect()
    reader = "read_parquet" if fmt == "parquet" else "read_csv_auto"
    for table in TABLES:
        if table == "meta":
            continue
        path = out / f"{table}.{fmt}"
        assert path.exists()
        if table in ("documents", "actors", "mentions"):
            n = con.execute(f"SELECT count(*) FROM {reader}('{path}')").fetchone()[0]
            assert n == dump(store)[table].__len__()


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "ftm"])
def test_graph_and_ftm_exports(tmp_path, nlp, fmt):
    pytest.importorskip("followthemoney") if fmt == "ftm" else None
    store = tmp_path / "c.duckdb"
    add(store, read_inputs([str(EXAMPLES)]), nlp)
    r = cli("corpus", "export", str(store), "--format", fmt)
    assert r.returncode == 0, r.stderr
    if fmt == "ftm":
        ents = [json.loads(line) for line in r.stdout.splitlines()]
        assert sum(e["schema"] == "Article" for e in ents) == 6
    else:
        import networkx as nx

        path = tmp_path / f"g.{fmt}"
        path.write_text(r.stdout)
        g = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(path)
        assert g.number_of_nodes() > 10 and any(n.startswith("r1-sarnow-courier/") for n in g.nodes)


def test_a_second_writer_is_refused_with_a_clear_message(tmp_path):
    store = tmp_path / "c.duckdb"
    connect(store, create=True).close()
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('ready', flush=True); time.sleep(60)", str(store)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreInUse, match="store is in use by another process"):
            connect(store)
        r = cli("corpus", "add", str(store), str(EXAMPLES))
        assert r.returncode == 1 and "store is in use by another process" in r.stderr
        assert "Traceback" not in r.stderr
    finally:
        holder.kill()
        holder.wait()
    con = connect(store, read_only=True)  # the file is intact
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
    con.close()


def test_not_a_store_and_a_newer_store_are_refused(tmp_path):
    other = tmp_path / "other.duckdb"
    c = duckdb.connect(str(other))
    c.execute("CREATE TABLE t (x INTEGER)")
    c.close()
    with pytest.raises(StoreError, match="not a backchannel store"):
        connect(other)
    with pytest.raises(StoreError, match="no such store"):
        connect(tmp_path / "missing.duckdb")
    newer = tmp_path / "newer.duckdb"
    connect(newer, create=True).close()
    c = duckdb.connect(str(newer))
    c.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    c.close()
    with pytest.raises(StoreError, match="newer backchannel"):
        connect(newer)


def test_an_older_store_is_migrated_or_told_what_to_do(tmp_path, monkeypatch):
    monkeypatch.delitem(schema_mod.MIGRATIONS, SCHEMA_VERSION - 1)  # a step with no migration written
    old = tmp_path / "old.duckdb"
    connect(old, create=True).close()
    c = duckdb.connect(str(old))
    c.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION - 1)])
    c.execute("ALTER TABLE documents DROP COLUMN author")  # what the older schema lacked
    c.close()
    with pytest.raises(StoreError, match="cannot be upgraded .* corpus export .* corpus add"):
        connect(old)
    with pytest.raises(StoreError, match="corpus migrate"):
        connect(old, read_only=True)
    monkeypatch.setitem(schema_mod.MIGRATIONS, SCHEMA_VERSION - 1,
                        lambda con: con.execute("ALTER TABLE documents ADD COLUMN author VARCHAR"))
    connect(old).close()
    con = connect(old, read_only=True)
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
    assert "author" in [r[0] for r in con.execute("DESCRIBE documents").fetchall()]
    con.close()


def test_reanalyze_reruns_documents_of_an_older_extractor(tmp_path, nlp):
    store = tmp_path / "c.duckdb"
    add(store, read_inputs([str(EXAMPLES)]), nlp)
    before = dump(store)
    c = duckdb.connect(str(store))
    c.execute("UPDATE documents SET extractor_version = 'old' WHERE id IN ('r1-sarnow-courier', 'r3-valdoria-today')")
    c.execute("DELETE FROM actors WHERE doc = 'r1-sarnow-courier'")  # what the old extractor got wrong
    c.close()
    con = connect(store)
    assert [i.document.id for i in outdated(con, extractor_version())] == ["r1-sarnow-courier", "r3-valdoria-today"]
    con.close()
    r = cli("corpus", "reanalyze", str(store))
    assert r.returncode == 0, r.stderr
    assert "2 replaced" in r.stderr
    assert dump(store) == before
    assert "nothing to do" in cli("corpus", "reanalyze", str(store)).stdout


def test_corpus_json_streams_the_spec_shape(tmp_path, nlp):
    import io

    store = tmp_path / "c.duckdb"
    add(store, read_inputs([str(EXAMPLES)]), nlp)
    con = connect(store)
    con.execute("INSERT INTO entities VALUES ('e1', 'Ilse Varga', 'person', [], [], NULL)")
    con.execute("INSERT INTO members VALUES ('entity', 'e1', 'r1-sarnow-courier', 'ilse-varga')")
    con.execute("INSERT INTO links VALUES ('l1', 'contradicts', 'count', 'r1-sarnow-courier', 'interaction', 'i1', "
                "NULL, NULL, 'r3-valdoria-today', 'passage', NULL, 0, 20, NULL)")
    buf = io.StringIO()
    write_corpus_json(con, buf)
    con.close()
    data = json.loads(buf.getvalue())
    assert data["entities"][0]["members"] == [{"doc": "r1-sarnow-courier", "actor": "ilse-varga"}]
    assert data["links"][0]["a"] == {"doc": "r1-sarnow-courier", "interaction": "i1"}
    assert data["links"][0]["b"] == {"doc": "r3-valdoria-today", "start": 0, "end": 20}
    assert data["links"][0]["on"] == "count"


@pytest.mark.shared
def test_real_clusters_store_every_report(tmp_path, nlp):
    clusters = shared_path("gold", "corpora")
    store = tmp_path / "real.duckdb"
    docs = sorted(str(p) for p in clusters.glob("*/docs"))
    assert docs
    t = add(store, read_inputs(docs), nlp, group=8)
    expected = sum(len(list(Path(d).glob("*.txt"))) for d in docs)
    assert t.added + t.replaced == expected and t.failed == 0
    con = connect(store, read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == expected
    assert con.execute("SELECT count(*) FROM documents WHERE published IS NULL").fetchone()[0] == 0
    for table in DOC_TABLES:
        assert con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] > 0, table
    con.close()


def test_the_documented_queries_run(tmp_path, nlp):
    import re

    store = tmp_path / "c.duckdb"
    add(store, read_inputs([str(EXAMPLES)]), nlp)
    queries = re.findall(r"```sql\n(.*?)```", (ROOT / "docs" / "store.md").read_text(), re.S)
    assert len(queries) == 3
    con = connect(store, read_only=True)
    results = [con.execute(q).fetchall() for q in queries]
    con.close()
    assert all(results)
    assert {r[2] for r in results[0]} >= {12, 14}  # the contradicting counts
    assert len({r[0] for r in results[1]}) >= 2  # more than one mediator


def test_tables_and_columns_are_documented():
    text = (ROOT / "docs" / "store.md").read_text()
    for table in TABLES:
        assert f"`{table}`" in text, table
