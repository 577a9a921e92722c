"""Dossiers to table rows, column by column, for a group of whole documents.

Why columns: DuckDB inserts a column of values passed as one list parameter
(``INSERT ... SELECT unnest(?), unnest(?) ...``) hundreds of times faster than
row-at-a-time ``executemany``; a group of documents costs one statement per
table. Fields are read through the model's public attributes only.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from typing import Any

import msgspec

from backchannel.model import Document, Dossier

#: Column names and DuckDB list types of each table the writer fills, in table order.
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "documents": (("id", "VARCHAR"), ("content_hash", "VARCHAR"), ("text_hash", "VARCHAR"), ("name", "VARCHAR"),
                  ("title", "VARCHAR"), ("published", "DATE"), ("source", "VARCHAR"), ("url", "VARCHAR"),
                  ("author", "VARCHAR"), ("text", "VARCHAR"), ("extractor_version", "VARCHAR"),
                  ("added_at", "TIMESTAMP"), ("dossier", "VARCHAR")),
    "actors": (("doc", "VARCHAR"), ("id", "VARCHAR"), ("name", "VARCHAR"), ("kind", "VARCHAR"),
               ("named", "BOOLEAN"), ("aliases", "VARCHAR[]"), ("descriptors", "VARCHAR[]"),
               ("affiliation", "VARCHAR")),
    "mentions": (("doc", "VARCHAR"), ("actor", "VARCHAR"), ("char_start", "INTEGER"), ("char_end", "INTEGER"),
                 ("text", "VARCHAR")),
    "interactions": (("doc", "VARCHAR"), ("id", "VARCHAR"), ("type", "VARCHAR"), ("source", "VARCHAR"),
                     ("target", "VARCHAR"), ("negated", "BOOLEAN"), ("modality", "VARCHAR"),
                     ("count_value", "BIGINT"), ("count_qualifier", "VARCHAR"), ("time_text", "VARCHAR"),
                     ("time_value", "VARCHAR"), ("time_start", "INTEGER"), ("time_end", "INTEGER"),
                     ("means", "VARCHAR"), ("topic", "VARCHAR"), ("claim", "VARCHAR"), ("trigger_start", "INTEGER"),
                     ("trigger_end", "INTEGER"), ("evidence_start", "INTEGER"), ("evidence_end", "INTEGER"),
                     ("evidence_text", "VARCHAR"), ("inferred", "VARCHAR[]")),
    "interaction_via": (("doc", "VARCHAR"), ("interaction", "VARCHAR"), ("position", "INTEGER"), ("actor", "VARCHAR")),
    "claims": (("doc", "VARCHAR"), ("id", "VARCHAR"), ("speaker", "VARCHAR"), ("cue", "VARCHAR"),
               ("direct", "BOOLEAN"), ("content", "VARCHAR"), ("stance", "VARCHAR"), ("cue_start", "INTEGER"),
               ("cue_end", "INTEGER"), ("speaker_start", "INTEGER"), ("speaker_end", "INTEGER"),
               ("clause_start", "INTEGER"), ("clause_end", "INTEGER"), ("evidence_start", "INTEGER"),
               ("evidence_end", "INTEGER"), ("evidence_text", "VARCHAR"), ("inferred", "VARCHAR[]")),
    "claim_spans": (("doc", "VARCHAR"), ("claim", "VARCHAR"), ("position", "INTEGER"), ("char_start", "INTEGER"),
                    ("char_end", "INTEGER")),
    "attributions": (("doc", "VARCHAR"), ("id", "VARCHAR"), ("kind", "VARCHAR"), ("source", "VARCHAR"),
                     ("cue", "VARCHAR"), ("content", "VARCHAR"), ("content_spans", "INTEGER[]"),
                     ("cue_start", "INTEGER"), ("cue_end", "INTEGER"), ("source_start", "INTEGER"),
                     ("source_end", "INTEGER"), ("evidence_start", "INTEGER"), ("evidence_end", "INTEGER"),
                     ("evidence_text", "VARCHAR"), ("rule", "VARCHAR")),
}

_encoder = msgspec.json.Encoder()


def content_hash(doc: Document) -> str:
    """sha256 of the text and every metadata field but the id.

    Why the metadata: the publication date anchors relative times ("on
    Tuesday"), so a corrected date changes the dossier and must be analysed
    again. Why not the id: the store looks a document up by id and compares
    this hash; two documents with one text (wire copy in two outlets) stay two
    documents.
    """
    h = hashlib.sha256()
    for value in (doc.text, doc.title, doc.published, doc.source, doc.url, doc.author):
        h.update(b"\x00" if value is None else b"\x01" + value.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _pair(span: list[int] | None, k: int) -> int | None:
    return span[k] if span and len(span) > k else None


def attribution_rows(dossier: Dossier | str | bytes) -> list[list[Any]]:
    """The ``attributions`` rows of one single-document dossier (or its stored JSON), in column order.

    Why from JSON too: stores written before schema 5 kept attributions only inside
    ``documents.dossier``; the migration fills the table from there.
    """
    d = dossier if isinstance(dossier, Dossier) else msgspec.json.decode(dossier, type=Dossier)
    doc = d.documents[0].id if d.documents else ""
    return [[doc, t.id, t.kind, t.source, t.cue, t.content, [k for piece in t.spans.content for k in piece[:2]],
             _pair(t.spans.cue, 0), _pair(t.spans.cue, 1), _pair(t.spans.speaker, 0), _pair(t.spans.speaker, 1),
             t.evidence.start, t.evidence.end, t.evidence.text, t.rule] for t in d.attributions]


class Rows:
    """Column buffers for a group of documents, one dict of lists per table."""

    def __init__(self) -> None:
        self.cols: dict[str, dict[str, list[Any]]] = {t: {c: [] for c, _ in cols} for t, cols in COLUMNS.items()}
        self.n = 0

    def _add(self, table: str, *values: Any) -> None:
        for (col, _), v in zip(COLUMNS[table], values):
            self.cols[table][col].append(v)

    def add(self, dossier: Dossier, chash: str, name: str, version: str, now: datetime) -> None:
        """Every row of one single-document dossier."""
        doc = dossier.documents[0]
        d = doc.id
        bare = msgspec.structs.replace(dossier, documents=[msgspec.structs.replace(doc, text="")])
        self._add("documents", d, chash, text_hash(doc.text), name, doc.title, _date(doc.published), doc.source,
                  doc.url, doc.author, doc.text, version, now, _encoder.encode(bare).decode("utf-8"))
        for a in dossier.actors:
            self._add("actors", d, a.id, a.name, a.kind, a.named, list(a.aliases), list(a.descriptors), a.affiliation)
            for m in a.mentions:
                self._add("mentions", m.doc, a.id, m.start, m.end, m.text)
        for i in dossier.interactions:
            c, t, e = i.count, i.time, i.evidence
            self._add("interactions", d, i.id, i.type, i.source, i.target, i.negated, i.modality,
                      c.value if c else None, c.qualifier if c else None, t.text if t else None,
                      t.value if t else None, t.start if t else None, t.end if t else None, i.means, i.topic,
                      i.claim, _pair(i.trigger, 0), _pair(i.trigger, 1), e.start, e.end, e.text, list(i.inferred))
            for k, v in enumerate(i.via):
                self._add("interaction_via", d, i.id, k, v)
        for cl in dossier.claims:
            s, e = cl.spans, cl.evidence
            self._add("claims", d, cl.id, cl.speaker, cl.cue, cl.direct, cl.content, cl.stance, _pair(s.cue, 0),
                      _pair(s.cue, 1), _pair(s.speaker, 0), _pair(s.speaker, 1), _pair(s.clause, 0),
                      _pair(s.clause, 1), e.start, e.end, e.text, list(cl.inferred))
            for k, part in enumerate(s.content):
                self._add("claim_spans", d, cl.id, k, _pair(part, 0), _pair(part, 1))
        for row in attribution_rows(dossier):
            self._add("attributions", *row)
        self.n += 1

    def insert(self, con) -> None:  # noqa: ANN001 - duckdb connection
        """One ``INSERT ... SELECT unnest(?) ...`` per non-empty table, in the caller's transaction."""
        for table, cols in COLUMNS.items():
            data = self.cols[table]
            if data[cols[0][0]]:
                insert_columns(con, table, cols, [data[c] for c, _ in cols])


def insert_columns(con, table: str, cols: tuple[tuple[str, str], ...] | list[tuple[str, str]],  # noqa: ANN001
                   data: list[list[Any]]) -> None:
    """Insert whole columns (``data[k]`` the values of ``cols[k]``: name, DuckDB type) in one statement.

    Why: DuckDB's ``executemany`` runs one statement per row; one ``INSERT ... SELECT
    unnest(?::T[])`` per table moves thousands of rows at once (the store writer's
    groups, a corpus resolution's rows).
    """
    select = ", ".join(f"unnest(?::{typ}[])" for _, typ in cols)
    names = ", ".join(c for c, _ in cols)
    con.execute(f"INSERT INTO {table} ({names}) SELECT {select}", data)


def insert_rows(con, table: str, rows: list[list]) -> None:  # noqa: ANN001 - duckdb connection
    """Insert ``rows`` (in the table's column order) column-wise (:func:`insert_columns`).

    Why not ``executemany``: DuckDB runs it as one statement per row, which made
    writing a 10,000-report resolution take minutes. The column names and types come
    from the table itself.
    """
    if not rows:
        return
    cols = con.execute("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? "
                       "ORDER BY ordinal_position", [table]).fetchall()
    insert_columns(con, table, cols, [list(col) for col in zip(*rows)])
