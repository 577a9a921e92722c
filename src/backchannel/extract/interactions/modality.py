"""Modality (asserted, planned, hypothetical) and negation of a trigger.

Why: "would push for", "pledging to destroy", "if Y eased the curbs", "was not informed":
the act is read around the trigger, on its clause path.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import Frame, lexicon
from backchannel.extract.interactions.syntax import NOUN_POS, VERB_POS, child
from backchannel.extract.interactions.words import words

W = words()


def clause_path(tok: Token) -> list[Token]:
    """Tokens from the trigger up through non-clausal links and xcomp (the same predication);
    a noun that is the subject of an event verb ("talks will take place") includes the verb."""
    path = [tok]
    cur = tok
    if tok.pos_ in NOUN_POS and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ in lexicon().sets["event_verbs"]:
        cur = tok.head
        path.append(cur)
    for _ in range(10):
        if cur.dep_ in ("ROOT", "ccomp", "advcl", "relcl", "parataxis", "csubj", "nsubj", "nsubjpass") or cur.head.i == cur.i:
            break
        if cur.dep_ == "conj" and cur.pos_ in VERB_POS:
            break
        if cur.dep_ == "acl" and cur.pos_ in VERB_POS:
            break
        cur = cur.head
        path.append(cur)
    return path


def modality_of(d: Doc_, tok: Token, frame: Frame) -> tuple[str, bool]:
    """(modality, negated) from auxiliaries, governing verbs, conditionals and negators."""
    lex = d.lex
    negated = frame.negated
    modality = frame.modality or "asserted"
    path = clause_path(tok)
    noun = tok.pos_ in NOUN_POS
    for i, t in enumerate(path):
        for c in t.children:
            if c.dep_ == "neg" and (i == 0 or not noun and (t.pos_ in VERB_POS or t.pos_ == "ADJ")
                                    or noun and _supports(tok, t)):
                negated = True
            if c.dep_ == "aux" and c.lower_ in lex.sets["planned_aux"] and modality == "asserted":
                modality = "planned"
            if c.dep_ == "aux" and c.lower_ in lex.sets["hypothetical_aux"]:
                modality = "hypothetical"
            if c.dep_ == "mark" and c.lower_ in lex.sets["condition_marks"]:
                modality = "hypothetical"
            if c.dep_ == "det" and c.lower_ == W.negative_det and i == 0:
                negated = True
        if i > 0:
            if t.lemma_ in lex.sets["planned_verbs"] and modality == "asserted":
                modality = "planned"
            if t.lemma_ in lex.sets["hypothetical_verbs"] or (t.pos_ == "ADJ" and t.lemma_ in lex.sets["hypothetical_adj"]):
                modality = "hypothetical"
            if t.lemma_ in lex.sets["negating_heads"]:
                negated = not negated
    top = path[-1]
    # the clause head of the top: an if-clause or a future auxiliary on the governing clause
    for c in top.children:
        if c.dep_ == "mark" and c.lower_ in lex.sets["condition_marks"]:
            modality = "hypothetical"
        # "X would release them if Y eased the curbs": an act on a condition
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in W.conditional_marks for m in c.children) \
                and any(a.dep_ == "aux" and a.lower_ in W.conditional_aux for a in top.children):
            modality = "hypothetical"
    if top.dep_ in ("xcomp", "advcl") and top.head.i != top.i:
        h = top.head
        if h.lemma_ in lex.sets["hypothetical_verbs"] or any(
                c.dep_ == "acomp" and c.lemma_ in lex.sets["hypothetical_adj"] for c in h.children):
            modality = "hypothetical"  # "appeared more willing ... to strike a deal"
        elif h.lemma_ in lex.sets["planned_verbs"] and modality == "asserted":
            modality = "planned"
    if top.dep_ in ("ccomp", "xcomp") and top.head.lemma_ in lex.sets["terms_verbs"]:
        subj = child(top.head, "nsubj")
        if subj is not None and subj.lemma_.lower() in lex.sets["terms_nouns"]:
            modality = "hypothetical"  # "the draft would see X free Y": the terms, not an act
    # controlled infinitive of a planning verb ("pledging to destroy", "agreed to meet")
    cur = tok
    while cur.dep_ == "xcomp" and cur.head.i != cur.i:
        cur = cur.head
        if cur.lemma_ in lex.sets["planned_verbs"] and modality == "asserted":
            modality = "planned"
        if cur.lemma_ in lex.sets["hypothetical_verbs"]:
            modality = "hypothetical"
    return modality, negated


def _supports(noun: Token, t: Token) -> bool:
    """Does a negation on ``t`` deny the noun's act? Yes for a support verb or adjective
    ("did not reach a deal", "talks did not take place", "not open to a deal"), no for a verb
    the noun merely complements ("was not informed of the negotiations")."""
    lex = lexicon()
    if t.pos_ == "ADJ":
        return True
    if t.lemma_ in lex.sets["event_verbs"] or t.lemma_ in lex.sets["participation_verbs"]:
        return True
    return False


def mere_readiness(d: Doc_, tok: Token) -> bool:
    """'(remained) ready / willing / prepared to host talks': a stance, no act or plan."""
    words = d.lex.sets["readiness_adj"]
    t = tok
    while t.dep_ in ("dobj", "pobj", "prep") and t.head.i != t.i:  # "ready to host a round of talks"
        t = t.head
    while t.dep_ == "xcomp" and t.head.i != t.i:
        h = t.head
        if h.pos_ == "ADJ" and h.lemma_.lower() in words or any(
                c.dep_ == "acomp" and c.lemma_.lower() in words for c in h.children):
            return True
        t = h
    return False
