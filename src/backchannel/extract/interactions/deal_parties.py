"""The parties of a deal read off the deal noun itself (s45-fix2).

Why: the frames of a deal made final with no agent ("the accord was signed on Tuesday", "the signing of the
truce took place in Rome") fall back to the story's two sides. That is right for the story's own deal, but a
deal that names its own parties ("Westmark's treaty with Kessel was finalised", "an arms deal with Westmark
was signed") or is plainly another deal ("the trade agreement", "the arms contract") is not the sides'
agreement: the parties come from the deal's possessor and with/between phrases, and when these do not give two
of them the act has no parties to report. A signing the sentence puts off ("the signing was delayed") is no
act. Words in data/deal_parties.toml.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.interactions.candidate import PAIR, Candidate
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import Frame
from backchannel.syntax.roles import logical_object
from backchannel.syntax.tree import NOUN_POS, prep_objects

FILE = "deal_parties.toml"
OWN_PHRASE = "interactions.deal_parties.own_phrase"
NO_PAIR = "interactions.deal_parties.no_pair_for_other_deal"


@dataclass(frozen=True)
class DealWords:
    """The words of data/deal_parties.toml."""

    story_deal_modifiers: frozenset[str]
    party_preps: frozenset[str]
    halted_heads: frozenset[str]


deal_words = loader(DealWords, FILE)


def _deal(tok: Token) -> Token | None:
    """The deal noun: the of-object of an act noun ("the signing of the accord"), else the verb's logical
    object ("the accord was signed")."""
    if tok.pos_ in NOUN_POS:
        return next(iter(prep_objects(tok, "of")), None)
    return logical_object(tok)


def _phrase_holders(tok: Token, deal: Token | None) -> list[Token]:
    """The possessors and with/between objects on the act noun and on the deal noun, in text order."""
    w = deal_words()
    heads = [tok] if deal is None else ([tok, deal] if tok.pos_ in NOUN_POS else [deal])
    out = [c for h in heads for c in h.children if c.dep_ == "poss"]
    out += [o for h in heads for p in sorted(w.party_preps) for o in prep_objects(h, p)]
    out += [c for o in list(out) for c in o.conjuncts]  # "between X and Y"
    return sorted(set(out), key=lambda t: t.i)


def _other_deal(deal: Token | None) -> bool:
    """A noun compound on the deal that is no word of the story's own deal kinds ("arms deal", "trade pact")."""
    return deal is not None and any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ not in deal_words().story_deal_modifiers
        for c in deal.children)


def _halted(tok: Token) -> bool:
    """The act noun is the subject of a verb that puts it off ("the signing was postponed")."""
    return tok.pos_ in NOUN_POS and tok.dep_ in ("nsubj", "nsubjpass") \
        and tok.head.lemma_.lower() in deal_words().halted_heads


def deal_parties(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """The two (or more) parties the deal's own phrases name ("X's treaty with Y", "the accord between X and
    Y"); fewer than two named: none (the deal_pair spec decides whether the story's sides stand in)."""
    if _halted(tok):
        return []
    found = list(dict.fromkeys(a for h in _phrase_holders(tok, _deal(tok)) for a in d.actors(h)))
    if len(found) < 2:
        return []
    raw.trace["source"] = OWN_PHRASE
    return found


def deal_pair(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """The story's sides, unless the deal has a phrase of its own parties or a possessor, is another kind of
    deal ("an arms deal"), or its signing is put off: then nothing (the frame needs an actor and drops it)."""
    deal = _deal(tok)
    if _halted(tok) or _phrase_holders(tok, deal) or _other_deal(deal):
        raw.trace["source"] = NO_PAIR
        return []
    return [PAIR]


DEAL_SPECS = {"deal_parties": deal_parties, "deal_pair": deal_pair}
