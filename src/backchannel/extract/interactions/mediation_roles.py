"""Who holds a mediating role when the parse hides it: a mediation verb the parser made a
compound of the act it brokers ("X and Y helped broker negotiations"), and a role noun used as
a title before a name ("held separate meetings with mediator X").

Why a module of its own: both are repairs of one reading (the role's holder) that the frame
specs (specs.py) and the role-noun readers (role_nouns.py) consult; they are kept apart from
those so that each stays small.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.interactions.candidate import SOURCE, Candidate
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import Frame
from backchannel.extract.interactions.words import words
from backchannel.syntax.roles import logical_subject
from backchannel.syntax.tree import NOUN_POS

W = words()
HELPED_SUBJECT = "interactions.mediation_roles.helped_subject"  # "X helped broker negotiations"
TITLE_HOLDER = "interactions.mediation_roles.title_holder"  # "with mediator X": X mediates


def helped_subjects(d: Doc_, tok: Token) -> list[str]:
    """Rule HELPED_SUBJECT: "the Swiss government and the Red Cross helped broker negotiations":
    the parser reads "broker negotiations" as a noun with a modifier (tagged a verb or a noun), so
    the verb has no subject; its doers are the subjects (every conjunct) of the helping verb
    that takes the noun."""
    if tok.dep_ != "compound" or tok.head.i == tok.i:  # (tagged a verb or a noun: "broker")
        return []
    noun = tok.head
    g = noun.head
    if noun.dep_ != "dobj" or g.i == noun.i or g.lemma_.lower() not in W.helping_verbs:
        return []
    s = logical_subject(g)
    return d.actors(s) if s is not None else []


def title_holder(d: Doc_, tok: Token) -> list[str]:
    """Rule TITLE_HOLDER: a role noun written as a title before a name ("met with mediator Ana
    Lobo", "facilitator Rui Costa said") is said of the person the name denotes."""
    h = tok.head
    if tok.dep_ != "compound" or h.i <= tok.i or h.pos_ != "PROPN" or h.pos_ not in NOUN_POS:
        return []
    return d.actors(h)


def title_spec(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Frame spec ``title``: the person a role-noun title names (TITLE_HOLDER, traced)."""
    out = title_holder(d, tok)
    if out:
        raw.trace[SOURCE] = TITLE_HOLDER
    return out


def helped_spec(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Frame spec ``helped_subj``: the helpers of a mediation verb parsed as a compound
    (HELPED_SUBJECT, traced)."""
    out = helped_subjects(d, tok)
    if out:
        raw.trace[SOURCE] = HELPED_SUBJECT
    return out
