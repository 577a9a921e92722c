"""The named party a description stands for, when an act's argument is the description (s46-acts).

Why: news text tells who a party is in a description set beside its name, and hangs an act on
that description rather than on the name: "X, an accountant who was charged with fraud" (the
relative pronoun's antecedent is "accountant"), "X is a ship's cook accused of smuggling" (the
participle hangs on the copula's attribute), "Y, a trader whom the port authority faulted for
the delays". The act's argument is then the description noun, which is no actor or only an
unnamed one; its possessor ("the Gazette's accountant") is not the party either. The
party is the named actor the description is said of: the head of the apposition, or the subject
of the copula. Census s46: three stories (two clusters and a set) left such acts with no party
or gave them the description's possessor.

Not for a proper noun (a name in apposition to a name names a party of its own), nor for a
description beside a dateline (the parser's apposition of a dateline is no description), nor
when the one described is not a named actor, nor for another party's office set beside a state or
a body ("after talks with Y, X's emir, who ...": the parser's apposition, the office is X's).
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from backchannel.extract.context import Context
from backchannel.extract.interactions.words import words
from backchannel.syntax.tree import in_dateline, prep_objects

DESCRIBED_REFERENT = "interactions.described.named_referent"

W = words()


def _described_token(t: Token) -> Token | None:
    """The token the description ``t`` is said of: the apposition's head ("X, an accountant"), or the
    subject of the copula whose attribute it is ("X is an accountant"); None for anything else."""
    if t.pos_ != "NOUN":
        return None
    if t.dep_ == "appos" and t.head.i != t.i and not in_dateline(t.head):
        return t.head
    if t.dep_ == "attr" and t.head.lemma_ == W.copula:
        return next((c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def _person_of(ctx: Context, actor_tok: Callable[[Token], str | None], t: Token) -> bool:
    """The description has an of-object naming a person ("the father of X who was killed"): a clause
    after it may be the person's (the parser's attachment is a guess), so the description gives nothing."""
    for o in prep_objects(t, "of"):
        a = actor_tok(o)
        if a is not None and getattr(ctx.actors.get(a), "kind", None) == "person":
            return True
    return False


def described_actor(ctx: Context, actor_tok: Callable[[Token], str | None], t: Token) -> str | None:
    """Rule DESCRIBED_REFERENT: the named actor a description noun stands for, or None."""
    head = _described_token(t)
    if head is None or _person_of(ctx, actor_tok, t):
        return None
    a = actor_tok(head)
    actor = ctx.actors.get(a) if a is not None else None
    if actor is None or not actor.named:
        return None
    if actor.kind != "person" and any(c.dep_ == "poss" and actor_tok(c) not in (None, a) for c in t.children):
        return None  # "talks with Iran, Qatar's emir, who ...": a party's office beside a state is a misparse
    return a
