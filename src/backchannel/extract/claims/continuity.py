"""A pronoun speaker that goes on with the speaker before it: "X confirmed … . According to the
agency, X, speaking after Y announced …, said … . He said …": "he" is X, not Y, whom the
coreference chain took as the latest man named.

Why in the claims stage: a report tells one speaker's words over several sentences, and a person
named inside them (in a subordinate clause, an object, the content) is talked about, not talking.
The rule only overrides coreference when the actor it found has not spoken in the report, is no
main-clause subject of the sentence before (or of the pronoun's own sentence), and the last person
who spoke did so (or was named) in the sentence before.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.context import Context
from backchannel.extract.claims.cue_lexicon import words
from backchannel.extract.claims.state import Cand, ClaimsDoc
from backchannel.resolve.coref import gender

#: how many sentences back the last person speaker's claim may be
SPEAKER_REACH = 2
#: tags of a finite verb: the pronoun is the subject of a clause of its own ("he said")
FINITE = ("VBD", "VBZ", "VBP", "MD")


def _main_subject(ctx: Context, aid: str, toks: list[Token]) -> bool:
    """Whether ``aid`` is the subject of a main clause among ``toks`` (the topic the pronoun most
    likely goes on with), not named in a subordinate clause, an object or an aside."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ in ("ROOT", "conj")
               and ctx.actor_for_token(t) == aid for t in toks)


def _fits(ctx: Context, aid: str, word: str) -> bool:
    """A person the pronoun ``word`` can stand for (no gender clash)."""
    a = ctx.actors.get(aid)
    if a is None or a.kind != "person":
        return False
    g, w = gender(ctx, aid), words()
    return not (g == "f" and word in w.male_pronouns or g == "m" and word in w.female_pronouns)


def _according_object(head: Token) -> bool:
    """"According to him, …": the pronoun is the object of an "according to" phrase, which names
    the speaker as a subject would (s33)."""
    prep = head.head
    return head.dep_ == "pobj" and prep.dep_ == "prep" and \
        f"{prep.head.lower_} {prep.lower_}" == " ".join(words().according)


def continuing_speaker(ctx: Context, d: ClaimsDoc, head: Token, aid: str, claims_done: list[Cand]) -> str | None:
    """The person who spoke last when a "he"/"she" subject of a cue was resolved by coreference to
    ``aid``, a person who has not spoken in the report, and that speaker spoke in the sentence
    before the pronoun's (or was named there with ``aid``, speaking one sentence earlier); else
    None."""
    low = head.lower_
    if low not in words().person_pronouns or not (head.dep_ == "nsubj" and head.head.tag_ in FINITE
                                                  or _according_object(head)):
        return None
    spoke = {c.speaker_actor for c in claims_done if c.speaker_actor}
    if aid in spoke:
        return None
    si = d.sent_index(head.idx)
    if si == 0:
        return None
    lo = d.sent_starts[max(0, si - SPEAKER_REACH)]
    last = next((c for c in reversed(claims_done) if c.speaker_actor and c.cue_span
                 and c.cue_span[0] < head.idx and ctx.actors.get(c.speaker_actor) is not None
                 and ctx.actors[c.speaker_actor].kind == "person"), None)
    if last is None or last.cue_span[0] < lo or last.speaker_actor is None or not _fits(ctx, last.speaker_actor, low):
        return None
    prev = d.sents[si - 1]
    if _main_subject(ctx, aid, [*prev, *ctx.doc[d.sents[si].start: head.i]]):
        return None  # "Jo Lee had a question for the minister. “…,” she said": Jo Lee, a new speaker
    if prev.start_char <= last.cue_span[0]:
        return last.speaker_actor  # the person who spoke in the sentence before goes on
    named = {m for _s, e, m in ctx.mentions_in(prev.start_char, prev.end_char) if e <= prev.end_char}
    return last.speaker_actor if last.speaker_actor in named and aid in named else None


#: the rule id of :func:`spoken_of_in_quote`
SPOKEN_OF = "claims.continuity.spoken_of_in_quote"


def spoken_of_in_quote(ctx: Context, d: ClaimsDoc, c: Cand, head: Token, aid: str,
                       claims_done: list[Cand]) -> str | None:
    """The person who spoke last when the quotation a "he"/"she" speaker closes talks of a "him"/"her"
    before naming anyone ("X said … . Y was freed on Sunday. “We are proud of him,” he said."): a
    speaker calls themself "I", so the "him" is someone else, most likely the person named last, whom
    coreference also took for the speaker (``aid``). Then the person speaker before ``aid`` (no
    gender clash, within :data:`SPEAKER_REACH` sentences more) speaks
    (``claims.continuity.spoken_of_in_quote``); else None. Only when ``aid`` was last named as
    the one acted on (:func:`_last_as_patient`: "Y was freed", "met Y"), not as the doer of a
    clause ("Y spoke later": Y may well go on speaking), and when no other person of the
    pronoun's gender is named between that speaker and the quotation, nor ``aid`` named there as
    anything but the one acted on (the nearer one is likelier to speak)."""
    low, w = head.lower_, words()
    same = w.male_pronouns if low in w.male_pronouns else w.female_pronouns if low in w.female_pronouns else None
    if same is None or not c.direct or not c.pieces or head.dep_ != "nsubj":
        return None
    if not _third_person_first(ctx, c, same):
        return None
    start = c.pieces[0][0]
    si = d.sent_index(start)
    lo = d.sent_starts[max(0, si - SPEAKER_REACH - 1)]
    last = next((p for p in reversed(claims_done) if p.speaker_actor and p.speaker_actor != aid and p.cue_span
                 and lo <= p.cue_span[0] < start and _fits(ctx, p.speaker_actor, low)), None)
    if last is None:
        return None
    # whole sentences between the speaker's and the quotation's (with its lead: "Asked …, he replied: “…”")
    mid = d.sents[d.sent_index(last.cue_span[0])].end_char
    lead = d.sent_starts[min(si, d.sent_index(head.idx))]
    if mid < lead and (_named_between(ctx, aid, last.speaker_actor, low, mid, lead)
                       or not _last_as_patient(ctx, aid, mid, lead)):
        return None
    doers = [t for t in ctx.doc.char_span(last.cue_span[1], start, alignment_mode="contract") or ()
             if t.i != head.i and (t.idx < mid or t.idx >= lead) and t.dep_ == "nsubj"
             and t.head.dep_ in ("ROOT", "conj") and ctx.actor_for_token(t) not in (None, last.speaker_actor)]
    if any(_fits(ctx, ctx.actor_for_token(t) or "", low) for t in doers):
        return None  # "X said A, and Y met Z. “I told him …,” he said": Y acts in a main clause
    return last.speaker_actor


def _named_between(ctx: Context, aid: str, speaker: str | None, low: str, lo: int, end: int) -> bool:
    """Whether a person the pronoun ``low`` fits other than the speaker is named in ``[lo, end)`` as
    anything but ``aid`` acted on ("X said … . Y met the captive Z. “I told him …,” he said": Y,
    nearer, may speak)."""
    for s, e, m in ctx.mentions_in(lo, end):
        if e > end or m == speaker or not _fits(ctx, m, low):
            continue
        span = ctx.doc.char_span(s, e, alignment_mode="expand")
        if m != aid or span is None or not _patient(span.root):
            return True
    return False


#: the dependencies of a phrase that names the one acted on: a passive subject, an object (not a
#: preposition's object: "by X" names the doer, most others say nothing of the role)
PATIENT_DEPS = ("nsubjpass", "dobj", "obj", "dative")
#: the dependencies a name hangs by inside its phrase ("the freed captive Tor Lund")
INSIDE_DEPS = ("appos", "compound", "flat")


def _last_as_patient(ctx: Context, aid: str, lo: int, end: int) -> bool:
    """Whether the last mention of ``aid`` before ``end`` (from ``lo``) is a passive subject or an
    object, climbing from a name to the phrase it sits in; True when not named there (named only
    inside the speaker's own sentence or the quotation's lead, where the main-clause check holds)."""
    toks = [t for t in ctx.doc if lo <= t.idx < end and ctx.actor_for_token(t) == aid]
    if not toks:
        return True
    return _patient(toks[-1])


def _patient(t: Token) -> bool:
    """Whether the phrase of ``t`` is a passive subject or an object (:data:`PATIENT_DEPS`)."""
    while t.dep_ in INSIDE_DEPS and t.head.i != t.i:
        t = t.head
    return t.dep_ in PATIENT_DEPS


def _third_person_first(ctx: Context, c: Cand, same: frozenset[str]) -> bool:
    """Whether the quoted words hold a third-person pronoun of the speaker pronoun's gender before any
    person they name (a name first is what the pronoun may go back to, inside the quotation)."""
    for s, e in c.pieces:
        span = ctx.doc.char_span(s, e, alignment_mode="expand")
        for t in span if span is not None else ():
            if t.ent_type_ == "PERSON" or t.pos_ == "PROPN":
                return False
            if t.lower_ in same:
                return True
    return False


def speaker_in_own_content(ctx: Context, c: Cand, aid: str) -> bool:
    """Whether actor ``aid`` is named inside the claim's own content and nowhere else in its sentence
    ("X flew to Caracas and persuaded Venezuela's negotiator, they said": not Venezuela; "It added
    that Israel will wait until Hamas agrees": not Hamas)."""
    if c.clause is None or c.sent is None or c.speaker is None:  # (resolve_speaker: never without a speaker)
        return False
    inside = outside = False
    for s, e, a in ctx.mentions_in(c.sent.start_char, c.sent.end_char):
        if a != aid or c.speaker.start_char <= s < c.speaker.end_char:
            continue  # the speaker phrase itself; the content may come before or after it
        if c.clause[0] <= s < c.clause[1]:
            inside = True
        else:
            outside = True
    return inside and not outside
