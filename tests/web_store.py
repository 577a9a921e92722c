"""Helpers of the web-input tests: add items to a store the way ``corpus add`` does, and read it back."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from backchannel.pipeline import analyze
from backchannel.store import connect, extractor_version
from backchannel.store.writer import Tally, Writer


def add(path: Path, items: Iterable, nlp, group: int = 4) -> Tally:  # noqa: ANN001
    """Screen, analyse and write ``items`` into the store at ``path`` (created if needed)."""
    con = connect(path, create=True)
    try:
        w = Writer(con, extractor_version(), group=group)
        return w.write(analyze(w.screen(items), nlp=nlp, batch_size=group))
    finally:
        con.close()


def rows(path: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = connect(path, read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()
