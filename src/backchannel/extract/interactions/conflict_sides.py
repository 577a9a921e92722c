"""The two sides a conflict noun sets against each other: "the fighting pits A against B".

Why apart: the pitting verb is an attack only when its subject is a noun of armed conflict (an
election or a final "pits" rivals too), and the parser often hangs "against B" low, on a participle
inside A's phrase ("pits a coalition backing the government against B"), where the frame's
``prep:against`` does not look. The words are in data/conflicts.toml.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.interactions.candidate import Candidate
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import Frame
from backchannel.syntax.tree import RELATIVE_PRONOUNS, child

FILE = "conflicts.toml"
PITTED_LOW = "interactions.conflicts.pitted_low"  # "against B" read off a phrase inside A's


@dataclass(frozen=True)
class ConflictWords:
    conflict_nouns: frozenset[str]
    against_preps: frozenset[str]


# The words, read and checked once per process.
conflict_words = loader(ConflictWords, FILE)


def conflict_subject(tok: Token) -> Token | None:
    """The subject of a pitting verb when it is a conflict noun; a relative pronoun stands for the
    noun the relative clause hangs from ("the fighting, which pits ...")."""
    s = child(tok, "nsubj")
    if s is None and tok.dep_ == "acl" and tok.tag_ == "VBD":
        s = tok.head  # "the war pitted A against B", parsed as a reduced relative on "war"
    if s is None:
        return None
    if s.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
        # "the fighting in Y, which pits": the relative may hang from the place after the noun
        s = tok.head
        if not _is_conflict(s) and s.dep_ == "pobj" and s.head.dep_ == "prep" and _is_conflict(s.head.head):
            s = s.head.head
    return s if _is_conflict(s) else None


def _is_conflict(s: Token) -> bool:
    """A noun of armed conflict, alone or with its modifiers ("civil war")."""
    words = conflict_words().conflict_nouns
    mods = " ".join(t.lemma_.lower() for t in s.lefts if t.dep_ in ("amod", "compound"))
    return s.lemma_.lower() in words or f"{mods} {s.lemma_.lower()}" in words


def pitted_side(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """"The fighting pits A against B" -> A (the object), only under a conflict-noun subject."""
    if conflict_subject(tok) is None:
        return []
    return d.actors(child(tok, "dobj"))


def pitted_against(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """"... against B" -> B: on the verb, or failing that the first such phrase inside the object's
    own phrase, where the parser may have hung it (on a participle or noun of A's phrase)."""
    if conflict_subject(tok) is None:
        return []
    preps = conflict_words().against_preps
    obj = child(tok, "dobj")
    own = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps]
    low = [t for t in obj.subtree if t.dep_ == "prep" and t.lower_ in preps] if obj is not None and not own else []
    for p in own or low[:1]:
        found = [a for o in p.children if o.dep_ == "pobj" for a in d.actors(o)]
        if found:
            if not own:
                raw.trace["target"] = PITTED_LOW
            return found
    return []


CONFLICT_SPECS = {"pitted": pitted_side, "pitted_against": pitted_against}
