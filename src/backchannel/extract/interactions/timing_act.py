"""An act's time, from all the constructions that date one, and the rule that dated it (moved out
of build.py, which assembles candidates; the date of each act is decided here in one place).

Why: the constructions are tried in order (the trigger's own path and clause first, then the
places the parser hangs a date, then mentions of the same event elsewhere); a role noun's act
("the mediator X") is a standing role, not an event, and takes no date borrowed from the clause
around it (rule interactions.timing.standing_role).
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from spacy.tokens import Token

from backchannel import timex
from backchannel.model import Time

from backchannel.extract.interactions.candidate import TIME, Candidate
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions import timing_constructions as tc
from backchannel.extract.interactions.timing_offset import NO_DATE, OFFSET_CALENDAR, OFFSET_CLAUSE, offset_time
from backchannel.extract.interactions.timing_parts import part_time
from backchannel.extract.interactions.timing_purpose import purpose_time
from backchannel.extract.interactions.timing_occasion import occasion_clause_time
from backchannel.extract.interactions.timing_conjunct import conjunct_adjunct_time
from backchannel.extract.interactions.timing_run import RUN_THROUGH, run_through
from backchannel.extract.interactions.timing_later import later_mention_time
from backchannel.extract.interactions.timing_news import perfect_news_time
from backchannel.extract.interactions.timing import in_relative
from backchannel.extract.interactions.timing_lead import lead_day
from backchannel.extract.interactions.timing_captive import captive_transfer_time
from backchannel.extract.interactions.timing_event_nouns import definite_event_time
from backchannel.extract.interactions.timing import (
    PLACE_PHRASE_TIME, STATEMENT_DAY, announced_from, claim_time, next_statement_time,
    object_time, place_time, time_of,
)
from backchannel.extract.interactions.timing_constructions import (
    NEAR_FUTURE_DAY, clause_final_time, past_bound, rule_for, since_time,
)
from backchannel.extract.interactions.timing_retold import retold_time
from backchannel.extract.interactions.timing_statements import performed_time
from backchannel.extract.interactions.mediation_words import request_words
from backchannel.extract.interactions.words import words
from backchannel.syntax.tree import NOUN_POS, VERB_POS, child

W = words()
# the rule that takes a borrowed date off a role noun's act (the act then has no time to trace)
STANDING_ROLE = "interactions.timing.standing_role"
# a weekend read as its two days, traced when no construction rule found the date (timex_period.weekend_value)
WEEKEND_INTERVAL = "interactions.timing.weekend_interval"


def act_time(d: Doc_, tok: Token, raw: Candidate, future: bool, content: bool = False) -> None:
    """The act's time: on its path or clause (``time_of``), else a date the parser hung inside
    its object or its place phrase."""
    with past_bound(d, tok, future):  # rule interactions.timing.past_bound
        shifted = _offset(d, tok, raw, future)
        if shifted is not None:
            raw.time = None if shifted is NO_DATE else shifted
            return
        raw.time = time_of(d, tok, future, raw.claim, content=content) or (
            None if future else performed_time(d, tok, raw))  # "said on Monday it rejected the plan"
        if raw.time is None and tok.pos_ in VERB_POS and child(tok, "dobj") is not None:
            raw.time = object_time(d, tok, future)
        if raw.time is None and tok.pos_ in VERB_POS:
            raw.time = means_object_time(d, tok, raw, future)
        if raw.time is None:  # "made a trip on Monday to meet X", "phoned X to discuss Y on Monday"
            raw.time = purpose_time(d, tok, raw, future) or occasion_clause_time(d, tok, raw, future) \
                or conjunct_adjunct_time(d, tok, raw, future)
        if raw.time is None and tok.pos_ in VERB_POS:
            raw.time = place_time(d, tok, future)
            if raw.time is not None:
                raw.trace[TIME] = PLACE_PHRASE_TIME
        if raw.time is None:
            raw.time = clause_final_time(d, tok, future)
        if raw.time is None and not future:
            raw.time = definite_event_time(d, tok) or retold_time(d, tok, raw)
        if raw.time is None:
            raw.time = part_time(d, tok, raw, future) or later_mention_time(d, tok, raw, future)
        if raw.time is None and not future:
            raw.time = next_statement_time(d, raw.claim)
            if raw.time is not None:
                raw.trace[TIME] = STATEMENT_DAY
        if raw.time is None:  # (a last resort: rule interactions.timing.perfect_news)
            raw.time = perfect_news_time(d, tok, raw, future)
        if raw.time is None:  # the captives' dated journey (rule interactions.timing.captive_transfer)
            raw.time = captive_transfer_time(d, tok, raw, future)
        if raw.time is None and not future and not in_relative(tok):  # the lead's day (rules lead_run, lead_statement_day)
            raw.time = lead_day(d, tok, raw.claim, raw.sources)
        has_since, since = since_time(d, tok, future)  # "had not spoken since the clashes in March"
        raw.time = since if has_since else raw.time
        trace_time(d, tok, raw)
        run = run_through(d, raw.time, future)  # "opened on Monday and went on until Wednesday"
        if run is not None:
            raw.time = run
            raw.trace[TIME] = RUN_THROUGH
    if raw.time is not None and standing_role(tok, raw.time):
        raw.time = None
        raw.trace.pop(TIME, None)


def _offset(d: Doc_, tok: Token, raw: Candidate, future: bool) -> Time | None:
    """Rule interactions.timing.offset_clause ("reached home on Monday, a day after Y freed them"),
    unless the act has a date of its own on its trigger."""
    if future or tc.resolved(d, d.timex_at.get(tok.i, []), future) is not None:
        return None
    t = offset_time(d, tok, lambda gov: time_of(d, gov, future, raw.claim))
    if t is not None and t is not NO_DATE:
        raw.trace[TIME] = OFFSET_CLAUSE if t.value is not None and len(t.value) == 10 else OFFSET_CALENDAR
    return t


MEANS_CLAUSE_OBJECT = "interactions.timing.means_clause_object"


def means_object_time(d: Doc_, tok: Token, raw: Candidate, future: bool) -> Time | None:
    """Rule MEANS_CLAUSE_OBJECT: "Norland opened the channel in May by hosting a meeting of A
    and B": the act of a means clause ("by hosting") is done when its main verb is, and the
    parser hangs that verb's date on the verb's object ("the process in March"), which the path
    to the root never passes. (A date on the main verb itself is found on the path.)"""
    p = tok.head
    if tok.dep_ != "pcomp" or p.dep_ != "prep" or p.lower_ not in tc.timing_words().means_preps \
            or p.head.pos_ not in VERB_POS or child(p.head, "dobj") is None:
        return None
    t = object_time(d, p.head, future)
    if t is not None:
        raw.trace[TIME] = MEANS_CLAUSE_OBJECT
    return t


def standing_role(tok: Token, t: Time) -> bool:
    """Rule interactions.timing.standing_role: is the act's trigger a role noun ("the mediator
    X", "Y's mediation") whose date ``t`` comes from outside its own phrase? A role spans the story:
    "X, the mediator, announced the deal on Friday" dates the announcement, not the role. A date
    inside the noun's phrase ("the mediation in May"), or on a verb giving the role ("was appointed
    mediator last week"), still dates it."""
    if tok.pos_ not in NOUN_POS or tok.lemma_.lower() not in _role_nouns() or t.start is None:
        return False
    top = tok
    while top.dep_ in _NOMINAL_LINKS and top.head.i != top.i and top.head.pos_ not in VERB_POS:
        top = top.head  # "the efforts of X's mediation": the whole noun phrase
    if top.left_edge.idx <= t.start < top.right_edge.idx + len(top.right_edge):
        return False
    if top.dep_ in ("nsubj", "nsubjpass") and top.left_edge.idx <= t.start < top.head.idx:
        return False  # "The mediation of X in May failed": a date the parser hung on the verb
    gov = tok.head.head if tok.head.lower_ == W.role_prep else tok.head
    return gov.lemma_.lower() not in request_words().appoint_verbs


_NOMINAL_LINKS = ("compound", "pobj", "prep", "poss", "nmod", "amod", "appos")


@lru_cache(maxsize=1)
def _role_nouns() -> frozenset[str]:
    return request_words().role_nouns | W.standing_role_nouns


def trace_time(d: Doc_, tok: Token, raw: Candidate) -> None:
    """A time read in the previous sentence, or "today" in a quote dated by the report, is traced
    to that rule."""
    t = raw.time
    if t is None:
        return
    si = d.sent_index(tok)
    if t.start is not None and t.start < d.sents[si].start_char:
        prev = si - 1
        raw.trace[TIME] = "interactions.timing.previous_sentence" if (
            t.start >= d.sents[prev].start_char and d.para_of_sent[prev] == d.para_of_sent[si]) \
            else "interactions.timing.narrative_run"
    elif t.start is not None and t.start in d.under_agreement_times:
        raw.trace[TIME] = "interactions.timing.under_agreement"
    elif t.start is not None and t.start in d.subject_final_times:
        raw.trace[TIME] = "interactions.timing.subject_final_time"
    elif t.start is not None and announced_from(tok, t.start):
        raw.trace[TIME] = "interactions.timing.announced_act"
    more = rule_for(d, tok, t, raw.modality == "planned")  # the constructions of timing_constructions.py
    if more is not None and (more != NEAR_FUTURE_DAY or TIME not in raw.trace):
        raw.trace[TIME] = more
    if raw.claim and t.text.strip().lower() in W.speech_day_words and claim_time(d, raw.claim) is not None:
        raw.trace[TIME] = "interactions.timing.speech_day"
    if TIME not in raw.trace and "/" in (t.value or "") and timex.TW.weekend in t.text.lower():
        raw.trace[TIME] = WEEKEND_INTERVAL  # its Saturday and Sunday (timex_period.weekend_value)


def planned_redate(d: Doc_, tok: Token, raw: Candidate) -> None:
    """Rule interactions.timing.planned_complement: an act the complement of an agreement plans
    ("agreed to hold talks in February", "agreed to free the captives on Friday"), found a plan
    only after it was dated as told, takes the coming reading of a date inside that complement,
    read forward from the agreement's own day or month ("agreed in January to hold talks in
    February": that February), or from the report's day when the agreement is undated (a report
    of December: February of next year); a date with one reading ("next week": the report's) is
    left as told. An agreement dated only by a year ("last year ... agreed
    to free them in March") leaves the date as told. A date outside the complement ("A and B on
    Monday agreed to resume talks") is read as before (interactions.timing.subject_final_time
    dates the plan by the agreement's day). The told date is kept (``told``): a later telling of
    the act as done on that date is the same act (interactions.merge.one_act_two_modes)."""
    t = raw.time
    if t is None or t.start is None or d.ctx.anchor is None:
        return
    comp = next((a for a in [tok, *tok.ancestors] if a.dep_ in ("xcomp", "ccomp", "acl")), None)
    if comp is None or not comp.left_edge.idx <= t.start < comp.right_edge.idx + len(comp.right_edge):
        return
    if timex.resolve(t.text, d.ctx.anchor, True) == timex.resolve(t.text, d.ctx.anchor):
        return  # no reading to choose: "next week", "tomorrow" are the report's, "May 2026" fixed
    agreed = _agreement_date(d, comp)
    anchor = d.ctx.anchor if agreed is None else _day_or_month(agreed)
    if anchor is None:
        return
    value = timex.resolve(t.text, anchor, True)
    if value and value != t.value:
        raw.told = t
        raw.time = Time(text=t.text, value=value, start=t.start, end=t.end)
        raw.trace[TIME] = PLANNED_COMPLEMENT


def _agreement_date(d: Doc_, comp: Token) -> str | None:
    """The date of the agreement that governs the complement ``comp``: its act's, or (no act was
    built on it: "In March Norland agreed to ...", one party) a date hung on its verb outside the
    complement, read as told."""
    gov = comp.head
    act = next((r.time.value for r in d.built if r.trig == gov and r.time is not None), None)
    if act is not None or d.ctx.anchor is None:
        return act
    own = [tx for tx, span in d.timex_at.get(gov.i, []) if not comp.left_edge.i <= span.start <= comp.right_edge.i]
    return timex.resolve(own[0].text, d.ctx.anchor) if own else None


def _day_or_month(value: str | None) -> date | None:
    """The first day of a date given to the day or the month ("2025-01" -> 1 January 2025); none
    for a year, a week or a span (too coarse to read a month forward from)."""
    m = re.fullmatch(r"(\d{4})-(\d\d)(?:-(\d\d))?", value or "")
    return date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1)) if m else None


PLANNED_COMPLEMENT = "interactions.timing.planned_complement"
