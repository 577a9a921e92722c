"""The closed classes the syntax layer reads, from ``data/common.toml``.

Why from common.toml: the stages' own data files point at these same lists
(``{ common = "syntax.object_control" }``), so the syntax layer and the stages
can never read two drifted copies of one list. One list comes from the actors' data: the titles of
an office a person holds (``titles.government`` of ``data/actors.toml``), which the relative
controller reads as the actors stage does (a possessed title stays its possessor's).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from backchannel.data_loader import COMMON_FILE, read

ACTORS_FILE = "actors.toml"


@dataclass(frozen=True)
class SyntaxWords:
    relative_pronouns: frozenset[str]
    pronouns: frozenset[str]
    articles: frozenset[str]
    of_prep: str
    quantity_preps: frozenset[str]
    clause_lead_words: frozenset[str]
    measure_nouns: frozenset[str]
    object_control: frozenset[str]
    purpose_control: frozenset[str]
    sent_agents: frozenset[str]
    event_nouns: frozenset[str]
    speech_verbs: frozenset[str]
    trailing_passives: frozenset[str]
    intent_nouns: frozenset[str]
    intent_verbs: frozenset[str]
    intent_announce_verbs: frozenset[str]
    intent_preps: frozenset[str]
    intent_phrasal: frozenset[str]
    purpose_participles: frozenset[str]
    author_nouns: frozenset[str]
    author_preps: frozenset[str]
    counterfactual_preps: frozenset[str]
    questioning_verbs: frozenset[str]
    press_agents: frozenset[str]
    person_titles: frozenset[str]


@cache
def words() -> SyntaxWords:
    c = read(COMMON_FILE)
    s = c["syntax"]
    return SyntaxWords(
        relative_pronouns=frozenset(c["pronouns"]["relative"]), pronouns=frozenset(s["pronouns"]),
        articles=frozenset([*c["articles"]["indefinite"], c["articles"]["definite"]]), of_prep=s["of_prep"],
        quantity_preps=frozenset(s["quantity_preps"]), clause_lead_words=frozenset(s["clause_lead_words"]),
        measure_nouns=frozenset(s["measure_nouns"]), object_control=frozenset(s["object_control"]),
        purpose_control=frozenset(s["purpose_control"]), sent_agents=frozenset(s["sent_agents"]),
        event_nouns=frozenset(s["event_nouns"]), speech_verbs=frozenset(c["verbs"]["speech"]),
        trailing_passives=frozenset(s["trailing_passives"]), intent_nouns=frozenset(s["intent_nouns"]),
        intent_verbs=frozenset(s["intent_verbs"]),
        intent_announce_verbs=frozenset(s["intent_announce_verbs"]),
        intent_preps=frozenset(s["intent_preps"]), intent_phrasal=frozenset(s["intent_phrasal"]),
        purpose_participles=frozenset(s["purpose_participles"]),
        author_nouns=frozenset(s["author_nouns"]), author_preps=frozenset(s["author_preps"]),
        counterfactual_preps=frozenset(s["counterfactual_preps"]),
        questioning_verbs=frozenset(s["questioning_verbs"]), press_agents=frozenset(s["press_agents"]),
        # the titles of an office a person holds (actors.toml): "Qatar's emir" is one of Qatar's people
        person_titles=frozenset(read(ACTORS_FILE)["titles"]["government"]))
