"""Reading a store back: dossiers, the corpus dossier, tables to files.

Dossiers are rebuilt from ``documents.dossier`` (the full dossier as the model
wrote it, less the text) plus ``documents.text``, page by page in id order, so
an export streams whatever the size of the store.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator, TextIO

import msgspec

from backchannel.corpus_dossier import write_sections
from backchannel.model import Dossier, to_json
from backchannel.store.schema import CROSS_TABLES, TABLES

PAGE = 256


def pages(con, columns: str, where: str = "", params: list | None = None,  # noqa: ANN001 - duckdb connection
          size: int = PAGE) -> Iterator[tuple]:
    """Rows ``(id, *columns)`` of ``documents`` in id order, fetched page by page (keyset on id).

    Why keyset paging: an export or a re-analysis streams a store of any size,
    and a document rewritten while the pages are read is not seen twice.
    ``where`` is extra SQL starting with AND; ``params`` fill its placeholders.
    """
    last = ""
    while True:
        rows = con.execute(f"SELECT id, {columns} FROM documents WHERE id > ? {where} ORDER BY id LIMIT ?",
                           [last, *(params or []), size]).fetchall()
        if not rows:
            return
        yield from rows
        last = rows[-1][0]


def dossiers(con, ids: list[str] | None = None) -> Iterator[Dossier]:  # noqa: ANN001 - duckdb connection
    """Every stored dossier (or those of ``ids``) in id order, text restored."""
    where, params = ("", []) if ids is None else ("AND id IN (SELECT unnest(?))", [ids])
    for _doc_id, text, raw in pages(con, "text, dossier", where, params):
        d = msgspec.json.decode(raw, type=Dossier)
        d.documents = [msgspec.structs.replace(d.documents[0], text=text)]
        yield d


def documents(con) -> Iterator[dict]:  # noqa: ANN001
    """The corpus dossier's ``documents`` entries, in id order."""
    for doc_id, title, published, source, url in pages(con, "title, CAST(published AS VARCHAR), source, url"):
        yield {"id": doc_id, "title": title, "published": published, "source": source, "url": url}


def _cross(con) -> dict[str, list]:  # noqa: ANN001
    """The cross-report sections of spec/corpus.md from their tables (empty until a resolver fills them)."""
    def members(kind: str, item: str) -> dict[str, list]:
        out: dict[str, list] = {}
        for cluster, doc, it in con.execute("SELECT cluster, doc, item FROM members WHERE kind = ? "
                                            "ORDER BY cluster, doc, item", [kind]).fetchall():
            out.setdefault(cluster, []).append({"doc": doc, item: it})
        return out

    ent, evm, stm = members("entity", "actor"), members("event", "interaction"), members("statement", "claim")
    entities = [{"id": i, "name": n, "kind": k, "aliases": al or [], "descriptors": de or [], "affiliation": af,
                 "members": ent.get(i, [])}
                for i, n, k, al, de, af in con.execute("SELECT * FROM entities ORDER BY id").fetchall()]
    outlet = dict(con.execute("SELECT id, source FROM documents").fetchall()) if evm else {}
    events = []
    for i, t, s, g, v, ng, m, tv, cv, cq, first, independent in con.execute(
            "SELECT * FROM events ORDER BY TRY_CAST(substr(id, 2) AS INTEGER), id").fetchall():
        reports = sorted({x["doc"] for x in evm.get(i, [])})
        events.append({"id": i, "type": t, "source": s, "target": g, "via": v or [], "negated": ng, "modality": m,
                       "time": {"value": tv} if tv else None,
                       "count": {"value": cv, "qualifier": cq} if cv is not None else None, "members": evm.get(i, []),
                       "reports": reports, "outlets": sorted({outlet[r] for r in reports if outlet.get(r)}),
                       "first_reported": first, "independent_sources": independent})
    statements = [{"id": i, "speaker": s, "content": c, "kind": k, "members": stm.get(i, [])}
                  for i, s, c, k in con.execute(
                      "SELECT * FROM statements ORDER BY TRY_CAST(substr(id, 2) AS INTEGER), id").fetchall()]

    def end(doc, kind, item, start, stop) -> dict:  # noqa: ANN001
        if kind == "passage":
            return {"doc": doc, "start": start, "end": stop}
        return {"doc": doc, kind or "claim": item}

    links = [{"kind": k, "on": on, "a": end(*row[3:8]), "b": end(*row[8:13]), "note": note}
             for row in con.execute("SELECT * FROM links ORDER BY TRY_CAST(substr(id, 2) AS INTEGER), id").fetchall()
             for k, on, note in [(row[1], row[2], row[13])]]
    judgements: list[dict] = []
    type_joins: dict[tuple[str, str], list[dict]] = {}  # an event member -> the tellings of other types joined to it
    for kind, ad, ai, bd, bi, sc, dec, why in con.execute("SELECT * FROM judgements ORDER BY ALL").fetchall():
        if kind == "event":  # two tellings of two types joined into one event (rule across.events.told_as)
            type_joins.setdefault((ad, ai), []).append({"a": {"doc": ad, "interaction": ai},
                                                    "b": {"doc": bd, "interaction": bi}, "reasons": why or []})
        else:
            judgements.append({"a": {"doc": ad, "id": ai}, "b": {"doc": bd, "id": bi}, "score": sc, "decision": dec,
                               "reasons": why or []})
    for e in events:
        event_joins = [j for m in e["members"] for j in type_joins.get((m["doc"], m["interaction"]), [])]
        if event_joins:
            e["joined"] = event_joins
    row = con.execute("SELECT value FROM meta WHERE key = 'corpus_views'").fetchone()
    return {"entities": entities, "events": events, "statements": statements, "links": links,
            "judgements": judgements, "views": json.loads(row[0]) if row else {}}


def write_corpus_json(con, out: TextIO) -> None:  # noqa: ANN001
    """The corpus dossier of spec/corpus.md, written as it is read (dossiers stream one by one)."""
    out.write('{\n "documents": [')
    for k, d in enumerate(documents(con)):
        out.write(("," if k else "") + "\n  " + json.dumps(d, ensure_ascii=False))
    out.write('\n ],\n "dossiers": [')
    for k, dossier in enumerate(dossiers(con)):
        out.write(("," if k else "") + "\n  " + to_json(dossier))
    out.write("\n ]")
    write_sections(out, _cross(con))


def write_jsonl(con, out: TextIO) -> None:  # noqa: ANN001
    for d in dossiers(con):
        out.write(to_json(d))
        out.write("\n")


def write_documents(con, out: TextIO) -> None:  # noqa: ANN001
    """The documents as reader JSONL (``{id, text, title, published, source, url, author}``): re-addable."""
    columns = "text, title, CAST(published AS VARCHAR), source, url, author"
    for doc_id, text, title, published, source, url, author in pages(con, columns):
        rec = {"id": doc_id, "text": text, "title": title, "published": published, "source": source,
               "url": url, "author": author}
        out.write(json.dumps({k: v for k, v in rec.items() if v is not None}, ensure_ascii=False) + "\n")


def copy_tables(con, out_dir: Path, fmt: str) -> list[Path]:  # noqa: ANN001
    """One file per table (parquet or csv) through DuckDB's own COPY; ``meta`` is left out."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    options = "(FORMAT parquet)" if fmt == "parquet" else "(FORMAT csv, HEADER true)"
    for table in TABLES:
        if table == "meta":
            continue
        order = _order(table)
        target = out_dir / f"{table}.{fmt}"
        tmp = out_dir / f".{table}.{fmt}.tmp"
        con.execute(f"COPY (SELECT * FROM {table} ORDER BY {order}) TO '{_sql_path(tmp)}' {options}")
        tmp.replace(target)
        written.append(target)
    return written


def _order(table: str) -> str:
    if table in CROSS_TABLES:
        return "id" if TABLES[table].startswith("id ") else "ALL"
    cols = [c.split()[0] for c in TABLES[table].split(", ")]
    return ", ".join(cols[:3])


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def write_csv_stream(con, out: TextIO) -> None:  # noqa: ANN001
    """csv to stdout: each table introduced by ``# <table>`` and followed by a blank line (as ``analyze``)."""
    import csv

    first = True
    for table in TABLES:
        if table == "meta":
            continue
        out.write(("" if first else "\n") + f"# {table}\n")
        first = False
        cur = con.execute(f"SELECT * FROM {table} ORDER BY {_order(table)}")
        w = csv.writer(out, lineterminator="\n")
        w.writerow([d[0] for d in cur.description])
        while batch := cur.fetchmany(1024):
            w.writerows(batch)
