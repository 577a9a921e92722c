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
from typing import Any, TypedDict, get_type_hints

WORDS_FILE = "interactions_words.toml"


class WordsEntry(TypedDict, total=False):
    """An entry written as a table: its words, and whether it exists for one article's sentence."""

    words: list[str] | str
    narrow: bool
    why: str


_ENTRY_KEYS = frozenset(WordsEntry.__annotations__)


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


def parse_words(text: str, where: str = WORDS_FILE) -> tuple[Words, dict[str, str]]:
    """The words of a TOML text, and the entries marked narrow (name -> why)."""
    raw = tomllib.loads(text)
    hints = get_type_hints(Words)
    unknown = sorted(set(raw) - set(hints))
    if unknown:
        raise WordsError(f"{where}: unknown keys {unknown}")
    missing = sorted(set(hints) - set(raw))
    if missing:
        raise WordsError(f"{where}: missing keys {missing}")
    values: dict[str, Any] = {}
    narrow: dict[str, str] = {}
    for f in fields(Words):
        v = raw[f.name]
        if isinstance(v, dict):
            extra = sorted(set(v) - _ENTRY_KEYS)
            if extra or "words" not in v:
                raise WordsError(f"{where}: {f.name} has unknown keys {extra} (an entry table needs 'words')")
            if v.get("narrow"):
                narrow[f.name] = str(v.get("why", ""))
            v = v["words"]
        if hints[f.name] is str:
            if not isinstance(v, str):
                raise WordsError(f"{where}: {f.name} must be one word (a string)")
            values[f.name] = v
            continue
        words = unique_words(where, f.name, v)
        values[f.name] = tuple(words) if hints[f.name] == tuple[str, ...] else frozenset(words)
    return Words(**values), narrow


@lru_cache(maxsize=1)
def words() -> Words:
    """The stage's words, parsed and checked once per process."""
    text = resources.files("backchannel.data").joinpath(WORDS_FILE).read_text("utf-8")
    return parse_words(text)[0]
