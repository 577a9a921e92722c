"""The kind of an organisation (armed, civil, press, government, business), read off its words.

Why a foundation module: a definite description of a group ("the militant group", "the aid group")
stands for a named organisation only where the two agree in kind; the actors stage (definite
descriptions) and the later fallbacks (:mod:`backchannel.mentions`) ask the same question and must
answer it the same way. Like :mod:`backchannel.mentions` it imports no stage; the words are
``data/org_kinds.toml``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from backchannel.data_loader import load_fields, read

KINDS_FILE = "org_kinds.toml"
PLURAL_END = "s"


@dataclass(frozen=True)
class OrgKinds:
    """The words of each kind (``data/org_kinds.toml``)."""

    armed: frozenset[str]
    civil: frozenset[str]
    media: frozenset[str]
    government: frozenset[str]
    business: frozenset[str]


@lru_cache(maxsize=1)
def org_kinds() -> dict[str, frozenset[str]]:
    """Kind -> its words, read and checked once per process."""
    kinds = load_fields(OrgKinds, KINDS_FILE, read(KINDS_FILE))[0]
    return {f.name: getattr(kinds, f.name) for f in dataclasses.fields(kinds)}


def kinds_of(texts: Iterable[str]) -> frozenset[str]:
    """The kinds the words of ``texts`` name: each word (and each two-word run), also without a
    plural's final "s" ("militants", "Doctors")."""
    words: set[str] = set()
    for text in texts:
        ws = text.casefold().replace("-", " ").replace("'s", "").split()
        words.update(ws)
        words.update(w[:-1] for w in ws if w.endswith(PLURAL_END) and len(w) > 3)
        words.update(f"{a} {b}" for a, b in zip(ws, ws[1:]))
    return frozenset(k for k, ks in org_kinds().items() if words & ks)


def kinds_agree(description: Iterable[str], organisation: Iterable[str]) -> bool:
    """May a description with the words ``description`` stand for an organisation named with the
    words ``organisation`` (its name, aliases, descriptors)? Not when both name kinds and share
    none ("the militant group" and "the Red Lantern Society"); yes when either names no kind."""
    mine, theirs = kinds_of(description), kinds_of(organisation)
    return not mine or not theirs or bool(mine & theirs)
