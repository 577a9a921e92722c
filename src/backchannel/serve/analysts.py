"""The worker processes that read and analyse documents, so the event loop never does.

Why processes: the rules are plain Python and the parser holds the GIL, so one
document analysed on the server's own thread would stall every request. Each
worker loads the spaCy pipeline once (its initializer) and answers one document
at a time.

Why two time limits: inside a worker the pipeline's own deadline
(:mod:`backchannel.limits`, ``--doc-timeout`` per 40,000 characters) turns a slow
document into that document's error, as ``analyze`` does. Code stuck in one C
call does not see that signal, so the server also waits at most twice that (plus
a grace) for the answer; past it the workers are killed and a new pool started,
and the document is refused. Either way one hostile document costs its own
request, never the service. A semaphore admits at most one task per worker, so a
task's clock starts when a worker takes it, not while it waits its turn.
"""

from __future__ import annotations

import asyncio
import io
import json
import math
import multiprocessing
import signal
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Callable, TypeVar

from backchannel.ingest import InputError, Item, from_bytes, read_jsonl
from backchannel.serve.config import Settings

T = TypeVar("T")

#: Media types of the single-document formats of POST /v1/analyze (the CLI's, plus the HTML report).
MEDIA = {"json": "application/json", "jsonl": "application/x-ndjson", "polnear": "application/json",
         "graphml": "application/xml", "gexf": "application/xml", "csv": "text/csv; charset=utf-8",
         "ftm": "application/x-ndjson", "html": "text/html; charset=utf-8"}
#: Seconds added to the hard limit: spawning a replacement worker, reading, pickling.
GRACE = 10.0
#: Tasks allowed to wait for a worker, per worker, before the service answers 503.
BACKLOG_PER_WORKER = 256

_STATE: dict[str, Any] = {}


class Stalled(Exception):
    """A worker did not answer within the hard limit and was killed."""


class Busy(Exception):
    """Too many documents are waiting for a worker."""


# -- in the worker ---------------------------------------------------------------------
def _init(model: str | None, max_chars: int, doc_timeout: float) -> None:
    """Load the pipeline once per worker; leave Ctrl-C and shutdown to the server process."""
    from backchannel.nlp import load_pipeline

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _STATE.update(nlp=load_pipeline(model), max_chars=max_chars, timeout=doc_timeout or None)


def _ping() -> int:
    import os
    import time

    time.sleep(0.2)  # long enough that each warm-up task lands on its own worker
    return os.getpid()


def _read(body: bytes, kind: str, doc_id: str) -> Item | InputError:
    """One posted document through the readers, with the CLI's limits: text, HTML or a JSON object."""
    max_chars, timeout = _STATE["max_chars"], _STATE["timeout"]
    if kind == "json":  # one object, perhaps spread over lines: the JSONL reader takes it as one line
        try:
            body = json.dumps(json.loads(body), ensure_ascii=False).encode()
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            return InputError("request", f"invalid JSON: {exc}")
        return next(iter(read_jsonl(io.BytesIO(body), "request", max_chars, timeout)))
    return from_bytes(body, "request", doc_id, kind, max_chars, timeout)


def _run(item: Item):  # noqa: ANN202 - pipeline.Result
    from backchannel.pipeline import analyze

    return next(analyze([item], nlp=_STATE["nlp"], batch_size=1, doc_timeout=_STATE["timeout"]))


def render(dossier, fmt: str) -> bytes:  # noqa: ANN001 - Dossier
    """One dossier in a single-document format, as the CLI writes it to stdout."""
    if fmt == "html":
        from backchannel.report.html import render_report

        return render_report(dossier).encode()
    from backchannel.export import FORMATS

    buf = io.StringIO()
    FORMATS[fmt].write(dossier, buf)
    return buf.getvalue().encode()


def analyze_request(body: bytes, kind: str, fmt: str, doc_id: str = "document") -> tuple[int, bytes]:
    """POST /v1/analyze in a worker: (200, the dossier in ``fmt``) or (422, the error as JSON)."""
    item = _read(body, kind, doc_id)
    if isinstance(item, InputError):
        return 422, json.dumps({"detail": item.reason, "stage": item.stage}).encode()
    r = _run(item)
    if r.error is not None:
        return 422, json.dumps({"detail": r.error, "stage": r.stage or "analyze"}).encode()
    return 200, render(r.dossier, fmt)


def analyze_requests(requests: list[tuple[bytes, str, str, str]]) -> list[tuple[int, bytes]]:
    """Several POST /v1/analyze bodies in one worker call, parsed as one batch (``nlp.pipe``).

    Why: one document per call parses a batch of one and crosses the process boundary
    once per document; posts that arrive together are read and analysed together, the
    way the CLI batches a folder. Each keeps its own answer, error and time limit.
    """
    from backchannel.pipeline import analyze

    read = [_read(body, kind, doc_id) for body, kind, _fmt, doc_id in requests]
    items = [x for x in read if not isinstance(x, InputError)]
    results = iter(analyze(items, nlp=_STATE["nlp"], batch_size=max(1, len(items)), doc_timeout=_STATE["timeout"]))
    out: list[tuple[int, bytes]] = []
    for (_body, _kind, fmt, _id), x in zip(requests, read):
        if isinstance(x, InputError):
            out.append((422, json.dumps({"detail": x.reason, "stage": x.stage}).encode()))
            continue
        r = next(results)
        if r.error is not None:
            out.append((422, json.dumps({"detail": r.error, "stage": r.stage or "analyze"}).encode()))
        else:
            out.append((200, render(r.dossier, fmt)))
    return out


def analyze_item(item: Item) -> tuple[bytes | None, str | None, str | None, tuple[str, ...]]:
    """A queued document in a worker: (its dossier as JSON, or the failed stage and reason; warnings)."""
    from backchannel.model import to_json

    r = _run(item)
    if r.error is not None:
        return None, r.stage or "analyze", r.error, r.warnings
    return to_json(r.dossier).encode(), None, None, r.warnings


# -- in the server ---------------------------------------------------------------------
class Analysts:
    """A pool of worker processes with per-task hard limits, replaced whole when one stalls."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.size = max(1, settings.workers)
        self.slots = asyncio.Semaphore(self.size)
        self.waiting = 0
        self.ready = False
        self.restarts = 0
        self.pool = self._new()
        self.warming: asyncio.Task | None = None

    def _new(self) -> ProcessPoolExecutor:
        s = self.settings
        return ProcessPoolExecutor(self.size, mp_context=multiprocessing.get_context("spawn"), initializer=_init,
                                   initargs=(s.model, s.max_chars, s.doc_timeout))

    def start(self) -> asyncio.Task:
        """Start every worker and load its pipeline (in the background); /readyz answers 200 after this.

        Tasks wait for it, so a document's clock never includes a worker's start.
        """
        self.ready = False
        self.warming = asyncio.ensure_future(self.warm())
        return self.warming

    async def warm(self) -> None:
        loop = asyncio.get_running_loop()
        await asyncio.gather(*(loop.run_in_executor(self.pool, _ping) for _ in range(self.size)))
        self.ready = True

    def limit(self, chars: int) -> float | None:
        """The hard limit for a document of ``chars`` characters: twice the pipeline's own, plus a grace."""
        from backchannel.nlp import CHUNK_CHARS

        if not self.settings.doc_timeout:
            return None
        return 2 * self.settings.doc_timeout * (1 + max(1, math.ceil(chars / CHUNK_CHARS))) + GRACE

    async def call(self, fn: Callable[..., T], *args: Any, chars: int) -> T:
        """Run ``fn(*args)`` in a worker within the hard limit; a pool broken by another's stall is retried once."""
        if self.waiting >= BACKLOG_PER_WORKER * self.size:
            raise Busy(f"{self.waiting} documents are waiting for a worker")
        self.waiting += 1
        try:
            for attempt in (1, 2):
                async with self.slots:
                    if self.warming is not None:
                        await asyncio.shield(self.warming)
                    pool = self.pool
                    future = asyncio.wrap_future(pool.submit(fn, *args))
                    try:
                        return await asyncio.wait_for(future, self.limit(chars))
                    except TimeoutError:
                        self.restart(pool)
                        raise Stalled(f"stopped: no answer within {self.limit(chars):g} s; the worker was "
                                      "stopped (--doc-timeout)") from None
                    except BrokenProcessPool:
                        self.restart(pool)
                        if attempt == 2:
                            raise
            raise AssertionError("unreachable")
        finally:
            self.waiting -= 1

    def restart(self, pool: ProcessPoolExecutor) -> None:
        """Kill the workers of ``pool`` and start a new pool (once, however many tasks saw it break)."""
        if pool is not self.pool:
            return
        self.restarts += 1
        for process in list((pool._processes or {}).values()):
            process.kill()
        pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._new()
        self.start()

    def shutdown(self) -> None:
        """Let the workers finish what they hold, then stop them."""
        self.pool.shutdown(wait=True, cancel_futures=True)
