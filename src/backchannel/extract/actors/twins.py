"""Unnamed actors of one name, kind and side made twice by two steps: one actor (s40-precision).

Why: the captives steps and the peoples step each make a group of what they read ("Americans" freed,
"Americans" held, "the Americans" as a people; "foreign aid workers" freed twice), and a dossier with two
actors of one name is one referent counted twice: a spurious actor, and acts split between the two. Only
unnamed actors whose names fold alike, of one kind and one affiliation (or none), are joined: "Norwegian
soldiers" and "Swedish soldiers" differ in name, two "soldiers" groups of two sides differ in affiliation.
"""

from __future__ import annotations

from backchannel.extract.actors.state import ActorState
from backchannel.resolve.lexicon import fold

RULE = "actors.twins.same_name"


def same_name_twins(st: ActorState) -> None:
    """Fold each unnamed actor into the first one of the same folded name, kind and affiliation."""
    first: dict[tuple[str, str, str | None], str] = {}
    for a in list(st.ctx.actors.values()):
        if a.named or not a.name:
            continue
        key = (fold(a.name), a.kind, a.affiliation)
        if key in first and first[key] in st.ctx.actors:
            st.merge(a.id, first[key], RULE)
        else:
            first[key] = a.id
