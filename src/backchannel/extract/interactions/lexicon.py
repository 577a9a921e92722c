"""The verb-frame lexicon (``data/frames.toml``): what counts as a trigger and how to read it.

Why a separate module: the lexicon is the stage's data, loaded and checked once per
process; every other step only asks it questions (frames by lemma, word sets by name).
"""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass, fields
from enum import StrEnum
from functools import cached_property, lru_cache
from typing import Any, TypedDict, cast, get_type_hints

from backchannel.data_loader import LexiconError, check_keys, load_fields, parse, text, word_list
from backchannel.extract.interactions.words import Words, words
from backchannel.model import INTERACTION_TYPES, MODALITIES, Qualifier

FRAMES_FILE = "frames.toml"
LEMMAS_KEY = "lemmas"  # one [[frame]] entry may list several lemmas that share the frame


class AlsoSpec(TypedDict, total=False):
    """A derived frame (``also = [...]`` in frames.toml): "@subj" is this frame's source."""

    type: str
    source: list[str]
    target: list[str]


ALSO_FIELD = "also"
ALSO_KEYS = frozenset(AlsoSpec.__annotations__)
FRAME_TABLE = "frame"
SETTINGS_TABLE = "settings"


@dataclass(frozen=True)
class CountQualifiers:
    """``[settings.count_qualifiers]``: the words before a number that qualify a count."""

    over: tuple[str, ...]
    under: tuple[str, ...]
    about: tuple[str, ...]

    def items(self) -> list[tuple[Qualifier, tuple[str, ...]]]:
        """(qualifier, words) in field order: over, under, about (each field name is a Qualifier)."""
        return [(cast(Qualifier, f.name), getattr(self, f.name)) for f in fields(self)]


@dataclass(frozen=True)
class Settings:
    """``[settings]`` of frames.toml: the stage's word lists by name and three tables, checked
    at load (unknown, missing, repeated or mistyped keys are a LexiconError)."""

    speech_verbs: frozenset[str]
    event_verbs: frozenset[str]
    background_marks: frozenset[str]
    travel_verbs: frozenset[str]
    presence_verbs: frozenset[str]
    located_verbs: frozenset[str]
    presence_preps: frozenset[str]
    sending_verbs: frozenset[str]
    sent_party_nouns: frozenset[str]
    participation_verbs: frozenset[str]
    planned_aux: frozenset[str]
    planned_verbs: frozenset[str]
    hypothetical_aux: frozenset[str]
    hypothetical_verbs: frozenset[str]
    terms_verbs: frozenset[str]
    terms_nouns: frozenset[str]
    symmetric_types: frozenset[str]
    place_nouns: frozenset[str]
    release_lemmas: frozenset[str]
    story_state_nouns: frozenset[str]
    readiness_adj: frozenset[str]
    readiness_types: frozenset[str]
    named_first_types: frozenset[str]
    one_side_group_types: frozenset[str]
    own_person_nouns: frozenset[str]
    abduction_verbs: frozenset[str]
    deal_making_verbs: frozenset[str]
    hypothetical_adj: frozenset[str]
    condition_marks: frozenset[str]
    negation_words: frozenset[str]
    negating_heads: frozenset[str]
    cessation_heads: frozenset[str]
    cessation_preps: frozenset[str]
    denial_verbs: frozenset[str]
    report_nouns: frozenset[str]
    avowal_verbs: frozenset[str]
    object_control: frozenset[str]
    press_words: frozenset[str]
    pair_words: frozenset[str]
    person_pair_nouns: frozenset[str]
    adverbial_objects: frozenset[str]
    weapon_nouns: frozenset[str]
    talk_nouns: frozenset[str]
    title_side_heads: frozenset[str]
    agreement_nouns: frozenset[str]
    make_verbs: frozenset[str]
    agent_nouns: frozenset[str]
    group_nouns: frozenset[str]
    captor_verbs: frozenset[str]
    topic_heads: frozenset[str]
    relay_verbs: frozenset[str]
    event_nouns: frozenset[str]
    government_nouns: frozenset[str]
    captive_nouns: frozenset[str]
    count_qualifiers: CountQualifiers
    times_adverbs: dict[str, int]
    number_words: dict[str, int]

    @cached_property
    def there_verbs(self) -> frozenset[str]:
        """Verbs whose subject is there, travelling or gathering (``travel_verbs`` with ``presence_verbs``):
        one set made once, not a union on every question (interactions.participants._present)."""
        return self.travel_verbs | self.presence_verbs


class FramePos(StrEnum):
    """What part of speech a frame's trigger is (``pos`` in frames.toml)."""

    VERB = "verb"
    NOUN = "noun"
    ADJ = "adj"
    ANY = "any"


class Nesting(StrEnum):
    """What a frame makes of triggers inside its complement (``nested`` in frames.toml)."""

    SUPPRESS = "suppress"  # content (a proposal's terms, a charge): not emitted
    PLANNED = "planned"  # a plan ("agreed to meet"): emitted as planned


@dataclass
class Frame:
    lemma: str
    type: str
    pos: FramePos = FramePos.VERB
    prt: str | None = None
    prep: str | None = None
    obj: frozenset[str] | None = None
    obj_not: frozenset[str] = frozenset()
    subj: frozenset[str] | None = None
    subj_relative: bool = False  # ``subj`` also read on a relative pronoun's antecedent ("meetings that ...")
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
    background: bool = False  # a standing state (a war between A and B): no source of the story's sides
    relay: bool = False
    per_party: bool = False
    swap: bool = False
    nested: Nesting | None = None
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
    obj_party_owned: bool = False  # the object is a party's or from one ("the return of X", "an apology from Y")
    obj_modified: bool = False  # a participle before a noun has that noun as its object for ``obj`` ("the hijacked jet")
    other_side: bool = False  # the target is not the source's own (neither is the other's affiliation)
    blocked_deps: frozenset[str] = frozenset()
    blocked_words: frozenset[str] = frozenset()  # dependents (by word) that block the frame ("welcome home")
    prep_obj_not: frozenset[str] = frozenset()  # objects of a preposition on the trigger that block it
    prep_objs: frozenset[str] | None = None  # the noun object of ``prep`` must be one of these
    prep_gerunds: frozenset[str] | None = None  # a gerund object of ``prep`` must be one of these
    under: frozenset[str] | None = None
    brokered: bool = False  # the noun carries a mediation participle ("the truce brokered by X", "an X-brokered deal")
    participle_needs_source: bool = False
    describing_participle: bool = False  # "the prisoner freed in the swap": a description, no act
    describing_clause: bool = False  # "soldiers captured last year", "guards who had been captured": a description
    implies: str | None = None
    xcomp_needed: bool = False
    purpose: frozenset[str] | None = None  # a purpose clause ("to free X") headed by one of these
    in_quote: bool = False
    subj_third: bool = False
    also: tuple[AlsoSpec, ...] = ()
    narrow: bool = False  # the entry exists to fix one sentence of one article (kept, marked)


@dataclass
class Lexicon:
    frames: dict[str, list[Frame]]
    settings: Settings
    words: Words


_FRAME_HINTS = get_type_hints(Frame)
_FRAME_KEYS = frozenset(_FRAME_HINTS) | {LEMMAS_KEY}


def _kinds(hint: Any) -> set[Any]:
    """The container types a field's annotation allows (``frozenset[str] | None`` -> frozenset)."""
    args = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
    return {typing.get_origin(a) or a for a in args}


def _frame(d: dict, where: str = FRAMES_FILE) -> Frame:
    kw = dict(d)
    for f in fields(Frame):
        if f.name not in kw:
            continue
        kinds = _kinds(_FRAME_HINTS[f.name])
        v = kw[f.name]
        try:
            if frozenset in kinds:
                kw[f.name] = frozenset(word_list(FRAMES_FILE, f"{where}.{f.name}", v))
            elif tuple in kinds:
                kw[f.name] = tuple(word_list(FRAMES_FILE, f"{where}.{f.name}", v) if f.name != ALSO_FIELD else v)
            elif FramePos in kinds:
                kw[f.name] = FramePos(v)
            elif Nesting in kinds:
                kw[f.name] = Nesting(v)
        except LexiconError:
            raise
        except ValueError as e:
            raise LexiconError(FRAMES_FILE, f"{where}.{f.name}", f"{v!r}: {e}") from None
    for n, al in enumerate(kw.get(ALSO_FIELD, ())):
        check_keys(FRAMES_FILE, f"{where}.{ALSO_FIELD}[{n}]", al, ALSO_KEYS)
        _check_value(f"{where}.{ALSO_FIELD}[{n}].type", al.get("type"), INTERACTION_TYPES, optional=True)
    _check_value(f"{where}.type", kw.get("type"), INTERACTION_TYPES)
    _check_value(f"{where}.implies", kw.get("implies"), INTERACTION_TYPES, optional=True)
    _check_value(f"{where}.modality", kw.get("modality"), MODALITIES, optional=True)
    return Frame(**kw)


def _check_value(key: str, value: Any, allowed: tuple[str, ...], optional: bool = False) -> None:
    """``value`` is one of ``allowed`` (an interaction type, a modality), or absent if optional."""
    if not (value is None and optional) and value not in allowed:
        raise LexiconError(FRAMES_FILE, key, f"{value!r} is not one of {list(allowed)}")


def parse_frames(text: str) -> tuple[dict[str, list[Frame]], Settings]:
    """Frames by lemma and the settings of a frames.toml text, checked: unknown keys and a word
    listed twice are errors; [settings] is a typed record (missing or mistyped keys are errors)."""
    raw = check_keys(FRAMES_FILE, "", parse(FRAMES_FILE, text), {FRAME_TABLE, SETTINGS_TABLE}, {SETTINGS_TABLE})
    frames: dict[str, list[Frame]] = {}
    for n, d in enumerate(raw.get(FRAME_TABLE, [])):
        where = f"{FRAME_TABLE} #{n + 1} ({d.get('lemma') or d.get(LEMMAS_KEY)})"
        check_keys(FRAMES_FILE, where, d, _FRAME_KEYS)
        for lemma in word_list(FRAMES_FILE, f"{where}.{LEMMAS_KEY}", d[LEMMAS_KEY]) if LEMMAS_KEY in d else [d["lemma"]]:
            f = _frame({**{k: v for k, v in d.items() if k != LEMMAS_KEY}, "lemma": lemma}, where)
            frames.setdefault(f.lemma, []).append(f)
    settings, _ = load_fields(Settings, FRAMES_FILE, raw[SETTINGS_TABLE], key=SETTINGS_TABLE)
    return frames, settings


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The verb-frame lexicon (``data/frames.toml``) and the stage's words, parsed once per process."""
    frames, settings = parse_frames(text(FRAMES_FILE))
    return Lexicon(frames=frames, settings=settings, words=words())
