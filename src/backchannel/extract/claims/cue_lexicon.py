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

import typing
from dataclasses import MISSING, dataclass, field, fields
from functools import lru_cache
from typing import Any

from backchannel.data_loader import LexiconError, check_keys, entry, expand, flag, load_fields, read, word_list
from backchannel.model import Stance

STANCES: frozenset[str] = frozenset(typing.get_args(Stance))


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
    attitude: bool = False
    topic: bool = False


@dataclass(frozen=True)
class Words:
    """The closed word lists of ``claims_words.toml``, one field per table (see the file)."""

    according: tuple[str, ...]
    per_cues: frozenset[str]
    as_marks: frozenset[str]
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
    continuations: frozenset[str]
    finding_preps: frozenset[str]
    finding_documents: frozenset[str]
    opinion_nouns: frozenset[str]
    opinion_preps: frozenset[str]
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
    plural_pronouns: frozenset[str]
    female_pronouns: frozenset[str]
    male_pronouns: frozenset[str]
    outlet_articles: tuple[str, ...]
    pair_all: frozenset[str]
    joint_adverbs: frozenset[str]
    aside_of_preps: frozenset[str]
    pair_people_heads: frozenset[str]
    crowd_heads: frozenset[str]
    people_heads: frozenset[str]
    people_quantities: frozenset[str]
    count_preps: frozenset[str]
    pair_determiners: frozenset[str]
    pair_numbers: frozenset[str]
    description_determiners: frozenset[str]
    definite_determiners: frozenset[str]
    fresh_first: frozenset[str]
    fresh_any: frozenset[str]
    refusal_heads: frozenset[str]
    absence_preps: frozenset[str]
    question_verbs: frozenset[str]
    question_marks: frozenset[str]
    heading_documents: frozenset[str]
    heading_fillers: frozenset[str]
    taking_verbs: frozenset[str]
    taking_objects: frozenset[str]
    connectives: frozenset[str]
    sentence_adverbs: frozenset[str]
    attitude_preps: frozenset[str]
    thanks_heads: frozenset[str]
    thanks_preps: frozenset[str]
    placed_preps: frozenset[str]
    placing_nouns: frozenset[str]
    welcoming_verbs: frozenset[str]
    welcomed_acts: frozenset[str]
    greeting_places: frozenset[str]
    appraisal_nouns: frozenset[str]
    appraisal_preps: frozenset[str]
    object_complement_preps: frozenset[str]
    occasion_preps: frozenset[str]
    date_occasion_preps: frozenset[str]
    occasion_nouns: frozenset[str]
    relay_cues: frozenset[str]
    citing_verbs: frozenset[str]
    speaker_media: frozenset[str]
    generic_org_heads: frozenset[str]
    state_description_heads: frozenset[str]
    body_heads: frozenset[str]
    thing_relatives: frozenset[str]
    outlet_channels: frozenset[str]
    unrealised_heads: frozenset[str]
    headline_labels: frozenset[str]
    wh_relatives: frozenset[str]
    object_relatives: frozenset[str]
    object_relative_preps: frozenset[str]
    animate_relatives: frozenset[str]
    inner_speech_verbs: frozenset[str]
    mental_cues: frozenset[str]
    occasion_verbs: frozenset[str]
    announcing_cues: frozenset[str]
    post_documents: frozenset[str]
    platform_verbs: frozenset[str]
    platform_preps: frozenset[str]
    post_platforms: frozenset[str]
    dateline_bodies: frozenset[str]
    dateline_rival_labels: frozenset[str]
    represented_heads: frozenset[str]
    represented_preps: frozenset[str]
    joint_preps: frozenset[str]
    indefinite_articles: frozenset[str]
    clarity_verbs: frozenset[str]
    clarity_words: frozenset[str]
    state_body_heads: frozenset[str]
    joint_heads: frozenset[str]
    anonymous_heads: frozenset[str]
    media_anaphors: frozenset[str]
    media_words: frozenset[str]
    outlet_kind_words: frozenset[str]
    own_outlet_heads: frozenset[str]
    medium_cues: frozenset[str]
    report_coordinators: frozenset[str]
    report_prepositions: frozenset[str]
    report_subordinators: frozenset[str]
    object_gerund_preps: frozenset[str]
    plea_verbs: frozenset[str]
    infinitive_condition_marks: frozenset[str]
    negative_subjects: frozenset[str]
    directive_nouns: frozenset[str]
    future_subordinators: frozenset[str]
    plea_nouns: frozenset[str]
    plea_adjective_verbs: frozenset[str]
    plea_adjectives: frozenset[str]
    implicative_adjectives: frozenset[str]
    estimate_verbs: frozenset[str]
    estimate_nouns: frozenset[str]
    estimate_preps: frozenset[str]
    gloss_participles: frozenset[str]
    anonymity_verbs: frozenset[str]
    source_word_forms: dict[str, str]
    issuing_verbs: dict[str, str]
    medium_preps: frozenset[str]
    name_quote_before: frozenset[str]
    name_quote_articles: frozenset[str]
    title_of_preps: frozenset[str]
    state_media_modifiers: frozenset[str]
    evidential_cues: frozenset[str]
    state_outlet_heads: frozenset[str]
    joint_document_words: frozenset[str]
    document_in_preps: frozenset[str]
    joint_group_numbers: frozenset[str]
    characterizing_verbs: frozenset[str]
    official_document_words: frozenset[str]


@dataclass(frozen=True)
class Lexicon:
    """Everything the claims rules look up: cues, stances, speaker nouns and word lists."""

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
CUES_FILE = "cues.toml"
WORDS_FILE = "claims_words.toml"


def _stance(where: str, value: Any) -> Stance:
    """A stance of :data:`backchannel.model.Stance`."""
    if value not in STANCES:
        raise LexiconError(CUES_FILE, where, f"unknown stance {value!r} (allowed: {', '.join(sorted(STANCES))})")
    return typing.cast(Stance, value)


def _word_table(name: str, table: Any) -> list[str]:
    """A ``[name]`` table of ``words`` (and an optional ``narrow`` flag) of cues.toml."""
    check_keys(CUES_FILE, name, table, _allowed(_WordTable), _required(_WordTable))
    return word_list(CUES_FILE, f"{name}.words", entry(CUES_FILE, name, table)[0])


# ---------------------------------------------------------------- loading


def _cue(lemma: str, v: Any) -> Cue:
    """One ``[verbs]`` entry, checked."""
    where = f"verbs.{lemma}"
    check_keys(CUES_FILE, where, v, CUE_KEYS)
    for name in CUE_FLAGS:
        flag(CUES_FILE, f"{where}.{name}", v.get(name, False))
    return Cue(lemma=lemma, stance=_stance(f"{where}.stance", v.get("stance", "neutral")),
               preps=frozenset(word_list(CUES_FILE, f"{where}.preps", v.get("preps", []))),
               prt=frozenset(word_list(CUES_FILE, f"{where}.prt", v.get("prt", []))),
               **{name: v.get(name, False) for name in CUE_FLAGS})


def parse_cues(raw: dict[str, Any], words: Words) -> Lexicon:
    """The lexicon of a parsed ``cues.toml`` and the word lists of ``claims_words.toml``."""
    check_keys(CUES_FILE, "", raw := expand(CUES_FILE, "", raw), _allowed(_CuesFile), _required(_CuesFile))
    verbs = {lemma: _cue(lemma, v) for lemma, v in raw["verbs"].items()}
    nouns = {n: _stance(f"nouns.{n}", s) for n, s in raw.get("nouns", {}).items()}
    sn = check_keys(CUES_FILE, "speaker_nouns", raw.get("speaker_nouns", {}), _allowed(_SpeakerNouns))

    def table(name: str) -> frozenset[str]:
        return frozenset(_word_table(name, raw[name]) if name in raw else ())

    def nouns_of(key: str) -> frozenset[str]:
        return frozenset(word_list(CUES_FILE, f"speaker_nouns.{key}", sn.get(key, [])))

    return Lexicon(verbs=verbs, nouns=nouns, anaphora=table("anaphora"),
                   person_nouns=nouns_of("person"), group_nouns=nouns_of("group"),
                   org_nouns=nouns_of("organization"), words=words, documents=table("documents"),
                   abbreviations=table("abbreviations"))


def parse_words(raw: dict[str, Any]) -> Words:
    """The word lists of a parsed ``claims_words.toml``."""
    return load_fields(Words, WORDS_FILE, raw)[0]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The claims lexicon (loaded and validated once per process)."""
    return parse_cues(read(CUES_FILE), parse_words(read(WORDS_FILE)))


def words() -> Words:
    """The closed word lists (a shortcut for ``lexicon().words``)."""
    return lexicon().words
