"""The date of an event noun: the one its own words give it ("talks began on Saturday"), and
that of a definite event noun with no date of its own, taken from its antecedent ("The private
negotiations ..." after "Fresh talks opened in Z on Saturday").

Why apart from timing.py: these read one event noun and its antecedent, never the act's path to
the root; timing_parts, timing_later and timing_frame use the noun's own date without the rest
of timing.py's act rules.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.interactions import timing_constructions as tc
from backchannel.extract.interactions.document import Doc_
from backchannel.model import Time
from backchannel.syntax.tree import NOUN_POS, VERB_POS, child

DEFINITE_EVENT = "interactions.timing.definite_event"
ANTECEDENT_SENTS = 2  # sentences back that a definite event noun looks for its antecedent


def _noun_classes(d: Doc_, lemma: str) -> list[frozenset[str]]:
    st = d.lex.settings
    return [c for c in (st.talk_nouns, st.agreement_nouns, st.event_nouns) if lemma in c]


def definite_event_time(d: Doc_, tok: Token) -> Time | None:
    """"Fresh talks opened in Z on Saturday. The private negotiations are chaired
    by X": a definite or demonstrative event noun with no date of its own refers back to the
    nearest earlier mention of an event of its kind (same noun, or the same class: talks,
    agreements, events) within two sentences, and takes the date that mention's own words give
    it; an undated antecedent dates nothing (rule interactions.timing.definite_event)."""
    if tok.pos_ not in NOUN_POS or not any(c.dep_ == "det" and c.lower_ in tc.timing_words().definite_dets
                                           for c in tok.children):
        return None
    lemma = tok.lemma_.lower()
    classes = _noun_classes(d, lemma)
    si = d.sent_index(tok)
    first = d.sents[max(si - ANTECEDENT_SENTS, 0)].start
    for m in reversed(d.ctx.doc[first:tok.i]):
        ml = m.lemma_.lower()
        if m.pos_ != tok.pos_ or m.tag_ != tok.tag_ or child(m, "nummod") is not None \
                or not (ml == lemma or any(ml in c for c in classes)):
            continue  # not an event of its kind, or not one event ("10 exchanges this year")
        t = _antecedent_time(d, m)
        if t is not None:
            tc.mark(d, tok, DEFINITE_EVENT)
        return t
    return None


def event_mention_time(d: Doc_, m: Token) -> Time | None:
    """The date an event noun's own words give it (see :func:`_antecedent_time`)."""
    return _antecedent_time(d, m)


def _antecedent_time(d: Doc_, m: Token) -> Time | None:
    """The date an event noun's own words give it: on the noun, its relative or participle
    clause ("an agreement reached ... in December 2018"), or the verb it is the subject or
    object of ("talks began on Saturday", "held talks on Monday"); never a date further up."""
    heads = [m] + [c for c in m.children if c.dep_ in ("relcl", "acl") and c.pos_ in VERB_POS]
    if m.dep_ in ("nsubj", "nsubjpass", "dobj") and m.head.pos_ in VERB_POS:
        heads.append(m.head)
    return tc.resolved(d, ((tx, span) for tx, span, att in d.timexes
                           if att is not None and any(tc.reaches(att, h) for h in heads)), False)

