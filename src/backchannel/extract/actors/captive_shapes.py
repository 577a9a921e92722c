"""Captive groups in shapes the plain captive rule misses (``data/captive_shapes.toml``).

Why: swap stories name the people handed over by a count and a nationality ("two Lorvian
citizens", "Five Lorvians freed in a swap with Norland", "seven Lorvians for two Norlanders").
The plain rule (``captives.py``) reads a captive when it is the object or passive subject of a
release or hold verb, or carries a held-participle; these shapes put the release in a relative
clause, in a participle the parser reads as the main verb, or in a "for"-phrase of the swap, and
a counted noun of citizens is left out there as too generic. Each shape is one small predicate.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.resolve.lexicon import Lexicon, lexicon
from backchannel.syntax.tree import MODIFIER_DEPS

FILE = "captive_shapes.toml"
NUMBER_DEP = "nummod"
PEOPLE_TAG = "NNPS"  # a plural demonym ("Lorvians")


@dataclass(frozen=True)
class Words:
    counted_nouns: frozenset[str]
    return_preps: frozenset[str]
    return_nouns: frozenset[str]
    relative_pronouns: frozenset[str]
    freed_participles: frozenset[str]


# The shapes' words (``data/captive_shapes.toml`` [shapes]).
words = loader(Words, FILE, "shapes")


def counted(tok: Token) -> bool:
    """A number before the head ("two Lorvians", "5 citizens")."""
    return any(c.dep_ == NUMBER_DEP for c in tok.children)


def counted_national(lx: Lexicon, tok: Token) -> bool:
    """ "two Lorvian citizens", "Five U.S. citizens": a counted noun of citizens with a nationality
    before it. Why: citizens alone are the public ("citizens were warned"), never a party; counted and
    national, they are a group of people a story follows."""
    if tok.lemma_.lower() not in words().counted_nouns or not counted(tok):
        return False
    return any(c.dep_ in MODIFIER_DEPS and c.i < tok.i and (lx.demonym(c.text) or lx.country(c.text))
               for c in tok.children)


def freed_in_shape(lx: Lexicon, tok: Token, q: Token) -> bool:
    """Whether the plural ``tok`` (its quantity ``q``) is freed or held in one of two shapes:

    - a passive relative clause: "citizens who were released by X", "Lorvians who were detained";
    - the "for"-phrase of a release verb or exchange noun: "freed seven Lorvians for two Norlanders",
      "in return for 250 Lorvian nationals" (counted only: "freed them for humanitarian reasons").
    A participle the parser reads as the main verb ("Five Lorvians freed in a swap landed") was tried
    and dropped: the subject then reads as the freer and as a party of the deal, and it took the
    state's place in the report's later acts (c22). So was the relative clause after a plural demonym
    ("five innocent Lorvians who were imprisoned"): a group named by the bare demonym took the state's
    later mentions ("Lorvian diplomacy") in the same report.
    """
    w = words()
    verbs = lx.release_verbs | lx.hold_verbs
    for c in tok.children if tok.tag_ != PEOPLE_TAG else ():  # see the docstring: not "Lorvians who ..."
        if c.dep_ == "relcl" and c.lemma_.lower() in verbs and any(
                s.dep_ == "nsubjpass" and s.lower_ in w.relative_pronouns for s in c.children):
            return True
    head = q.head
    if not counted(tok) or q.dep_ != "pobj" or head.lower_ not in w.return_preps:
        return False
    owner = head.head
    return owner.pos_ == "VERB" and owner.lemma_.lower() in lx.release_verbs or \
        owner.pos_ == "NOUN" and owner.lemma_.lower() in w.return_nouns


def freed_count(tok: Token) -> bool:
    """ "the five freed Lorvians": a counted plural whose only modifiers before it are participles of
    release or holding. Why: such a phrase is the captives counted again, so ``the <demonym>s`` rule
    (parties.demonym_plurals) may join it to their group, where "ordinary Lorvians" stays the people."""
    verbs = lexicon().release_verbs | lexicon().hold_verbs
    participles = words().freed_participles  # the tagger often reads "freed" as an adjective
    mods = [c for c in tok.children if c.dep_ in MODIFIER_DEPS and c.i < tok.i]
    return counted(tok) and bool(mods) and all(c.lemma_.lower() in verbs or c.lower_ in participles for c in mods)
