"""The verb-frame lexicon (``data/frames.toml``): what counts as a trigger and how to read it.

Why a separate module: the lexicon is the stage's data, loaded and checked once per
process; every other step only asks it questions (frames by lemma, word sets by name).
"""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass, fields
from enum import StrEnum
from functools import lru_cache
from typing import Any, TypedDict, get_type_hints

from backchannel.data_loader import LexiconError, check_keys, parse, text, word_list
from backchannel.extract.interactions.words import Words, words

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
# the keys of [settings]: word lists by name, and three tables
SETTINGS_KEYS = frozenset({
    "speech_verbs", "event_verbs", "background_marks", "travel_verbs", "participation_verbs",
    "planned_aux", "planned_verbs", "hypothetical_aux", "hypothetical_verbs", "terms_verbs", "terms_nouns",
    "symmetric_types", "place_nouns", "release_lemmas", "story_state_nouns", "readiness_adj",
    "readiness_types", "hypothetical_adj", "condition_marks", "negation_words", "negating_heads",
    "object_control", "press_words", "pair_words", "person_pair_nouns", "adverbial_objects", "weapon_nouns",
    "talk_nouns", "agreement_nouns", "make_verbs", "agent_nouns", "group_nouns", "captor_verbs",
    "topic_heads", "relay_verbs", "event_nouns", "government_nouns", "captive_nouns",
    "count_qualifiers", "times_adverbs", "number_words"})


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
    blocked_deps: frozenset[str] = frozenset()
    under: frozenset[str] | None = None
    participle_needs_source: bool = False
    implies: str | None = None
    xcomp_needed: bool = False
    in_quote: bool = False
    subj_third: bool = False
    also: tuple[AlsoSpec, ...] = ()
    narrow: bool = False  # the entry exists to fix one sentence of one article (kept, marked)


@dataclass
class Lexicon:
    frames: dict[str, list[Frame]]
    settings: dict[str, Any]
    sets: dict[str, frozenset[str]]
    words: Words

    def is_(self, name: str, word: str) -> bool:
        return word in self.sets[name]


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
    return Frame(**kw)


def parse_frames(text: str) -> tuple[dict[str, list[Frame]], dict[str, Any]]:
    """Frames by lemma and the settings of a frames.toml text, checked: unknown keys and a word
    listed twice are errors."""
    raw = check_keys(FRAMES_FILE, "", parse(FRAMES_FILE, text), {FRAME_TABLE, SETTINGS_TABLE})
    frames: dict[str, list[Frame]] = {}
    for n, d in enumerate(raw.get(FRAME_TABLE, [])):
        where = f"{FRAME_TABLE} #{n + 1} ({d.get('lemma') or d.get(LEMMAS_KEY)})"
        check_keys(FRAMES_FILE, where, d, _FRAME_KEYS)
        for lemma in word_list(FRAMES_FILE, f"{where}.{LEMMAS_KEY}", d[LEMMAS_KEY]) if LEMMAS_KEY in d else [d["lemma"]]:
            f = _frame({**{k: v for k, v in d.items() if k != LEMMAS_KEY}, "lemma": lemma}, where)
            frames.setdefault(f.lemma, []).append(f)
    st = check_keys(FRAMES_FILE, SETTINGS_TABLE, raw.get(SETTINGS_TABLE, {}), SETTINGS_KEYS)
    for k, v in st.items():
        if isinstance(v, list):
            word_list(FRAMES_FILE, f"{SETTINGS_TABLE}.{k}", v)
    return frames, st


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The verb-frame lexicon (``data/frames.toml``) and the stage's words, parsed once per process."""
    frames, st = parse_frames(text(FRAMES_FILE))
    sets = {k: frozenset(v) for k, v in st.items() if isinstance(v, list)}
    return Lexicon(frames=frames, settings=st, sets=sets, words=words())
