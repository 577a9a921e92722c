"""The reporter's appraisal of a reported act is no part of its content.

"X said it freed 200 prisoners *in a move that could further the talks*", "Y said the sides agreed to
sign a truce, *a move that would open the door for talks*": the closing phrase that names the
reported act "a move" (a step, a development) and says what it may bring is the writer's
commentary on what X reported, not X's words. Rule ``claims.appraisal.closing_move``: the content
ends before such a phrase when it closes the content: an indefinite appraisal noun
(``claims_words.toml`` ``appraisal_nouns``) with a clause on it, set off by a comma or heading an
``appraisal_preps`` phrase ("in a move that …").
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.claims.cue_lexicon import lexicon, words
from backchannel.extract.claims.state import Cand, ClaimsDoc

#: the rule id of a content cut before the reporter's appraisal
RULE = "claims.appraisal.closing_move"


def _appraisal_start(t: Token) -> Token | None:
    """The first token of the appraisal phrase headed by ``t`` ("in" or the comma before "a move"),
    or None when ``t`` heads none."""
    w = words()
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None  # the parse may hang "that could …" elsewhere
    clause = any(c.dep_ in ("relcl", "acl") for c in t.children) or nxt is not None and nxt.lower_ in w.apposition_relatives
    if t.lemma_.lower() not in w.appraisal_nouns or not clause:
        return None
    if not any(c.dep_ == "det" and c.lower_ in w.indefinite_articles for c in t.children) or _told_by_someone(t):
        return None
    prep = t.head if t.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in w.appraisal_preps and prep.i == t.left_edge.i - 1:
        return prep
    before = t.doc[t.left_edge.i - 1] if t.left_edge.i > 0 else None
    if t.dep_ in ("npadvmod", "appos", "dobj", "attr") and before is not None and before.text == ",":
        return before
    return None


def _told_by_someone(t: Token) -> bool:
    """Whether the appraisal phrase of ``t`` holds a speech cue with its own subject ("in a move that it
    said showed good faith", "a step that officials called overdue"): then the appraisal is that
    speaker's, reported, not the writer's commentary (review1 #16)."""
    lx = lexicon()
    cues = lx.verbs.keys() | lx.words.characterizing_verbs
    return any(x.pos_ == "VERB" and x.lemma_.lower() in cues and any(c.dep_ in ("nsubj", "nsubjpass") for c in x.children)
               for x in t.doc[t.i + 1: t.sent.end])


def before_appraisal(toks: list[Token]) -> list[Token]:
    """The content tokens ``toks`` without a closing appraisal phrase (one running to the end)."""
    if not toks:
        return toks
    last = toks[-1].i
    for t in toks:
        start = _appraisal_start(t)
        # the phrase closes the content (its clause on the noun, or one the parse hung further on)
        if start is not None and start.i > toks[0].i and (t.right_edge.i >= last - 1 or t.right_edge.i == t.i):
            kept = [x for x in toks if x.i < start.i]
            while kept and kept[-1].is_punct:
                kept.pop()
            return kept or toks
    return toks


def trace_appraisal(d: ClaimsDoc, cand: Cand) -> None:
    """Record :data:`RULE` on a candidate whose clause :func:`before_appraisal` cut: the next words
    after its content open an appraisal phrase of the same sentence."""
    if cand.clause is None or "content" in cand.trace or cand.sent is None:
        return
    end = cand.clause[1]
    after = [t for t in cand.sent if t.idx >= end][:4]
    starts = [_appraisal_start(t) for t in after]
    if any(s is not None and s.idx >= end for s in starts):
        cand.trace["content"] = RULE
