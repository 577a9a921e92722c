"""A joint verb whose partners are written as one coordinated subject.

Why: the verb frames of talking, conferring and sitting down name the partner in a with-phrase
("X discussed the border with Y", "X conferred with Y"), and fire only when that phrase is there. English
also tells the same act with the partners as a coordinated subject ("X and Y discussed the border",
"X and Y conferred", "X and Y sat down"); with no with-phrase the frame never fired and the act was lost
(census-coord, s41). A plural subject of "and" conjuncts stands in for the with-phrase: the conjuncts
are the act's parties, the first the source and the others its targets (``build._shape_parties``).
Not when a word on the verb makes the act each one's own ("discussed it separately", "each conferred").
Word lists: ``data/joint_subject.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.interactions.lexicon import Frame, FramePos
from backchannel.syntax.roles import logical_subject
from backchannel.syntax.tree import NOUN_POS, VERB_POS, conjuncts

FILE = "joint_subject.toml"
JOINT_SUBJECT = "interactions.joint_subject.coordinated_subject"


@dataclass(frozen=True)
class Words:
    """``joint_subject.toml`` ``[joint_subject]``."""

    preps: frozenset[str]
    types: frozenset[str]
    addressee_preps: frozenset[str]
    conjunctions: frozenset[str]
    distributive: frozenset[str]


# The module's word lists, read and checked key by key.
words = loader(Words, FILE, "joint_subject")


def joint_subject(frame: Frame, tok: Token) -> bool:
    """Rule JOINT_SUBJECT: does the verb ``tok`` of a symmetric or mutual frame (or one of a joint type,
    ``types``: "talk with" is a contact) whose partner stands in a with-phrase have a coordinated subject of "and" conjuncts instead ("X and Y discussed the border")?
    A subject that is one noun ("the two envoys discussed") or a list joined by "or" is none, and a
    distributive word on the verb ("separately", "each") makes the act each conjunct's own, and an
    addressee's phrase ("talked to reporters") another party the act's."""
    w = words()
    if frame.pos != FramePos.VERB or tok.pos_ not in VERB_POS or frame.prep not in w.preps:
        return False
    if not (frame.symmetric or frame.mutual or frame.type in w.types):
        return False
    s = logical_subject(tok)
    if s is None or s.pos_ not in NOUN_POS and s.pos_ != "PRON" or len(conjuncts(s)) < 2:
        return False  # (a pronoun conjunct too: "she and Y will discuss")
    if any(c.dep_ in ("prep", "dative") and c.lower_ in w.addressee_preps for c in tok.children):
        return False  # "X and Y talked to reporters": an addressee of their own
    return not separate_subject(tok, s)


def separate_subject(tok: Token, s: Token) -> bool:
    """Is the coordinated subject ``s`` of the verb ``tok`` no joint party: a list joined by "or", or a
    distributive word on the verb or the subject ("X and Y discussed it separately", "X and Y each
    decided")? Read also by the needs_two verb frames (``joint_sides``, review s41 #5)."""
    w = words()
    if not any(c.dep_ == "cc" and c.lower_ in w.conjunctions for x in [s] + list(s.conjuncts) for c in x.children):
        return True
    return any(c.lower_ in w.distributive for x in (tok, s) for c in x.children)
