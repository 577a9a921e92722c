"""A clause that tells a sum or a state, not the news of one day ("so far", "repeatedly", "several times",
"since 2019"), and the words of the news rules (``data/timing_news.toml``).

Why its own module: both the news rule (timing_news.py, which imports timing.py) and the announcement
dating of timing.py ask it, and neither may import the other.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from backchannel.data_loader import loader

WORDS_FILE = "timing_news.toml"


@dataclass(frozen=True)
class NewsWords:
    """Words of the rule (``data/timing_news.toml``)."""

    news_cues: frozenset[str]
    told_cues: frozenset[str]
    statement_nouns: frozenset[str]
    statement_preps: frozenset[str]
    perfect_aux: frozenset[str]
    present_tags: frozenset[str]
    cumulative_phrases: frozenset[str]
    cumulative_leads: frozenset[str]
    cumulative_tails: frozenset[str]
    ongoing_types: frozenset[str]


# The rule's words, parsed and checked once per process.
news_words = loader(NewsWords, WORDS_FILE)


def cumulative(verb: Token) -> bool:
    """Does the verb carry an adverbial that makes its present perfect a sum or a state ("so far",
    "repeatedly", "several times", "since 2019"): the act is no news of the day it is told?"""
    w = news_words()
    for c in verb.children:
        if c.dep_ not in ("advmod", "npadvmod", "prep", "advcl"):
            continue
        toks = [t.lower_ for t in c.subtree]
        if " ".join(toks) in w.cumulative_phrases or toks[0] in w.cumulative_leads or toks[-1] in w.cumulative_tails:
            return True
    return False
