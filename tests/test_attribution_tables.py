"""Attributions (beliefs, wishes, negated speech) reach the CSV tables and the store's SQL.

Why: they were kept only in the dossier JSON and the PolNeAR export, so an analyst
querying the store or reading the CSV could not find "who believes what" at all.
Invented sentences only.
"""

from __future__ import annotations

import csv
import io

import duckdb

from backchannel.export.tables import TABLES, write_csv
from backchannel.model import Document
from backchannel.pipeline import analyze as analyze_items
from backchannel.ingest import Item
from backchannel.store import SCHEMA_VERSION, connect, extractor_version
from backchannel.store.writer import Writer

TEXT = ("The Harrow guild wants to reopen the mill. Olga Brandt suspects that the ledger was altered. "
        "Ilse Varn said that the bridge would close.")


def _tables(d) -> dict[str, list[dict]]:
    out = io.StringIO()
    write_csv(d, out)
    sections = out.getvalue().split("\n\n")
    return {s.splitlines()[0][2:]: list(csv.DictReader(io.StringIO("\n".join(s.splitlines()[1:]))))
            for s in sections if s.strip()}


def test_attributions_are_a_csv_table(analyze):
    d = analyze(TEXT)
    assert "attributions" in TABLES
    rows = _tables(d)["attributions"]
    assert len(rows) == len(d.attributions) >= 2
    by_content = {r["content"]: r for r in rows}
    belief = by_content["the ledger was altered"]
    assert belief["kind"] == "belief" and belief["source_name"] == "Olga Brandt" and belief["rule"]
    s, e = int(belief["evidence_start"]), int(belief["evidence_end"])
    assert TEXT[s:e] == belief["evidence"]
    # a claim stays a claim: the said content is in the claims table, not here
    assert "that the bridge would close" not in by_content


def _store(path, nlp) -> None:
    con = connect(path, create=True)
    try:
        w = Writer(con, extractor_version(), group=2)
        w.write(analyze_items(w.screen([Item(Document(id="d1", text=TEXT), "d1", "d1")]), nlp=nlp, batch_size=2))
    finally:
        con.close()


def test_attributions_are_a_store_table_with_offsets_into_the_text(tmp_path, nlp):
    path = tmp_path / "s.duckdb"
    _store(path, nlp)
    con = connect(path, read_only=True)
    rows = con.execute("SELECT a.kind, a.content, a.content_spans, d.text FROM attributions a "
                       "JOIN documents d ON d.id = a.doc ORDER BY a.id").fetchall()
    con.close()
    assert {r[0] for r in rows} == {"belief"} and len(rows) >= 2
    for _, content, spans, text in rows:
        pieces = [text[spans[k]:spans[k + 1]] for k in range(0, len(spans), 2)]
        assert " ".join(pieces) == content or pieces == [content]


def test_a_schema_4_store_gets_its_attributions_from_the_stored_dossiers(tmp_path, nlp):
    path = tmp_path / "old.duckdb"
    _store(path, nlp)
    con = connect(path, read_only=True)
    want = con.execute("SELECT * FROM attributions ORDER BY ALL").fetchall()
    con.close()
    raw = duckdb.connect(str(path))  # what a store of schema 4 looked like: no such table
    raw.execute("DROP TABLE attributions")
    raw.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")
    raw.close()
    connect(path).close()  # migrates
    con = connect(path, read_only=True)
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
    assert con.execute("SELECT * FROM attributions ORDER BY ALL").fetchall() == want and want
    con.close()
