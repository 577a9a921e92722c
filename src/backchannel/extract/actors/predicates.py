"""Nouns predicated of an actor named elsewhere: descriptions, not new actors.

Why: "X, who is the League's and the Union's chief mediator", "Y took on the role of an honest
broker", "which made it a trusted partner" say what an actor already named is or does; the parser
hangs such nouns as a conjunct of the copula's attribute, the object of "the role of", or the clause of
a verb of naming, where the plain "attr" test of ``unnamed._head_noun`` does not see them, and each one
became an extra actor. Word lists: ``data/unnamed_spans.toml`` ``[predicates]``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.resolve.lexicon import lexicon

FILE = "unnamed_spans.toml"
ATTR_CONJUNCT = "actors.unnamed.attribute_conjunct"
ROLE_FRAME = "actors.unnamed.role_frame_predicate"
OBJECT_COMPLEMENT = "actors.unnamed.object_complement"
MOVED_OWN_GROUP = "actors.unnamed.moved_own_group"
CONJ_REACH = 4  # conjuncts climbed to the attribute ("the A's, B's and C's mediator")


@dataclass(frozen=True)
class Words:
    """``unnamed_spans.toml`` ``[predicates]``."""

    role_frame_nouns: frozenset[str]
    role_frame_preps: frozenset[str]
    complement_verbs: frozenset[str]
    moved_object_verbs: frozenset[str]


# The words of the module, read and checked key by key (``load_fields``).
words = loader(Words, FILE, "predicates")


def predicate_rule(tok: Token) -> str | None:
    """The rule under which the noun ``tok`` is a predicate of another actor, or None when it may be one.

    - a conjunct of a copula's attribute: "who is the A's and the B's chief mediator" (the parser makes
      the second possessor's noun a conjunct of the first name, itself the attribute);
    - the object of "the role of" / "the capacity of": "took on the role of an honest broker";
    - the head of the clause a verb of naming takes: "made it a reliable partner", "called him an envoy"
      (a subject pronoun or noun of its own, the verb among ``complement_verbs``; the parser makes the noun
      the clause's head or the verb's object with the subject hung on it).
    """
    t = tok
    for _ in range(CONJ_REACH):
        if t.dep_ != "conj" or t.head.i == t.i:
            break
        t = t.head
        if t.dep_ == "attr":
            return ATTR_CONJUNCT
    w = words()
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in w.role_frame_preps and \
            tok.head.head.lemma_.lower() in w.role_frame_nouns and tok.head.head.pos_ == "NOUN" and _a_kind(tok):
        return ROLE_FRAME
    if tok.dep_ in ("ccomp", "xcomp", "oprd", "dobj") and tok.head.lemma_.lower() in w.complement_verbs and \
            any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children):
        return OBJECT_COMPLEMENT
    if tok.dep_ == "oprd" and tok.head.lemma_.lower() in w.complement_verbs:
        return OBJECT_COMPLEMENT
    return None


def _a_kind(tok: Token) -> bool:
    """Does the noun name a kind of part ("the role of mediator", "the role of an honest broker"), not
    people told before ("the role of the mediators", "the position of the rebels", "part of the Lund
    delegation", "the role of their envoys": their part in the story, and they are actors)? A bare or
    indefinite noun with no possessor and no proper-noun modifier (s38 review)."""
    indefinite = lexicon().words.indefinite_articles
    for c in tok.children:
        if c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in indefinite) or \
                (c.dep_ in ("compound", "amod") and c.pos_ == "PROPN"):
            return False
    return True


def moved_own_group(tok: Token) -> bool:
    """Is the group noun ``tok`` someone's own people that a verb moves or rejoins ("would join his family",
    "rejoining her family", "to pull his troops out of the cities"; actors.unnamed.moved_own_group)? Such a
    group is where someone goes or what a leader moves, no party; its owner is the actor. Only the direct
    object of ``moved_object_verbs`` with a possessive pronoun: "join the talks", "withdraw the army" stay."""
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in words().moved_object_verbs and \
        any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children)
