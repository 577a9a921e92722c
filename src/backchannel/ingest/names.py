"""Output names: one per document, unique in a run, safe on every file system.

Why here and not in the writer: a name must be known before a document is
analysed (to skip one whose output exists, and to refuse clashes before any
work), and every consumer (files, a store, a report directory) needs the same
guarantee that two documents never share one. Names come from the path
relative to the folder given on the command line ("a/x.txt" -> "a/x"), or
from the JSONL id made safe; a clash that remains (two "x.txt" named
directly, an id repeated, ids that differ only by characters that are not
safe, or only by case on a case-insensitive disk) gets "-2", "-3" and a
warning, never a silent overwrite.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile(r"[^\w.-]+")
_RESERVED = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
                       *(f"lpt{i}" for i in range(1, 10))})
MAX_PART = 120  # characters per path component, well under every file system's limit


def safe_part(text: str) -> str:
    """One path component: word characters, dots and hyphens; never empty, '.', '..' or reserved."""
    part = _UNSAFE.sub("_", text).strip("._")[:MAX_PART] or "document"
    return part + "_" if part.casefold() in _RESERVED else part


def safe_stem(relative: str) -> str:
    """A relative path without suffix ("a/b/x") made safe component by component."""
    return "/".join(safe_part(p) for p in relative.replace("\\", "/").split("/") if p not in ("", ".", ".."))


class UniqueNames:
    """Hands out each stem once per run, case-insensitively; later claimants get -2, -3..."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def claim(self, stem: str) -> tuple[str, str | None]:
        """(the unique stem, a warning when it had to be changed)."""
        stem = stem or "document"
        name, n = stem, 2
        while name.casefold() in self._taken:
            name, n = f"{stem}-{n}", n + 1
        self._taken.add(name.casefold())
        if name == stem:
            return name, None
        return name, f"output name {stem!r} is already used by an earlier document; this one is {name!r}"
