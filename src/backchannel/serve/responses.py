"""Answers and request helpers shared by the routes: fast JSON, the per-thread store cursor.

Why msgspec for JSON: a page of 500 events is a few thousand small dicts; FastAPI's
default (``jsonable_encoder`` then ``json.dumps``) walks them twice in Python, and
the load benchmark's p99 is mostly serialisation. Routes return this response
directly, so FastAPI does not walk the data at all.

Why a cursor per thread: a DuckDB connection must not be used by two threads at
once; ``con.cursor()`` is a second connection to the same open database, cheap,
and kept for the life of the worker thread that made it.
"""

from __future__ import annotations

import threading
from typing import Any

import msgspec
from fastapi import Request
from fastapi.responses import JSONResponse

_encoder = msgspec.json.Encoder()


class JSONBody(JSONResponse):
    """``application/json`` encoded by msgspec."""

    def render(self, content: Any) -> bytes:
        return _encoder.encode(content)


class Cursors:
    """One DuckDB cursor per thread over the service's connection."""

    def __init__(self, con) -> None:  # noqa: ANN001 - duckdb connection
        self.con = con
        self.local = threading.local()
        self.lock = threading.Lock()

    def get(self):  # noqa: ANN201 - duckdb connection
        cur = getattr(self.local, "cur", None)
        if cur is None:
            with self.lock:
                cur = self.local.cur = self.con.cursor()
        return cur


def cursor(request: Request):  # noqa: ANN201 - duckdb connection
    """The calling thread's cursor (call it inside a sync route: FastAPI runs those in worker threads)."""
    return request.app.state.cursors.get()
