"""Dates carried by grammatical aspect: a past-progressive relative clause is dated by the clause
it hangs in.

Why: "X spoke on Tuesday with Y, who was meeting Z during a visit" tells what was going on while
the dated act happened; the progressive says the two overlap, so the meeting takes the speaking's
date. A simple past ("Y, who met Z last year", "who met Z") tells an event of its own and takes
nothing (rule interactions.timing.progressive_relative).
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.interactions import timing_constructions as tc
from backchannel.extract.interactions.document import Doc_
from backchannel.model import Time
from backchannel.syntax.tree import VERB_POS

PROGRESSIVE_RELATIVE = "interactions.timing.progressive_relative"
PROGRESSIVE_TAG = "VBG"  # the present participle (Penn tag)
MAX_CLIMB = 6  # links from the clause's head noun up to the verb of the clause it hangs in


def progressive_relative_time(d: Doc_, relcl: Token, future: bool, tok: Token) -> Time | None:
    """The date of the verb whose clause holds the noun that ``relcl`` (a relative clause with no
    date of its own) describes, when ``relcl`` is in the past progressive ("who was meeting")."""
    if future or relcl.tag_ != PROGRESSIVE_TAG or not any(
            c.dep_ == "aux" and c.lower_ in tc.timing_words().progressive_aux for c in relcl.children):
        return None
    v = relcl.head
    for _ in range(MAX_CLIMB):
        if v.pos_ in VERB_POS or v.head.i == v.i:
            break
        v = v.head
    if v.pos_ not in VERB_POS:
        return None
    lo, hi = relcl.left_edge.i, relcl.right_edge.i
    t = tc.resolved(d, ((tx, span) for tx, span, att in d.timexes if att is not None and tc.reaches(att, v)
                        and not lo <= span.start <= hi), future)
    if t is not None:
        tc.mark(d, tok, PROGRESSIVE_RELATIVE)
    return t

