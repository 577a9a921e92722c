"""Per-document limits: a wall-clock deadline that stops one runaway document.

Why a signal timer: the rules are plain Python, so a pathological text (a
quadratic rule, a hostile page in the article extractor) shows up as Python
code running too long. ``setitimer`` interrupts that code between bytecodes
with :class:`DocumentTimeout`, which the pipeline turns into that document's
error while the batch goes on. Work inside one C call (spaCy's parser on one
chunk) finishes first; chunking and the tokenizer guard in :mod:`nlp` keep such
calls short, so the deadline is kept to within a chunk's parse.

The timer needs the main thread of a POSIX process; elsewhere (a worker
thread, Windows) ``time_limit`` does nothing rather than fail.
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Iterator

#: Default per-document limit in seconds (reading + parsing + extraction).
#: A news report takes well under a second; a minute means something is wrong.
DEFAULT_DOC_TIMEOUT = 60.0


class DocumentTimeout(Exception):
    """One document exceeded its time limit."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"took longer than the {seconds:g} s limit (--doc-timeout)")
        self.seconds = seconds


def _usable() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`DocumentTimeout` in this block after ``seconds`` (None or <= 0: no limit).

    Nested use keeps the outer deadline: while one runs, an inner block adds none.
    """
    if not seconds or seconds <= 0 or not _usable():
        yield
        return
    remaining, _ = signal.getitimer(signal.ITIMER_REAL)
    if remaining:  # an outer limit is running: it governs
        yield
        return

    def _expire(signum, frame):  # noqa: ARG001 - signal handler signature
        raise DocumentTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
