"""Time constructions beyond the trigger's path to the root (see :mod:`.timing`): a date that
closes the clause, a "with"-clause that elaborates a dated event, a run of events dated once
inside one quotation or under a sourcing phrase, and the bound that a past act is never dated
after the report.

Why: the path rules read the parser's attachment, and the parser often hangs a clause-final
date on the last noun ("coordinated a swap ... including X, Y and other figures in Z on
Thursday") or reads a time that dates another event ("met X for talks on the round in Z from
March 18 to 21" in a report of March 14: the round, not the meeting). These rules are the
constructions that carry an act's date when its own words do not, each with its rule id in the
act's ``time`` trace.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from backchannel import timex
from backchannel.data_loader import loader
from backchannel.model import Time
from backchannel.report_date import DATELINE_DATE
from backchannel.syntax.tree import NOUN_POS, VERB_POS, child, modal_aux
from backchannel.extract.interactions.timing_clause_end import before_trailing_adjuncts, clause_last_word
from backchannel.extract.interactions.words import words

if TYPE_CHECKING:
    from backchannel.extract.interactions.document import Doc_

TIMING_WORDS_FILE = "timing_words.toml"

CLAUSE_FINAL_TIME = "interactions.timing.clause_final_time"
WITH_ELABORATION = "interactions.timing.with_elaboration"
PAST_BOUND = "interactions.timing.past_bound"
NEAR_FUTURE_DAY = "interactions.timing.near_future_day"
SOURCED_ACT = "interactions.timing.sourced_act"
QUOTED_RUN = "interactions.timing.quoted_run"
CLOCK_DAY = "interactions.timing.clock_day"
DAY_AFTER = "interactions.timing.day_after"

CLAUSE_LINKS = ("relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj")  # a clause of its own
SLACK = timedelta(days=1)  # a report's date may be a day behind the event's own (time zones)
MAX_CLIMB = 16


@dataclass(frozen=True)
class TimingWords:
    """Words of the act-time constructions (``data/timing_words.toml``)."""

    perfect_aux: frozenset[str]
    elaboration_preps: frozenset[str]
    means_preps: frozenset[str]
    run_end_preps: frozenset[str]
    run_verbs: frozenset[str]
    sourcing_cues: frozenset[str]
    definite_dets: frozenset[str]
    counterpart_phrases: frozenset[str]
    part_preps: frozenset[str]
    composite_events: frozenset[str]
    occasion_preps: frozenset[str]
    occasion_nouns: frozenset[str]
    later_words: frozenset[str]
    vague_times: frozenset[str]
    since_leads: frozenset[str]
    place_relatives: frozenset[str]
    progressive_aux: frozenset[str]
    day_after_phrases: frozenset[str]
    same_day_phrases: frozenset[str]
    within_day_units: frozenset[str]
    hour_units: frozenset[str]
    days_later: str
    told_modalities: frozenset[str]
    performative_types: frozenset[str]
    performative_tags: frozenset[str]
    performative_aux: frozenset[str]
    relative_years: frozenset[str]
    simultaneous_marks: frozenset[str]


# The constructions' words, parsed and checked once per process.
timing_words = loader(TimingWords, TIMING_WORDS_FILE)


@dataclass
class TimeState:
    """What the time search of the act being built needs besides the parse: the latest day a
    past act may take (``ceiling``), whether that bound turned a date down, and the rule of
    this module that found the date (for the trace)."""

    ceiling: date | None = None
    bound_hit: bool = False
    rule: dict[int, str] = field(default_factory=dict)  # trigger token -> rule id


# -- the bound of a past act (rule interactions.timing.past_bound) ------------------------
def told_in_past(tok: Token, planned_aux: frozenset[str]) -> bool:
    """Is the act told in the past tense ("met", "has met", "had freed"), not planned?"""
    v = tok if tok.pos_ in VERB_POS else next((a for a in tok.ancestors if a.pos_ in VERB_POS), None)
    if v is None or any(modal_aux(c, planned_aux) for c in v.children):
        return False
    if v.tag_ == "VBD":
        return True
    return v.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() in timing_words().perfect_aux
                                   for c in v.children)


PAST_HOST = "interactions.timing.past_host"
DAY_OF_RELATIVE_YEAR = "interactions.timing.day_of_relative_year"


def past_host(d: Doc_, verb: Token, tok: Token) -> bool:
    """Rule interactions.timing.past_host: is ``verb``, above a planned act ``tok`` on its path, told
    in the past ("flew to Z on Monday to mediate between them")? Its date is that of a done
    deed, read backward (last Monday), though the act it serves is still to come."""
    past = verb.i != tok.i and verb.pos_ in VERB_POS and (told_in_past(verb, d.lex.settings.planned_aux) or (
        verb.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.tag_ == "VBD" for a in verb.children)))  # "was sent"
    if past and d.timex_at.get(verb.i):
        mark(d, tok, PAST_HOST)
    return past


def told_as_done(tok: Token, planned_aux: frozenset[str]) -> bool:
    """Is the act told as done: past or perfect ("met", "has met"), or a past passive ("were
    freed"), not planned? One reading for every rule that dates only acts that happened."""
    if told_in_past(tok, planned_aux):
        return True
    v = tok if tok.pos_ in VERB_POS else next((a for a in tok.ancestors if a.pos_ in VERB_POS), None)
    return v is not None and v.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.tag_ == "VBD" for a in v.children)


@contextmanager
def past_bound(d: Doc_, tok: Token, future: bool) -> Iterator[TimeState]:
    """While the act's time is read: a past act is never dated after the report (plus a day of
    slack), so a date that resolves later ("met X ... for the round from March 18 to 21" in a
    report of March 14) belongs to another event and the search goes on."""
    st = d.time_state
    anchor = d.ctx.anchor
    past = not future and anchor is not None and told_in_past(tok, d.lex.settings.planned_aux)
    st.ceiling = anchor + SLACK if past and anchor is not None else None
    st.bound_hit = False
    st.rule.pop(tok.i, None)
    try:
        yield st
    finally:
        st.ceiling = None


def after_ceiling(d: Doc_, tx: timex.Timex, value: str) -> bool:
    """Does this resolved date start after the bound of the past act being dated? A date that
    names its year is the writer's own and is kept (then our anchor is the one that is off)."""
    st = d.time_state
    start = value.split("/")[0]
    if st.ceiling is None or len(start) != 10 or timex.has_year(tx.text):
        return False
    if date.fromisoformat(start) > st.ceiling:
        st.bound_hit = True
        return True
    return False


def resolved(d: Doc_, found: Iterable[tuple[timex.Timex, Span]], future: bool) -> Time | None:
    """The first of these time expressions that resolves to a date within the act's bound; a
    clock yields to a day hung on the same word ("at around 9pm local time on Sunday": Sunday,
    rule interactions.timing.clock_day)."""
    clock: Time | None = None
    for tx, _ in found:
        val = timex.resolve(tx.text, d.ctx.anchor, future)
        if val and not after_ceiling(d, tx, val):
            t = Time(text=tx.text, value=val, start=tx.start, end=tx.end)
            if not timex.is_clock(tx.text):
                return t
            clock = clock or t
    return clock


# -- a date that closes the clause (rule interactions.timing.clause_final_time) -----------
def reaches(att: Token, tok: Token) -> bool:
    """Does ``att`` hang under ``tok`` with no verb or clause between? A participle used as a
    preposition ("including", "according to") is no verb here."""
    cur = att
    for _ in range(MAX_CLIMB):
        if cur.i == tok.i:
            return True
        if (cur.pos_ in VERB_POS and cur.dep_ != "prep") or cur.dep_ in CLAUSE_LINKS or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def clause_final_time(d: Doc_, tok: Token, future: bool) -> Time | None:
    """"X coordinated a swap between A and B, including C and other figures in Z on Thursday":
    a date that closes the act's clause (only punctuation after it, or a comma and an adjunct of
    the act's verb: "captured by X on June 3, 2011, a month after arriving") dates the act,
    wherever the parser hung it inside the act's phrase, as long as no verb or clause comes between."""
    if tok.pos_ not in VERB_POS and tok.pos_ not in NOUN_POS:
        return None
    ends = {clause_last_word(tok, tok.right_edge.i)} | {clause_last_word(tok, e) for e in before_trailing_adjuncts(tok)}
    found = [(tx, span) for tx, span, att in d.timexes
             if att is not None and span.end - 1 in ends and span.start > tok.i and reaches(att, tok)]
    t = resolved(d, found, future)
    if t is not None:
        d.time_state.rule[tok.i] = CLAUSE_FINAL_TIME
    return t


# -- "with officials saying ..." (rule interactions.timing.with_elaboration) ---------------
def elaboration_prep(speech: Token) -> Token | None:
    """The "with" of "…, with officials saying X" when ``speech`` is its verb."""
    p = speech.head.head if speech.dep_ == "acl" and speech.head.dep_ == "pobj" else \
        speech.head if speech.dep_ in ("pcomp", "advcl") else None
    if p is None or p.dep_ != "prep" or p.lower_ not in timing_words().elaboration_preps:
        return None
    return p


def elaboration_time(d: Doc_, tok: Token, prep: Token, future: bool) -> Time | None:
    """"A and B swapped prisoners on Friday, with officials saying A freed C": the with-clause
    elaborates the main event, so an act told inside it, with no date of its own, takes the
    main event's date, on its verb or on its object ("held a detainee swap Friday")."""
    main = prep.head
    if main.lemma_ in d.lex.settings.speech_verbs:
        # "A and B met in mid-May, a paper said on Thursday, with A freeing C": the clause
        # elaborates the reported event, not the saying
        content = [c for c in main.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in VERB_POS]
        main = content[0] if content else main
    if main.pos_ not in VERB_POS or future or main.lemma_ in d.lex.settings.speech_verbs:
        return None  # (a planned act is not dated by the event it would elaborate)
    obj = child(main, "dobj")
    found = d.timex_at.get(main.i, []) + (d.timex_at.get(obj.i, []) if obj is not None else [])
    t = resolved(d, found, future)
    if t is not None:
        d.time_state.rule[tok.i] = WITH_ELABORATION
    return t


def fronted_participle(att: Token | None) -> bool:
    """Is the token inside a subject-less participle clause that opens its sentence ("Kidnapped in
    May 2023, X was freed late Tuesday")? Its date is the background's; the sentence's run of
    events is dated by the main clause (rule interactions.timing.previous_sentence)."""
    for a in ([att, *att.ancestors] if att is not None else []):
        if a.dep_ == "advcl" and a.tag_ in ("VBN", "VBG") and a.i < a.head.i \
                and child(a, "nsubj", "nsubjpass") is None:
            return True
    return False


def _perfect(verb: Token) -> bool:
    """Is the verb a perfect ("has shelled", "had been firing")?"""
    return any(a.dep_ == "aux" and a.lemma_.lower() in timing_words().perfect_aux for a in verb.children)


# -- acts inside a claim: a sourcing phrase, a quoted run ---------------------------------
def sourced(d: Doc_, claim: str | None) -> bool:
    """Is the act's claim only a sourcing phrase ("…, according to X"), with no speech event
    whose own time would date its content? Then the act is narrated like any other."""
    c = d.claims.get(claim) if claim else None
    return c is not None and (c.cue or "").lower() in timing_words().sourcing_cues


def claim_content(d: Doc_, claim: str | None) -> list[tuple[int, int]]:
    """The character spans of the claim's content: inside one quotation, a date told in an
    earlier sentence dates the run of events the speaker tells after it."""
    c = d.claims.get(claim) if claim else None
    if c is None:
        return []
    return [(s, e) for s, e in c.spans.content]


def mark(d: Doc_, tok: Token, rule: str) -> None:
    """Record the rule of this module that dated the act of ``tok`` (for its trace)."""
    d.time_state.rule[tok.i] = rule


def rule_for(d: Doc_, tok: Token, t: Time, future: bool) -> str | None:
    """The rule id this module contributes to the act's ``time`` trace, if any: the
    construction that found the date, else the bound that turned a later date down, else
    the coming-day reading of a day of the month."""
    st = d.time_state
    if tok.i in st.rule:
        return st.rule[tok.i]
    if timex.is_clock(t.text):
        return CLOCK_DAY  # "called at 15:35": the report's day
    if len(t.value or "") == 10 and any(t.text.lower().endswith(y) for y in timing_words().relative_years):
        return DAY_OF_RELATIVE_YEAR  # "on Feb. 7 last year": that day of the year before
    if st.bound_hit:
        return PAST_BOUND
    if not future and t.value is not None and timex.reads_ahead(t.text, d.ctx.anchor):
        return NEAR_FUTURE_DAY
    if d.ctx.document.published is None and d.ctx.anchor is not None and not timex.has_year(t.text):
        return DATELINE_DATE  # a relative time read against the dateline's date (report_date.py)
    return None


# -- "have stepped up their attacks in recent weeks": a vague time of its own borrows no date
SUBJECT_OBJECT_DEPS = ("dobj", "nsubj", "nsubjpass")


def vague_own_time(tok: Token) -> bool:
    """Does the act give itself a vague time ("recently", "in recent weeks", "for years"), on its
    verb or on the verb whose argument its noun is? Such an act is undated (a vague time gets
    no value), so it borrows no date from another sentence (``previous_sentence``, ``narrative_run``,
    ``retold_act``)."""
    heads = [tok] + ([tok.head] if tok.pos_ in NOUN_POS and tok.dep_ in SUBJECT_OBJECT_DEPS else [])
    vague = timing_words().vague_times
    return any(c.dep_ in ("advmod", "prep", "npadvmod") and " ".join(t.lower_ for t in c.subtree) in vague
               for h in heads for c in h.children)


def since_start(tx: timex.Timex) -> bool:
    """Is the time a "since" start point ("Since March 15, the campaign has ...")? It dates the
    state that runs from it, not a run of events told after it."""
    first = tx.text.split()[0].lower() if tx.text.split() else ""
    return first in timing_words().since_leads


# -- "had not spoken since the clashes in March": the start point X (gold: "since X" takes X)
def since_time(d: Doc_, tok: Token, future: bool) -> tuple[bool, Time | None]:
    """(does the act have a "since" phrase of its own, the date it names): "has not freed anyone
    since the truce of May 2024", "have held talks since March": the start point dates the act,
    negated or not (the gold's convention: "since X" takes X), over any date read elsewhere; a
    phrase that names no date ("since the clashes") leaves the act undated, borrowing nothing."""
    lead = timing_words().since_leads
    since = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in lead), None)
    if since is None and _perfect(tok):
        # "have been firing at Y since X began its offensive in October 2023": a clause (a
        # causal "since" takes no perfect: "Since the talks failed, X attacked Y")
        since = next((c for c in tok.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in lead for m in c.children)), None)
    if since is None:
        return False, None
    lo, hi = since.left_edge.i, since.right_edge.i
    d.time_state.rule.pop(tok.i, None)
    return True, resolved(d, ((tx, span) for tx, span, _ in d.timexes if lo <= span.start <= hi), future)


YEAR_MODIFIER = "interactions.timing.year_modifier"
YEARS = range(1900, 2100)


def year_modifier(d: Doc_, noun: Token, act: Token | None = None) -> Time | None:
    """A year written before an event noun dates it ("the 2024 attack that killed ...", "a 2015
    deal"): the act the noun names, or its relative clause tells, took place that year (rule
    interactions.timing.year_modifier).

    Why apart from the time expressions: a bare year is no time expression on its own
    (timex.find: "the 2015 deal" must not date the talks that revive it), but it does date
    the noun it modifies. Only a four-digit number of a plausible year, right before the
    noun or its adjectives, counts ("2,024 fighters" and "the 1,500 attacks" do not), and never
    one with a qualifier of its own ("more than 2000") or before a bare plural ("2000 airstrikes").
    """
    if noun.tag_ in ("NNS", "NNPS") and not any(c.dep_ in ("det", "poss") for c in noun.children):
        return None  # "2000 airstrikes": a count of acts, not their year
    for c in noun.children:
        if c.i < noun.i and c.dep_ in ("nummod", "compound", "amod", "npadvmod") and c.like_num \
                and len(c.text) == 4 and c.text.isdigit() and int(c.text) in YEARS and not list(c.children) \
                and not any(span.start <= c.i < span.end for _, span, _ in d.timexes):  # ("October 7, 2023")
            mark(d, act if act is not None else noun, YEAR_MODIFIER)
            return Time(text=c.text, value=c.text, start=c.idx, end=c.idx + 4)
    return None


# -- "the release of pupils abducted on 7 March" (rule interactions.timing.other_act_clause) --------
OTHER_ACT_CLAUSE = "interactions.timing.other_act_clause"  # takes a date off; nothing to trace


def other_act(d: Doc_, verb: Token, kinds: set[str]) -> bool:
    """Does this clause verb on an act noun tell an act of a kind in ``other_act_types`` ("abducted",
    "kidnapped": a captive's history) that is none of the noun's own kinds (``kinds``)? Its date is
    then not the noun's act's, though the parser hangs the clause on the noun."""
    theirs = {f.type for f in d.lex.frames.get(verb.lemma_.lower(), [])} & words().other_act_types
    return bool(theirs) and not theirs & kinds
