"""The swap a release is told in, and what it says of who frees whom (``data/swap_context.toml``).

Why: reports of prisoner swaps often tell a release with no agent and name the other side only
in the swap's with-phrase: "five Norland citizens freed in a swap with Peru", "a swap with Lima
that freed seven Chileans for two Peruvians", "prisoners sought by Chile in a swap with Peru were
freed". The captives' own side made the swap *with* the partner, so the partner held and frees
them (rule PARTNER_RELEASE); and a release "of A for B" inside a swap is the trade of A against
B, so B is freed too, by the side B was traded to (rule TRADED_FOR, built by the caller).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.interactions.candidate import Candidate
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.implicit import nationality
from backchannel.extract.interactions.lexicon import Frame
from backchannel.syntax.roles import logical_object, logical_subject
from backchannel.syntax.tree import NOUN_POS, VERB_POS, prep_objects

FILE = "swap_context.toml"
PARTNER_RELEASE = "interactions.swaps.partner_release"
TRADED_FOR = "interactions.swaps.traded_for"
PEOPLE_TRADED = "interactions.swaps.people_traded"
EXCHANGE_OTHER = "interactions.build.exchange_other_release"


@dataclass(frozen=True)
class SwapWords:
    swap_nouns: frozenset[str]
    swap_heads: frozenset[str]
    context_preps: tuple[str, ...]
    partner_prep: str
    traded_prep: str
    trade_phrases: tuple[str, ...]
    side_kinds: frozenset[str]


# The rules' words, parsed and checked once per process.
swap_words = loader(SwapWords, FILE)


def is_swap_noun(tok: Token | None) -> bool:
    """Does ``tok`` name a swap: a swap noun ("the exchange"), or a head such as "deal" with a swap
    noun among its modifiers ("a prisoner-swap deal", "the swap agreement")?"""
    if tok is None or tok.pos_ not in NOUN_POS:
        return False
    w = swap_words()
    lemma = tok.lemma_.lower()
    if lemma in w.swap_nouns:
        return True
    return lemma in w.swap_heads and any(
        x.lemma_.lower() in w.swap_nouns for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod") for x in c.subtree)


def _context_nouns(tok: Token) -> list[Token]:
    """The nouns of the context prepositions on ``tok`` ("in a swap", "as part of the exchange"); not
    the bare noun of a trade phrase ("in exchange for B", "in exchange of B": the trade rule's)."""
    return [o for p in swap_words().context_preps for o in prep_objects(tok, p)
            if not (o.n_lefts == 0 and any(c.dep_ == "prep" for c in o.rights))]


def release_swap(tok: Token) -> Token | None:
    """The swap noun a release verb is told in: "freed in a swap (with X)", "a swap that freed A"
    (the swap is the relative clause's subject), or a participle on the captives ("prisoners
    sought by X in a swap with Y were freed"). None when the release is told in no swap."""
    if tok.pos_ not in VERB_POS:
        return None
    found = [o for o in _context_nouns(tok) if is_swap_noun(o)]
    if found:
        return found[0]
    s = logical_subject(tok)
    if is_swap_noun(s):
        return s
    o = logical_object(tok)
    for c in (o.children if o is not None else ()):
        if c.dep_ == "acl" and c.pos_ in VERB_POS:
            found = [x for x in _context_nouns(c) if is_swap_noun(x)]
            if found:
                return found[0]
    return None


def swap_partner(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule PARTNER_RELEASE: ``source`` of a release told in a swap with a named party ("freed in
    a swap with X", "a swap with X that freed A"): X, a state, group or organisation, held the
    captives. Not when the captives are X's own people ("five Peruvians freed in a swap with
    Peru": Peru gets them back), nor when X is among them, nor when a captor participle on the
    captives names who held them ("five Chileans held in Norland were freed in a swap with Peru": the
    custody rules read the holder there)."""
    s = release_swap(tok)
    if s is None:
        return []
    w = swap_words()
    withs = prep_objects(s, w.partner_prep) or (prep_objects(tok, w.partner_prep) if s.head == tok or (
        s.head.head == tok) else [])
    o = logical_object(tok)
    if o is not None and any(c.dep_ == "acl" and c.lemma_.lower() in d.lex.settings.captor_verbs for c in o.children):
        return []  # "Chileans held in X were freed in a swap with Y": the participle names the holder
    own = (nationality(d, o) or d.state_for(o.text)) if o is not None else None  # "Peruvians": Peru's own
    captives = set(d.actors(o)) if o is not None else set()
    out = [a for x in withs for a in d.actors(x, deep=False)
           if getattr(d.ctx.actors.get(a), "kind", None) in w.side_kinds and a != own and a not in captives]
    if out:
        raw.infer("source", PARTNER_RELEASE)
    return out[:1]


def traded_objects(tok: Token) -> tuple[list[Token], str]:
    """What a release was traded for, and the rule that read it: "in exchange for B", "in return
    for B" on the verb (the exchange rule), or rule TRADED_FOR: a bare "for B" on a release told in
    a swap ("a swap that freed A for B"; not "freed A for humanitarian reasons" outside a swap)."""
    w = swap_words()
    out = [o for p in w.trade_phrases for o in prep_objects(tok, p)]
    if not out and release_swap(tok) is not None:
        return prep_objects(tok, w.traded_prep), TRADED_FOR
    return out, EXCHANGE_OTHER


def names_people(d: Doc_, y: Token, ys: list[str]) -> bool:
    """Rule PEOPLE_TRADED: is what a release was traded for people, who are freed in turn (an actor,
    a captive noun, a nationality: "in return for 250 Peruvian nationals")? Not a thing: "handed
    over 15 soldiers in exchange for maps of the minefields", "in return for unfrozen funds"."""
    if ys or nationality(d, y) is not None or d.state_for(y.text) is not None:
        return True  # "for two Peruvians": a demonym names people
    nouns = d.lex.settings.captive_nouns
    return any(t.lemma_.lower() in nouns for t in y.subtree)
