"""Agentless passive cues: "it was reported that …", "Libya, once accused of …", "X had been
informed when …" name nobody who speaks.

Why: a claim is a statement the report attributes to someone (spec: ``speaker`` is an actor).
A passive cue without a "by"-agent, whose speaker phrase resolved to no actor (the subject of a
passive is the addressee or the accused, never the speaker), attributes the words to nobody:
such a candidate makes no claim. It is kept as an :class:`~backchannel.model.Attribution` of
kind ``unattributed`` (rule ``claims.speakers.agentless_passive``), beside the claims, which
attribution corpora annotate (PolNeAR exports it). A quotation keeps its claim: quoted words
are somebody's even when the report does not say whose.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.context import Context
from backchannel.extract.claims.state import Cand, ClaimsDoc
from backchannel.model import Attribution, ClaimSpans

RULE = "claims.speakers.agentless_passive"


def split_agentless(done: list[Cand]) -> tuple[list[Cand], list[Cand]]:
    """The resolved candidates without, and then only, those of an agentless passive cue that
    found no speaker."""
    out = [c.speaker_actor is None and not c.direct and c.parent is None and c.cue_tok is not None
           and agentless_passive(c.cue_tok) for c in done]
    return [c for c, o in zip(done, out) if not o], [c for c, o in zip(done, out) if o]


def add_unattributed(ctx: Context, d: ClaimsDoc, cands: list[Cand]) -> None:
    """Record each agentless candidate as an ``unattributed`` attribution (no source)."""
    for c in cands:
        pieces = [p for p in c.pieces if p[1] > p[0]]
        if not pieces:
            continue
        lo, hi = min(pieces[0][0], c.cue_span[0]), max(pieces[-1][1], c.cue_span[1])
        a, b = d.sents[d.sent_index(lo)], d.sents[d.sent_index(max(hi - 1, lo))]
        ctx.attributions.append(Attribution(
            id=f"a{len(ctx.attributions) + 1}", kind="unattributed", cue=c.cue_text,
            content=" ".join(d.text[s:e] for s, e in pieces),
            spans=ClaimSpans(doc=ctx.document.id, content=pieces, cue=c.cue_span),
            evidence=ctx.evidence(a.start_char, b.end_char), rule=RULE))


def agentless_passive(v: Token) -> bool:
    """Whether verb cue ``v`` is passive ("was reported", "been informed", a participle "accused
    of" on a noun) with no "by"-agent of its own."""
    if v.pos_ not in ("VERB", "AUX") or v.tag_ != "VBN":
        return False
    if any(k.dep_ == "agent" for k in v.children):
        return False
    passive = any(k.dep_ in ("auxpass", "nsubjpass") for k in v.children)
    return passive or v.dep_ in ("acl", "amod") and v.head.pos_ in ("NOUN", "PROPN")
