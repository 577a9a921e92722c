"""POST /v1/analyze requests that arrive together go to a worker as one batch.

Why: a worker that parses one posted document at a time runs well below the CLI,
which hands spaCy a batch. Requests waiting while every worker is busy are taken
together (up to :data:`MOST`) by the next free worker, so a quiet service still
answers one document at once and a busy one batches. A batch that stalls past its
hard limit is retried one document at a time, so only the document that stalls
fails, as it would alone.
"""

from __future__ import annotations

import asyncio
from concurrent.futures.process import BrokenProcessPool

from backchannel.serve.analysts import BACKLOG_PER_WORKER, Analysts, Busy, Stalled, analyze_request, \
    analyze_requests

#: The most posts one worker call analyses together (spaCy's batch).
MOST = 16

Request = tuple[bytes, str, str, str]  # body, kind (text | html | json), format, document id


class Batcher:
    """A queue of analyze requests drained by one loop per worker."""

    def __init__(self, analysts: Analysts, most: int = MOST) -> None:
        self.analysts = analysts
        self.most = most
        self.queue: list[tuple[Request, asyncio.Future]] = []
        self.draining = 0

    async def analyze(self, body: bytes, kind: str, fmt: str, doc_id: str) -> tuple[int, bytes]:
        """(status, payload) of one request; raises Busy or Stalled as :meth:`Analysts.call` does."""
        if len(self.queue) >= BACKLOG_PER_WORKER * self.analysts.size:
            raise Busy(f"{len(self.queue)} documents are waiting for a worker")
        future: asyncio.Future = asyncio.get_running_loop().create_future()
        self.queue.append(((body, kind, fmt, doc_id), future))
        if self.draining < self.analysts.size:
            self.draining += 1
            asyncio.ensure_future(self._drain())
        return await future

    async def _drain(self) -> None:
        try:
            while self.queue:
                batch, self.queue = self.queue[:self.most], self.queue[self.most:]
                await self._run(batch)
        finally:
            self.draining -= 1

    async def _run(self, batch: list[tuple[Request, asyncio.Future]]) -> None:
        requests = [r for r, _ in batch]
        if len(batch) == 1:
            await _settle(batch[0][1], self.analysts.call(analyze_request, *requests[0], chars=len(requests[0][0])))
            return
        try:
            results = await self.analysts.call(analyze_requests, requests, chars=sum(len(r[0]) for r in requests))
        except (Stalled, BrokenProcessPool):  # one of them stalled the batch: each alone, so only it fails
            await asyncio.gather(*(_settle(f, self.analysts.call(analyze_request, *r, chars=len(r[0])))
                                   for r, f in batch))
            return
        except Exception as exc:  # noqa: BLE001 - every waiting request gets the error, none hangs
            for _, f in batch:
                if not f.done():
                    f.set_exception(exc)
            return
        for (_, f), result in zip(batch, results):
            if not f.done():
                f.set_result(result)


async def _settle(future: asyncio.Future, work) -> None:  # noqa: ANN001 - a coroutine
    try:
        result = await work
    except Exception as exc:  # noqa: BLE001 - handed to the request that waits for it
        if not future.done():
            future.set_exception(exc)
        return
    if not future.done():
        future.set_result(result)
