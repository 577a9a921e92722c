"""The words of the requested-mediation rules (``data/mediation_requests.toml``), typed and
checked at load; a module of its own so that the modality step can read the role nouns
without importing the rules that use the modality step.
"""

from __future__ import annotations

from dataclasses import dataclass

from backchannel.data_loader import loader

FILE = "mediation_requests.toml"


@dataclass(frozen=True)
class RequestWords:
    request_verbs: frozenset[str]
    request_preps: frozenset[str]
    appoint_verbs: frozenset[str]
    taking_verbs: frozenset[str]
    mandate_nouns: frozenset[str]
    request_nouns: frozenset[str]
    mediation_verbs: frozenset[str]
    role_copulas: frozenset[str]
    role_nouns: frozenset[str]
    peace_objects: frozenset[str]
    conflict_nouns: frozenset[str]
    talk_nouns: frozenset[str]
    agree_preps: frozenset[str]


# The rules' words, parsed and checked once per process.
request_words = loader(RequestWords, FILE)
