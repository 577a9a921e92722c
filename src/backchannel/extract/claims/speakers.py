"""Speaker resolution: which actor a speaker phrase stands for.

Why separate from the cue step: it needs the claims already resolved (a
pronoun falls back to the last speaker), so it runs after all candidates are
known, in text order.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from backchannel.extract.context import Context
from backchannel.extract.claims.cue_lexicon import Lexicon, words
from backchannel.quotes import trim
from backchannel.extract.claims.state import Cand, ClaimsDoc, Kind
from backchannel.extract.claims.speaker_actors import named_actor, unnamed_actor
from backchannel.resolve.coref import gender


def resolve_speakers(ctx: Context, d: ClaimsDoc, claims: list[Cand], lex: Lexicon) -> list[Cand]:
    """Set ``c.speaker_actor`` from its speaker phrase: a mention or coreference, a
    pronoun's fallback, a name in apposition, or a new named or unnamed actor.

    Claims are resolved in text order (a claim with the same content as an earlier one is
    dropped); a continued quotation keeps its parent's speaker (and the rule that found it)."""
    done: list[Cand] = []
    seen: set[tuple[int, int]] = set()
    for c in claims:
        key = (c.pieces[0][0], c.pieces[-1][1])
        if key in seen:
            continue
        seen.add(key)
        if c.parent is not None and c.speaker_actor is None:
            c.speaker_actor, c.inferred = c.parent.speaker_actor, list(c.parent.inferred)
            if "speaker" in c.parent.trace:  # the parent's speaker, found by the parent's rule
                c.trace["speaker"] = c.parent.trace["speaker"]
        resolve_speaker(ctx, d, c, lex, done)
        if c.speaker_actor is None:
            c.trace.pop("speaker", None)  # a speaker phrase found but no actor: nothing to trace
        done.append(c)
    return done


def resolve_speaker(ctx: Context, d: ClaimsDoc, c: Cand, lex: Lexicon, claims_done: list[Cand]) -> None:
    """Set ``c.speaker_actor``; a resolution other than the speaker phrase's own mention records
    its rule in ``c.trace["speaker"]``."""
    if c.speaker is None or c.speaker_actor is not None:
        return
    span = c.speaker
    head = span.root
    lemma = head.lemma_.lower()
    low = head.lower_
    source_noun = (low in lex.group_nouns or lemma in lex.person_nouns or low in lex.person_nouns
                   or lemma in lex.org_nouns or low in lex.org_nouns)
    aid = ctx.actor_for_token(head)
    if aid is None and not source_noun:
        aid = ctx.actor_for_span(span)
    rule = "claims.speakers.pronoun_coref" if head.pos_ == "PRON" else None
    if aid is not None and head.pos_ == "PRON" and speaker_in_own_content(ctx, c, aid):
        # a pronoun speaker does not stand for someone its own content talks about:
        # the speaker of the previous sentence's claim does, when the pronoun fits
        want_person = low in lex.words.person_pronouns
        prev = next((p.speaker_actor for p in recent_claims(d, head, claims_done)
                     if p.speaker_actor != aid and fits(ctx, p.speaker_actor, want_person, word=low)), None)
        if prev:
            aid, rule = prev, "claims.speakers.previous_speaker"
    a = ctx.actors.get(aid) if aid else None
    if head.pos_ == "NOUN" and (a is None or not a.named):
        # "the ministry's spokeswoman, Park Seo-yeon,": the name in apposition names the speaker
        for t in head.children:
            if t.dep_ == "appos" and (t.ent_type_ == "PERSON" or t.pos_ == "PROPN"):
                named = ctx.actor_for_token(t)
                if named and ctx.actors[named].named:
                    aid, rule = named, "claims.speakers.name_in_apposition"
                    break
    if aid is not None:
        c.speaker_actor = aid
        if head.pos_ == "PRON":
            c.inferred = ["speaker"]
        _trace_speaker(c, rule)
        return
    if head.pos_ == "PRON" or low in lex.words.person_pronouns or low in lex.words.other_pronouns:
        aid, rule = pronoun_fallback(ctx, d, head, low, claims_done)
        if aid is not None:
            c.speaker_actor = aid
            c.inferred = ["speaker"]
            _trace_speaker(c, rule)
        return
    name_tok = head if head.pos_ == "PROPN" else next(
        (t for t in head.children if t.dep_ == "appos" and t.pos_ == "PROPN"), None)
    if name_tok is not None:  # a name no stage made an actor of ("the West", "his counterpart Vladimir Putin")
        aid = ctx.actor_for_token(name_tok)
        if aid is None:
            aid, rule = named_actor(ctx, span, name_tok)
        else:
            rule = None if name_tok.i == head.i else "claims.speakers.name_in_apposition"
        c.speaker_actor = aid
        _trace_speaker(c, rule)
        return
    if source_noun and pair_anaphor(ctx, span, head):
        return  # "the two leaders", "both sides": the parties named before, not a new actor
    if source_noun:
        c.speaker_actor, rule = unnamed_actor(ctx, span, head, lex)
        _trace_speaker(c, rule)


def _trace_speaker(c: Cand, rule: str | None) -> None:
    """Record the rule that resolved the speaker (it replaces what a syntax fallback recorded)."""
    if rule is not None:
        c.trace["speaker"] = rule


def pair_anaphor(ctx: Context, span: Span, head: Token) -> bool:
    """A definite plural with a number pointing back at two parties already named ("the two sides")."""
    if head.tag_ not in ("NNS", "NNPS"):
        return False
    w = words()
    lead = {t.lower_ for t in ctx.doc[span.start: head.i]}
    if not (lead & w.pair_all or lead & w.pair_determiners and lead & w.pair_numbers):
        return False
    if any(ctx.actor_for_token(t) for t in ctx.doc[span.start: head.i]):
        return False  # "the two Qatari mediators": specified, not a back-reference
    before = {m[2] for m in ctx.mentions_in(0, span.start_char)}
    return len(before) >= 2


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
        return a.kind == "person" or loose and a.kind == "organization"
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
    want_person = low in w.person_pronouns or low in w.first_person
    recent = recent_claims(d, tok, claims_done)
    for c in recent:
        if c.kind != Kind.ACCORDING and fits(ctx, c.speaker_actor, want_person, word=low):
            return c.speaker_actor, "claims.speakers.pronoun_last_speaker"
    best_subj = best_any = None
    si = d.sent_index(tok.idx)
    near_start = d.sents[max(si - 1, 0)].start_char
    for s, e, a in reversed(ctx.mentions_in(max(0, tok.idx - 1500), tok.idx)):
        if e > tok.idx:
            continue
        if best_subj is None and s < near_start:
            for c in recent:  # "…, according to two people. …, they said."
                if fits(ctx, c.speaker_actor, want_person, word=low):
                    return c.speaker_actor, "claims.speakers.pronoun_last_source"
            recent = []
        if not fits(ctx, a, want_person, word=low):
            continue
        if best_any is None:
            best_any = a
        span = ctx.doc.char_span(s, e, alignment_mode="expand")
        if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
            best_subj = a
            break
    if best_subj is not None:
        return best_subj, "claims.speakers.pronoun_nearest_subject"
    return best_any, ("claims.speakers.pronoun_nearest_actor" if best_any is not None else None)


def speaker_in_own_content(ctx: Context, c: Cand, aid: str) -> bool:
    """Whether actor ``aid`` is named inside the claim's own content and nowhere else in its sentence
    ("X flew to Caracas and persuaded Venezuela's negotiator, they said": not Venezuela)."""
    if c.clause is None or c.sent is None or c.speaker is None:  # (resolve_speaker: never without a speaker)
        return False
    inside = outside = False
    for s, e, a in ctx.mentions_in(c.sent.start_char, c.sent.end_char):
        if a != aid or s >= c.speaker.start_char:
            continue
        if c.clause[0] <= s < c.clause[1]:
            inside = True
        else:
            outside = True
    return inside and not outside


def speaker_span(ctx: Context, c: Cand) -> list[int] | None:
    """The mention that names the speaker in this attribution (the pronoun itself for 'he')."""
    if c.speaker is None:
        return None
    if c.relative is not None and c.speaker_actor:
        return list(c.relative)
    span = c.speaker
    if c.speaker_actor:
        for s, e, a in ctx.mentions_in(span.start_char, span.end_char):
            if a == c.speaker_actor and s >= span.start_char and e <= span.end_char:
                return [s, e]
    s, e = trim(ctx.document.text, span.start_char, span.end_char, " \t\n,;:.")
    return [s, e] if e > s else None
