"""The function words and small closed classes of the interactions stage
(``data/interactions_words.toml``), typed and checked at load.

Why: the rules read English around a trigger ("through X", "the two sides", "if Y eased the
curbs"); keeping those words in data, under names that say what they are for, lets the code
say *what* it looks for and the data say *which* words. A list is a ``frozenset`` when only
membership counts and a ``tuple`` when the rules try its words in order.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypedDict, TypeVar

from backchannel.data_loader import LexiconError, load_fields, parse, text, word_list

WORDS_FILE = "interactions_words.toml"


class WordsEntry(TypedDict, total=False):
    """An entry written as a table: its words, and whether it exists for one article's sentence."""

    words: list[str] | str
    narrow: bool
    why: str


T = TypeVar("T")

WordsError = LexiconError  # the one error of the data loader (the old name kept for callers)


@dataclass(frozen=True)
class Words:
    relative_pronouns: frozenset[str]
    pronouns: frozenset[str]
    articles: frozenset[str]
    definite_article: str
    anaphoric_dets: frozenset[str]
    small_clause_verbs: frozenset[str]
    group_pronoun: str
    first_plural: frozenset[str]
    first_singular: frozenset[str]
    third_plural: frozenset[str]
    copula: str
    aspect_nouns: frozenset[str]
    occurrence_objects: frozenset[str]
    occurrence_verbs: frozenset[str]
    possessive_pronouns: frozenset[str]
    captive_pronouns: frozenset[str]
    non_third_subjects: frozenset[str]
    negative_det: str
    negative_subject_dets: frozenset[str]
    reciprocal_words: frozenset[str]
    cancel_phrasals: frozenset[str]
    negating_phrasals: frozenset[str]
    pair_numbers: frozenset[str]
    pair_pronouns: frozenset[str]
    side_lemmas: frozenset[str]
    dividing_line_nouns: frozenset[str]
    pair_adjectives: frozenset[str]
    bare_pair_number: str
    pair_member_preps: tuple[str, ...]
    state_opponent_nouns: frozenset[str]
    distributive_words: frozenset[str]
    pair_nation_lemmas: frozenset[str]
    pair_state_lemmas: frozenset[str]
    of_prep: str
    member_preps: tuple[str, ...]
    not_member_heads: frozenset[str]
    via_preps: tuple[str, ...]
    channel_nouns: frozenset[str]
    compound_poss_heads: frozenset[str]
    relayed_offer_nouns: frozenset[str]
    companion_preps: tuple[str, ...]
    cooperation_verbs: frozenset[str]
    talk_preps: tuple[str, ...]
    participation_preps: frozenset[str]
    withdrawal_phrases: frozenset[str]
    own_state_captive_nouns: frozenset[str]
    own_state_captive_modifiers: frozenset[str]
    purpose_prep: str
    phase_nouns: frozenset[str]
    role_prep: str
    agent_prep: str
    role_support_nouns: frozenset[str]
    thanks_heads: frozenset[str]
    thanked_acts: frozenset[str]
    thanked_act_preps: frozenset[str]
    thanked_act_blockers: frozenset[str]
    thanks_to_prep: str
    thanked_side_preps: frozenset[str]
    role_support_verbs: frozenset[str]
    mediation_side_verbs: frozenset[str]
    mediation_leave_verbs: frozenset[str]
    belligerent_agreement_nouns: frozenset[str]
    helping_verbs: frozenset[str]
    gerund_suffix: str
    including_prep: str
    from_prep: str
    with_prep: str
    between_prep: str
    inducing_types: frozenset[str]
    dealing_types: frozenset[str]
    obj_from_preps: frozenset[str]
    told_about_preps: frozenset[str]
    quantity_preps: frozenset[str]
    count_preps: frozenset[str]
    exchange_phrase: tuple[str, ...]
    exchange_preps: frozenset[str]
    custody_nouns: frozenset[str]
    held_before_preps: frozenset[str]
    homecoming_verbs: frozenset[str]
    kin_nouns: frozenset[str]
    sentence_nouns: frozenset[str]
    warrant_nouns: frozenset[str]
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
    standing_role_nouns: frozenset[str]
    other_act_types: frozenset[str]
    next_day_phrases: tuple[str, ...]
    past_lead_words: frozenset[str]
    later_adverbs: frozenset[str]
    announce_verbs: frozenset[str]
    measure_nouns: frozenset[str]
    military_government_nouns: frozenset[str]
    military_marks: frozenset[str]
    civil_marks: frozenset[str]
    broker_participles: frozenset[str]
    broker_participles_left: frozenset[str]
    coordination_links: frozenset[str]
    assembly_nouns: frozenset[str]
    contribution_adjectives: frozenset[str]
    representation_verbs: frozenset[str]
    represented_acts: frozenset[str]
    attitude_heads: frozenset[str]
    attitude_preps: frozenset[str]
    intent_types: frozenset[str]
    press_free_types: frozenset[str]
    attempt_nouns: frozenset[str]
    name_preps: frozenset[str]
    indefinite_articles: frozenset[str]
    new_act_types: frozenset[str]
    new_round_words: frozenset[str]
    content_preps: frozenset[str]
    definite_determiners: frozenset[str]


def unique_words(where: str, key: str, value: Any) -> list[str]:
    """``value`` as a list of strings, with an error naming ``where``/``key`` for anything else
    or for a word listed twice."""
    return word_list(where, key, value)


def parse_table(cls: type[T], text: str, where: str) -> tuple[T, dict[str, str]]:
    """An instance of the dataclass ``cls`` from a TOML text whose keys are its fields, and the
    entries marked narrow (name -> why)."""
    return load_fields(cls, where, parse(where, text))


def parse_words(text: str, where: str = WORDS_FILE) -> tuple[Words, dict[str, str]]:
    """The words of an interactions_words.toml text, and the entries marked narrow."""
    return parse_table(Words, text, where)


@lru_cache(maxsize=1)
def words() -> Words:
    """The stage's words, parsed and checked once per process."""
    return parse_words(text(WORDS_FILE))[0]
