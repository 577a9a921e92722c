"""Characterized quotations: "Jo called it “a first step”, the envoy added" quotes Jo.

Why: a partial quotation that is the object or complement of a verb of calling or describing
(``claims_words.toml``: ``characterizing_verbs``: call, describe, consider, term, dub …) inside
the reported clause, whose subject is a named person, gives that person's words: the reporter
marks them as the person's own by the quotation marks; the outer speaker only passes them on; in the passive the caller is the agent ("the offer was called
“a step” by Jo") (nested attribution, innermost speaker, as the readable golds record it). Not a quotation under
any other verb ("Jo helped broker “parallel gestures”, the envoy said": the envoy's words), not
a pronoun subject (it may be the outer speaker: "he called it “a step”, he added"), not the cue's
own subject, not a subject that is no named person.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from backchannel.extract.context import Context
from backchannel.extract.claims.cue_lexicon import Lexicon
from backchannel.extract.claims.state import Cand
from backchannel.syntax.tree import noun_phrase

RULE = "claims.nesting.characterized_quote"

#: how many heads a quotation's first word may climb to reach its verb
CLIMB = 4


def characterizing_subject(ctx: Context, c: Cand, lex: Lexicon) -> Span | None:
    """The named person whose characterization a partial quotation of ``c`` is (module doc), or None."""
    if not (c.direct and c.partial) or not c.pieces or c.cue_tok is None:
        return None
    span = ctx.doc.char_span(c.pieces[0][0], c.pieces[0][1], alignment_mode="expand")
    if span is None or not len(span):
        return None
    v = span.root
    for _ in range(CLIMB):
        if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
            break
        v = v.head
    if v.i == c.cue_tok.i or v.lemma_.lower() not in lex.words.characterizing_verbs:
        return None
    subj = _caller(v, span, lex)
    if subj is None or subj.pos_ == "PRON" or (c.speaker is not None and c.speaker.start <= subj.i < c.speaker.end):
        return None
    aid = ctx.actor_for_token(subj)
    a = ctx.actors.get(aid) if aid else None
    if a is None or not a.named or a.kind != "person":
        return None
    return noun_phrase(subj)


def _caller(v: Token, quote: Span, lex: Lexicon) -> Token | None:
    """Who calls or describes: the subject of ``v``, or in the passive its agent ("the offer was called
    “a step” by Jo"), which the parse may hang on the verb or on the quoted complement."""
    subj = next((k for k in v.children if k.dep_ == "nsubj"), None)
    if subj is not None or not any(k.dep_ == "auxpass" for k in v.children):
        return subj
    preps = [k for h in (v, quote.root) for k in h.children
             if k.dep_ == "agent" or (k.dep_ == "prep" and k.lower_ in lex.words.agent_preps)]
    return next((g for k in preps for g in k.children if g.dep_ == "pobj"), None)
