"""The extractor version: which code and rule data produced a stored dossier.

Why not just ``backchannel.__version__``: the rules live as much in
``data/*.toml`` (cue verbs, frames, actor lexicons) as in code, and those files
change between releases. The version string is the package version plus a short
hash of every ``data/*.toml`` file, so editing a lexicon marks every stored
dossier as out of date and ``backchannel corpus reanalyze`` re-runs them.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from backchannel import __version__

DATA = Path(__file__).resolve().parents[1] / "data"


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """``<package version>+<12 hex digits of the data files' hash>``, e.g. ``0.1.0+3fa2c19d0b7e``."""
    h = hashlib.sha256()
    for path in sorted(DATA.glob("*.toml")):
        h.update(path.name.encode())
        h.update(b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return f"{__version__}+{h.hexdigest()[:12]}"
