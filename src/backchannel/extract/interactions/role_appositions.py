"""A role noun named by an apposition the parser hung on the role's own of-phrase.

Rule ``interactions.role_appositions.late_apposition``: "talks with the head of the Free Hill Front,
Anna Berg" and "I spoke with the special envoy of Ostland in the north, Mr Tam Vell" name the head and
the envoy: the name closes the role's phrase, but the parser attaches it to the last noun inside it
(the group, the place), or to the verb, or even makes it the subject of the reporting verb after it.
A person's name cannot stand in apposition to a group, a state or a place, so
when the unnamed role is a person and the noun that carries the name is none, the name is the role's;
so is a name that follows the role's phrase between commas (the closing comma keeps out "... the
envoy, Tam Vell said", where the name is the speaker).

Why a module of its own: document.py reads every end's phrase; this is one misparse of it, with a
walk down the role's prepositional phrases that the rest of that module does not need.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from backchannel.extract.context import Context

LATE_APPOSITION = "interactions.role_appositions.late_apposition"
COMMA = ","
SKIPPED = (")", "]")  # a gloss closed inside the role's phrase ("the head of the Front (the rebels), A")
MAX_STEPS = 3  # prepositional phrases walked down from the role noun ("envoy of X in the north")


def late_apposition(ctx: Context, actor_tok: Callable[[Token], str | None], t: Token, a: str) -> str | None:
    """The named person an apposition inside ``t``'s of-phrases gives the unnamed person role ``a``
    ("the head of the Front, Anna Berg"), or None. Never a name that could be the inner noun's own
    apposition: the inner noun must be no person."""
    act = ctx.actors.get(a)
    if act is None or act.named or act.kind != "person":
        return None
    x = t
    for _ in range(MAX_STEPS):
        y = next((o for p in x.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"), None)
        if y is None:
            break
        inner = actor_tok(y)
        if inner is not None and getattr(ctx.actors.get(inner), "kind", None) == "person":
            return None  # "the envoy of the president, X": X may be the president
        for c in y.children:
            b = actor_tok(c) if c.dep_ == "appos" else None
            if b is not None and b != a and b in ctx.actors and ctx.actors[b].named and ctx.actors[b].kind == "person":
                return b
        x = y
    return _set_off_name(ctx, actor_tok, t, a)


def _set_off_name(ctx: Context, actor_tok: Callable[[Token], str | None], t: Token, a: str) -> str | None:
    """A named person right after the role's whole phrase, set off by commas ("with the head of the
    Front (the rebels), Anna Berg, in May"), however the parser hung it."""
    doc = t.doc
    i = t.right_edge.i + 1
    while i < len(doc) and (doc[i].is_punct and doc[i].lower_ in SKIPPED or doc[i].dep_ == "prep" and doc[i].left_edge.i == i):
        i = doc[i].right_edge.i + 1 if doc[i].dep_ == "prep" else i + 1  # (a place phrase hung on the verb)
    if i >= len(doc) or doc[i].lower_ != COMMA or doc[i].sent != t.sent:
        return None
    j = i + 1
    while j < len(doc) and doc[j].pos_ == "PROPN":
        j += 1
    if j == i + 1 or j >= len(doc) or not (doc[j].lower_ == COMMA or doc[j].is_quote and j + 1 < len(doc)
                                          and doc[j + 1].lower_ == COMMA):
        return None
    if _main_subject_after_fronted(t, doc[j - 1]):
        return None
    b = actor_tok(doc[j - 1])
    if b is None or b == a or b not in ctx.actors:
        return None
    return b if ctx.actors[b].named and ctx.actors[b].kind == "person" else None


FRONTED_DEPS = ("advcl", "prep", "npadvmod")  # a clause or phrase fronted before the main clause


def _main_subject_after_fronted(t: Token, name: Token) -> bool:
    """Whether the name after the comma opens the main clause that the role's phrase was fronted
    before ("After she met the envoy of X on Monday, Anna Berg, the leader, said ..."): the name is
    the subject of a verb that also governs a fronted clause or phrase holding the role. Then the
    comma closes the fronted part, not the role's phrase, and the name is no apposition of the role."""
    if name.dep_ not in ("nsubj", "nsubjpass") or name.head.i < name.i:
        return False
    verb = name.head
    return any(x.dep_ in FRONTED_DEPS and x.head == verb and x.i < name.i for x in [t, *t.ancestors])
