"""An outlet described before it is named: "…, a South Korean newspaper said Thursday. The Kestrel
Daily reported that …" — the indefinite description and the named outlet that reports right after
are one outlet.

Why after speaker resolution: the description speaks first and becomes an unnamed source of its
own (``claims.speaker_actors.unnamed_source``); only the claims after it show the name, so the two
actors are joined once every speaker is known. Wire copy opens this way (the outlet's kind in the
lead, its name in the next sentence); the gold keeps the description as an alias of the outlet.
"""

from __future__ import annotations

from backchannel.extract.context import Context
from backchannel.extract.claims.cue_lexicon import Lexicon
from backchannel.extract.claims.state import Cand, ClaimsDoc

RULE = "claims.outlet_named_after.outlet_named_after"
#: how many sentences after the description the named outlet may report
REACH = 2


def _described_outlet(ctx: Context, c: Cand, lex: Lexicon) -> bool:
    """Whether claim ``c`` is spoken by a new unnamed outlet introduced with an indefinite article
    ("a South Korean newspaper said")."""
    if c.speaker is None or c.speaker_actor is None or c.trace.get("speaker") != "claims.speaker_actors.unnamed_source":
        return False
    a = ctx.actors.get(c.speaker_actor)
    head = c.speaker.root
    return (a is not None and not a.named and c.speaker[0].lower_ in lex.words.indefinite_articles
            and (head.lower_ in lex.words.media_words or head.lemma_.lower() in lex.words.media_words))


def outlet_named_after(ctx: Context, d: ClaimsDoc, claims: list[Cand], lex: Lexicon) -> None:
    """Join an indefinite outlet description that spoke (:func:`_described_outlet`) to the named
    organisation whose claim with an outlet's cue (``medium_cues``: "reported") comes first in the
    same or the next two sentences; its claims then speak for that outlet."""
    for i, c in enumerate(claims):
        if not _described_outlet(ctx, c, lex) or c.cue_tok is None:
            continue
        si = d.sent_index(c.cue_tok.idx)
        for p in claims[i + 1:]:
            if p.cue_tok is None:  # a continuation quote: look on
                continue
            if d.sent_index(p.cue_tok.idx) > si + REACH:
                break
            b = ctx.actors.get(p.speaker_actor) if p.speaker_actor else None
            if b is None or p.speaker_actor == c.speaker_actor or p.cue_tok.lemma_ not in lex.words.medium_cues:
                continue
            if b.named and b.kind == "organization":
                old, new = c.speaker_actor, b.id
                assert old is not None
                ctx.merge_actor(old, new, rule=RULE)
                for q in claims:
                    if q.speaker_actor == old:
                        q.speaker_actor = new
                        q.trace["speaker"] = RULE
            break
