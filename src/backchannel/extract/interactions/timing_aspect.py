"""Dates carried by grammatical aspect: a past-progressive relative clause is dated by the clause
it hangs in; a bare present participle that tells how an act was carried out dates the act.

Why: "X spoke on Tuesday with Y, who was meeting Z during a visit" tells what was going on while
the dated act happened; the progressive says the two overlap, so the meeting takes the speaking's
date. A simple past ("Y, who met Z last year", "who met Z") tells an event of its own and takes
nothing (rule interactions.timing.progressive_relative). "X acted as a go-between, hosting the
two ministers in Lund on Monday": a trailing participle with no subject, marker or auxiliary of its
own is the same act told in detail, so its date is the act's; "having met them on Monday" (before
it) and "after meeting them on Monday" (a marked time of its own) are not
(rule interactions.timing.participle_elaboration).
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.interactions import timing_constructions as tc
from backchannel.extract.interactions.document import Doc_
from backchannel.model import Time
from backchannel.syntax.tree import VERB_POS

PROGRESSIVE_RELATIVE = "interactions.timing.progressive_relative"
PARTICIPLE_ELABORATION = "interactions.timing.participle_elaboration"
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


def participle_time(d: Doc_, tok: Token, future: bool) -> Time | None:
    """The date of a bare present participle that elaborates the act of ``tok``: an adverbial one
    after the act's verb ("acted as a go-between, bringing A and B together on Monday"), or one the
    parser hangs on a noun of the trigger's own phrase ("an intermediary between the countries
    gathering their ministers on Monday")."""
    v = tok
    for _ in range(MAX_CLIMB):
        if v.pos_ in VERB_POS or v.dep_ in tc.CLAUSE_LINKS or v.head.i == v.i:
            break
        v = v.head
    parts = [c for c in v.children if c.dep_ == "advcl" and c.i > v.i] if v.pos_ in VERB_POS else []
    parts += [t for t in tok.subtree if t.dep_ == "acl" and t.i > tok.i and t.head.dep_ == "pobj"
              and any(c.dep_ == "dobj" for c in t.children)]
    for p in parts:
        if not _bare_participle(p):
            continue
        t = tc.resolved(d, ((tx, span) for tx, span, att in d.timexes if att is not None
                            and tc.reaches(att, p) and not tc.since_start(tx)), future)
        if t is not None:
            tc.mark(d, tok, PARTICIPLE_ELABORATION)
            return t
    return None


def _bare_participle(p: Token) -> bool:
    """A present participle with no subject, marker or auxiliary of its own ("hosting the envoys"),
    not "having met", "after meeting", "with X hosting"."""
    return p.tag_ == PROGRESSIVE_TAG and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in p.children)
