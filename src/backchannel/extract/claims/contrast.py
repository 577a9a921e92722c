"""A contrast clause the parse hung on a past reporting verb: "X said A, but B".

Why: after "said (that) A," the parse coordinates ", but B" with the cue, so the claim stopped at A
although the contrast goes on with what X said ("The ministry said the plane landed without
permission, but the authorities agreed to refuel it"). Only when both clauses are in the past (the
reported clause's own tense) and B has a subject of its own that is not the speaker again; a
reporting verb in B is the next claim's cue, never part of this one.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.claims.cue_lexicon import lexicon, words

#: the rule of a reported clause extended over a coordinated contrast clause
RULE = "claims.content.contrast_continuation"

_SUBJECTS = ("nsubj", "nsubjpass", "expl")


def contrast_continuation(v: Token, comp: Token) -> Token | None:
    """The verb of ", but B" after the reported clause ``comp`` of the past cue ``v``, or None."""
    if v.tag_ != "VBD" or comp.dep_ != "ccomp" or comp.i < v.i or not _past(comp):
        return None
    contrast = set(words().contrast)
    verbs = lexicon().verbs
    end = comp.right_edge.i
    for k in v.children:
        if k.dep_ != "conj" or k.i <= end or k.pos_ not in ("VERB", "AUX"):
            continue
        if k.lemma_ in verbs and not any(g.dep_ == "xcomp" for g in k.children):
            return None  # "but officials denied it": a cue of its own ("agreed to supply" is an act)
        cc = [g for g in v.children if g.dep_ == "cc" and end < g.i < k.i]
        if not cc or cc[-1].lower_ not in contrast or v.doc[cc[-1].i - 1].text != ",":
            return None
        subj = next((g for g in k.children if g.dep_ in _SUBJECTS), None)
        if subj is None or subj.pos_ == "PRON" or not _past(k) or _same_subject(v, subj):
            return None
        if any(g.dep_ == "ccomp" for g in k.children):
            return None  # "but officials insisted that …": a report of its own
        return k
    return None


def _past(verb: Token) -> bool:
    """A past or modal clause: "landed", "had landed", "was given", "would meet"."""
    return verb.tag_ == "VBD" or any(g.dep_ in ("aux", "auxpass") and g.tag_ in ("VBD", "MD") for g in verb.children)


def _same_subject(v: Token, subj: Token) -> bool:
    """Whether the contrast clause's subject repeats the cue's ("the ministry said …, but the ministry …")."""
    own = next((g for g in v.children if g.dep_ in _SUBJECTS), None)
    return own is not None and own.lower_ == subj.lower_
