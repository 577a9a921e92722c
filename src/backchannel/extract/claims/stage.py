"""The claims stage itself: the steps in order, and the assembly of claims.

Reading :func:`extract_claims` top to bottom gives the stage's order:
signed text, cue candidates, nested attribution, quotation assignment,
speaker resolution, claim records.
"""

from __future__ import annotations

import bisect

from backchannel.extract.context import Context, stage
from backchannel.model import Claim, ClaimSpans
from backchannel.extract.claims.lexicon import lexicon
from backchannel.extract.claims.state import Cand, ClaimsDoc
from backchannel.extract.claims.nominal import charge_appositions
from backchannel.extract.claims.candidates import candidates
from backchannel.extract.claims.signed import signed_posts, transcript_lines
from backchannel.extract.claims.assign import assign_quotes, drop_introductions
from backchannel.extract.claims.speakers import resolve_speaker, speaker_span


@stage("claims")
def extract_claims(ctx: Context) -> None:
    lex = lexicon()
    d = ClaimsDoc(ctx)
    text = d.text
    tweets = signed_posts(d)
    lines = transcript_lines(d)
    cands = [c for c in candidates(d, lex)
             if not any(cs <= c.cue_span[0] < ce for (cs, ce), _, _ in tweets + lines)]
    cands = charge_appositions(d, lex, cands)
    # nested attribution: a cue inside another candidate's clause keeps the outer speaker
    # (two cues inside each other's clauses, a parse that hung one on the other, nest neither)
    spans = sorted((*c.clause, c.cue_span[0]) for c in cands
                   if c.clause and c.kind in ("clause", "according", "object", "infinitive", "frame", "reverse"))
    starts = [s for s, _, _ in spans]
    kept = []
    for c in cands:
        pos = c.cue_span[0]
        j = bisect.bisect_right(starts, pos) - 1
        nested = False
        while j >= 0 and j >= bisect.bisect_right(starts, pos) - 6:
            s, e, outer = spans[j]
            if s <= pos < e and (c.clause is None or (s, e) != c.clause) and not (
                    c.clause is not None and c.clause[0] <= outer < c.clause[1]):
                nested = True
                break
            j -= 1
        if not nested:
            kept.append(c)
    claims = assign_quotes(d, kept, lex)
    for (cs, ce), (ns, ne), dash in tweets:
        sp = ctx.doc.char_span(ns, ne, alignment_mode="expand")
        claims.append(Cand(None, dash, "—", "neutral", sp, (cs, ce), "tweet", None,
                           pieces=[[cs, ce]], direct=True))
    for (cs, ce), (ns, ne), colon in lines:
        sp = ctx.doc.char_span(ns, ne, alignment_mode="expand")
        claims.append(Cand(None, colon, ":", "neutral", sp, (cs, ce), "transcript", None,
                           pieces=[[cs, ce]], direct=True))
    claims.sort(key=lambda c: c.pieces[0][0])
    claims = drop_introductions(claims)
    done: list[Cand] = []
    seen: set[tuple[int, int]] = set()
    for c in claims:
        key = (c.pieces[0][0], c.pieces[-1][1])
        if key in seen:
            continue
        seen.add(key)
        if c.parent is not None and c.speaker_actor is None:
            c.speaker_actor, c.inferred = c.parent.speaker_actor, list(c.parent.inferred)
        resolve_speaker(ctx, d, c, lex, done)
        done.append(c)
    for c in done:
        pieces = [p for p in c.pieces if p[1] > p[0]]
        if not pieces:
            continue
        lo = min([pieces[0][0]] + ([c.cue_span[0]] if c.cue_span else []) +
                 ([c.speaker.start_char] if c.speaker is not None else []))
        hi = max([pieces[-1][1]] + ([c.cue_span[1]] if c.cue_span else []) +
                 ([c.speaker.end_char] if c.speaker is not None else []))
        a, b = d.sents[d.sent_index(lo)], d.sents[d.sent_index(max(hi - 1, lo))]
        spans_ = ClaimSpans(doc=ctx.document.id, content=pieces, cue=c.cue_span, speaker=speaker_span(ctx, c))
        if c.partial and c.clause is not None:
            spans_.clause = list(c.clause)
        ctx.claims.append(Claim(
            id=f"c{len(ctx.claims) + 1}", speaker=c.speaker_actor, cue=c.cue_text, direct=c.direct,
            content=" ".join(text[s:e] for s, e in pieces), spans=spans_,
            evidence=ctx.evidence(a.start_char, b.end_char), stance=c.stance, inferred=c.inferred))
