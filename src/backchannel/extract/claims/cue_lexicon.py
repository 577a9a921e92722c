"""Lexicon of the claims stage, read once from ``data/cues.toml`` and
``data/claims_words.toml``.

Why a typed loader: the rules ask "is this lemma a reporting verb, with which
stance and which frame?" or "is this word a relative pronoun?" thousands of
times per document; one frozen :class:`Lexicon` answers from dicts and sets,
and the TOML files stay the single place where the words are kept. The loader
is strict (unknown keys, missing tables, duplicate words and unknown stances
are errors naming the file and the entry), so a typo in the data fails loudly
at load instead of silently switching a rule off.
"""

from __future__ import annotations

import tomllib
import typing
from dataclasses import MISSING, dataclass, field, fields
from functools import lru_cache
from importlib import resources
from typing import Any

from backchannel.model import Stance

STANCES: frozenset[str] = frozenset(typing.get_args(Stance))


class LexiconError(ValueError):
    """Everything the claims rules look up: cues, stances, speaker nouns and word lists."""
    """A data file of the claims stage is malformed."""


@dataclass(frozen=True)
class Cue:
    """A reporting verb of ``cues.toml [verbs]`` and its frame (see the file's header)."""
    lemma: str
    stance: Stance = "neutral"
    object: bool = False
    preps: frozenset[str] = frozenset()
    prt: frozenset[str] = frozenset()
    speaker_object: bool = False
    infinitive: bool = False
    weak: bool = False
    document_object: bool = False
    naming: bool = False


@dataclass(frozen=True)
class Words:
    """The closed word lists of ``claims_words.toml``, one field per table (see the file)."""

    according: tuple[str, ...]
    auxiliary_cues: frozenset[str]
    saying_verbs: frozenset[str]
    speaker_object_preps: frozenset[str]
    outlet_preps: frozenset[str]
    infinitive_markers: frozenset[str]
    content_marks: frozenset[str]
    anaphora_preps: frozenset[str]
    conditional_marks: frozenset[str]
    agent_preps: frozenset[str]
    relative_pronouns: frozenset[str]
    concessive: frozenset[str]
    trailing_words: frozenset[str]
    contrast: tuple[str, ...]
    apposition_articles: frozenset[str]
    apposition_relatives: frozenset[str]
    apposition_followers: frozenset[str]
    title_before: frozenset[str]
    person_pronouns: frozenset[str]
    other_pronouns: frozenset[str]
    first_person: frozenset[str]
    female_pronouns: frozenset[str]
    male_pronouns: frozenset[str]
    outlet_articles: tuple[str, ...]
    pair_all: frozenset[str]
    pair_determiners: frozenset[str]
    pair_numbers: frozenset[str]
    description_determiners: frozenset[str]
    description_modifiers: frozenset[str]
    definite_determiners: frozenset[str]
    fresh_first: frozenset[str]
    fresh_any: frozenset[str]


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, Cue]
    nouns: dict[str, Stance]
    anaphora: frozenset[str]
    person_nouns: frozenset[str]
    group_nouns: frozenset[str]
    org_nouns: frozenset[str]
    words: Words
    documents: frozenset[str] = frozenset()
    abbreviations: frozenset[str] = frozenset()


# ---------------------------------------------------------------- validation

# The shapes of the TOML tables, as dataclasses: their fields are the allowed keys, the
# fields without a default the required ones.


@dataclass(frozen=True)
class _WordTable:
    """A ``[table]`` of words; ``narrow``: made for one sentence of one article."""

    words: list[str]
    narrow: bool = False


@dataclass(frozen=True)
class _SpeakerNouns:
    """``cues.toml [speaker_nouns]``: heads of unnamed speaker phrases by actor kind."""

    person: list[str] = field(default_factory=list)
    group: list[str] = field(default_factory=list)
    organization: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _CuesFile:
    """``cues.toml``: the reporting cues and the word tables that go with them."""

    verbs: dict[str, Any]
    nouns: dict[str, str] = field(default_factory=dict)
    documents: _WordTable | None = None
    abbreviations: _WordTable | None = None
    anaphora: _WordTable | None = None
    speaker_nouns: _SpeakerNouns | None = None


def _allowed(cls: type) -> frozenset[str]:
    """The keys a table of shape ``cls`` may hold."""
    return frozenset(f.name for f in fields(cls))


def _required(cls: type) -> frozenset[str]:
    """The keys a table of shape ``cls`` must hold."""
    return frozenset(f.name for f in fields(cls) if f.default is MISSING and f.default_factory is MISSING)


CUE_FLAGS = tuple(f.name for f in fields(Cue) if isinstance(f.default, bool))
CUE_KEYS = frozenset(f.name for f in fields(Cue)[1:])  # all but the lemma, the verb's key


def _keys(where: str, table: Any, allowed: frozenset[str], required: frozenset[str] = frozenset()) -> None:
    """Check a table's keys against its shape."""
    if not isinstance(table, dict):
        raise LexiconError(f"{where}: expected a table, got {type(table).__name__}")
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise LexiconError(f"{where}: unknown key(s) {', '.join(unknown)} (allowed: {', '.join(sorted(allowed))})")
    missing = sorted(required - set(table))
    if missing:
        raise LexiconError(f"{where}: missing key(s) {', '.join(missing)}")


def _word_list(where: str, value: Any) -> list[str]:
    """A list of strings without duplicates."""
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise LexiconError(f"{where}: expected a list of strings")
    seen: set[str] = set()
    for w in value:
        if w in seen:
            raise LexiconError(f"{where}: duplicate entry {w!r}")
        seen.add(w)
    return value


def _stance(where: str, value: Any) -> Stance:
    """A stance of :data:`backchannel.model.Stance`."""
    if value not in STANCES:
        raise LexiconError(f"{where}: unknown stance {value!r} (allowed: {', '.join(sorted(STANCES))})")
    return typing.cast(Stance, value)


def _word_table(file: str, name: str, table: Any) -> list[str]:
    """A ``[name]`` table of ``words`` (and an optional ``narrow`` flag)."""
    where = f"{file} [{name}]"
    _keys(where, table, _allowed(_WordTable), _required(_WordTable))
    if not isinstance(table.get("narrow", False), bool):
        raise LexiconError(f"{where}.narrow: expected true or false")
    return _word_list(f"{where}.words", table["words"])


# ---------------------------------------------------------------- loading


def _read(name: str) -> dict[str, Any]:
    """A data file of ``backchannel.data``, parsed."""
    text = resources.files("backchannel.data").joinpath(name).read_text("utf-8")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise LexiconError(f"{name}: {e}") from e


def _cue(lemma: str, v: Any) -> Cue:
    """One ``[verbs]`` entry, checked."""
    where = f"cues.toml [verbs].{lemma}"
    _keys(where, v, CUE_KEYS)
    for flag in CUE_FLAGS:
        if not isinstance(v.get(flag, False), bool):
            raise LexiconError(f"{where}.{flag}: expected true or false")
    return Cue(lemma=lemma, stance=_stance(f"{where}.stance", v.get("stance", "neutral")),
               preps=frozenset(_word_list(f"{where}.preps", v.get("preps", []))),
               prt=frozenset(_word_list(f"{where}.prt", v.get("prt", []))),
               **{flag: v.get(flag, False) for flag in CUE_FLAGS})


def parse_cues(raw: dict[str, Any], words: Words) -> Lexicon:
    """The lexicon of a parsed ``cues.toml`` and the word lists of ``claims_words.toml``."""
    _keys("cues.toml", raw, _allowed(_CuesFile), _required(_CuesFile))
    verbs = {lemma: _cue(lemma, v) for lemma, v in raw["verbs"].items()}
    nouns = {n: _stance(f"cues.toml [nouns].{n}", s) for n, s in raw.get("nouns", {}).items()}
    sn = raw.get("speaker_nouns", {})
    _keys("cues.toml [speaker_nouns]", sn, _allowed(_SpeakerNouns))

    def table(name: str) -> frozenset[str]:
        return frozenset(_word_table("cues.toml", name, raw[name]) if name in raw else ())

    def nouns_of(key: str) -> frozenset[str]:
        return frozenset(_word_list(f"cues.toml [speaker_nouns].{key}", sn.get(key, [])))

    return Lexicon(verbs=verbs, nouns=nouns, anaphora=table("anaphora"),
                   person_nouns=nouns_of("person"), group_nouns=nouns_of("group"),
                   org_nouns=nouns_of("organization"), words=words, documents=table("documents"),
                   abbreviations=table("abbreviations"))


def parse_words(raw: dict[str, Any]) -> Words:
    """The word lists of a parsed ``claims_words.toml``."""
    spec = {f.name: f.type for f in fields(Words)}
    _keys("claims_words.toml", raw, frozenset(spec), frozenset(spec))
    values: dict[str, Any] = {}
    for name, kind in spec.items():
        words = _word_table("claims_words.toml", name, raw[name])
        values[name] = tuple(words) if str(kind).startswith("tuple") else frozenset(words)
    return Words(**values)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The claims lexicon (loaded and validated once per process)."""
    return parse_cues(_read("cues.toml"), parse_words(_read("claims_words.toml")))


def words() -> Words:
    """The closed word lists (a shortcut for ``lexicon().words``)."""
    return lexicon().words
