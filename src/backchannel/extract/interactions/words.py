"""The function words and small closed classes of the interactions stage
(``data/interactions_words.toml``), typed and checked at load.

Why: the rules read English around a trigger ("through X", "the two sides", "if Y eased the
curbs"); keeping those words in data, under names that say what they are for, lets the code
say *what* it looks for and the data say *which* words. A list is a ``frozenset`` when only
membership counts and a ``tuple`` when the rules try its words in order.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from functools import lru_cache
from importlib import resources
from typing import Any, TypedDict, TypeVar, get_type_hints

WORDS_FILE = "interactions_words.toml"
TIMEX_WORDS_FILE = "timex_words.toml"


class WordsEntry(TypedDict, total=False):
    """An entry written as a table: its words, and whether it exists for one article's sentence."""

    words: list[str] | str
    narrow: bool
    why: str


_ENTRY_KEYS = frozenset(WordsEntry.__annotations__)

T = TypeVar("T")


class WordsError(ValueError):
    """A data file of the interactions stage is malformed (raised at load)."""


@dataclass(frozen=True)
class Words:
    relative_pronouns: frozenset[str]
    pronouns: frozenset[str]
    articles: frozenset[str]
    definite_article: str
    anaphoric_dets: frozenset[str]
    group_pronoun: str
    first_plural: frozenset[str]
    first_singular: frozenset[str]
    possessive_pronouns: frozenset[str]
    captive_pronouns: frozenset[str]
    non_third_subjects: frozenset[str]
    negative_det: str
    pair_numbers: frozenset[str]
    pair_pronouns: frozenset[str]
    side_lemmas: frozenset[str]
    bare_pair_number: str
    pair_member_preps: tuple[str, ...]
    of_prep: str
    member_preps: tuple[str, ...]
    not_member_heads: frozenset[str]
    via_preps: tuple[str, ...]
    talk_preps: tuple[str, ...]
    participation_preps: frozenset[str]
    purpose_prep: str
    since_prep: str
    role_prep: str
    including_prep: str
    from_prep: str
    obj_from_preps: frozenset[str]
    told_about_preps: frozenset[str]
    quantity_preps: frozenset[str]
    count_preps: frozenset[str]
    exchange_phrase: tuple[str, ...]
    custody_nouns: frozenset[str]
    that_mark: str
    infinitive_to: str
    clause_lead_words: frozenset[str]
    conditional_marks: frozenset[str]
    if_mark: str
    conditional_aux: frozenset[str]
    offer_aux: frozenset[str]
    fall_through_lemmas: frozenset[str]
    times_noun: str
    round_numbers: frozenset[str]
    speech_day_words: frozenset[str]
    next_day_phrases: tuple[str, ...]
    past_lead_words: frozenset[str]
    later_adverbs: frozenset[str]
    measure_nouns: frozenset[str]
    military_government_nouns: frozenset[str]
    military_marks: frozenset[str]
    civil_marks: frozenset[str]
    broker_participles: frozenset[str]
    broker_participles_left: frozenset[str]


def unique_words(where: str, key: str, value: Any) -> list[str]:
    """``value`` as a list of strings, with an error naming ``where``/``key`` for anything else
    or for a word listed twice."""
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise WordsError(f"{where}: {key} must be a list of strings")
    seen: set[str] = set()
    for w in value:
        if w in seen:
            raise WordsError(f"{where}: {key} lists {w!r} twice")
        seen.add(w)
    return value


@dataclass(frozen=True)
class TimexWords:
    """Words of the time-expression resolver (``data/timex_words.toml``)."""

    weekdays: tuple[str, ...]
    vague_words: frozenset[str]
    past_mods: frozenset[str]
    next_mods: frozenset[str]
    this_mod: str
    earlier_mod: str
    last_mod: str
    near_mods: frozenset[str]
    today_words: frozenset[str]
    earlier_today: frozenset[str]
    yesterday: str
    night: str
    tomorrow: str
    weekend: str
    in_the: str
    units: tuple[str, ...]
    month_numbers: dict[str, int]
    number_words: dict[str, int]
    mod_shift: dict[str, int]


def _value(where: str, name: str, hint: Any, v: Any) -> Any:
    """A TOML value as the declared type of its field, or an error that names it."""
    if hint is str:
        if not isinstance(v, str):
            raise WordsError(f"{where}: {name} must be one word (a string)")
        return v
    if hint == dict[str, int]:
        if not isinstance(v, dict) or not all(isinstance(x, int) for x in v.values()):
            raise WordsError(f"{where}: {name} must be a table of numbers")
        return dict(v)
    ws = unique_words(where, name, v)
    return tuple(ws) if hint == tuple[str, ...] else frozenset(ws)


def parse_table(cls: type[T], text: str, where: str) -> tuple[T, dict[str, str]]:
    """An instance of the dataclass ``cls`` from a TOML text whose keys are its fields, and the
    entries marked narrow (name -> why)."""
    raw = tomllib.loads(text)
    hints = get_type_hints(cls)
    unknown = sorted(set(raw) - set(hints))
    if unknown:
        raise WordsError(f"{where}: unknown keys {unknown}")
    missing = sorted(set(hints) - set(raw))
    if missing:
        raise WordsError(f"{where}: missing keys {missing}")
    values: dict[str, Any] = {}
    narrow: dict[str, str] = {}
    for f in fields(cls):  # type: ignore[arg-type]
        v = raw[f.name]
        if isinstance(v, dict) and hints[f.name] != dict[str, int]:
            extra = sorted(set(v) - _ENTRY_KEYS)
            if extra or "words" not in v:
                raise WordsError(f"{where}: {f.name} has unknown keys {extra} (an entry table needs 'words')")
            if v.get("narrow"):
                narrow[f.name] = str(v.get("why", ""))
            v = v["words"]
        values[f.name] = _value(where, f.name, hints[f.name], v)
    return cls(**values), narrow


def parse_words(text: str, where: str = WORDS_FILE) -> tuple[Words, dict[str, str]]:
    """The words of an interactions_words.toml text, and the entries marked narrow."""
    return parse_table(Words, text, where)


def _read(name: str) -> str:
    return resources.files("backchannel.data").joinpath(name).read_text("utf-8")


@lru_cache(maxsize=1)
def words() -> Words:
    """The stage's words, parsed and checked once per process."""
    return parse_words(_read(WORDS_FILE))[0]


@lru_cache(maxsize=1)
def timex_words() -> TimexWords:
    """The time resolver's words, parsed and checked once per process."""
    return parse_table(TimexWords, _read(TIMEX_WORDS_FILE), TIMEX_WORDS_FILE)[0]
