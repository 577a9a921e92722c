"""Mediators named by a role word with no between-phrase: "the mediating countries, A, B and C",
"the efforts of mediators", "Q's facilitation role" (s37 census #2).

Why: these shapes name who stands between the sides without naming the sides, so the frames that
read a mediator's parties from its between-phrase or its act found no mediator at all. Each reading
is a frame spec of the mediator's slot; the parties are the story's two sides (the ``pair`` spec),
and the rule ids traced here let ``mediation_checks.no_window_sides`` drop a record whose sides only
the window around the mediator gave (no act when the story has no two clear sides). The words are in
data/mediator_names.toml.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.interactions.candidate import SOURCE, Candidate
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import Frame
from backchannel.extract.interactions.mediation_sides import listed_members
from backchannel.syntax.tree import NOUN_POS, PLURAL_TAGS, child

FILE = "mediator_names.toml"
MEDIATING_HEAD = "interactions.mediator_names.mediating_head"  # "the mediating countries, A and B": A, B
ROLE_COMPOUND = "interactions.mediator_names.role_compound"  # "Q's facilitation role": Q
ACTING_MEDIATORS = "interactions.mediator_names.acting_mediators"  # "the efforts of mediators": mediators
RULES = frozenset({MEDIATING_HEAD, ROLE_COMPOUND, ACTING_MEDIATORS})


@dataclass(frozen=True)
class MediatorWords:
    mediating_modifiers: frozenset[str]
    acting_nouns: frozenset[str]
    holder_preps: frozenset[str]
    mediation_compounds: frozenset[str]
    own_party_exempt_types: frozenset[str]  # read by own_party.py


# The words, read and checked once per process.
mediator_words = loader(MediatorWords, FILE)


def _holder(d: Doc_, noun: Token) -> list[str]:
    """The holder of a role noun: its possessor ("Q's role"), else its of- or by-phrase ("the
    efforts of Q"). A possessive pronoun is left to the frames that resolve it in context."""
    p = child(noun, "poss")
    if p is not None:
        return [] if p.tag_ == "PRP$" else d.actors(p)
    W = mediator_words()
    return next((out for c in noun.children if c.dep_ == "prep" and c.lower_ in W.holder_preps
                 for o in c.children if o.dep_ == "pobj" for out in [d.actors(o)] if out), [])


def _modified(tok: Token, words: frozenset[str]) -> Token | None:
    """The noun ``tok`` modifies when it is one of ``words`` written before it."""
    h = tok.head
    if tok.dep_ not in ("amod", "compound") or h.i <= tok.i or h.pos_ not in NOUN_POS:
        return None
    return h if tok.lower_ in words else None


def role_compound(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Frame spec ``role_compound`` (rule ROLE_COMPOUND): a mediation word as the compound of a
    role noun ("Q's facilitation role", "the mediation efforts of Q", "Q's mediating role") is the
    holder's mediation: the role noun's possessor or of/by-phrase mediates."""
    W = mediator_words()
    noun = _modified(tok, W.mediation_compounds)
    if noun is None or noun.lemma_.lower() not in W.acting_nouns and noun.lower_ not in W.acting_nouns:
        return []
    out = _holder(d, noun)
    if out:
        raw.trace[SOURCE] = ROLE_COMPOUND
    return out


def mediating_head(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Frame spec ``mediating_head`` (rule MEDIATING_HEAD): the noun a mediating modifier is
    written before names the mediators ("the mediating countries, A, B and C": each listed member,
    else the noun's own actor: "the mediating states"). A role noun so modified ("their mediating
    role") is ``role_compound``'s."""
    W = mediator_words()
    noun = _modified(tok, W.mediating_modifiers)
    if noun is None or noun.lemma_.lower() in W.acting_nouns:
        return []
    members = [a for t in listed_members(noun) if t.dep_ in ("appos", "conj") for a in d.actors(t, deep=False)]
    out = list(dict.fromkeys(members)) or d.actors(noun, deep=False)
    if out:
        raw.trace[SOURCE] = MEDIATING_HEAD
    return out


def acting_mediators(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Frame spec ``acting`` (rule ACTING_MEDIATORS): a bare plural mediator noun that holds a role
    noun ("the efforts of mediators", "the mediators' work") is told acting in its role: the group
    it mentions mediates. A bare "mediators" named in passing ("talks without mediators") is not."""
    W = mediator_words()
    h = tok.head
    if tok.tag_ not in PLURAL_TAGS:
        return []  # "the role of mediator" is the role itself, not those who hold it
    if tok.dep_ == "pobj" and h.dep_ == "prep" and h.lower_ in W.holder_preps:
        noun = h.head
    elif tok.dep_ == "poss":
        noun = h
    else:
        return []
    if noun.pos_ not in NOUN_POS or noun.lemma_.lower() not in W.acting_nouns:
        return []
    a = d.ctx.actor_for_token(tok)
    if a is None or a not in d.ctx.actors:
        return []
    raw.trace[SOURCE] = ACTING_MEDIATORS
    return [a]


MEDIATOR_NAME_SPECS = {"mediating_head": mediating_head, "role_compound": role_compound, "acting": acting_mediators}
