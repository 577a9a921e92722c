"""Where an unnamed description ends: a venue is not part of it, nor a second coordinated description.

Why: the parser hangs a verb's place on its object ("met the <demonym> foreign minister in <city>")
and a second role noun on the first one's of-phrase ("representatives of the government and
intermediaries of the rebels"); read as written, the first makes an alias of a venue and the second
one actor of two parties, each with its own side. Word lists: ``data/unnamed_spans.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.actors.state import ActorState

FILE = "unnamed_spans.toml"
VENUE = "actors.unnamed.venue_not_name"
COORDINATED = "actors.unnamed.coordinated_role"
SHARED_SIDE = "actors.unnamed.shared_conjunct_side"


@dataclass(frozen=True)
class Words:
    """``unnamed_spans.toml`` ``[unnamed_spans]``."""

    venue_heads: frozenset[str]
    own_postmodifier_preps: frozenset[str]


# The words of the module, read and checked key by key (``load_fields``).
words = loader(Words, FILE, "unnamed_spans")


def venue_of_event(tok: Token) -> bool:
    """Is ``tok`` (or the first conjunct it is coordinated with) the object of a verb or event noun
    whose place phrase is the event's venue ("met X in <city>", "talks with X in <city>")?
    (actors.unnamed.venue_not_name). A subject keeps its place ("officials in <capital> said")."""
    t = tok
    for _ in range(6):
        if t.dep_ != "conj":
            break
        t = t.head
    if t.dep_ == "dobj":
        gov = t.head
    elif t.dep_ == "pobj" and t.head.dep_ in ("prep", "agent"):
        gov = t.head.head
    else:
        return False
    return gov.lemma_.lower() in words().venue_heads or gov.lower_ in words().venue_heads


def role_conjunct(st: ActorState, tok: Token) -> bool:
    """Is ``tok`` a role noun with its own post-modifier that the parser coordinated with the object of
    another role noun's post-modifier ("representatives of the government and intermediaries of the
    rebels": "intermediaries")? Then it heads a description of its own (actors.unnamed.coordinated_role)."""
    lx = st.lx
    if tok.dep_ != "conj" or tok.lemma_.lower() not in lx.unnamed_person | lx.unnamed_group:
        return False
    if _own_prep(tok) is None:
        return False
    prep = tok.head.head
    return tok.head.dep_ == "pobj" and prep.dep_ == "prep" and \
        prep.head.lemma_.lower() in lx.unnamed_person | lx.unnamed_group


def _own_prep(tok: Token) -> Token | None:
    """The role noun's own post-modifying preposition: its child, or the one right after it that the
    parser hung on the noun before the conjunction ("... government and intermediaries of the rebels")."""
    own = words().own_postmodifier_preps
    child = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in own), None)
    if child is not None:
        return child
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.dep_ == "prep" and nxt.lower_ in own and nxt.head.i < tok.i:
        return nxt
    return None


def conjunct_right(tok: Token) -> list[Token]:
    """The post-modifier of a coordinated role noun that the parser hung on the noun before it
    ("intermediaries of the rebels"); empty when the parser gave the noun its own."""
    prep = _own_prep(tok)
    if prep is None or prep.head.i == tok.i:
        return []
    out: list[Token] = []
    for t in prep.subtree:
        if t.text in (",", "(", ";", "—", "–") or t.dep_ == "relcl":
            break
        if not t.is_space:
            out.append(t)
    return out


def cut_role_conjunct(st: ActorState, right: list[Token]) -> list[Token]:
    """``right`` (a description's post-modifier) up to a coordinated role noun that heads its own
    description, without the conjunction before it."""
    inside = {t.i for t in right}
    for k, t in enumerate(right):
        if t.head.i in inside and role_conjunct(st, t):
            first = min(x.i for x in t.subtree)
            out = [x for x in right if x.i < first]
            while out and (out[-1].dep_ in ("cc", "punct") or out[-1].is_punct):
                out.pop()
            return out
    return right


def shared_conjunct_side(st: ActorState, tok: Token) -> str | None:
    """The side of the role noun ``tok`` is coordinated with, when that one's side comes from its own
    pre-modifier ("<demonym> police officers and soldiers", "<Group> commanders and fighters"): the
    modifier of the first conjunct reads over both (actors.unnamed.shared_conjunct_side).

    Not for held people (a captive has no side) nor when ``tok`` or the first conjunct has a post-modifier of its
    own."""
    lx = st.lx
    first = tok.head
    if tok.dep_ != "conj" or first.lemma_.lower() not in lx.unnamed_person | lx.unnamed_group:
        return None
    if tok.lemma_.lower() in lx.captive_bare or first.lemma_.lower() in lx.captive_bare or \
            any(c.dep_ == "prep" for c in tok.children) or any(c.dep_ == "prep" and c.i < tok.i for c in first.children):
        return None  # (s42) nor when the first one's side is its own phrase's: "delegates from A and the opposition"
    aid = st.token_actor.get(first.i)
    actor = st.ctx.actors.get(aid) if aid else None
    if actor is None or actor.named or actor.affiliation is None:
        return None
    if actor.traced("affiliation") not in ("actors.unnamed.modifier_side", "actors.unnamed.named_modifier_side"):
        return None
    return actor.affiliation
