"""The verb-frame lexicon (``data/frames.toml``): what counts as a trigger and how to read it.

Why a separate module: the lexicon is the stage's data, loaded and checked once per
process; every other step only asks it questions (frames by lemma, word sets by name).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any


@dataclass
class Frame:
    lemma: str
    type: str
    pos: str = "verb"
    prt: str | None = None
    prep: str | None = None
    obj: frozenset[str] | None = None
    obj_not: frozenset[str] = frozenset()
    subj: frozenset[str] | None = None
    gov: frozenset[str] | None = None
    not_gov: frozenset[str] = frozenset()
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    via: tuple[str, ...] = ()
    means: tuple[str, ...] = ()
    topic: tuple[str, ...] = ()
    symmetric: bool = False
    mutual: bool = False
    mutual_between: bool = False
    relay: bool = False
    per_party: bool = False
    swap: bool = False
    nested: str | None = None
    negated: bool = False
    modality: str | None = None
    needs_actor: bool = True
    needs_two: bool = False
    needs_target: bool = False
    needs_source: bool = False
    prep_noun: bool = False
    pair_fallback: bool = False
    obj_actor: bool = False
    obj_needed: bool = False
    obj_captive: bool = False
    obj_actor_if_any: bool = False
    blocked_deps: frozenset[str] = frozenset()
    under: frozenset[str] | None = None
    participle_needs_source: bool = False
    implies: str | None = None
    xcomp_needed: bool = False
    in_quote: bool = False
    subj_third: bool = False
    also: tuple[dict, ...] = ()


@dataclass
class Lexicon:
    frames: dict[str, list[Frame]]
    settings: dict[str, Any]
    sets: dict[str, frozenset[str]]

    def is_(self, name: str, word: str) -> bool:
        return word in self.sets[name]


def _frame(d: dict) -> Frame:
    kw = dict(d)
    for k in ("obj", "subj", "gov"):
        if k in kw:
            kw[k] = frozenset(kw[k])
    if "under" in kw:
        kw["under"] = frozenset(kw["under"])
    for k in ("obj_not", "not_gov", "blocked_deps"):
        if k in kw:
            kw[k] = frozenset(kw[k])
    for k in ("source", "target", "via", "means", "topic"):
        if k in kw:
            kw[k] = tuple(kw[k])
    if "also" in kw:
        kw["also"] = tuple(kw["also"])
    return Frame(**kw)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The verb-frame lexicon (``data/frames.toml``), parsed once per process."""
    raw = tomllib.loads(resources.files("backchannel.data").joinpath("frames.toml").read_text("utf-8"))
    frames: dict[str, list[Frame]] = {}
    for d in raw.get("frame", []):
        # one entry may list several lemmas ("lemmas = [...]") that share the frame
        for lemma in d.get("lemmas") or [d["lemma"]]:
            f = _frame({**{k: v for k, v in d.items() if k != "lemmas"}, "lemma": lemma})
            frames.setdefault(f.lemma, []).append(f)
    st = raw.get("settings", {})
    sets = {k: frozenset(v) for k, v in st.items() if isinstance(v, list)}
    return Lexicon(frames=frames, settings=st, sets=sets)
