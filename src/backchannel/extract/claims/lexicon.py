"""Cue lexicon of the claims stage, read once from ``data/cues.toml``.

Why a typed loader: the rules ask "is this lemma a reporting verb, with which
stance and which frame?" thousands of times per document; one frozen
:class:`Lexicon` answers from dicts and sets, and the TOML stays the single
place where the words are kept.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources



@dataclass(frozen=True)
class Cue:
    lemma: str
    stance: str = "neutral"
    object: bool = False
    preps: frozenset[str] = frozenset()
    prt: frozenset[str] = frozenset()
    speaker_object: bool = False
    infinitive: bool = False
    weak: bool = False
    document_object: bool = False
    naming: bool = False


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, Cue]
    nouns: dict[str, str]
    anaphora: frozenset[str]
    person_nouns: frozenset[str]
    group_nouns: frozenset[str]
    org_nouns: frozenset[str]
    documents: frozenset[str] = frozenset()
    abbreviations: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = tomllib.loads(resources.files("backchannel.data").joinpath("cues.toml").read_text("utf-8"))
    verbs = {}
    for lemma, v in raw["verbs"].items():
        verbs[lemma] = Cue(lemma=lemma, stance=v.get("stance", "neutral"), object=v.get("object", False),
                           preps=frozenset(v.get("preps", ())), prt=frozenset(v.get("prt", ())),
                           speaker_object=v.get("speaker_object", False),
                           infinitive=v.get("infinitive", False), weak=v.get("weak", False),
                           document_object=v.get("document_object", False), naming=v.get("naming", False))
    sn = raw.get("speaker_nouns", {})
    return Lexicon(verbs=verbs, nouns=dict(raw.get("nouns", {})),
                   anaphora=frozenset(raw.get("anaphora", {}).get("words", ())),
                   person_nouns=frozenset(sn.get("person", ())), group_nouns=frozenset(sn.get("group", ())),
                   org_nouns=frozenset(sn.get("organization", ())),
                   documents=frozenset(raw.get("documents", {}).get("words", ())),
                   abbreviations=frozenset(raw.get("abbreviations", {}).get("words", ())))
