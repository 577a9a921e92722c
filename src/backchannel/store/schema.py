"""The store's tables, its schema version, opening a store and migrating an older one.

Why typed tables: a corpus store is meant to answer questions in SQL ("which
outlets report Qatar as the mediator?"), which one JSON blob per document
cannot do well. Every table that holds a per-document item is keyed by
``(doc, id)``, the ``{doc, id}`` address of ``spec/corpus.md``. The full
dossier is also kept per document (``documents.dossier``, without the text,
which lives in ``documents.text``): the model grows (a trace of rules and
backends is on its way), and a field the tables do not know yet must not be
lost; exports rebuild dossiers from it.

Why no primary keys on the child tables: DuckDB keeps an in-memory index per
key, which would grow with the corpus and slow every insert; the writer alone
writes, one whole document per transaction, and deletes a document's rows
before it writes them again, so the keys hold without an index. ``documents.id``
keeps its key: it is the one every lookup goes through.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import duckdb

#: Bump with a migration in MIGRATIONS whenever a table changes.
#: 2: the resolver's tables (issue 14): events keep their reports' count of independent
#: sources and first date, statements their content and kind, and every merge decision is
#: a ``judgements`` row.
#: 3: web input and syndicated copies (issue 18): the ``web`` table (where a page was read:
#: link, feed, archive), ``minhashes`` and ``minhash_bands`` (each report's MinHash, its LSH band keys), ``copies``
#: (a near-duplicate report, its original and their similarity). See :data:`SOURCE_DDL`.
#: 4: the job queue of ``backchannel serve`` (issue 15): ``jobs`` and ``job_items``.
#: 5: ``attributions`` (dossier schema 3): beliefs, wishes and negated speech, one row each,
#: so SQL reaches them as it reaches claims (:data:`ATTRIBUTIONS`, :func:`_to_5`).
SCHEMA_VERSION = 5

#: Columns schema 2 added (appended, so a migrated table and a new one have one column order).
EVENT_COLUMNS_2 = [("first_reported", "VARCHAR"), ("independent_sources", "INTEGER")]
STATEMENT_COLUMNS_2 = [("content", "VARCHAR"), ("kind", "VARCHAR")]
JUDGEMENTS = ("kind VARCHAR NOT NULL, a_doc VARCHAR, a_item VARCHAR, b_doc VARCHAR, b_item VARCHAR, "
              "score DOUBLE, decision VARCHAR, reasons VARCHAR[]")

#: Tables schema 3 added (issue 18), one row per document at most; self-contained (:func:`_to_3`).
SOURCE_DDL: dict[str, str] = {
    # where a web document was read: the link as given, after redirects, its canonical URL (the
    # document's url and id), the fetch time or WARC-Date, the feed and what it says, the WARC file
    "web": ("doc VARCHAR NOT NULL, url VARCHAR, final_url VARCHAR, canonical_url VARCHAR, fetched_at VARCHAR, "
            "feed VARCHAR, feed_title VARCHAR, feed_published VARCHAR, archive VARCHAR"),
    # the MinHash of a document's five-word shingles (resolve/across/dupes.py), and its LSH band keys
    "minhashes": "doc VARCHAR NOT NULL, signature UINTEGER[]",
    "minhash_bands": "key UBIGINT NOT NULL, doc VARCHAR NOT NULL",
    # a near-duplicate of an earlier document (a wire copy): the original's id, the estimated Jaccard
    "copies": "doc VARCHAR NOT NULL, original VARCHAR NOT NULL, similarity DOUBLE",
}

#: Table schema 5 added: an attribution the dossier keeps beside its claims (``model.Attribution``);
#: ``content_spans`` holds the pieces' offsets flat (start, end, start, end, ...): a "seems"
#: attribution has two pieces.
ATTRIBUTIONS = ("doc VARCHAR NOT NULL, id VARCHAR NOT NULL, kind VARCHAR, source VARCHAR, cue VARCHAR, "
                "content VARCHAR, content_spans INTEGER[], cue_start INTEGER, cue_end INTEGER, "
                "source_start INTEGER, source_end INTEGER, evidence_start INTEGER, evidence_end INTEGER, "
                "evidence_text VARCHAR, rule VARCHAR")

TABLES: dict[str, str] = {
    "meta": "key VARCHAR PRIMARY KEY, value VARCHAR",
    "documents": ("id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL, text_hash VARCHAR NOT NULL, "
                  "name VARCHAR, title VARCHAR, published DATE, source VARCHAR, url VARCHAR, author VARCHAR, "
                  "text VARCHAR NOT NULL, extractor_version VARCHAR NOT NULL, added_at TIMESTAMP NOT NULL, "
                  "dossier JSON NOT NULL"),
    "actors": ("doc VARCHAR NOT NULL, id VARCHAR NOT NULL, name VARCHAR, kind VARCHAR, named BOOLEAN, "
               "aliases VARCHAR[], descriptors VARCHAR[], affiliation VARCHAR"),
    "mentions": "doc VARCHAR NOT NULL, actor VARCHAR NOT NULL, char_start INTEGER, char_end INTEGER, text VARCHAR",
    "interactions": ("doc VARCHAR NOT NULL, id VARCHAR NOT NULL, type VARCHAR, source VARCHAR, target VARCHAR, "
                     "negated BOOLEAN, modality VARCHAR, count_value BIGINT, count_qualifier VARCHAR, "
                     "time_text VARCHAR, time_value VARCHAR, time_start INTEGER, time_end INTEGER, "
                     "means VARCHAR, topic VARCHAR, claim VARCHAR, trigger_start INTEGER, trigger_end INTEGER, "
                     "evidence_start INTEGER, evidence_end INTEGER, evidence_text VARCHAR, inferred VARCHAR[]"),
    "interaction_via": "doc VARCHAR NOT NULL, interaction VARCHAR NOT NULL, position INTEGER, actor VARCHAR",
    "claims": ("doc VARCHAR NOT NULL, id VARCHAR NOT NULL, speaker VARCHAR, cue VARCHAR, direct BOOLEAN, "
               "content VARCHAR, stance VARCHAR, cue_start INTEGER, cue_end INTEGER, speaker_start INTEGER, "
               "speaker_end INTEGER, clause_start INTEGER, clause_end INTEGER, evidence_start INTEGER, "
               "evidence_end INTEGER, evidence_text VARCHAR, inferred VARCHAR[]"),
    "claim_spans": "doc VARCHAR NOT NULL, claim VARCHAR NOT NULL, position INTEGER, char_start INTEGER, char_end INTEGER",
    "attributions": ATTRIBUTIONS,
    "errors": "name VARCHAR NOT NULL, stage VARCHAR, reason VARCHAR, doc VARCHAR, failed_at TIMESTAMP NOT NULL",
    # cross-report tables (spec/corpus.md), filled by the resolver of issue 14
    "entities": ("id VARCHAR PRIMARY KEY, name VARCHAR, kind VARCHAR, aliases VARCHAR[], descriptors VARCHAR[], "
                 "affiliation VARCHAR"),
    "events": ("id VARCHAR PRIMARY KEY, type VARCHAR, source VARCHAR, target VARCHAR, via VARCHAR[], "
               "negated BOOLEAN, modality VARCHAR, time_value VARCHAR, count_value BIGINT, count_qualifier VARCHAR, "
               + ", ".join(f"{c} {t}" for c, t in EVENT_COLUMNS_2)),
    "statements": "id VARCHAR PRIMARY KEY, speaker VARCHAR, "
                  + ", ".join(f"{c} {t}" for c, t in STATEMENT_COLUMNS_2),
    # kind: entity (item = actor id) | event (item = interaction id) | statement (item = claim id)
    "members": "kind VARCHAR NOT NULL, cluster VARCHAR NOT NULL, doc VARCHAR NOT NULL, item VARCHAR NOT NULL",
    # an end: a_kind claim | interaction (a_item) or passage (a_start, a_end); aspect is the spec's "on"
    "links": ("id VARCHAR PRIMARY KEY, kind VARCHAR, aspect VARCHAR, a_doc VARCHAR, a_kind VARCHAR, a_item VARCHAR, "
              "a_start INTEGER, a_end INTEGER, b_doc VARCHAR, b_kind VARCHAR, b_item VARCHAR, b_start INTEGER, "
              "b_end INTEGER, note VARCHAR"),
    # every decision of the entity resolver: merged | refused | forced | forbidden, with its reasons
    "judgements": JUDGEMENTS,
    **SOURCE_DDL,
}

#: Tables of ``backchannel serve`` (schema 4), not corpus data, so never exported: a job of
#: POST /v1/documents and its documents, kept until analysed so a queued job survives a restart.
#: ``payload`` is the document as one JSONL line, cleared once it is stored.
SERVICE_TABLES: dict[str, str] = {
    "jobs": ("id VARCHAR PRIMARY KEY, state VARCHAR NOT NULL, created_at TIMESTAMP NOT NULL, "
             "updated_at TIMESTAMP NOT NULL, total INTEGER NOT NULL, resolve BOOLEAN NOT NULL, note VARCHAR"),
    "job_items": ("job VARCHAR NOT NULL, position INTEGER NOT NULL, name VARCHAR, payload VARCHAR, "
                  "state VARCHAR NOT NULL, doc VARCHAR, stage VARCHAR, reason VARCHAR"),
}

#: Tables whose rows belong to one document (column ``doc``): deleted and rewritten together.
DOC_TABLES = ("actors", "mentions", "interactions", "interaction_via", "claims", "claim_spans", "attributions")
#: The cross-report tables of spec/corpus.md.
CROSS_TABLES = ("entities", "events", "statements", "members", "links", "judgements")
#: Per-document tables of schema 3 (column ``doc``), deleted with their document when it is replaced.
SOURCE_TABLES = tuple(SOURCE_DDL)

#: ``MIGRATIONS[n]`` turns a store of schema ``n`` into one of schema ``n + 1``,
#: inside the caller's transaction.
def _to_2(con: duckdb.DuckDBPyConnection) -> None:
    """Schema 1 -> 2: the resolver's columns on events and statements, and the judgements table."""
    for column, kind in EVENT_COLUMNS_2:
        con.execute(f"ALTER TABLE events ADD COLUMN {column} {kind}")
    for column, kind in STATEMENT_COLUMNS_2:
        con.execute(f"ALTER TABLE statements ADD COLUMN {column} {kind}")
    con.execute(f"CREATE TABLE judgements ({JUDGEMENTS})")


def _to_3(con: duckdb.DuckDBPyConnection) -> None:
    """Schema 2 -> 3: the web, minhashes and copies tables; stored documents get their MinHash and copies."""
    from backchannel.store.copies import backfill

    for name, columns in SOURCE_DDL.items():
        con.execute(f"CREATE TABLE IF NOT EXISTS {name} ({columns})")
    backfill(con)


def _to_4(con: duckdb.DuckDBPyConnection) -> None:
    """Schema 3 -> 4: the job queue of ``backchannel serve``."""
    for name, columns in SERVICE_TABLES.items():
        con.execute(f"CREATE TABLE IF NOT EXISTS {name} ({columns})")


def _to_5(con: duckdb.DuckDBPyConnection) -> None:
    """Schema 4 -> 5: the attributions table, filled from each stored dossier (which kept them
    in ``documents.dossier`` since dossier schema 3), so nothing has to be analysed again."""
    from backchannel.store.rows import attribution_rows, insert_rows

    con.execute(f"CREATE TABLE IF NOT EXISTS attributions ({ATTRIBUTIONS})")
    con.execute("DELETE FROM attributions")  # filled from the dossiers alone, so a rerun adds nothing twice
    rows = []
    for (raw,) in con.execute("SELECT dossier FROM documents").fetchall():
        rows += attribution_rows(raw)
    insert_rows(con, "attributions", rows)


MIGRATIONS: dict[int, Callable[[duckdb.DuckDBPyConnection], None]] = {1: _to_2, 2: _to_3, 3: _to_4, 4: _to_5}


class StoreError(Exception):
    """The store cannot be used as asked; the message says why and what to do."""


class StoreInUse(StoreError):
    """Another process has the store open."""


def connect(path: Path | str, read_only: bool = False, create: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (or create) a store and bring its schema to :data:`SCHEMA_VERSION`.

    DuckDB locks a file opened for writing: a second process, writer or
    reader, fails at once. That error becomes :class:`StoreInUse`, so two
    writers can never interleave and corrupt the file.
    """
    path = Path(path)
    if not path.exists() and not create:
        raise StoreError(f"{path}: no such store (create one with `backchannel corpus add {path} PATH...`)")
    if path.exists() and path.is_dir():
        raise StoreError(f"{path}: is a directory; a store is one file")
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            held = str(exc).split("(PID ")[-1].split(")")[0] if "(PID " in str(exc) else None
            who = f" (PID {held})" if held else ""
            raise StoreInUse(f"{path}: store is in use by another process{who}; wait for it to finish "
                             "or stop it, then run the command again") from None
        raise StoreError(f"{path}: cannot open the store: {exc}") from None
    except duckdb.Error as exc:
        raise StoreError(f"{path}: not a DuckDB store: {exc}") from None
    try:
        _prepare(con, path, read_only)
    except BaseException:
        con.close()
        raise
    return con


def _prepare(con: duckdb.DuckDBPyConnection, path: Path, read_only: bool) -> None:
    existing = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables "
                                          "WHERE table_schema = 'main'").fetchall()}
    if not existing:
        if read_only:
            raise StoreError(f"{path}: is empty, not a backchannel store")
        _create(con)
        return
    if "meta" not in existing or "documents" not in existing:
        raise StoreError(f"{path}: is a DuckDB file but not a backchannel store (no meta/documents table)")
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    version = int(row[0]) if row else 0
    if version > SCHEMA_VERSION:
        raise StoreError(f"{path}: was written by a newer backchannel (store schema {version}, this version "
                         f"reads up to {SCHEMA_VERSION}); upgrade backchannel to read it")
    if version < SCHEMA_VERSION:
        if read_only:
            raise StoreError(f"{path}: has store schema {version}; run `backchannel corpus migrate {path}` "
                             f"(or any `corpus add`) to upgrade it to schema {SCHEMA_VERSION}")
        migrate(con, version, path)


def _create(con: duckdb.DuckDBPyConnection) -> None:
    from backchannel.store.version import extractor_version

    con.execute("BEGIN")
    for name, columns in {**TABLES, **SERVICE_TABLES}.items():
        con.execute(f"CREATE TABLE {name} ({columns})")
    con.execute("INSERT INTO meta VALUES ('schema_version', ?), ('created_by', ?)",
                [str(SCHEMA_VERSION), extractor_version()])
    con.execute("COMMIT")


def migrate(con: duckdb.DuckDBPyConnection, version: int, path: Path | str = "store") -> int:
    """Apply every migration from ``version`` up, all in one transaction; return the new version.

    A store with no migration path says exactly what to do: re-create it from
    its documents (``corpus export --format jsonl`` then ``corpus add``).
    """
    start = version
    con.execute("BEGIN")
    try:
        while version < SCHEMA_VERSION:
            step = MIGRATIONS.get(version)
            if step is None:
                raise StoreError(
                    f"{path}: store schema {start} cannot be upgraded to {SCHEMA_VERSION} in place; export its "
                    f"documents with the backchannel that wrote it (`backchannel corpus export {path} --format "
                    f"documents -o old/`) and add them to a new store "
                    f"(`backchannel corpus add NEW.duckdb old/corpus.documents.jsonl`)")
            step(con)
            version += 1
        con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(version)])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return version
