"""Assembly: resolved candidates become :class:`Claim` records of the dossier.

Why a step of its own: the record's evidence is the sentences that hold the
content, cue and speaker together, and the speaker span is the mention that
names the speaker here; both are computed only once everything is resolved.
"""

from __future__ import annotations

from backchannel.extract.context import Context
from backchannel.model import Claim, ClaimSpans
from backchannel.extract.claims.state import Cand, ClaimsDoc
from backchannel.extract.claims.speakers import speaker_span


def add_claims(ctx: Context, d: ClaimsDoc, done: list[Cand]) -> None:
    """Append one claim per candidate with content, numbered in order."""
    text = d.text
    for c in done:
        pieces = [p for p in c.pieces if p[1] > p[0]]
        if not pieces:
            continue
        lo = min([pieces[0][0]] + ([c.cue_span[0]] if c.cue_span else []) +
                 ([c.speaker.start_char] if c.speaker is not None else []))
        hi = max([pieces[-1][1]] + ([c.cue_span[1]] if c.cue_span else []) +
                 ([c.speaker.end_char] if c.speaker is not None else []))
        a, b = d.sents[d.sent_index(lo)], d.sents[d.sent_index(max(hi - 1, lo))]
        spans = ClaimSpans(doc=ctx.document.id, content=pieces, cue=c.cue_span, speaker=speaker_span(ctx, c))
        if c.partial and c.clause is not None:
            spans.clause = list(c.clause)
        claim = Claim(
            id=f"c{len(ctx.claims) + 1}", speaker=c.speaker_actor, cue=c.cue_text, direct=c.direct,
            content=" ".join(text[s:e] for s, e in pieces), spans=spans,
            evidence=ctx.evidence(a.start_char, b.end_char), stance=c.stance, inferred=c.inferred, rule=c.rule)
        for name, rule in c.trace.items():
            ctx.trace(claim, name, rule)
        ctx.claims.append(claim)
