"""The batching of POST /v1/analyze (serve/batching.py), with a stand-in for the worker pool.

Why a stand-in: making a real worker stall past its hard limit takes a minute of
wall time; the logic under test is the queue's: posts waiting together go as one
batch, every post gets its own answer, and a batch that stalls is retried one post
at a time so that only the post that stalls fails.
"""

from __future__ import annotations

import asyncio

import pytest

pytest.importorskip("fastapi")

from backchannel.serve import analysts as A  # noqa: E402
from backchannel.serve.batching import Batcher  # noqa: E402


class FakePool:
    """Answers (200, body) per post; any call holding a body b"stall" raises Stalled, as the real pool does."""

    size = 1

    def __init__(self) -> None:
        self.calls: list[list[bytes]] = []

    async def call(self, fn, *args, chars):  # noqa: ANN001, ANN201
        await asyncio.sleep(0.01)  # a worker busy for a moment: later posts queue behind it
        requests = args[0] if fn is A.analyze_requests else [args]
        bodies = [r[0] for r in requests]
        self.calls.append(bodies)
        if b"stall" in bodies:
            raise A.Stalled("stopped: no answer within 9 s")
        answers = [(200, b"dossier of " + b) for b in bodies]
        return answers if fn is A.analyze_requests else answers[0]


def run(bodies: list[bytes]) -> tuple[list, FakePool]:
    pool = FakePool()
    batcher = Batcher(pool)  # type: ignore[arg-type]

    async def go():
        return await asyncio.gather(*(batcher.analyze(b, "text", "json", "d") for b in bodies),
                                    return_exceptions=True)

    return asyncio.run(go()), pool


def test_posts_waiting_together_go_as_one_batch_and_keep_their_own_answers():
    bodies = [f"report {k}".encode() for k in range(6)]
    answers, pool = run(bodies)
    assert answers == [(200, b"dossier of " + b) for b in bodies]
    assert pool.calls == [bodies]  # posted together: one worker call


def test_a_stalled_batch_is_retried_one_post_at_a_time_and_only_the_staller_fails():
    bodies = [b"first", b"a", b"stall", b"b"]
    answers, pool = run(bodies)
    assert answers[0] == (200, b"dossier of first") and answers[1] == (200, b"dossier of a")
    assert isinstance(answers[2], A.Stalled) and answers[3] == (200, b"dossier of b")
    assert pool.calls[0] == bodies and sorted(pool.calls[1:]) == [[b] for b in sorted(bodies)]  # then one by one


def test_a_full_queue_answers_busy():
    pool = FakePool()
    batcher = Batcher(pool)  # type: ignore[arg-type]
    batcher.queue = [((b"x", "text", "json", "d"), None)] * (A.BACKLOG_PER_WORKER * pool.size)  # type: ignore[list-item]

    with pytest.raises(A.Busy):
        asyncio.run(batcher.analyze(b"one more", "text", "json", "d"))
