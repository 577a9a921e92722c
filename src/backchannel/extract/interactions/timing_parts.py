"""The time of an act told as a part of an event dated before it: "In exchange, X freed Y",
"For its part, X released Y", "As part of the swap, X handed over Y", "Under the deal, X
freed Y".

Why: a report dates its main event once ("A and B held a detainee swap on Tuesday")
and then tells its parts, often in a later paragraph, with no date of their own. The act says
itself that it belongs to that event: a counterpart adverbial ("in exchange", "in return",
"for its part") or a phrase whose object is a definite event noun ("as part of the
exchange", "under the agreement"). Without such a cue an undated act stays undated (a run
of events is dated only by :mod:`.timing`'s narrower rules), so the cue is the precondition.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Token

from backchannel.extract.interactions import timing_constructions as tc
from backchannel.extract.interactions.timing_event_nouns import event_mention_time
from backchannel.extract.interactions.timing_frame import framed_event_time
from backchannel.model import Time
from backchannel.syntax.tree import NOUN_POS, VERB_POS, child

if TYPE_CHECKING:
    from backchannel.extract.interactions.candidate import Candidate
    from backchannel.extract.interactions.document import Doc_

COUNTERPART_ACT = "interactions.timing.counterpart_act"
PART_OF_EVENT = "interactions.timing.part_of_event"
OCCASION_TIME = "interactions.timing.occasion_time"
LOOK_BACK = 8  # sentences back (across paragraphs) that a counterpart looks for the dated event


def _phrase(c: Token) -> str:
    return " ".join(t.lower_ for t in c.subtree)


def _adjuncts(verb: Token) -> list[Token]:
    """The verb's adverbial phrases (its own, or those of the clause it is the conjunct of)."""
    out = [c for c in verb.children if c.dep_ in ("prep", "advmod", "npadvmod", "advcl")]
    s = child(verb, "nsubj", "nsubjpass")
    if s is not None:  # "Karelo, in return, freed Y": the parser may hang the cue on the subject
        out += [c for c in s.children if c.dep_ in ("prep", "advmod") and s.i < c.i < verb.i]
    if verb.dep_ == "conj" and child(verb, "nsubj", "nsubjpass") is not None:
        return out
    if verb.dep_ == "conj":
        out += [c for c in verb.head.children if c.dep_ in ("prep", "advmod", "npadvmod") and c.i < verb.i]
    return out


def has_counterpart_cue(verb: Token) -> bool:
    """Does the clause say it is the other side of an event told before ("in exchange",
    "in return", "for its part", "in turn")? A phrase that goes on ("in exchange for X")
    is the same cue."""
    cues = tc.timing_words().counterpart_phrases
    for c in _adjuncts(verb):
        words = _phrase(c)
        if any(words == p or words.startswith(p + " ") for p in cues):
            return True
    return False


def _part_phrases(verb: Token) -> list[Token]:
    """The verb's phrases that place it inside an event ("as part of the exchange", "under the
    terms of the deal", "in the swap")."""
    parts = tc.timing_words().part_preps
    return [p for p in _adjuncts(verb) if p.dep_ == "prep" and any(_phrase(p).startswith(w + " ") for w in parts)]


def _dated_before(d: Doc_, tok: Token, raw: Candidate) -> Time | None:
    """The nearest earlier dated mention of the event: an act of the same kind already dated
    ("Russia released X on Thursday. For its part, the US freed Y"), a verb of the event's kind
    with a date of its own ("exchanged prisoners on Thursday"), or an event noun whose own words
    date it ("held a detainee swap on Tuesday"), looking back sentence by sentence,
    across paragraphs, to the first sentence that has one."""
    si = d.sent_index(tok)
    events = tc.timing_words().composite_events
    for sj in range(si, max(si - 1 - LOOK_BACK, -1), -1):
        sent = d.sents[sj]
        stop = tok.i if sj == si else sent.end
        found: list[tuple[int, Time]] = [(r.trig.i, r.time) for r in d.built if sent.start <= r.trig.i < stop
                                         and r.time is not None and r.time.value is not None
                                         and r.type == raw.type and r.modality == raw.modality]
        for m in d.ctx.doc[sent.start:stop]:
            if m.lemma_.lower() not in events:
                continue
            t = event_mention_time(d, m) if m.pos_ in NOUN_POS else \
                tc.resolved(d, d.timex_at.get(m.i, []), False) if m.pos_ in VERB_POS else None
            if t is not None:
                found.append((m.i, t))
        if found:
            return max(found, key=lambda f: f[0])[1]  # the nearest before the act
    return None


def _bare_participle(verb: Token) -> bool:
    """"Karelo, in return, handed over Y" tagged as a participle: with an active subject and no
    helping verb it is a simple past."""
    return verb.tag_ == "VBN" and child(verb, "nsubj") is not None and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


def part_time(d: Doc_, tok: Token, raw: Candidate, future: bool) -> Time | None:
    """The date of the event a past, narrated act says it is a part of (rules
    interactions.timing.part_of_event and interactions.timing.counterpart_act)."""
    verb = tok if tok.pos_ in VERB_POS else tok.head if tok.dep_ in ("prt", "dobj", "nsubjpass") \
        and tok.head.pos_ in VERB_POS else None  # "handed over", "secured the release of X"
    if future or verb is None or not (tc.told_as_done(verb, d.lex.settings.planned_aux) or _bare_participle(verb)):
        return None
    t = occasion_time(d, tok, verb)
    if t is not None:
        return t
    # the event's own or earlier date, also for an act in reported words ("X confirmed that it
    # received 40 men in the swap": the framing phrase places the act, whoever tells it)
    t = framed_event_time(d, _part_phrases(verb), raw.type, tok)
    if t is not None:
        tc.mark(d, tok, PART_OF_EVENT)
        return t
    if (raw.claim is not None and not tc.sourced(d, raw.claim)) or not has_counterpart_cue(verb):
        return None
    t = _dated_before(d, tok, raw)
    if t is not None:
        tc.mark(d, tok, COUNTERPART_ACT)
    return t


def _after_report(d: Doc_, t: Time) -> bool:
    """Does the time start after the report's day ("next week" is a planned occasion)?"""
    v, anchor = (t.value or "").split("/")[0], d.ctx.anchor
    if anchor is None or not v:
        return False
    if "-W" in v:
        start = date.fromisocalendar(int(v[:4]), int(v[6:]), 1)
    else:
        parts = [int(x) for x in v.split("-")] + [1, 1]
        start = date(parts[0], parts[1], parts[2])
    return start > anchor


def occasion_time(d: Doc_, tok: Token, verb: Token) -> Time | None:
    """"agreed to stop all shelling during a telephone call on Saturday": the parser hangs the
    occasion and its date on the complement verb, but a phrase naming an occasion of talk (a
    call, a meeting, talks) tells when the governing act itself took place; its date (on the
    occasion noun or on the complement verb) dates the act (rule interactions.timing.occasion_time).
    A planned occasion ("agreed to meet during the summit next week") is after the report and
    the past bound turns it down."""
    words = tc.timing_words()
    for x in verb.children:
        if x.dep_ != "xcomp" or x.pos_ not in VERB_POS:
            continue
        for p in x.subtree:
            if p.dep_ != "prep" or p.lower_ not in words.occasion_preps or not tc.reaches(p, x):
                continue
            for o in p.children:
                if o.dep_ == "pobj" and o.lemma_.lower() in words.occasion_nouns:
                    t = tc.resolved(d, d.timex_at.get(o.i, []) + d.timex_at.get(x.i, []), False)
                    if t is not None and not _after_report(d, t):
                        tc.mark(d, tok, OCCASION_TIME)
                        return t
    return None
