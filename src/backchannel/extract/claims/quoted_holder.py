"""A title speaker whose coreference points at a person its own quote names.

Why: a description speaker ("the president said") is tied by coreference to the nearest person
written with that title, and a quotation that runs before its cue often names another holder of the
title ("I will meet President Ola Brandt tomorrow," the president said): the nearest antecedent is then
inside the speaker's own words, where people speak of others, not of themselves. The speaker is the
other person the report introduced with the same title outside the quotation, when there is exactly one
(s47-speaker census: two claims of one report, and the same shape wherever two leaders of one title meet).
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.context import Context
from backchannel.extract.claims.descriptions import _titled
from backchannel.extract.claims.state import Cand

RULE = "claims.speakers.quoted_holder"


def _inside(c: Cand, start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies in the claim's own words."""
    return any(p[0] <= start and end <= p[1] for p in c.pieces)


def holder_outside_quote(ctx: Context, c: Cand, head: Token) -> str | None:
    """The other named holder of the speaker's title when coreference gave the person the claim's own
    words name last before the cue; None otherwise (a name of its own, a pronoun, no or several others)."""
    aid = ctx.actor_for_token(head)
    a = ctx.actors.get(aid) if aid else None
    if a is None or a.kind != "person" or not a.named or head.pos_ != "NOUN" or head.tag_ != "NN":
        return None
    surname = a.name.split()[-1]
    if any(m.start <= head.idx < m.end and surname in ctx.document.text[m.start:m.end] for m in a.mentions):
        return None  # the phrase names the person itself ("President Jo Lee said")
    before = [m for m in a.mentions if m.end <= head.idx]
    if not before or not _inside(c, *max(((m.start, m.end) for m in before))):
        return None
    title = [t.lower_ for t in head.children if t.dep_ == "compound" and t.i < head.i] + [head.lower_]
    others = {x for x, b in ctx.actors.items() if x != aid and b.kind == "person" and b.named and any(
        m.end <= head.idx and not _inside(c, m.start, m.end) and _titled(ctx, m.start, title) for m in b.mentions)}
    return next(iter(others)) if len(others) == 1 else None
