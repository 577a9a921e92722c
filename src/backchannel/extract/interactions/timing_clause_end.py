"""Where an act's clause closes, for rule interactions.timing.clause_final_time (timing_constructions.py):
at its last word, or before a comma and an adjunct that trails the act's verb.

Why apart: a news sentence often closes the act's own words with its date and then adds, after a comma,
how long after something else it came ("captured by X on June 3, 2011, about two months after
arriving"); the date still closes the act's words, and timing_constructions.py is at its size limit.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.syntax.tree import VERB_POS


def clause_last_word(tok: Token, end: int) -> int:
    """The last word at or before ``end`` (punctuation and spaces skipped), not before ``tok``."""
    doc = tok.doc
    while end > tok.i and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    return end


def before_trailing_adjuncts(tok: Token) -> list[int]:
    """The token before each adjunct that trails the act's verb after a comma (", about two months
    after arriving in Z", ", a week after the talks began", ", ending a year of captivity"): the
    clause of the act closes there, and a date right before it closes the act's own words
    (rule interactions.timing.clause_final_time)."""
    if tok.pos_ not in VERB_POS:
        return []
    return [c.left_edge.i - 1 for c in tok.rights if c.dep_ in _TRAILING_ADJUNCTS
            and c.left_edge.i > tok.i + 1 and tok.doc[c.left_edge.i - 1].lower_ == ","]


_TRAILING_ADJUNCTS = ("prep", "advcl", "npadvmod", "advmod")  # what may trail an act after its date
