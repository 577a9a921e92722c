"""Mediation told in shapes that hide its mediator from the verb's usual slots: a hyphenated
participle ("the Norland-facilitated talks"), an absolute "with X as ROLE" ("A and B, with X as
facilitator, held talks"), and a role noun said of a role ("X's role as mediator").

Why a module of its own: these read who holds a mediating role from a construction around the
trigger, not from its arguments; the frame specs (specs.py), the role-noun reader
(role_nouns.predicated) and the with-phrase reader consult them, and keeping them apart keeps
each of those small.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.interactions.candidate import SOURCE, Candidate
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import Frame, FramePos, lexicon
from backchannel.extract.interactions.role_nouns import brokers
from backchannel.extract.interactions.words import words
from backchannel.syntax.roles import logical_subject
from backchannel.syntax.tree import NOUN_POS, child

W = words()
HYPHEN_PARTICIPLE = "interactions.mediation_forms.hyphen_participle"  # "the X-facilitated talks": X
WITH_AS_ROLE = "interactions.mediation_forms.with_as_role"  # "with X as facilitator": X, no partner
ROLE_AS = "interactions.mediation_forms.role_as"  # "X's role as mediator": X
COMPOUND_POSSESSOR = "interactions.specs.compound_possessor"  # "its mediation efforts": the head's possessor mediates


def hyphen_modified(tok: Token) -> Token | None:
    """The act noun a hyphenated participle modifies ("the Norland-facilitated talks": talks),
    which the parser gives no object: the participle's logical object."""
    if tok.dep_ not in ("amod", "compound") or tok.head.pos_ not in NOUN_POS or tok.i == 0 or tok.head.i < tok.i:
        return None
    before = tok.doc[tok.i - 1]
    return tok.head if before.tag_ == "HYPH" or before.text in ("-", "–") else None


def hyphen_participle(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Frame spec ``participle_brokers`` (rule HYPHEN_PARTICIPLE): a mediation participle that
    modifies an act noun after a hyphen ("the Norland-facilitated talks", "a Vesterland-hosted
    round", "Norland- and Vesterland-sponsored negotiations") is done by the actors before the
    hyphen. Only a modifier right after a hyphen: a bare participle's left neighbour is no doer."""
    if hyphen_modified(tok) is None:
        return []
    out = brokers(d, tok, self_trigger=True)
    if out:
        raw.trace[SOURCE] = HYPHEN_PARTICIPLE
    return out


def role_noun(tok: Token) -> bool:
    """A noun with a mediation frame of its own ("mediator", "facilitator", "host")."""
    return tok.pos_ in NOUN_POS and any(f.type == "mediate" and f.pos == FramePos.NOUN
                                        for f in lexicon().frames.get(tok.lemma_.lower(), []))


def as_role_of(tok: Token) -> Token | None:
    """The role noun of an "as ROLE" phrase said of ``tok`` ("with X as mediator"): hung on
    ``tok`` itself, or (a usual misparse) on the word ``tok``'s with-phrase hangs from, right
    after ``tok``, or on a participle right after it ("with X acting as mediator")."""
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == W.role_prep]
    w = tok.head
    if tok.dep_ == "pobj" and w.lower_ == W.with_prep and w.head.i != w.i:
        preps += [c for c in w.head.children if c.dep_ == "prep" and c.lower_ == W.role_prep
                  and c.i == tok.right_edge.i + 1]
    nxt = tok.doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.tag_ == "VBG" and nxt.dep_ in ("advcl", "acl"):  # "with X acting as mediator"
        preps += [c for c in nxt.children if c.dep_ == "prep" and c.lower_ == W.role_prep]
    for p in preps:
        role = next((o for o in p.children if o.dep_ == "pobj"), None)
        if role is not None and role_noun(role):
            return role
    return None


def with_as_holder(d: Doc_, role: Token) -> list[str]:
    """Rule WITH_AS_ROLE: who an "as ROLE" phrase names when the parser hung it on the noun or verb
    a with-phrase also hangs from ("held talks with X as mediator"), or on a participle after the
    with-phrase ("met with X acting as mediator"): the with-phrase's object right before it."""
    p = role.head
    if role.dep_ != "pobj" or p.lower_ != W.role_prep or p.dep_ != "prep":
        return []
    v = p.head
    if v.tag_ == "VBG" and v.dep_ in ("advcl", "acl") and v.i > 0 and child(v, "nsubj") is None:
        w = v.doc[v.i - 1]  # "with X acting as mediator": the with-object is the participle's subject
        return d.actors(w) if w.dep_ == "pobj" and w.head.lower_ == W.with_prep else []
    for w in v.children:
        if w.dep_ == "prep" and w.lower_ == W.with_prep and w.right_edge.i == p.i - 1:
            for o in w.children:
                if o.dep_ == "pobj" and d.actors(o):
                    return d.actors(o)
    return []


def role_as_holder(d: Doc_, role: Token) -> list[str]:
    """Rule ROLE_AS: "X's role as mediator", "X played the role of mediator": the role noun the
    phrase hangs from (``role_support_nouns``) is held by its possessor, or by the subject of the
    verb that takes it (``role_support_verbs``)."""
    if not role_phrase(role):
        return []
    n = role.head.head
    out = [a for c in n.children if c.dep_ == "poss" for a in d.actors(c)]
    g = n.head
    if not out and n.dep_ == "dobj" and g.lemma_.lower() in W.role_support_verbs:
        out = d.actors(logical_subject(g))  # "X played the role of mediator"
    return out


def role_phrase(role: Token) -> bool:
    """A role noun after "as" ("its role as mediator") or bare after "of" ("the role of
    mediator", not "the role of the mediators") on a role-support noun: the role itself."""
    p = role.head
    if role.dep_ != "pobj" or p.head.i == p.i or not role_noun(role):
        return False
    if p.lower_ != W.role_prep and not (p.lower_ == W.of_prep and child(role, "det") is None):
        return False
    n = p.head
    return n.pos_ in NOUN_POS and n.lemma_.lower() in W.role_support_nouns


def compound_possessor(tok: Token, frame: Frame, raw: Candidate, slot: str) -> Token | None:
    """Rule ``interactions.specs.compound_possessor`` (s36): a mediation noun that only modifies a head of
    ``compound_poss_heads`` ("thanked X for its mediation efforts", "the result of their mediation work") has no
    possessor of its own; the head's is its doer. Only for mediations: "Y's release efforts" frees no one."""
    if frame.type != "mediate" or tok.dep_ != "compound" or tok.head.lemma_.lower() not in W.compound_poss_heads:
        return None
    p = child(tok.head, "poss")
    if p is not None:
        raw.trace[slot] = COMPOUND_POSSESSOR
    return p
