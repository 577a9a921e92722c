"""Two readings of verbs that are no plain reporting verbs' own subject: figures stated through a
light verb (:func:`estimate_cand`), and the subject of a participle cue that the parse hung on a
passive main clause (:func:`clause_before_subject`).

Figures stated through a light verb: "X put the number of captives at 40", "Y gave the number
of detained sailors as 52", "the army has placed the death toll at more than 30".

Why: none of these verbs reports speech by itself ("put the issue on the agenda", "gave the
envoys a list"), but with a figure noun as object (``estimate_nouns``: number, toll, figure …)
and a preposition (``estimate_preps``: at, as) holding a number, the subject states a figure as
"said there were 40" would. The content is the object with the figure ("the number of captives
at 40"), the speaker the verb's subject (``claims.content.estimate_figure``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from backchannel.extract.claims.cue_lexicon import Lexicon
from backchannel.extract.claims.spans import clean
from backchannel.extract.claims.state import Cand, ClaimsDoc, Kind
from backchannel.extract.claims.syntax import subject_of
from backchannel.syntax.tree import noun_phrase

RULE = "claims.content.estimate_figure"


def estimate_cand(d: ClaimsDoc, lex: Lexicon, tok: Token, sent: Span) -> Cand | None:
    """The claim of ``tok`` when it is an ``estimate_verbs`` verb stating a figure, else None."""
    w = lex.words
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in w.estimate_verbs or d.region_at(tok.idx) is not None:
        return None
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in w.estimate_nouns),
               None)
    if obj is None:
        return None
    figure = _figure(tok, obj, w.estimate_preps)
    subj = subject_of(tok, None)
    if figure is None or subj is None:
        return None
    end = max(figure.right_edge, obj.right_edge, key=lambda t: t.i)
    clause = clean(d.text, obj.left_edge.idx, end.idx + len(end.text))
    if clause is None:
        return None
    return Cand(tok, [tok.idx, tok.idx + len(tok.text)], tok.text, "neutral", noun_phrase(subj), clause,
                Kind.FRAME, sent, rule=RULE)  # a frame: never dropped as a weak cue's bare object


def _figure(v: Token, obj: Token, preps: frozenset[str]) -> Token | None:
    """The preposition after the object, on the verb or inside the object (the parse hangs it on
    the last word: "put the number of sailors held at 40"), whose phrase holds a number ("at over 200", "as 52"); None without one
    ("put the figure at risk", "set the number at the heart of the talks")."""
    for p in [*v.children, *reversed(list(obj.subtree))]:
        if p.dep_ == "prep" and p.lower_ in preps and p.i > obj.i and any(_counted(g) for g in p.children):
            return p
    return None


def _counted(pobj: Token) -> bool:
    """A number ("at 40", "at over 200") or a counted noun ("at 40 sailors"); not a phrase that only
    holds a number further in ("at the talks in 2019")."""
    return pobj.dep_ == "pobj" and (pobj.like_num or any(k.dep_ == "nummod" and k.like_num for k in pobj.children))


def clause_before_subject(tok: Token, subj: Token | None, lex: Lexicon) -> Token | None:
    """The speaker of a participle cue after a comma ("…, accusing the government of …") when the
    parse hung it on a passive main clause whose subject it borrowed ("The talks were postponed
    when the groups withdrew, accusing …": the talks are postponed, they accuse no one): the active
    subject of the clause that ends right before the comma, below that main verb
    (``claims.attribution.clause_before_subject``); else None. Not when the passive main verb is a
    reporting verb itself ("The ceasefire was announced after the army withdrew, saying …"): the
    participle goes on with that announcement, whose speaker is unnamed, not with the clause's subject."""
    if subj is None or subj.dep_ != "nsubjpass" or tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.i < 2 \
            or tok.doc[tok.i - 1].text != "," or subj.head.i != tok.head.i or tok.head.lemma_.lower() in lex.verbs:
        return None
    last = tok.doc[tok.i - 2]
    for verb in [last, *last.ancestors]:
        if verb.i == tok.head.i:
            return None
        own = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
        if verb.pos_ in ("VERB", "AUX") and own is not None:
            return own
    return None
