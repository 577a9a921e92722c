"""Mediation told as thanks for a role in a negotiated act: "expressed its thanks to X for its
sustained efforts to secure the release of ...", "grateful to X for its role in the prisoner swap
with Y", "gratitude to X and Z for their efforts in the talks between A and B".

Why: the verb shape ("thanked X for coordinating the swap") is read by the gerund's own frame,
whose doer is the one thanked (syntax.roles.credited_one); a role noun ("efforts", "role") on an
act that is no mediation verb (a release, a swap, talks) has no frame of its own, so the one
thanked for it was lost. Being thanked for one's part in the act between two sides is standing
between them (gold convention: ``mediate``, one record per party). Words: ``thanks_heads``,
``thanked_acts``, ``thanked_side_preps`` in interactions_words.toml.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.interactions.candidate import SOURCE, TARGET, Candidate
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import Frame
from backchannel.extract.interactions.words import words
from backchannel.syntax.roles import credited_one, logical_subject
from backchannel.syntax.tree import VERB_POS, child

W = words()
THANKED_HOLDER = "interactions.thanked_roles.thanked_holder"  # "thanks to X for its role in the swap": X
CREDITED_POSSESSOR = "interactions.specs.credited_possessor"  # "grateful to X for its mediation": X
THANKED_SIDES = "interactions.thanked_roles.thanked_sides"  # the act's sides, or the thanker and the other side


def _thanks_governor(n: Token) -> Token | None:
    """The verb or adjective the role noun's for-phrase hangs on, when it is one of thanks
    ("thanked", "grateful", "expressed gratitude / its thanks"); not "blamed X for its role"."""
    if n.dep_ != "pobj" or n.head.dep_ != "prep" or n.head.lower_ != W.purpose_prep:
        return None
    g = n.head.head
    heads = [g] + [c for c in g.children if c.dep_ in ("acomp", "dobj")]
    return g if any(h.lemma_.lower() in W.thanks_heads or h.lower_ in W.thanks_heads for h in heads) else None


def _act(n: Token) -> Token | None:
    """The negotiated act the role noun is a part in: "role in the swap", "efforts in the talks",
    "efforts to secure the release", "role in freeing them"; None when it names no such act."""
    for c in n.children:
        if c.dep_ == "prep" and c.lower_ in W.thanked_act_preps:
            c = next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), c)
        elif not (c.dep_ in ("acl", "relcl", "xcomp") and c.pos_ in VERB_POS):
            continue
        if c.lemma_.lower() in W.thanked_acts:
            return c
        o = child(c, "dobj")
        if o is not None and o.lemma_.lower() in W.thanked_acts:
            return o
    return None


def _content(n: Token) -> Token | None:
    """The role noun's act, when the role is thanked for (both hold)."""
    return _act(n) if _thanks_governor(n) is not None else None


def thanked_holder(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Frame spec ``thanked_holder`` (rule THANKED_HOLDER): the one thanked for a role noun
    whose content is a negotiated act (``thanked_acts``) mediates it."""
    if _content(tok) is None or (c := credited_one(tok)) is None:
        return []
    out = d.actors(c)
    if out:
        raw.trace[SOURCE] = THANKED_HOLDER
    return out


def thanked_sides(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Frame spec ``thanked_sides`` (rule THANKED_SIDES): the sides of the act thanked for: the
    actors its between-, with-, by- or from-phrases name ("the talks between A and B", "the swap
    with Y", "captives held by Y"); when fewer than two, the thanker is the other side ("we thank
    X for its efforts to free our citizens held by Y": we and Y). Never the one thanked."""
    act, g = _content(tok), _thanks_governor(tok)
    c = credited_one(tok)
    if act is None or g is None or c is None:
        return []
    mediators = set(d.actors(c))
    sides: list[str] = []
    for t in act.subtree:
        if t.dep_ == "pobj" and t.head.lower_ in W.thanked_side_preps:
            sides.extend(a for a in d.actors(t) if a not in mediators and a not in sides)
    if len(sides) < 2:
        s = logical_subject(g) if g.pos_ in VERB_POS else logical_subject(g.head)
        thanker = [a for a in d.actors(s) if a not in mediators and a not in sides]
        sides = thanker + sides
    if sides:
        raw.trace[TARGET] = THANKED_SIDES
    return sides


def credited_possessor(d: Doc_, p: Token | None, tok: Token, raw: Candidate, slot: str) -> list[str]:
    """Rule CREDITED_POSSESSOR: a possessive pronoun on a noun in the for-phrase of thanks or credit
    is the one thanked ("grateful to X for its mediation", "gratitude to X for its mediation"): X,
    not the thanker the pronoun's nearest antecedent may be. Nothing for any other possessor."""
    if p is None or p.tag_ != "PRP$" or (c := credited_one(tok)) is None or not (out := d.actors(c)):
        return []
    raw.trace[slot] = CREDITED_POSSESSOR
    return out


THANKED_SPECS = {"thanked_holder": thanked_holder, "thanked_sides": thanked_sides}
