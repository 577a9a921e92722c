"""A user's alias file: names that must be one party, and names that must stay apart.

    # aliases.toml
    [[same]]
    names = ["Abu Tarek", "Samir Haddoul"]
    why = "the spokesman's nom de guerre"

    [[different]]
    names = ["Faris bin Nadim", "Faris bin Yusuf Al Karimi"]

Why a file: the resolver is right most of the time and an analyst knows better the
rest of the time; a decision written down is repeatable, reviewable and kept out of
the code. Names are compared in normal form against an actor's name and aliases.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

from backchannel.resolve.across.names import norm, strip_titles


class AliasFileError(ValueError):
    """An alias file that cannot be read; the message names the file and the entry."""


@dataclass
class Aliases:
    """Groups of normal-form names: each ``same`` group forced together, each ``different`` group kept apart."""

    same: list[tuple[list[str], str]] = field(default_factory=list)
    different: list[tuple[list[str], str]] = field(default_factory=list)

    def index(self, names: list[str], groups: list[tuple[list[str], str]]) -> list[tuple[int, int]]:
        """(group, position) of every group name that one of ``names`` is."""
        forms = set(names) | {strip_titles(n) for n in names}
        return [(g, j) for g, (members, _) in enumerate(groups) for j, m in enumerate(members) if m in forms]


def load_aliases(path: Path | str | None) -> Aliases:
    """Read an alias file (none: an empty one)."""
    if path is None:
        return Aliases()
    try:
        raw = tomllib.loads(Path(path).read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise AliasFileError(f"{path}: {exc}") from None
    tables = {f.name for f in fields(Aliases)}
    unknown = set(raw) - tables if isinstance(raw, dict) else set()
    if unknown:
        raise AliasFileError(f"{path}: unknown table(s) {sorted(unknown)}; use [[same]] and [[different]]")
    out = Aliases()
    for section in sorted(tables, reverse=True):
        target = getattr(out, section)
        for k, entry in enumerate(raw.get(section, [])):
            names = entry.get("names") if isinstance(entry, dict) else None
            if not isinstance(names, list) or len(names) < 2 or not all(isinstance(n, str) for n in names):
                raise AliasFileError(f"{path}: [[{section}]] #{k + 1}: needs names = [two or more strings]")
            target.append(([norm(n) for n in names], str(entry.get("why", ""))))
    return out
