"""The order of a symmetric act's two guessed parties: the order its own sentence names them in.

Why: "talks between the <demonym> and <demonym> sides", "the two delegations, A's and B's, met":
the sentence names both parties, but only as adjectives or descriptions the argument reading does
not take, so both ends come from the story's sides, in the order the story (or its title) gave them.
The convention writes a symmetric act (meet, negotiate, agree) in the order of first mention, and
the mention the reader sees first is the one in the act's own sentence.
"""

from __future__ import annotations

from backchannel.extract.context import Context
from backchannel.extract.interactions.candidate import SOURCE, TARGET, Record
from backchannel.extract.interactions.lexicon import lexicon

NAMED_ORDER = "interactions.sentence_sides.named_order"


def sentence_order(ctx: Context, recs: list[Record]) -> list[Record]:
    """Rule NAMED_ORDER: a symmetric act both of whose ends were inferred (neither read off its
    arguments) and both of whose parties have a mention in the trigger's sentence puts first the
    party mentioned first there. An end read off the sentence keeps its place ("A met B": A first
    whatever the story says)."""
    sym = lexicon().settings.symmetric_types
    for r in recs:
        if r.type not in sym or not r.source or not r.target \
                or SOURCE not in r.inferred or TARGET not in r.inferred:
            continue
        sent = r.trig.sent
        fs = _first(ctx, r.source, sent.start_char, sent.end_char)
        ft = _first(ctx, r.target, sent.start_char, sent.end_char)
        if fs is None or ft is None or fs <= ft:
            continue
        r.source, r.target = r.target, r.source
        r.trace[SOURCE] = r.trace[TARGET] = NAMED_ORDER
    return recs


def _first(ctx: Context, aid: str, start: int, end: int) -> int | None:
    """Where the actor is first mentioned between two offsets of the document, or None."""
    act = ctx.actors.get(aid)
    if act is None:
        return None
    found = [m.start for m in act.mentions if m.doc == ctx.document.id and start <= m.start < end]
    return min(found) if found else None
