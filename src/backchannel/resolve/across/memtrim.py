"""Freed memory handed back to the system between the resolver's steps.

Why: the entities' step makes and frees pair arrays, chunk lists and scores (tens of KB a
report) in blocks of malloc's heap, not in the memory maps numpy's largest arrays get.
glibc keeps such freed blocks for later ``malloc`` calls, but most of what the later steps
make are small objects, which CPython's allocator takes from maps of its own: the freed heap
was never used again and stayed resident until the process ended (3,000 synthetic reports:
+60 KB a report of RSS over the digest after the entities' step, +43 KB after a trim, 12 KB
of it live). ``malloc_trim(0)`` returns those free pages; it costs a few milliseconds and
changes no result. Elsewhere than glibc (macOS, musl) it does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import cache
from typing import Callable


@cache
def _trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None where there is none."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        fn: Callable[[int], int] = libc.malloc_trim
    except (OSError, AttributeError):
        return None
    return fn


def release() -> None:
    """Return the heap's free pages to the system (a no-op where malloc has no trim)."""
    fn = _trim()
    if fn is not None:
        fn(0)
