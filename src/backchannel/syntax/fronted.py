"""The place a sentence opens with: "In <Place>, ..." (data ``fronted.place_preps`` of affiliations.toml).

Why one reader: the actors stage (where a subject speaks from: extract/actors/fronted_states.py) and the
claims stage (where a state medium is: extract/claims/state_outlet.py) both read "In <Place>,". Two
readers had drifted (one stepped over a determiner and spaces, the other reached one word further), so
one sentence could open with a place for one stage and with none for the other (review, s35).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from backchannel.data_loader import read, word_list

FILE = "affiliations.toml"
#: the comma that closes a fronted place comes within this many words of the sentence's start
FRONT_REACH = 7


@cache
def place_preps() -> frozenset[str]:
    """The prepositions that open a fronted place ("in")."""
    return frozenset(word_list(FILE, "fronted.place_preps", read(FILE)["fronted"]["place_preps"]))


def fronted_place(sent: Span) -> list[Token]:
    """The words of the place a sentence opens with, "In <Place>," (without a determiner: "In the
    Netherlands," gives "Netherlands"); empty when the sentence opens otherwise or no comma closes the
    phrase within ``FRONT_REACH`` words."""
    toks = [t for t in sent[:FRONT_REACH + 2] if not t.is_space][:FRONT_REACH]
    if len(toks) < 2 or toks[0].lower_ not in place_preps():
        return []
    j = 2 if toks[1].pos_ == "DET" else 1
    k = next((i for i in range(j, len(toks)) if toks[i].text == ","), None)
    return toks[j:k] if k is not None and k > j else []
