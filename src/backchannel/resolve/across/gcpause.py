"""The cyclic garbage collector paused while a corpus is resolved.

Why: resolution builds millions of small, long-lived objects (records, pair
tuples, judgements) and frees almost none until it returns. Each of them counts
towards CPython's next full collection, which then walks the whole heap to find
nearly nothing: on a 4,000-report synthetic corpus the collector found 57,000
cyclic objects among tens of millions. Reference counting still frees
everything else at once; the collector runs again as soon as resolution returns.
"""

from __future__ import annotations

import functools
import gc
from typing import Callable, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def gc_paused(fn: Callable[P, R]) -> Callable[P, R]:
    """``fn`` with the cyclic collector disabled for its duration (restored after, also on error)."""
    @functools.wraps(fn)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        was = gc.isenabled()
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            unsettle()  # (what Settler froze while the corpus was digested: its cycles may be collected again)
            if was:
                gc.enable()
    return run


#: reports digested between two settlings of the collector (:class:`Settler`)
SETTLE_EVERY = 256


class Settler:
    """Moves what survived the last reports' digests out of the collector's reach, every ``SETTLE_EVERY`` reports.

    Why: a digest keeps a few hundred small objects per report until the corpus is
    resolved, and each full collection CPython starts while a corpus is digested walks
    all of them again to free nearly nothing: 5.4 of the 101 CPU seconds of a 10,000-report
    synthetic run (``benchmarks/across_scaling.py``), a share that grows with the corpus.
    Every ``SETTLE_EVERY`` reports the two young generations are collected (the reports' dead
    cycles are there) and what is left is frozen (``gc.freeze``): later collections skip it.
    The oldest generation is not walked (a full walk every 256 reports cost the benchmark, which
    holds a batch of 1,000 dossiers, a third of what freezing saves: GC 1.95 s against 1.31 s at
    3,000 reports, 3.1 s unsettled): a dead cycle already old, and one among frozen objects that
    dies later, waits for :func:`unsettle`, which :func:`gc_paused` calls when resolution ends.
    Reference counting still frees frozen objects at once. A caller who turned the collector
    off is left alone. ``gc.freeze`` is process-wide: it freezes every object the process holds,
    not only the digest's, so every loop that adds to a digest calls :func:`unsettle` in a
    ``finally`` (an error must not leave the rest of the process frozen), and so does a worker's
    page digest (``scale.resolve.digest_page``).
    """

    def __init__(self) -> None:
        self.seen = 0

    def tick(self) -> None:
        """One more report digested: settle every ``SETTLE_EVERY``-th."""
        self.seen += 1
        if self.seen % SETTLE_EVERY == 0 and gc.isenabled():
            gc.collect(1)
            gc.freeze()


def unsettle() -> None:
    """Hand the frozen objects back to the collector (its oldest generation), once the digest is resolved."""
    gc.unfreeze()
