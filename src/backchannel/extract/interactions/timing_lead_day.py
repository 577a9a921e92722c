"""Rules interactions.timing.lead_day and interactions.timing.lead_act_retold: the news day of a
report's lead dates the lead's undated done acts, and a dated lead act told again later.

Why: a news report tells its news in the lead and dates it there once, often not on the act itself:
"Rebels have freed two pilots, the ministry said on Monday" (the day is the statement's), "Hopes rose
on Sunday after the envoy received a letter" (the day is the main clause's), or in the next
sentence ("The pilots were handed over in Lund on Monday"). The reader takes that day for every
act the lead tells as done. Then the report tells the lead's act again, paragraphs later and with
no day ("The envoy, who met the rebels in Lund, ..."); the reader knows it is the news and dates it
by the lead. The sentence-bound date search (:mod:`.timing`) reaches neither. The news day must be
one recent day (``data/timing_lead_day.toml``): the first lead sentence that names any time gives
it, and only when that time is one day no more than a week before the report and told of a done
deed; a lead that names two days, an older date or only a plan gives none. The day dates the acts
of the lead's first paragraph only (the next paragraph may tell another party's deed). Only acts no other rule
dated, told as done (not planned, denied, vague, summed, in the past perfect or measured from
another time), and not in a clause that describes a participant ("who were seized ...") take it.
This runs once all of a report's acts are built and merged, as it reads the whole report.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

from spacy.tokens import Span, Token

from backchannel import timex
from backchannel.data_loader import load_fields, read
from backchannel.extract.interactions import timing_constructions as tc
from backchannel.extract.interactions.candidate import TIME
from backchannel.extract.interactions.timing_release_day import own_measure, told_as_done_plainly
from backchannel.extract.interactions.timing_run import is_day
from backchannel.model import Time
from backchannel.syntax.tree import VERB_POS

if TYPE_CHECKING:
    from backchannel.extract.interactions.candidate import Record
    from backchannel.extract.interactions.document import Doc_

LEAD_DAY = "interactions.timing.lead_day"
LEAD_ACT_RETOLD = "interactions.timing.lead_act_retold"
WORDS_FILE = "timing_lead_day.toml"


@dataclass(frozen=True)
class LeadDayWords:
    """Words and bounds of the rules (``data/timing_lead_day.toml``)."""

    done_modalities: frozenset[str]
    bounds: dict[str, int]
    background_links: frozenset[str]
    ongoing_types: frozenset[str]
    other_time_marks: frozenset[str]
    taking_types: frozenset[str]
    release_types: frozenset[str]
    member_kinds: frozenset[str]


@lru_cache(maxsize=1)
def lead_day_words() -> LeadDayWords:
    return load_fields(LeadDayWords, WORDS_FILE, read(WORDS_FILE))[0]


def lead_sentences(d: Doc_) -> list[int]:
    """Indexes of the lead: the report's first sentences that hold a verb (a byline, a date line or a
    photo credit holds none and is no part of the news) and end as a sentence does (a headline line
    ends with no stop: it tells the lead's news in the present tense of headlines)."""
    out: list[int] = []
    for i, s in enumerate(d.sents):
        if any(t.pos_ in VERB_POS for t in s) and _ends_as_sentence(s):
            out.append(i)
        if len(out) == lead_day_words().bounds["lead"]:
            break
    return out


def _ends_as_sentence(s: Span) -> bool:
    """Does the sentence end with a stop ("." "?" "!", or a closing quote after one)?"""
    words = [t for t in s if not t.is_space]
    return bool(words) and (words[-1].is_punct or words[-1].is_quote)


def news_day(d: Doc_, lead: list[int]) -> Time | None:
    """The lead's one day: the first lead sentence that names a time decides; it gives a day when
    every time it names is the same recent day and each dates a deed told as done."""
    anchor = d.ctx.anchor
    if anchor is None:
        return None
    for i in lead:
        found = [(tx, span, att) for tx, span, att in d.timexes if d.sent_index(span.root) == i]
        days: list[Time] = []
        past: set[str] = set()  # the days of background clauses ("sailors who were detained on Saturday")
        for tx, span, att in found:
            val = timex.resolve(tx.text, anchor, False)
            if not val:
                continue  # a duration or a vague time ("for two months", "recently") names no time
            if _background(att if att is not None else span.root):
                past.add(val)  # a participant's past is no news day, but a second day leaves the news day open
                continue
            if not is_day(val) or not _recent(val, anchor) or not _done_host(d, span, att):
                return None
            days.append(Time(text=tx.text, value=val, start=tx.start, end=tx.end))
        if days or past:  # the first sentence that names a time decides; a participant's past alone gives none
            return days[0] if days and len({t.value for t in days} | past) == 1 else None
    return None


def _recent(value: str, anchor: date) -> bool:
    w = lead_day_words().bounds
    return anchor - timedelta(days=w["before"]) <= date.fromisoformat(value) <= anchor + timedelta(days=w["after"])


def _done_host(d: Doc_, span: Span, att: Token | None) -> bool:
    """Is the time said of a deed told as done ("were freed Sunday", "said on Monday"), not of a plan
    ("will meet on Friday": the day of a plan is no news day)?"""
    tok = att if att is not None else span.root
    verb = tok if tok.pos_ in VERB_POS else next((a for a in tok.ancestors if a.pos_ in VERB_POS), None)
    return verb is not None and tc.told_as_done(verb, d.lex.settings.planned_aux)


def _takes_day(d: Doc_, r: Record, retold: bool = False) -> bool:
    """May the undated act take a day from elsewhere: told as done, plainly (no vague time, sum or
    past perfect: :func:`told_as_done_plainly`), not measured from another time, not a background
    clause on a participant (a retelling may be one: "X, who met Y in Z, said ..."), not an act
    that runs over time (talks, a mediation)?"""
    w = lead_day_words()
    return r.time is None and not r.negated and r.modality in w.done_modalities and r.type not in w.ongoing_types \
        and told_as_done_plainly(d, r) and not own_measure(r.trig) and (retold or not _background(r.trig, True))


def _background(tok: Token, other_times: bool = False) -> bool:
    """Is the act told in a clause that describes a participant ("the pilots, who were seized in May",
    "two men imprisoned since March"), or (``other_times``) in an adverbial clause of another time
    ("freed them after the other side agreed to ...", "arrested them when their boat strayed")? The
    lead's day is the news, not the participants' past nor what came before or after it."""
    w = lead_day_words()
    cur = tok
    for _ in range(_CLIMB):
        if cur.dep_ in w.background_links:
            return True
        if other_times and cur.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in w.other_time_marks for c in cur.children):
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


_CLIMB = 8  # steps from the act's word up to its sentence's root (a lead sentence is rarely deeper)


def _stamp(r: Record, day: Time, rule: str) -> None:
    r.time = Time(text=day.text, value=day.value, start=day.start, end=day.end)
    r.trace[TIME] = rule


def lead_day(d: Doc_, recs: list[Record]) -> list[Record]:
    """The records, the lead's undated done acts dated by its news day (rule LEAD_DAY: only acts of
    the lead's own paragraph; a new paragraph may tell another party's deed) and the later
    undated retellings of a dated lead act dated by it (rule LEAD_ACT_RETOLD)."""
    lead = lead_sentences(d)
    if not lead:
        return recs
    in_lead = [r for r in recs if d.sent_index(r.trig) <= lead[-1]]
    day = news_day(d, lead)
    first = d.para_of_sent[lead[0]]
    if day is not None:
        taken = _captives_taken(in_lead)
        for r in in_lead:
            if d.para_of_sent[d.sent_index(r.trig)] == first and _takes_day(d, r) and not taken(r):
                _stamp(r, day, LEAD_DAY)
    for r in recs:
        if d.sent_index(r.trig) > lead[-1] and _takes_day(d, r, True) and not _names_time(d, r.trig):
            told = _lead_telling(d, r, in_lead)
            if told is not None:
                _stamp(r, told, LEAD_ACT_RETOLD)
    return recs


def _captives_taken(in_lead: list[Record]) -> Callable[[Record], bool]:
    """A test of the taking of the lead release's captive ("has freed two nurses. The group kidnapped them
    in a raid"): the captivity began before the news, and the news day is the release's."""
    w = lead_day_words()
    captives = {x.target for x in in_lead if x.type in w.release_types and x.target is not None}
    return lambda r: r.type in w.taking_types and r.target in captives


def _names_time(d: Doc_, tok: Token) -> bool:
    """Does the act's own sentence name a time? Then the sentence is set at its own time ("In May,
    ..."), and the retelling may be another round: it takes no day from the lead."""
    i = d.sent_index(tok)
    return any(d.sent_index(span.root) == i for _, span, _ in d.timexes)


def _lead_telling(d: Doc_, r: Record, in_lead: list[Record]) -> Time | None:
    """The date of the lead's act that ``r`` tells again: lead acts of its type told as done with the
    same parties (the other party the same or on its side: "He met the other envoy", "it freed another
    captive" tell other acts), all dated to the same day (two lead acts of one type on two days leave it open)."""
    same = [x for x in in_lead if x.type == r.type and not x.negated and x.modality in
            lead_day_words().done_modalities and _same_parties(d, r, x)]
    times = [x.time for x in same]
    if not times or any(t is None for t in times) or len({t.value for t in times if t}) != 1:
        return None
    return times[0]


def _same_parties(d: Doc_, r: Record, x: Record) -> bool:
    """Do two acts have a party in common and, past it, the same other party or one on its side?"""
    mine, theirs = [a for a in (r.source, r.target) if a], [a for a in (x.source, x.target) if a]
    for a in set(mine) & set(theirs):
        others, lead_others = [o for o in mine if o != a], [o for o in theirs if o != a]
        if not others or not lead_others or any(_one_side(d, o, p) for o in others for p in lead_others):
            return True
    return False


def _one_side(d: Doc_, a: str, b: str) -> bool:
    """Is ``a`` (the retelling's other party) ``b`` (the lead's), or does one act for the other, or both for one
    party ("Karl Sten" and "Ostland")? A person of no known side may be one of the lead's organisation ("met the
    leaders of the Front" ... "met the rebel chief Karl Sten"); a person of another side is not, nor one beside a
    group of captives ("freed two sailors" ... "freed a journalist" is another release)."""
    if a == b or {a, _side(d, a)} & {b, _side(d, b)}:
        return True
    mine, theirs = d.ctx.actors.get(a), d.ctx.actors.get(b)
    return mine is not None and theirs is not None and mine.kind == "person" and not mine.affiliation \
        and theirs.kind in lead_day_words().member_kinds


def _side(d: Doc_, a: str) -> str | None:
    """The party ``a`` acts for at the top of its affiliations (itself when it acts for none)."""
    act, seen = d.ctx.actors.get(a), set()
    while act is not None and act.affiliation and act.id not in seen and act.affiliation in d.ctx.actors:
        seen.add(act.id)
        act = d.ctx.actors.get(act.affiliation)
    return act.id if act is not None else a
