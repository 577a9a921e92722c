"""Statements each of two named parties made: "Both X and Y said …", "the two men said …".

Why: one claim has one speaker, and a plain coordination ("X and Y confirmed …") is spoken by
its first party (:func:`.anonymous.first_conjunct`). But "both" stresses that each of them said
it, and "the two leaders said" points back at two people the report has just named: the
reported words are each one's, so each gets a claim of their own (rule
``claims.speakers.each_party``). Words are ``pair_all`` / ``pair_determiners`` / ``pair_numbers``
of ``claims_words.toml``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from backchannel.extract.context import Context
from backchannel.extract.claims.cue_lexicon import Lexicon
from backchannel.extract.claims.state import Cand

RULE = "claims.speakers.each_party"


def _both_conjuncts(ctx: Context, span: Span, lex: Lexicon, cue: Token | None = None) -> list[str]:
    """The named actors of "both X and Y" (a "both" preconjunct on the first conjunct), or of
    "X and Y jointly said" (a joint adverb on the cue ``cue``: ``joint_adverbs``)."""
    head = span.root
    jointly = cue is not None and any(k.dep_ == "advmod" and k.lower_ in lex.words.joint_adverbs for k in cue.children)
    if not jointly and not any(k.dep_ in ("preconj", "det") and k.i < head.i and k.lower_ in lex.words.pair_all
                               for k in head.children):
        return []
    out: list[str] = []
    for t in [head, *head.conjuncts]:
        aid = ctx.actor_for_token(t)
        if aid is None or not ctx.actors[aid].named or aid in out:
            return []
        out.append(aid)
    return out


def _pair_people(ctx: Context, span: Span, lex: Lexicon, content: list[list[int]]) -> list[str]:
    """The two people "the two men" / "both leaders" point back at: a plural person noun with a
    pair word and no modifier naming anyone, and exactly the last two named people mentioned before
    it in this or the two sentences before (the only two named there, outside the reported words:
    "Medvedev approved the changes, the two men said" is not about Medvedev speaking)."""
    head = span.root
    w = lex.words
    lemma = head.lemma_.lower()
    if head.tag_ != "NNS" or not (lemma in lex.person_nouns or head.lower_ in lex.person_nouns
                                  or lemma in w.pair_people_heads):
        return []
    lead = {t.lower_ for t in ctx.doc[span.start: head.i]}
    if not (lead & w.pair_all or lead & w.pair_determiners and lead & w.pair_numbers):
        return []
    if any(ctx.actor_for_token(t) for t in ctx.doc[span.start: head.i]) or any(
            k.dep_ == "prep" for k in head.children):
        return []  # "the two Qatari mediators", "the two leaders of the rebels": others
    sents = list(ctx.doc.sents)
    si = next(i for i, s in enumerate(sents) if s.start <= head.i < s.end)
    start = sents[max(0, si - 2)].start_char
    people: list[str] = []
    for _s, e, aid in ctx.mentions_in(start, span.start_char):
        a = ctx.actors.get(aid)
        if any(cs <= _s < ce for cs, ce in content):
            continue
        if a is not None and a.named and a.kind == "person" and e <= span.start_char:
            if aid in people:
                people.remove(aid)
            people.append(aid)
    return people if len(people) == 2 else []  # three people named: which two is a guess


def each_party(ctx: Context, c: Cand, lex: Lexicon) -> list[Cand]:
    """``c`` and one copy per further party when its speaker phrase names each of two or more
    parties; ``c`` keeps the first."""
    if c.speaker is None:
        return [c]
    parties = _both_conjuncts(ctx, c.speaker, lex, c.cue_tok) or _pair_people(ctx, c.speaker, lex, c.pieces)
    if len(parties) < 2 or c.speaker_actor not in (None, parties[0]):
        return [c]
    first_seen = sorted(parties, key=lambda a: min(m.start for m in ctx.actors[a].mentions))
    out = []
    for aid in first_seen:
        twin = replace(c, speaker_actor=aid, inferred=list(c.inferred), pieces=[list(p) for p in c.pieces])
        twin.rule, twin.trace = c.rule, {**c.trace, "speaker": RULE}
        out.append(twin)
    return out
