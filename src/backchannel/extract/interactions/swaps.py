"""Who frees each captive of a swap ("A was exchanged for B"): the holders the text names, or the
sides the captives belong to.

Why: a swap names its captives and often neither side; each side frees the captive it held, so a
captive's own side (its nationality, or the party its modifier names: "four Norland Front
fighters") frees the other captive, and the story's other side frees this one.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.interactions.candidate import HOLDER_OF
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.implicit import captor_of, nationality
from backchannel.extract.interactions.nominal_specs import named_actor
from backchannel.syntax.roles import logical_subject
from backchannel.syntax.tree import NOMINAL_MODIFIER_DEPS, is_passive

SWAP_HOLDERS = "interactions.build.swap_holders"  # "X and Y exchanged A for B": each frees whom it held
SWAP_MEMBER_SIDE = "interactions.swaps.member_side"  # "A was exchanged for four Norland Front fighters"

_SIDE_KINDS = ("group", "organization", "state")


def named_holders(d: Doc_, a_tok: Token, b_tok: Token) -> tuple[str, str] | None:
    """Rule SWAP_HOLDERS, with no sides as subject: "A was exchanged for B, who had been held by Y":
    the captor the text names for a captive frees that captive (the other stays unknown, not the
    captive's nationality guessed against a named captor)."""
    ha, hb = captor_of(d, a_tok)[:1], captor_of(d, b_tok)[:1]
    if not ha and not hb:
        return None
    return (ha[0] if ha else "", hb[0] if hb else "")


def swap_holders(d: Doc_, tok: Token, a_tok: Token, b_tok: Token) -> tuple[str, str] | None:
    """Who held each captive of "X and Y exchanged A for B" (the two sides the subject names):
    the captor the text names ("B, held in a Norland jail"), else the side the captive does
    not belong to ("jailed US star A" is held by the side that is not the US)."""
    s = logical_subject(tok) if not is_passive(tok) else None
    sides = [x for x in d.actors(s) if getattr(d.ctx.actors.get(x), "kind", None) != "person"] if s is not None else []
    if len(sides) != 2:
        return None

    def holder(t: Token) -> str | None:
        cap = [c for c in captor_of(d, t) if c in sides]
        if cap:
            return cap[0]
        nat = nationality(d, t)
        return next((x for x in sides if x != nat), None) if nat in sides else None

    ha, hb = holder(a_tok), holder(b_tok)
    ha = ha or next((x for x in sides if x != hb), None) if hb else ha
    hb = hb or next((x for x in sides if x != ha), None) if ha else hb
    return (ha, hb) if ha and hb and ha != hb else None


def member_side(d: Doc_, tok: Token, own: list[str]) -> str | None:
    """The party a captive phrase says its captives belong to: a group, organisation or state
    named among its modifiers ("four Norland Front fighters", "two Vesterland soldiers"), other
    than the captives' own actor."""
    mods = [c for c in tok.children if c.dep_ in NOMINAL_MODIFIER_DEPS and c.i < tok.i]
    if not mods:
        return None
    # the modifiers as one name ("Boko Haram" of "Boko Haram militants"), else each word
    words = [tok.doc[mods[0].left_edge.i:tok.i].text] + [x.text for c in mods for x in c.subtree]
    for w in words:
        a = named_actor(d, w)
        if a and a not in own and getattr(d.ctx.actors.get(a), "kind", None) in _SIDE_KINDS:
            return a
    return None


def captive_sides(d: Doc_, a_tok: Token, b_tok: Token, a: list[str], b: list[str]) -> tuple[str, str, bool]:
    """Who frees A and who frees B when no holder is named: the side B belongs to frees A (it held
    A), and B's own side gets B back, so the story's other side frees B (a marker the story step
    resolves); each the other way round. Returns (frees A, frees B, read by the member rule)."""
    side_a = nationality(d, a_tok) or member_side(d, a_tok, a) or ""
    side_b = nationality(d, b_tok) or member_side(d, b_tok, b) or ""
    frees_a = side_b or (HOLDER_OF + side_a if side_a else "")
    frees_b = side_a or (HOLDER_OF + side_b if side_b else "")
    by_member = (frees_a, frees_b) != (nationality(d, b_tok) or "", nationality(d, a_tok) or "")
    return frees_a, frees_b, by_member
