"""Writing a file so that a reader never sees half of it.

Why a module of its own, below every stage: dossiers, corpus dossiers, reports
and store exports are all written the same way (a temporary file beside the
target, renamed into place), and a killed run must leave either the old file or
the new one, never a torn one.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import suppress
from pathlib import Path
from typing import Callable, TextIO


def atomic_write(path: Path, write: Callable[[TextIO], object], newline: str | None = None) -> None:
    """Write ``path`` through ``write`` into a temporary file beside it, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as fh:
            write(fh)
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise
