"""Attribution inside a relative clause: "…his hands, which she said were at his side",
"what the senators said was gerrymandering", "the stadium, which, Rasko said, is full".

Why: the speaker of such a cue vouches only for the relative clause (the relative pronoun and
what is said of it), not for the sentence around it. Read alone, the cue either takes the whole
sentence ("The park is near the stadium, which is full") or hides inside another speaker's
content; here its content is the two pieces around the cue (the pronoun, then the predicate),
and a content that ends in such a clause stops before it.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.claims.cue_lexicon import Lexicon, words
from backchannel.extract.claims.spans import clean

def _wh() -> frozenset[str]:
    """The relative pronouns of a free or non-restrictive relative (``claims_words.toml``)."""
    return words().wh_relatives


def _wh_subject(verb: Token, before: int) -> Token | None:
    """The relative pronoun subject of ``verb`` written before token index ``before``."""
    wh = _wh()
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in wh
                 and c.i < before), None)


def relative_attribution(v: Token, lex: Lexicon, text: str) -> list[list[int]] | None:
    """The content pieces of a cue that attributes a relative clause: [the relative pronoun, the
    predicate after the cue], or None. Two shapes: the predicate is the cue's complement with the
    pronoun as its subject ("which she said were at his side"), or the cue is a parenthetical
    inside the relative clause ("which, Rasko said, is usually full")."""
    if v.lemma_ not in lex.verbs or not any(c.dep_ == "nsubj" and c.lower_ not in lex.words.wh_relatives
                                            for c in v.children):
        return None
    pred, wh = None, None
    for c in v.children:
        if c.dep_ == "ccomp" and c.i > v.i:
            wh = _wh_subject(c, v.i)
            if wh is not None:
                pred = c
                break
    if pred is None and v.dep_ == "parataxis" and v.head.dep_ == "relcl":
        wh = _wh_subject(v.head, v.i)
        pred = v.head if wh is not None else None
    if pred is None or wh is None:
        return None
    edge = v.i if pred.head.i == v.i else v.right_edge.i  # the complement, or past the parenthetical
    after = [t for t in pred.subtree if t.i > edge]
    if not after:
        return None
    rest = clean(text, after[0].idx, after[-1].idx + len(after[-1].text))
    if rest is None:
        return None
    return [[wh.idx, wh.idx + len(wh.text)], list(rest)]


def attributed_relative(t: Token, lex: Lexicon) -> bool:
    """Whether relative clause ``t`` holds a speech act of its own ("…, which she said were …",
    "…, which, Rasko said, is …"): a content ends before it."""
    if t.dep_ != "relcl":
        return False
    for k in [t, *t.children]:
        if k.lemma_ in lex.verbs and (k is t or k.dep_ == "parataxis") and \
                any(c.dep_ == "nsubj" and c.lower_ not in lex.words.wh_relatives for c in k.children) and \
                any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in lex.words.wh_relatives for g in [k, *k.children]
                    for c in g.children):
            return True
    return False
