"""A pronoun speaker whose coreference reached the topic of the claim before it.

"The ministry admitted that it had met envoys of the Front in May. No formal talks were held,
it said": coreference takes the nearest fitting mention before "it" (the Front), which the
previous claim only talks about (as an object, or inside a modifier of the speaker: "the Front,
the main militia in Norland, announced … It said": not Norland). A pronoun that speaks right after a claim continues that
claim's speaker (the subject of a speech verb is the party that spoke, not its topic), so the
speaker of that claim is the pronoun's actor when it fits the pronoun.

Why its own module: the speakers module reads many constructions; this one only compares
the pronoun's antecedent with the previous claim's content.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from backchannel.extract.context import Context
from backchannel.extract.claims.state import Cand
from backchannel.syntax.tree import SUBJ_DEPS

RULE = "claims.speakers.previous_topic"


def _inside(c: Cand, s: int) -> bool:
    """Whether character ``s`` lies inside the content of claim ``c`` (its clause or its pieces)."""
    spans = [tuple(p) for p in c.pieces] or ([c.clause] if c.clause is not None else [])
    return any(a <= s < b for a, b in spans)


def previous_topic(ctx: Context, head: Token, aid: str, recent: list[Cand],
                   fits: Callable[[str | None], bool]) -> str | None:
    """The speaker of the latest claim before pronoun ``head`` (``recent``: latest first, in this
    sentence or the one before) when the pronoun's coreference actor ``aid`` was last named, in that
    claim's sentence or after it, as no subject ("contact with the Front", "a cartel in Norland"): a
    party only spoken of. None otherwise: a party last named as a subject ("Norland said the Front
    fired first. It denied …": the Front may answer), the claim's speaker itself, a speaker that does
    not fit the pronoun, or a pronoun inside that claim's own content."""
    prev = next((p for p in recent if p.cue_span and p.cue_span[0] < head.idx), None)
    if prev is None or prev.speaker_actor is None or prev.speaker_actor == aid or not fits(prev.speaker_actor):
        return None
    if _inside(prev, head.idx):
        return None  # "X said that it would …": the pronoun is in the content, not a new speaker
    lo = prev.sent.start_char if prev.sent is not None else max(0, head.idx - 1000)
    last = [(s, e) for s, e, a in ctx.mentions_in(lo, head.idx) if a == aid and s < head.idx]
    span = ctx.doc.char_span(*last[-1], alignment_mode="expand") if last else None
    if span is None or not len(span) or span.root.dep_ in SUBJ_DEPS:
        return None
    return prev.speaker_actor
