"""A description of an office's holder that writes no title of it: "<State>'s top diplomat said".

Why: news names a foreign minister "the country's top diplomat" as often as by the title, and the
report introduces the person by the title elsewhere ("Foreign Minister Jo Lee"), before or after; read as
a bare description, the words made an unnamed speaker of their own beside the named minister (s47-speaker
census: two claims of one report). The holder is the one named person the report writes right after one
of the office's capitalised titles, of the possessor's state when it has one. Which descriptions name which
office is language data (``data/office_epithets.toml``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from backchannel.data_loader import loader
from backchannel.extract.context import Context
from backchannel.extract.claims.descriptions import _titled
from backchannel.model import Mention

FILE = "office_epithets.toml"
RULE = "claims.office_epithets.office_holder"


@dataclass(frozen=True)
class Epithet:
    """One ``[[epithet]]``: the words of a description and the titles (each its words, space separated) of the
    office it names."""

    words: tuple[str, ...]
    titles: tuple[str, ...]


@dataclass(frozen=True)
class Epithets:
    """The records of data/office_epithets.toml: ``owners``, the nouns a possessor of the description may be
    and still stand for a state ("the country's top diplomat")."""

    epithet: tuple[Epithet, ...]
    owners: frozenset[str] = frozenset()


epithet_records = loader(Epithets, FILE)


@cache
def _epithets() -> tuple[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]], ...]:
    """(description words, titles) of each ``[[epithet]]``."""
    return tuple((e.words, tuple(tuple(t.split()) for t in e.titles)) for e in epithet_records().epithet)


def _of_state(ctx: Context, tok: Token) -> bool:
    """Whether the word names a state (a demonym or a state's name)."""
    aid = ctx.actor_for_token(tok)
    return aid is not None and ctx.actors[aid].kind == "state"


def office_holder(ctx: Context, span: Span) -> str | None:
    """The named person a speaker description of an office stands for ("Norland's top diplomat"); None
    when the words name no office of the list, or no or several persons hold its title in the report."""
    head = span.root
    words = tuple(t.lower_ for t in span if t.i == head.i or t.head.i == head.i and t.dep_ in ("amod", "compound")
                  and not _of_state(ctx, t))  # ("the Norland top diplomat": the state is no word of the office)
    titles = next((ts for w, ts in _epithets() if words == w), None)
    if titles is None:
        return None
    if any(t.dep_ == "poss" and t.pos_ != "PRON" and not _of_state(ctx, t) and t.lemma_.lower()
           not in epithet_records().owners for t in span if t.i < head.i):
        return None  # "the bloc's top diplomat", "the Front's top diplomat": no state's foreign minister
    owners = {ctx.actor_for_token(t) for t in span if t.i < head.i and t.dep_ in ("poss", "amod", "compound")}
    state = next((o for o in owners if o is not None and o in ctx.actors and ctx.actors[o].kind == "state"), None)
    found = {aid for aid, a in ctx.actors.items() if a.kind == "person" and a.named
             and (state is None or a.affiliation == state) and not _met(ctx, span, a.mentions)
             and any(_titled(ctx, m.start, list(t)) for m in a.mentions for t in titles)}
    return next(iter(found)) if len(found) == 1 else None


def _met(ctx: Context, span: Span, mentions: list[Mention]) -> bool:
    """Whether a person is named in the description's own sentence outside it and not in apposition to it:
    the one the described official meets or visits ("X's top diplomat said after meeting Foreign Minister Y"),
    his counterpart, not himself (review 2)."""
    sent = span.sent
    for m in mentions:
        if not sent.start_char <= m.start < sent.end_char or span.start_char <= m.start < span.end_char:
            continue
        tok = ctx.doc.char_span(m.start, m.start + 1, alignment_mode="expand")
        if tok is not None and span.root not in list(tok.root.ancestors):
            return True
    return False
