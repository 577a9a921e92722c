"""The reporter's gloss at the end of a reported clause: "X said A, which B" / "X urged A,
forcing B".

Why: after a cue, a clause closed by a comma and a non-restrictive relative clause
("… the plan, which the court has put on hold") or a bare participle ("…, contradicting the
police's account"), an "as" clause on a participle ("…, as stated in the accord", "…, as demanded by
the rebels") or an apposition naming the statement itself ("…, a statement that now
appears premature") most often explains A to the reader rather than repeating the speaker's
words; attribution corpora (PolNeAR) end the content before it. Only a content that follows its
cue is trimmed: in "A, which B, X said" the relative clause sits inside what the speaker is
reported to have said. Nor is a gloss holding a quotation (quoted words are the speaker's).
A relative clause with a speaker of its own ("…, which she said were
…") is :mod:`.relative`'s and already cut by :func:`.syntax.content_span`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from backchannel.extract.claims.cue_lexicon import Lexicon, lexicon
from backchannel.extract.claims.spans import clean
from backchannel.quotes import QUOTE_CHARS

#: the rule id recorded in ``trace["content"]``
RULE = "claims.content.trailing_gloss"


def _gloss_start(t: Token, end: int, lex: Lexicon) -> int | None:
    """Token index of the comma opening ``t``'s clause when ``t`` heads a trailing gloss that
    runs to token ``end`` (exclusive, trailing punctuation aside)."""
    doc = t.doc
    first = t.left_edge
    if first.i == 0 or doc[first.i - 1].text != ",":
        return None
    last = t.right_edge.i
    while last + 1 < end and doc[last + 1].is_punct:
        last += 1
    if last + 1 < end:
        return None
    w = lex.words
    if t.dep_ == "relcl" and first.lower_ in w.relative_pronouns and first.lower_ not in w.content_marks:
        return first.i - 1
    if t.dep_ in ("advcl", "acl") and t.tag_ == "VBG" and first.i == t.i and t.lemma_ not in lex.verbs:
        return first.i - 1  # a reporting participle (", adding …") is the clause cut's, not a gloss
    if t.dep_ == "advcl" and t.tag_ == "VBN" and first.lower_ in w.as_marks and \
            (t.lemma_ in lex.verbs or t.lemma_ in w.gloss_participles) and \
            not any(k.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for k in t.children):
        return first.i - 1  # "…, as stated in the deal", "…, as demanded by the rebels": a cross-reference
    if t.dep_ in ("appos", "dep", "npadvmod") and t.pos_ == "NOUN" and first.dep_ == "det" \
            and (t.lemma_ in lex.nouns or t.lemma_ in lex.documents):
        return first.i - 1  # "…, a boast the towns soon mocked": the reporter names the claim
    return None


def without_gloss(doc: Doc, text: str, clause: tuple[int, int]) -> tuple[int, int] | None:
    """``clause`` without a trailing gloss (None: there is none, or nothing would be left)."""
    span = doc.char_span(clause[0], clause[1], alignment_mode="expand")
    if span is None or len(span) < 4:
        return None
    lex = lexicon()
    cut = None
    for t in span:
        if t.i <= span.start + 1:
            continue
        c = _gloss_start(t, span.end, lex)
        if c is not None and c > span.start + 1 and (cut is None or c < cut):
            cut = c
    if cut is None or any(ch in QUOTE_CHARS for ch in text[doc[cut].idx:clause[1]]):
        return None  # quoted words in the gloss are the speaker's ("…, which is aimed at “…”")
    kept = doc[span.start:cut]
    if not any(t.pos_ in ("VERB", "AUX", "NOUN", "PROPN") for t in kept):
        return None
    return clean(text, clause[0], doc[cut].idx)
