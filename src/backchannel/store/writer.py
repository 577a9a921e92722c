"""Adding documents to a store: incremental, atomic per document, errors kept as data.

The flow of ``corpus add``: the readers' stream of items is screened against
the store *before* parsing (an id stored with the same content hash is
skipped; the same id with another hash is marked for replacement), the rest
goes through :func:`backchannel.pipeline.analyze`, and the results are written
in groups of whole documents, one transaction per group.

Why this is kill-safe: a group's transaction holds every row of its documents
(documents, actors, mentions, interactions, via, claims, spans, and the
deletion of the rows they replace) or an error row; DuckDB's write-ahead log
makes a transaction all or nothing, so ``kill -9`` at any moment leaves whole
documents only. The next run skips what was committed and adds the rest, so
an interrupted run, resumed, equals an uninterrupted one.

Why ids are made unique per run: two inputs with one id (``a/d1.txt`` and
``b/d1.txt`` given as files) would otherwise replace each other; the second
becomes ``d1~2`` with a warning. The rule depends only on the input order, so
a resumed run names documents as the uninterrupted run did.
"""

from __future__ import annotations

import os
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable, Iterable, Iterator

import msgspec

from backchannel.ingest import InputError, Item
from backchannel.ingest.origin import Origin
from backchannel.store import copies, origins
from backchannel.store.reader import pages
from backchannel.store.rows import Rows, content_hash
from backchannel.store.schema import DOC_TABLES

#: Items screened against the store in one query.
LOOKUP_CHUNK = 256
#: A group is committed after this many seconds even when not full.
FLUSH_SECONDS = 2.0
#: DuckDB's buffer pool for the writer. Without a limit DuckDB keeps the blocks
#: it wrote cached, up to 80% of RAM, so a long ``add`` grows with the store;
#: appends need little, and anything larger spills to disk. Inserting the rows
#: of 100k documents: peak RSS +0.2% from the first half to the second at 64 MB,
#: +2.5% at 128 MB. ``$BACKCHANNEL_STORE_MEMORY`` overrides it (a DuckDB size).
WRITER_MEMORY = os.environ.get("BACKCHANNEL_STORE_MEMORY", "64MB")


@dataclass
class Tally:
    """What one run did, for the progress display and the final line."""

    added: int = 0
    replaced: int = 0
    skipped: int = 0
    failed: int = 0
    committed: int = 0  # documents and errors durably written
    started: float = field(default_factory=time.monotonic)

    @property
    def done(self) -> int:
        return self.added + self.replaced + self.skipped + self.failed


@dataclass(frozen=True, slots=True)
class _Pending:
    """What the writer must know about an item in flight: its hash and whether it replaces rows."""

    name: str
    doc: str | None
    chash: str | None
    replaces: bool
    origin: Origin | None = None  # web provenance, stored in the ``web`` table


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Writer:
    """The one writer of a store: screens items, buffers whole documents, commits groups."""

    def __init__(self, con, version: str, group: int = 32,  # noqa: ANN001 - duckdb connection
                 on_commit: Callable[[Tally], None] | None = None,
                 on_result: Callable[[object, Tally], None] | None = None) -> None:
        self.con, self.version, self.group = con, version, max(1, group)
        con.execute(f"SET memory_limit = '{WRITER_MEMORY}'")
        self.on_commit, self.on_result = on_commit, on_result
        self.tally = Tally()
        self.pending: deque[_Pending] = deque()
        self.seen: dict[str, str] = {}  # ids of this run -> content hash
        self._reset()

    def _reset(self) -> None:
        self.rows = Rows()
        self.replace: list[str] = []
        self.clear_errors: list[str] = []
        self.errors: list[tuple[str, str | None, str | None, str | None]] = []
        self.web: list[tuple[str, Origin]] = []
        self.first = 0.0

    # -- screening (before parsing) -------------------------------------------
    def screen(self, items: Iterable[Item | InputError]) -> Iterator[Item | InputError]:
        """Items to analyse, in order: unchanged documents dropped, clashing ids renamed."""
        chunk: list[Item | InputError] = []
        for it in items:
            chunk.append(it)
            if len(chunk) >= LOOKUP_CHUNK:
                yield from self._screen_chunk(chunk)
                chunk = []
        if chunk:
            yield from self._screen_chunk(chunk)

    def _screen_chunk(self, chunk: list[Item | InputError]) -> Iterator[Item | InputError]:
        named: list[tuple[Item | InputError, str | None, str | None]] = []
        for it in chunk:
            if isinstance(it, InputError):
                named.append((it, None, None))
                continue
            chash = content_hash(it.document)
            doc_id = it.document.id
            if doc_id in self.seen:
                taken, n = [doc_id], 2
                while f"{doc_id}~{n}" in self.seen:
                    taken.append(f"{doc_id}~{n}")
                    n += 1
                if any(self.seen[t] == chash[:16] for t in taken):  # the same document twice in one run
                    named.append((it, None, "dup"))
                    continue
                new = f"{doc_id}~{n}"
                it = Item(msgspec.structs.replace(it.document, id=new), it.name, it.stem,
                          it.warnings + (f"id {doc_id!r} is taken by an earlier input of this run; stored as {new!r}",),
                          it.origin)
                doc_id = new
            self.seen[doc_id] = chash[:16]  # enough to tell two texts apart; a quarter of the memory
            named.append((it, doc_id, chash))
        ids = [d for _, d, h in named if d is not None and h != "dup"]
        stored = dict(self.con.execute("SELECT id, content_hash FROM documents WHERE id IN (SELECT unnest(?))",
                                       [ids]).fetchall()) if ids else {}
        for it, named_id, named_hash in named:
            if named_hash == "dup" or (named_id is not None and stored.get(named_id) == named_hash):
                self.tally.skipped += 1
                continue
            self.pending.append(_Pending(it.name, named_id, named_hash, named_id in stored,
                                         it.origin if isinstance(it, Item) else None))
            yield it

    def again(self, items: Iterable[Item]) -> Iterator[Item]:
        """Stored documents to analyse again (``reanalyze``): each replaces its own rows."""
        for it in items:
            self.pending.append(_Pending(it.name, it.document.id, content_hash(it.document), True))
            yield it

    # -- writing ----------------------------------------------------------------
    def write(self, results: Iterable) -> Tally:
        """Consume pipeline results (one per screened item, in order); commit whole groups."""
        for r in results:
            p = self.pending.popleft()
            self.take(r, p)
            if self.on_result is not None:
                self.on_result(r, self.tally)
            n = self.rows.n + len(self.errors)
            if n >= self.group or (n and time.monotonic() - self.first >= FLUSH_SECONDS):
                self.flush()
        self.flush()
        return self.tally

    def take(self, r, p: _Pending) -> None:  # noqa: ANN001 - pipeline.Result
        if not self.rows.n and not self.errors:
            self.first = time.monotonic()
        if r.error is not None:
            self.tally.failed += 1
            self.clear_errors.append(p.name)
            self.errors.append((p.name, r.stage or "analyze", r.error, p.doc))
            return
        if p.replaces:
            self.replace.append(p.doc)  # type: ignore[arg-type]
            self.tally.replaced += 1
        else:
            self.tally.added += 1
        self.clear_errors.append(p.name)
        if p.origin is not None:
            self.web.append((p.doc, p.origin))  # type: ignore[arg-type]
        self.rows.add(r.dossier, p.chash, p.name, self.version, _now())  # type: ignore[arg-type]

    def flush(self) -> None:
        """Commit the buffered documents and errors in one transaction (all or nothing)."""
        n = self.rows.n + len(self.errors)
        if not n:
            return
        con = self.con
        con.execute("BEGIN")
        try:
            if self.replace:
                for table in ("documents", *DOC_TABLES, *copies.TABLES):  # web rows stay (reanalyze)
                    key = "id" if table == "documents" else "doc"
                    con.execute(f"DELETE FROM {table} WHERE {key} IN (SELECT unnest(?))", [self.replace])
            if self.clear_errors:
                con.execute("DELETE FROM errors WHERE name IN (SELECT unnest(?))", [self.clear_errors])
            if self.errors:
                now = _now()
                con.executemany("INSERT INTO errors VALUES (?, ?, ?, ?, ?)", [(*e, now) for e in self.errors])
            self.rows.insert(con)
            origins.insert(con, self.web)
            docs = self.rows.cols["documents"]
            copies.record(con, zip(docs["id"], docs["text"]))
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        self.tally.committed += n
        self._reset()
        if self.on_commit is not None:
            self.on_commit(self.tally)


def outdated(con, version: str, everything: bool = False, chunk: int = 256) -> Iterator[Item]:  # noqa: ANN001
    """Stored documents analysed by another extractor version (or all), as reader Items, by id.

    The document (metadata exactly as first read) comes from the stored
    dossier, its text from ``documents.text``. Pages by id (keyset), so the
    store is never read whole and documents rewritten meanwhile are not seen
    twice.
    """
    from backchannel.model import Document

    where, params = ("", []) if everything else ("AND extractor_version <> ?", [version])
    columns = "text, CAST(dossier->'$.documents[0]' AS VARCHAR), name"
    for doc_id, text, raw, name in pages(con, columns, where, params, size=chunk):
        doc = msgspec.structs.replace(msgspec.json.decode(raw, type=Document), id=doc_id, text=text)
        yield Item(doc, name or doc_id, doc_id)
