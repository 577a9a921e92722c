"""The actor a pronoun speaker stands for ("he said", "they told reporters"), for
:mod:`.speakers`: the coreference chain's actor corrected from the claims before it, or, when
coreference found none, the last fitting speaker or the nearest fitting actor.

Why a module of its own: speakers.py resolves every kind of speaker phrase; a pronoun's is read
against the claims already resolved, which these helpers walk.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.context import Context
from backchannel.extract.claims.continuity import (SPOKEN_OF, continuing_speaker, speaker_in_own_content,
                                                   spoken_of_in_quote)
from backchannel.extract.claims.cue_lexicon import words
from backchannel.extract.claims.previous_topic import RULE as TOPIC_RULE, previous_topic
from backchannel.extract.claims.state import Cand, ClaimsDoc, Kind
from backchannel.resolve.coref import gender
from backchannel.resolve.members import spoke_as_member

#: the rule of a pronoun speaker resolved by coreference
PRONOUN_COREF = "claims.speakers.pronoun_coref"


def pronoun_source(ctx: Context, d: ClaimsDoc, c: Cand, head: Token, aid: str, claims_done: list[Cand],
                   rule: str | None) -> tuple[str, str | None]:
    """The actor of a pronoun speaker that coreference resolved to ``aid``, corrected from the
    claims before it; with the rule id."""
    low = head.lower_
    want_person = low in words().person_pronouns
    if speaker_in_own_content(ctx, c, aid) or want_person and not fits(ctx, aid, True, word=low):
        # a pronoun speaker does not stand for someone its own content talks about, nor "he" for a
        # group the chain reached (s33): the speaker of the previous sentence's claim does, when the pronoun fits
        prev = next((p.speaker_actor for p in recent_claims(d, head, claims_done)
                     if p.speaker_actor != aid and fits(ctx, p.speaker_actor, want_person, word=low)), None)
        if prev:
            aid, rule = prev, "claims.speakers.previous_speaker"
    topic = previous_topic(ctx, head, aid, recent_claims(d, head, claims_done),
                           lambda x: fits(ctx, x, want_person, word=low)) if rule == PRONOUN_COREF else None
    aid, rule = (topic, TOPIC_RULE) if topic is not None else (aid, rule)  # not the party the last claim spoke of
    again = _plural_source_again(ctx, d, head, claims_done)
    if again is not None and again != aid:
        aid, rule = again, "claims.speakers.plural_source_again"
    kept = continuing_speaker(ctx, d, head, aid, claims_done)
    if kept is not None and kept != aid:
        aid, rule = kept, "claims.continuity.continuing_speaker"
    other = spoken_of_in_quote(ctx, d, c, head, aid, claims_done) if kept is None else None
    return (other, SPOKEN_OF) if other is not None else (aid, rule)


def _plural_source_again(ctx: Context, d: ClaimsDoc, head: Token, claims_done: list[Cand]) -> str | None:
    """"…, three Lunde dockers said. In their telling, …": a plural pronoun
    speaker right after a claim of an unnamed group source is that source again, whatever
    else the pronoun's coreference chain found (a state named in the content is no source)."""
    if head.lower_ not in words().plural_pronouns:
        return None
    for p in recent_claims(d, head, claims_done):
        a = ctx.actors.get(p.speaker_actor) if p.speaker_actor else None
        return a.id if a is not None and a.kind == "group" and not a.named else None
    return None


def fits(ctx: Context, aid: str | None, want_person: bool, loose: bool = False, word: str = "") -> bool:
    """Whether actor ``aid`` can be what a pronoun stands for (a person for "he", not a
    person for "it"; the gender of "he"/"she" when known; ``loose``: an organisation too)."""
    a = ctx.actors.get(aid) if aid else None
    if a is None:
        return False
    if want_person:
        if a.kind == "person" and word:
            g = gender(ctx, a.id)
            w = words()
            if g == "f" and word in w.male_pronouns or g == "m" and word in w.female_pronouns:
                return False
        return a.kind == "person" or loose and a.kind == "organization" or spoke_as_member(a)
    return a.kind != "person"


def recent_claims(d: ClaimsDoc, tok: Token, claims_done: list[Cand]) -> list[Cand]:
    """Claims with a speaker whose cue is in the pronoun's sentence or the one before, latest first."""
    si = d.sent_index(tok.idx)
    lo = d.sent_starts[si - 1] if si >= 1 else 0  # start of the previous sentence: one bisect, not one per claim
    out = [c for c in claims_done if c.speaker_actor and c.cue_span and lo <= c.cue_span[0] < tok.idx]
    return sorted(out, key=lambda c: c.cue_span[0], reverse=True)


def pronoun_fallback(ctx: Context, d: ClaimsDoc, tok: Token, low: str,
                     claims_done: list[Cand]) -> tuple[str | None, str | None]:
    """The pronoun's actor when coreference found none: the last speaker of this or the previous
    sentence (an "according to" source only after the subjects of those sentences), then the
    nearest preceding fitting actor, preferring subjects; with the id of the rule that chose it."""
    w = words()
    if (again := _plural_source_again(ctx, d, tok, claims_done)) is not None:
        return again, "claims.speakers.plural_source_again"  # (coreference left "they" of a plural of people open)
    want_person = low in w.person_pronouns or low in w.first_person
    recent = recent_claims(d, tok, claims_done)
    for c in recent:
        if c.kind != Kind.ACCORDING and fits(ctx, c.speaker_actor, want_person, word=low):
            return c.speaker_actor, "claims.speakers.pronoun_last_speaker"
    best_subj = best_any = None
    si = d.sent_index(tok.idx)
    near_start = d.sents[max(si - 1, 0)].start_char
    own = d.region_at(tok.idx)  # the pronoun's own quotation, if any
    for s, e, a in reversed(ctx.mentions_in(max(0, tok.idx - 1500), tok.idx)):
        if e > tok.idx:
            continue
        if best_subj is None and s < near_start:
            for c in recent:  # "…, according to two people. …, they said."
                if fits(ctx, c.speaker_actor, want_person, word=low):
                    return c.speaker_actor, "claims.speakers.pronoun_last_source"
            recent = []
        if not fits(ctx, a, want_person, word=low) or d.region_at(s) not in (None, own):
            continue  # a person named inside quoted words is the quoted speaker's topic, not "he"
        if best_any is None:
            best_any = a
        span = ctx.doc.char_span(s, e, alignment_mode="expand")
        if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
            best_subj = a
            break
    if best_subj is not None:
        return best_subj, "claims.speakers.pronoun_nearest_subject"
    return best_any, ("claims.speakers.pronoun_nearest_actor" if best_any is not None else None)
