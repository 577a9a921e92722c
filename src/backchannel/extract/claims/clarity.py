"""A statement made by making something clear: "X made it clear that C", "X made plain that C".

Why: the speech act is a support verb with an adjective ("make" + "clear"), not a reporting
verb of its own, so the cue lexicon never sees it, and the parse hangs the "that"-clause on the
adjective or on the verb as it likes. The verbs and adjectives are ``claims_words.toml``
``clarity_verbs`` and ``clarity_words``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from backchannel.extract.claims.cue_lexicon import Lexicon
from backchannel.extract.claims.state import Cand, ClaimsDoc, Kind
from backchannel.extract.claims.syntax import content_span, subject_of
from backchannel.syntax.tree import noun_phrase

RULE = "claims.content.made_clear"


def made_clear(d: ClaimsDoc, lex: Lexicon, tok: Token, sent: Span) -> Cand | None:
    """The claim of "X made it clear that C" (cue: the verb to the adjective), or None: not that
    construction, negated ("did not make clear whether …"), no "that"-clause or no speaker."""
    w = lex.words
    if tok.lemma_ not in w.clarity_verbs or any(c.dep_ == "neg" for c in tok.children):
        return None
    adj = next((c for c in tok.children if c.lower_ in w.clarity_words and c.i > tok.i), None)
    if adj is None:
        return None
    clause = next((g for g in [*adj.subtree, *tok.subtree] if g.i > adj.i and g.pos_ in ("VERB", "AUX")
                   and any(m.dep_ == "mark" and m.lower_ in w.content_marks for m in g.children)), None)
    subj = subject_of(tok, None)
    if clause is None or subj is None or subj.i > tok.i:
        return None
    text = d.text
    cs, ce = tok.idx, adj.idx + len(adj.text)
    return Cand(tok, [cs, ce], text[cs:ce], "neutral", noun_phrase(subj), content_span(clause), Kind.CLAUSE,
                sent, rule=RULE)
