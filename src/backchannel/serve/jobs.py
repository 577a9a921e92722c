"""The queue of ``POST /v1/documents``: jobs kept in the store, analysed by the workers, resumed after a restart.

Why in the store: a job accepted with 202 is a promise. Its documents are
``job_items`` rows (schema 3) written in the same file as the corpus, so a
restart (or a crash) finds every document not yet analysed still ``queued`` and
the runner takes them up again. A document is stored through the store's own
:class:`~backchannel.store.writer.Writer` (screened before parsing, written whole
or not at all, errors as ``errors`` rows), then its item is marked; a crash
between the two costs nothing, since the same document screened again is skipped
as unchanged.
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import io
import json
import logging
import uuid
from datetime import datetime, timezone
from typing import Any, Callable

import msgspec

from backchannel.ingest import InputError, Item, read_jsonl
from backchannel.serve.analysts import Analysts, Stalled, analyze_item
from backchannel.serve.config import Settings

log = logging.getLogger("backchannel.serve")

#: Seconds the runner sleeps when the queue is empty and nothing wakes it.
IDLE = 5.0


class BodyError(ValueError):
    """A posted body that holds no document at all (not JSON, not JSONL)."""


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def split_body(body: bytes, jsonl: bool) -> list[Any]:
    """The records of a body: one JSON object, an array of them, ``{"documents": [...]}``, or JSONL lines."""
    try:
        if jsonl:
            return [json.loads(line) for line in body.splitlines() if line.strip()]
        data = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BodyError(f"invalid JSON: {exc}") from None
    if isinstance(data, dict) and isinstance(data.get("documents"), list):
        return list(data["documents"])
    return data if isinstance(data, list) else [data]


def as_line(record: Any) -> bytes:
    """A record as one JSONL line, with an id made from its text when it has none (re-posting is idempotent)."""
    if isinstance(record, dict) and isinstance(record.get("text"), str) and record.get("id") in (None, ""):
        record = {**record, "id": "doc-" + hashlib.sha256(record["text"].encode()).hexdigest()[:16]}
    return json.dumps(record, ensure_ascii=False).encode()


def read_record(line: bytes, name: str, settings: Settings) -> Item | InputError:
    """One queued line through the JSONL reader (the CLI's checks and limits), named for the error table."""
    item = next(iter(read_jsonl(io.BytesIO(line), name, settings.max_chars, settings.doc_timeout or None)))
    return dataclasses.replace(item, name=name)


def submit(con, records: list[Any], settings: Settings, resolve: bool) -> tuple[str, list[InputError]]:  # noqa: ANN001
    """Queue a job; documents the reader refuses are failed items at once. Returns the id and the refusals."""
    job = uuid.uuid4().hex
    rows: list[tuple[str, int, str, str | None, str, str | None, str | None, str | None]] = []
    refused: list[InputError] = []
    for position, record in enumerate(records, 1):
        line = as_line(record)
        doc_id = json.loads(line).get("id") if isinstance(record, dict) else None
        named = isinstance(doc_id, (str, int)) and not isinstance(doc_id, bool) and str(doc_id).strip()
        name = str(doc_id).strip() if named else f"job {job[:8]}:{position}"
        item = read_record(line, name, settings)
        if isinstance(item, InputError):
            refused.append(item)
            rows.append((job, position, name, None, "failed", None, item.stage, item.reason))
        else:
            rows.append((job, position, name, line.decode(), "queued", item.document.id, None, None))
    now = _now()
    con.execute("BEGIN")
    try:
        con.execute("INSERT INTO jobs VALUES (?, 'queued', ?, ?, ?, ?, NULL)", [job, now, now, len(rows), resolve])
        # a column at a time (one statement), as the store's writer inserts: executemany is a statement per row
        con.execute("INSERT INTO job_items SELECT " + ", ".join(["unnest(?)"] * 8), [list(c) for c in zip(*rows)])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return job, refused


def status(con, job: str) -> dict | None:  # noqa: ANN001
    """What GET /v1/jobs/{id} answers: state, counts by outcome, and every failed document with its reason."""
    row = con.execute("SELECT state, CAST(created_at AS VARCHAR), CAST(updated_at AS VARCHAR), total, resolve, note "
                      "FROM jobs WHERE id = ?", [job]).fetchone()
    if row is None:
        return None
    counts = dict(con.execute("SELECT state, count(*) FROM job_items WHERE job = ? GROUP BY ALL", [job]).fetchall())
    errors = [{"position": p, "name": n, "stage": s, "reason": r} for p, n, s, r in con.execute(
        "SELECT position, name, stage, reason FROM job_items WHERE job = ? AND state = 'failed' ORDER BY position",
        [job]).fetchall()]
    state, created, updated, total, resolve, note = row
    done = total - counts.get("queued", 0)
    return {"id": job, "state": state, "created_at": created, "updated_at": updated, "total": total, "done": done,
            "queued": counts.get("queued", 0), "added": counts.get("added", 0), "replaced": counts.get("replaced", 0),
            "skipped": counts.get("skipped", 0), "failed": counts.get("failed", 0), "resolve": resolve,
            "note": note, "errors": errors}


class Runner:
    """Takes queued documents from the store, a few at a time, and stores what the workers make of them."""

    def __init__(self, con, analysts: Analysts, settings: Settings) -> None:  # noqa: ANN001
        from backchannel.store import extractor_version

        self.con = con.cursor()
        (self.memory_limit,) = self.con.execute("SELECT current_setting('memory_limit')").fetchone()
        self.analysts, self.settings = analysts, settings
        self.version = extractor_version()
        self.writers: dict[str, Any] = {}
        self.on_change: Callable[[], None] = lambda: None  # the store's documents or resolution changed
        self.wake = asyncio.Event()
        self.stopping = False
        self.batches = 0

    async def run(self) -> None:
        """Until :meth:`stop`: finish jobs left complete by a crash, then work through the queue."""
        await asyncio.to_thread(self._finish_jobs)
        while not self.stopping:
            if await self.step():
                continue
            self.wake.clear()
            try:
                await asyncio.wait_for(self.wake.wait(), IDLE)
            except TimeoutError:
                pass

    def stop(self) -> None:
        """Stop after the documents in hand are analysed and stored."""
        self.stopping = True
        self.wake.set()

    async def step(self) -> bool:
        """One batch of one job (up to two documents per worker); False when the queue is empty.

        A failure of the service itself (not of a document) is logged and fails the batch's
        documents with the reason, so one bad batch cannot stall the queue.
        """
        batch = await asyncio.to_thread(self._next, 2 * self.analysts.size)
        if not batch:
            return False
        job = batch[0][0]
        try:
            screened = await asyncio.to_thread(self._screen, job, batch)
            outcomes = await asyncio.gather(*(self._analyse(it) for _, it in screened))
            await asyncio.to_thread(self._store, job, batch, screened, outcomes)
        except Exception as exc:  # the service's own failure: log it, fail these documents, go on
            log.exception("job %s: batch failed", job)
            self.writers.pop(job, None)
            await asyncio.to_thread(self._fail, job, batch, f"{type(exc).__name__}: {exc}")
        self.batches += 1
        return True

    def _fail(self, job: str, batch: list, reason: str) -> None:
        self.con.executemany("UPDATE job_items SET state = 'failed', stage = 'store', reason = ?, payload = NULL "
                             "WHERE job = ? AND position = ? AND state = 'queued'",
                             [(reason, job, position) for _, position, _, _ in batch])
        self._finish_jobs(job)

    def _next(self, n: int) -> list[tuple[str, int, str, str]]:
        rows = self.con.execute(
            "SELECT i.job, i.position, i.name, i.payload FROM job_items i JOIN jobs j ON j.id = i.job "
            "WHERE i.state = 'queued' ORDER BY j.created_at, i.job, i.position LIMIT ?", [n]).fetchall()
        return [r for r in rows if r[0] == rows[0][0]] if rows else []

    def _writer(self, job: str) -> Any:
        from backchannel.store.writer import Writer

        if job not in self.writers:
            # the writer caps DuckDB's buffer pool for a long ``corpus add``; the setting is the database's,
            # and here the same database answers every read: keep the service's own
            self.writers[job] = Writer(self.con, self.version, group=1_000_000)
            self.con.execute(f"SET memory_limit = '{self.memory_limit}'")  # DuckDB's own value, read at start
            self.con.execute("UPDATE jobs SET state = 'running', updated_at = ? WHERE id = ?", [_now(), job])
        return self.writers[job]

    def _screen(self, job: str, batch: list) -> list[tuple[int, Item | InputError]]:
        """The batch's documents to analyse (position, item); the unchanged ones are marked skipped here."""
        writer, keep, skipped = self._writer(job), [], []
        for _, position, name, payload in batch:
            item = read_record(payload.encode(), name, self.settings)
            if list(writer.screen([item])):
                keep.append((position, item))
            else:
                skipped.append(position)
        if skipped:
            self.con.executemany("UPDATE job_items SET state = 'skipped', payload = NULL WHERE job = ? AND position = ?",
                                 [(job, p) for p in skipped])
        return keep

    async def _analyse(self, item: Item | InputError) -> tuple:
        if isinstance(item, InputError):
            return None, item.stage, item.reason, ()
        try:
            return await self.analysts.call(analyze_item, item, chars=len(item.document.text))
        except Stalled as exc:
            return None, "extract", str(exc), item.warnings

    def _store(self, job: str, batch: list, screened: list, outcomes: list) -> None:
        """Write the batch's documents in one transaction, then mark their items; finish the job when it is empty."""
        from backchannel.model import Dossier
        from backchannel.pipeline import Result

        writer = self._writer(job)
        results: list[Result] = []
        marks: list[tuple] = []
        for (position, item), (raw, stage, reason, warnings) in zip(screened, outcomes):
            pending = writer.pending[len(results)]
            dossier = msgspec.json.decode(raw, type=Dossier) if raw is not None else None
            results.append(Result(item.name, item.name, dossier=dossier, error=reason, stage=stage,
                                  warnings=tuple(warnings)))
            state = "failed" if reason is not None else "replaced" if pending.replaces else "added"
            marks.append((state, pending.doc, stage, reason, job, position))
        writer.write(results)
        self.on_change()
        if marks:
            self.con.executemany("UPDATE job_items SET state = ?, doc = coalesce(?, doc), stage = ?, reason = ?, "
                                 "payload = NULL WHERE job = ? AND position = ?", marks)
        self._finish_jobs(job)

    def _finish_jobs(self, only: str | None = None) -> None:
        """Mark done every job (or ``only``) with nothing queued; resolve the corpus again when it asked and changed."""
        from backchannel.store.resolve import resolve_store

        where, params = ("AND j.id = ?", [only]) if only else ("", [])
        rows = self.con.execute(
            "SELECT j.id, j.resolve, count(*) FILTER (WHERE i.state IN ('added', 'replaced')) FROM jobs j "
            "LEFT JOIN job_items i ON i.job = j.id WHERE j.state <> 'done' " + where + " GROUP BY ALL "
            "HAVING count(*) FILTER (WHERE i.state = 'queued') = 0", params).fetchall()
        for job, resolve, changed in rows:
            note = None
            if resolve and changed:
                self.con.execute("UPDATE jobs SET state = 'resolving', updated_at = ? WHERE id = ?", [_now(), job])
                res = resolve_store(self.con)
                self.on_change()
                note = f"corpus resolved: {len(res.entities)} entities, {len(res.events)} events"
            self.con.execute("UPDATE jobs SET state = 'done', updated_at = ?, note = ? WHERE id = ?",
                             [_now(), note, job])
            self.writers.pop(job, None)
