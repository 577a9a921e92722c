"""The time of an act: a time expression on the trigger's path to the root, in its clause,
or in the previous sentence of its paragraph.

Why: news reports date acts loosely; these rules say which date belongs to which act
(and never date a report's content by the report).
"""

from __future__ import annotations

from typing import Iterable

from spacy.tokens import Span

from datetime import date
from datetime import timedelta
from spacy.tokens import Token

from backchannel import timex
from backchannel.extract.interactions import timing_constructions as tc
from backchannel.extract.interactions import timing_statements as ts
from backchannel.extract.interactions import timing_days as to
from backchannel.extract.interactions import timing_fronted as tf
from backchannel.extract.interactions.timing_aspect import participle_time, progressive_relative_time
from backchannel.extract.interactions.timing_cumulative import cumulative
from backchannel.model import Time
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import lexicon
from backchannel.extract.interactions.modality import clause_path
from backchannel.syntax.tree import (
    MEASURE_NOUNS, NOUN_POS, RELATIVE_PRONOUNS, VERB_POS, child, measured, modal_aux, prep_objects,
)
from backchannel.extract.interactions.words import words
from backchannel.resolve.lexicon import lexicon as places

W = words()
PLACE_RELATIVE = "interactions.timing.place_relative"
NARRATIVE_RUN = 8  # sentences back that a day opening a narrated run of events still dates an act


def time_of(d: Doc_, tok: Token, future: bool, claim: str | None, content: bool = False) -> Time | None:
    """The time expression on the trigger's path to the root (never across a report verb into
    its content), else elsewhere in its clause, else the previous sentence of the paragraph.
    "today" inside a quote is the day the words were spoken, when the report dates them."""
    t = _time_of(d, tok, future, claim, content)
    if t is not None and timex.is_clock(t.text):
        # "On Monday the envoys met. The talks began at 10:00": the clock is on the run's day
        day = _previous_sentence(d, tok, future, claim, False)
        if day is not None and day.value is not None and len(day.value) == 10:
            return day
    if t is not None and claim and t.text.strip().lower() in W.speech_day_words:
        spoken = claim_time(d, claim)
        if spoken is not None:
            t.value = spoken
    return t


def is_future_clause(tok: Token) -> bool:
    """Does the token's clause speak of the future ("will meet again next week")? Its time
    never dates a past act told after it."""
    planned = lexicon().settings.planned_aux
    for t in clause_path(tok):
        if any(modal_aux(c, planned) for c in t.children):
            return True
    return False


def in_relative(tok: Token) -> bool:
    """Is the token inside a relative clause ("the army, which has fought X since April")?"""
    cur = tok
    for _ in range(12):
        if cur.dep_ == "relcl":
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def claim_time(d: Doc_, claim: str) -> str | None:
    c = d.claims.get(claim)
    if c is None or not c.spans.cue:
        return None
    span = d.ctx.doc.char_span(c.spans.cue[0], c.spans.cue[1], alignment_mode="expand")
    if span is None:
        return None
    for tok in span:
        for tx, _ in d.timex_at.get(tok.i, []):
            val = timex.resolve(tx.text, d.ctx.anchor, False)
            if val:
                return val
    return None


def _resolved(d: Doc_, found: Iterable[tuple[timex.Timex, Span]], future: bool) -> Time | None:
    """The first of these time expressions that resolves to a date (within a past act's bound,
    rule interactions.timing.past_bound)."""
    return tc.resolved(d, found, future)


def _time_of(d: Doc_, tok: Token, future: bool, claim: str | None, content: bool = False) -> Time | None:
    t = _on_dependents(d, tok, future)
    if t is not None:
        return t
    t, stop, in_relcl = _on_path(d, tok, future, claim)
    if t is None and tok.pos_ in NOUN_POS:
        t = tc.year_modifier(d, tok)  # the clause's own date first ("2000 airstrikes last month": last month)
        if t is not None:
            return t
    if stop:
        if t is None and claim is not None and not in_relcl and not tc.sourced(d, claim):
            return _previous_sentence(d, tok, future, claim, False)  # only a quoted run
        return t
    if content and tok.pos_ in VERB_POS:
        t = _proposed_time(d, tok)
        if t is not None:
            return t
    if tok.pos_ in VERB_POS or tok.pos_ in NOUN_POS:
        t = _in_object(d, tok)
        if t is not None:
            return t
    return participle_time(d, tok, future) or _previous_sentence(d, tok, future, claim, in_relcl)


def _on_dependents(d: Doc_, tok: Token, future: bool) -> Time | None:
    """A time on a noun trigger's relative clause, a verb's subject-less conjunct, or "during"
    the talks ("agreed during three days of talks on June 3-5": the talks date the act)."""
    extra = []
    if tok.pos_ in NOUN_POS:
        # not a clause of another kind of act ("release of pupils abducted on 7 March": other_act_clause)
        kinds = {f.type for f in d.lex.frames.get(tok.lemma_.lower(), [])}
        extra = [c for c in tok.children if c.dep_ in ("relcl", "acl") and c.pos_ in VERB_POS
                 and not tc.other_act(d, c, kinds)]
    elif tok.pos_ in VERB_POS:
        # a subject-less conjunct's date only when the verb has none of its own ("were freed
        # Friday but did not reach Z until Sunday": Friday)
        own = _resolved(d, d.timex_at.get(tok.i, []), future) is not None
        extra = [c for c in tok.children if c.dep_ == "conj" and child(c, "nsubj", "nsubjpass") is None
                 and not own]
        extra += [o for o in prep_objects(tok, "during") if o.pos_ in NOUN_POS]
    for x in extra:
        t = _resolved(d, d.timex_at.get(x.i, []), future)
        if t is not None:
            return t
    return None


def _on_path(d: Doc_, tok: Token, future: bool, claim: str | None) -> tuple[Time | None, bool, bool]:
    """A time on the trigger's path to the root: (time, stop looking, passed a relative clause)."""
    speech = d.lex.settings.speech_verbs
    cur = tok
    seen = 0
    shift = None  # a day offset hung below the dated word: "secure the release a day earlier" (day_before)
    while True:
        t = _resolved(d, ((tx, span) for tx, span in d.timex_at.get(cur.i, [])
                          if not (span.start <= tok.i < span.end and tok.pos_ in VERB_POS)
                          and not ts.speech_initial(d, cur, span)), future and not tc.past_host(d, cur, tok))
        if t is None and cur.pos_ in VERB_POS:
            t = _subject_final_time(d, cur, future) or _fronted(d, cur, tok, future, False)
        if t is not None:
            return (t if shift is None else to.shifted(d, tok, t, shift)), True, False
        shift = shift or _path_shift(cur)
        if cur.i != tok.i and cur.lemma_ in d.lex.settings.participation_verbs:
            # "ended two days of talks on Thursday without agreement": the talks' date
            o = child(cur, "dobj")
            m = measured(o)  # (not None when o is not)
            if o is not None and m is not None and m.lemma_.lower() in d.lex.settings.talk_nouns:
                t = _resolved(d, d.timex_at.get(o.i, []) + d.timex_at.get(m.i, []), future)
                if t is not None:
                    return t, True, False
        if cur.head.i == cur.i or seen > 12:
            break
        if cur.dep_ in ("nsubj", "nsubjpass") and cur.head.lemma_ in speech:
            return None, True, False  # "Countries assisting the talks said Wednesday": the saying's date
        if cur.dep_ == "advcl" and (t := ts.attributed_participle_time(d, tok, cur, future)) is not None:
            return t, True, False  # "A met B yesterday, X said, starting talks"
        if cur.dep_ in ("ccomp", "parataxis") and cur.head.lemma_ in speech:
            if shift is not None and not (cur.dep_ == "ccomp" and cur.i > cur.head.i):
                break  # "A day earlier, X had met Y, Z said on Friday": from the date told before, not the saying's
            if shift is not None and (said := _resolved(d, d.timex_at.get(cur.head.i, []), future)) is not None:
                return to.shifted(d, tok, said, shift), True, False  # "said on Friday that X freed Y two days earlier"
            if not (cur.head.lemma_ in W.announce_verbs and not is_future_clause(cur) and not cumulative(cur)):
                p = tc.elaboration_prep(cur.head) if not d.timex_at.get(cur.head.i) else None
                t = tc.elaboration_time(d, tok, p, future) if p is not None else None
                return t, True, False
            # "X said on Wednesday that the mediation had produced an accord": an act
            # announced as done is dated by its announcement (unless its own words date it, or
            # tell a sum or a state: "so far ... freed twelve, the ministry announced on Wednesday")
        if cur.dep_ == "prep" and cur.lower_ in tc.timing_words().elaboration_preps and cur.i != tok.i:
            t = tc.elaboration_time(d, tok, cur, future)  # "…, with A freeing B": the main event's date
            if t is not None or cur.head.lemma_ in speech:  # (never the date of a saying)
                return t, True, False
        if future and cur.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in d.lex.settings.background_marks
                                                  for m in cur.children):
            break  # "the rial slid on Monday, as a delegation prepared to travel for talks"
        if cur.dep_ == "relcl" and cur.pos_ in VERB_POS:
            t = _relative_clause_time(d, cur, future, tok)
            return t, t is not None, True
        if cur.dep_ == "conj" and cur.head.pos_ in VERB_POS and cur.pos_ in VERB_POS:
            # a conjoined clause with its own subject keeps its own time
            if child(cur, "nsubj", "nsubjpass") is not None:
                t = _following_day(d, cur, future, claim) or _fronted(d, cur, tok, future, True)
                return t, t is not None, False
        cur = cur.head
        seen += 1
    return None, False, False


def _fronted_offset(d: Doc_, tok: Token, si: int) -> bool:
    """Does the act's sentence open with a phrase hung on the act ("A day earlier, X had met Y")? Its
    offset then runs from the date the text told before, whoever is said to tell the clause."""
    return any(c.i < tok.i and c.left_edge.i == d.sents[si].start and c.dep_ in ("advmod", "npadvmod", "prep")
               for c in tok.children)


def _path_shift(cur: Token) -> to.Shift | None:
    """The day offset a word on an act's path says it lies from a date higher up ("a day earlier",
    "two days later", "the following week"); none for the same day or an uncounted one."""
    offset = to.day_offset(cur)
    return offset if offset is not None and not offset.undated and offset != to.Shift(0) else None


def _fronted(d: Doc_, verb: Token, tok: Token, future: bool, conj: bool) -> Time | None:
    """The day that opens the sentence, for a verb with none of its own: in a present
    participle framing its clause, or, for a coordinated clause, before the first clause's
    subject; never for a clause told as later or vaguely timed ("and B later freed Y"), nor
    for a plan ("Meeting on Monday, A agreed to free Y": the freeing is to come, undated)
    (rule interactions.timing.fronted_scope)."""
    if future or tf.fronted_refused(verb, tok, d.lex.settings.speech_verbs) or any(c.dep_ == "advmod" and c.lower_ in W.later_adverbs for c in verb.children) \
            or tc.vague_own_time(verb) or tc.vague_own_time(tok) or to.day_offset(verb) is not None:
        return None
    t = tf.conjunct_scope(d, verb) if conj else tf.participle_scope(d, verb)
    if t is not None and tf.perfect_before_today(verb, t):
        return None  # "..., B has refused": a present perfect takes no past day
    if t is not None:
        tc.mark(d, tok, tf.FRONTED_SCOPE)
    return t


def _subject_final_time(d: Doc_, verb: Token, future: bool) -> Time | None:
    """A date phrase that ends the subject just before its verb ("Negotiators for Chile and the
    rebels on Friday agreed", "... the guerrillas Friday agreed"): the parser hangs it on the
    subject's last noun, but it dates the verb (rule interactions.timing.subject_final_time). The
    subject next to the verb: the parser takes a dateline for a first one ("LUND (AP) - X on Friday freed")."""
    s = max((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), key=lambda c: c.i, default=None)
    if s is None or s.right_edge.i >= verb.i or any(
            t.pos_ not in ("ADV", "PART") for t in d.ctx.doc[s.right_edge.i + 1:verb.i]):
        return None
    found = [(tx, span) for t in s.subtree for tx, span in d.timex_at.get(t.i, [])
             if span.end - 1 == s.right_edge.i and span.start > s.i]
    if not found:
        return None
    t = _resolved(d, found, future)
    if t is not None and t.start is not None:
        d.subject_final_times.add(t.start)  # traced by build.trace_time
    return t


def _relative_clause_time(d: Doc_, cur: Token, future: bool, tok: Token) -> Time | None:
    """"X, which hosted the previous rounds, offered ... in March": the relative clause is
    background, dated only by its own words, or by the event it describes ("talks on June 3-5
    that were hosted by X")."""
    h = cur.head
    if h.lemma_.lower() in MEASURE_NOUNS or h.lemma_.lower() in d.lex.settings.event_nouns \
            or h.lemma_.lower() in d.lex.settings.talk_nouns:
        t = _resolved(d, d.timex_at.get(h.i, []), future) or tc.year_modifier(d, h, tok)
        if t is not None:
            return t
    if h.lemma_.lower() in d.lex.settings.agreement_nouns and cur.tag_ == "VBD" and any(
            c.dep_ == "prep" and any(w.lower_ in RELATIVE_PRONOUNS for w in c.children) for c in cur.children):
        # "in late April it entered a truce under which X released Y": the terms carried out
        # under the agreement are dated by it (rule interactions.timing.under_agreement)
        t, _, _ = _on_path(d, h, future, None)
        if t is not None:
            d.under_agreement_times.add(t.start if t.start is not None else -1)
            return t
    # "in late April, when X was rejected"
    t = _resolved(d, ((tx, span) for tx, span, att in d.timexes if span.start <= h.i < span.end), future)
    return t or _place_relative_time(d, cur, future, tok) or progressive_relative_time(d, cur, future, tok)


def _place_relative_time(d: Doc_, cur: Token, future: bool, tok: Token) -> Time | None:
    """"On Monday, X flew to Lund, where she met Y": a "where" clause on the place a dated verb
    goes to (or happens in) tells what happened there on that trip, so the verb's own date,
    outside the clause, dates it (rule interactions.timing.place_relative)."""
    h = cur.head
    if not any(c.dep_ == "advmod" and c.lower_ in tc.timing_words().place_relatives for c in cur.children) \
            or h.dep_ != "pobj" or h.head.dep_ != "prep" or h.head.head.pos_ not in VERB_POS:
        return None
    v = h.head.head
    t = _resolved(d, ((tx, span) for tx, span, att in d.timexes if att is not None and tc.reaches(att, v)
                      and not cur.left_edge.i <= span.start <= cur.right_edge.i), future)
    if t is not None:
        tc.mark(d, tok, PLACE_RELATIVE)
    return t


def _following_day(d: Doc_, cur: Token, future: bool, claim: str | None) -> Time | None:
    """"the following day" counts from the first clause's date; so do "the day before", "two days
    earlier", "the following week" (rules interactions.timing.day_before, week_after)."""
    offset = to.day_offset(cur)
    if offset is not None and (offset.days < 0 or offset.week):
        return to.shifted(d, cur, _time_of(d, cur.head, future, claim), offset)
    words = " ".join(t.lower_ for t in cur.subtree)
    if any(w in words for w in W.next_day_phrases):
        first = _time_of(d, cur.head, future, claim)
        if first is not None:
            v = first.value
            if v is not None and len(v) == 10:
                v = (date.fromisoformat(v) + timedelta(days=1)).isoformat()
            return Time(text=first.text, value=v, start=first.start, end=first.end)
    return None


def _proposed_time(d: Doc_, tok: Token) -> Time | None:
    """"offered to hold the next session in March": a proposal is dated by the time it proposes."""
    for c in tok.children:
        if c.dep_ == "xcomp":
            for x in c.subtree:
                t = _resolved(d, d.timex_at.get(x.i, []), True)
                if t is not None:
                    return t
    return None


def _in_object(d: Doc_, tok: Token) -> Time | None:
    """"brokered the 2020 ceasefire": a year that modifies the object (or the noun) dates the act."""
    o = child(tok, "dobj") if tok.pos_ in VERB_POS else tok
    if o is not None and tok.pos_ in VERB_POS:
        # narrow: one sentence's parse ("rejected a French offer to mediate last year")
        # "rejected a French offer to mediate last year": a past adverbial the parser hung
        # inside the object
        for x in o.subtree:
            if x.pos_ in VERB_POS:
                t = _resolved(d, ((tx, span) for tx, span in d.timex_at.get(x.i, [])
                                  if tx.text.lower().split()[0] in W.past_lead_words
                                  or tx.text.lower().endswith("ago")), False)
                if t is not None:
                    return t
    for c in (o.children if o is not None else []):
        if c.dep_ in ("nummod", "compound", "amod") and c.like_num and len(c.text) == 4 and c.text[:2] in ("19", "20"):
            return Time(text=c.text, value=c.text, start=c.idx, end=c.idx + 4)
    return None


def _previous_sentence(d: Doc_, tok: Token, future: bool, claim: str | None, in_relcl: bool) -> Time | None:
    """The previous sentence of the same paragraph dates a run of events, unless the act says it
    came after them ("X later briefed Y") or gives itself a vague time ("in recent weeks"). A
    "since" start point dates a state, never a run."""
    speech = d.lex.settings.speech_verbs
    si = d.sent_index(tok)
    offset = to.day_offset(tok)  # "the following day", "two days later": counted from that date
    later = offset == to.UNDATED or offset is None and (any(c.dep_ == "advmod" and c.lower_ in W.later_adverbs
                                    for c in tok.children) or tc.vague_own_time(tok))
    # "…, according to X" is no speech event; nor does a fronted offset count from the saying
    # ("A day earlier, X had met Y, Z said on Friday": from the date told before)
    narrated = claim is None or tc.sourced(d, claim) or offset is not None and _fronted_offset(d, tok, si)
    quoted = [] if narrated else tc.claim_content(d, claim)
    # ("that day", "the next day" refer back to the day told before, even across a paragraph break)
    if si > 0 and (d.para_of_sent[si - 1] == d.para_of_sent[si] or offset is not None) and (narrated or quoted) \
            and not in_relcl and not later:
        prev = d.sents[si - 1]
        found = [(tx, span, att) for tx, span, att in d.timexes
                 if prev.start <= span.start < prev.end and att is not None and att.lemma_ not in speech
                 and not tc.since_start(tx)
                 and not in_relative(att) and (is_future_clause(att) if future else not is_future_clause(att))
                 and (narrated or any(a <= tx.start and tx.end <= b for a, b in quoted))]
        found.sort(key=lambda f: tc.fronted_participle(f[2]))  # the main clause's date first
        t = _resolved(d, ((tx, span) for tx, span, _ in found), future)
        if t is not None and claim is not None:
            # an act inside a claim: dated under a sourcing phrase, or by an earlier sentence of
            # the same quotation (rules interactions.timing.sourced_act / quoted_run)
            tc.mark(d, tok, tc.SOURCED_ACT if narrated else tc.QUOTED_RUN)
        if t is not None or offset is None:  # ("hours later" after an undated sentence: the run's day)
            return to.shifted(d, tok, t, offset)
    if narrated and not in_relcl and not later and not future:
        t = _narrative_day(d, si)
        if t is not None and claim is not None:
            tc.mark(d, tok, tc.SOURCED_ACT)
        return to.shifted(d, tok, t, offset)
    return None


def _narrative_day(d: Doc_, si: int) -> Time | None:
    """"In her study on Monday night, the envoy believed the text was settled. ... [paragraphs
    on] the northern delegation added a demand": a report that dates a run of
    past events once dates them all, up to the next time expression (a day, not a vaguer time)."""
    speech = d.lex.settings.speech_verbs
    for sj in range(si - 1, max(si - 1 - NARRATIVE_RUN, -1), -1):
        sent = d.sents[sj]
        found = [(tx, span, att) for tx, span, att in d.timexes if sent.start <= span.start < sent.end]
        if not found:
            continue
        # only a scene-setting time before the main verb ("At his office on Wednesday evening, the
        # prime minister thought ..."), not one inside a phrase ("the release ... on Monday")
        t = _resolved(d, ((tx, span) for tx, span, att in found if att is not None and att.lemma_ not in speech
                          and not tc.since_start(tx)
                          and not in_relative(att) and not is_future_clause(att)
                          and span.end <= sent.root.i and sent.root.pos_ in VERB_POS
                          and not (sent.root.lemma_ in speech and _reported(att, sent.root))), False)
        return t if t is not None and t.value is not None and len(t.value) == 10 else None
    return None


def _reported(t: Token, root: Token) -> bool:
    """Is ``t`` inside the words a speech root reports ("'Today, X ...,' Y said": a day of Y's
    words, which opens no narrated run), rather than on the root itself ("On Monday, X thought")?"""
    while t.i != root.i and t.head.i != t.i:
        if t.dep_ in ("ccomp", "parataxis") and t.head.i == root.i:
            return True
        t = t.head
    return False


def object_time(d: Doc_, tok: Token, future: bool) -> Time | None:
    """"hosted talks between A and B in Doha on Tuesday": a date the parser hung inside the
    object's noun phrase (no verb between) dates the act."""
    o = child(tok, "dobj")
    return _hung_time(d, o, future) if o is not None else None


PLACE_PHRASE_TIME = "interactions.timing.place_phrase_time"


def place_time(d: Doc_, tok: Token, future: bool) -> Time | None:
    """"exchanged the guards at the border crossing on Wednesday": a date the parser hung on the
    verb's place phrase (no verb between) dates the act (rule interactions.timing.place_phrase_time)."""
    venue = places().venue_preps - places().words.not_venue_preps
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ in venue:
            for o in p.children:
                if o.dep_ == "pobj" and (t := _hung_time(d, o, future)) is not None:
                    return t
    return None


def _hung_time(d: Doc_, o: Token, future: bool) -> Time | None:
    """The first date inside the noun phrase of ``o`` with no verb between it and ``o``."""
    for x in o.subtree:
        cur, ok = x, True
        while cur.i != o.i:
            if cur.pos_ in VERB_POS:
                ok = False
                break
            cur = cur.head
        if not ok:
            continue
        t = _resolved(d, d.timex_at.get(x.i, []), future)
        if t is not None:
            return t
    return None


STATEMENT_DAY = "interactions.timing.next_statement_day"


def next_statement_time(d: Doc_, claim: str | None) -> Time | None:
    """"X announced that the mediators secured a deal. Speaking to reporters on Wednesday,
    X said ...": an act announced with no date of its own is dated by the day its announcer's
    next statement, in the following sentence, gives itself (on the cue verb or the clause that
    frames it; rule interactions.timing.next_statement_day)."""
    c = d.claims.get(claim) if claim else None
    if c is None or c.speaker is None or not c.spans.cue:
        return None
    cue = d.ctx.doc.char_span(c.spans.cue[0], c.spans.cue[1], alignment_mode="expand")
    if cue is None or cue.root.lemma_.lower() not in W.announce_verbs:
        return None
    si = d.sent_index(cue.root)
    if si + 1 >= len(d.sents):
        return None
    nxt = d.sents[si + 1]
    for c2 in d.claims.values():
        if c2.speaker != c.speaker or not c2.spans.cue or not nxt.start_char <= c2.spans.cue[0] < nxt.end_char:
            continue
        verb = d.ctx.doc.char_span(c2.spans.cue[0], c2.spans.cue[1], alignment_mode="expand")
        if verb is None:
            continue
        v = verb.root
        found = [(tx, span) for tx, span, att in d.timexes if att is not None and nxt.start <= span.start < nxt.end
                 and (att.i == v.i or (att.dep_ == "advcl" and att.head.i == v.i))]
        t = _resolved(d, found, False)
        if t is not None and t.value is not None and len(t.value) == 10:
            return t
    return None


def announced_from(tok: Token, time_start: int) -> bool:
    """Is the time at ``time_start`` that of an announcement whose content holds ``tok``?"""
    cur = tok
    for _ in range(12):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ in ("ccomp", "parataxis") and cur.head.lemma_ in W.announce_verbs:
            inside = cur.left_edge.idx <= time_start <= cur.right_edge.idx
            return not inside and cur.head.left_edge.idx <= time_start <= cur.head.right_edge.idx
        cur = cur.head
    return False
