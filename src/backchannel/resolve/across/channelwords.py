"""The words of the brokered-or-direct and clock rules, read once from ``data/across_channels.toml``.

Why a file of its own: who brought a deal about (:mod:`.brokered`) and the time zones
clock times are told in (:mod:`.clocks`) are vocabulary of two link rules, kept apart
from the entity and event vocabulary of ``across.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass

from backchannel.data_loader import loader

FILE = "across_channels.toml"


@dataclass(frozen=True)
class ChannelWords:
    direct: frozenset[str]
    direct_nouns: frozenset[str]
    direct_adverbs: frozenset[str]  # count only beside a word of direct_heads (brokered.py, :func:`bears_on_act`)
    direct_heads: frozenset[str]
    direct_not_heads: frozenset[str]  # a direct adverb before one of these bears on it: never a direct telling
    mediated: frozenset[str]
    acts: frozenset[str]
    talks: frozenset[str]
    agreement_types: frozenset[str]
    contact: frozenset[str]
    start_topics: frozenset[str]  # beside the topic words: a start passage's sentence names an agreement
    zones: dict[str, int]  # a zone's abbreviation -> minutes east of UTC
    datelines: dict[str, int]  # a dateline's city -> minutes east of UTC


channel_words = loader(ChannelWords, FILE, grouped=True)
