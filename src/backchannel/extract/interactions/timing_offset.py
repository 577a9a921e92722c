"""An act inside a measured after/before phrase: "The pupils reached home on Monday, a day after
the militia freed them" (the release: Sunday), "Norland signed the truce on 12 May, a week
after talks in Lund began" (the talks: 5 May), "The ministers met on Tuesday, three days before
Norland signed the deal" (the signing: Friday).

Why: the clause the phrase hangs on carries the only date in the sentence, and the usual search
(a date on the trigger's path to the root) hands that date to the act in the phrase as it stands;
the phrase itself says how far apart the two are (rule interactions.timing.offset_clause). A
phrase with no count ("days after"), a unit that cannot be counted in days ("a month after"), or
a clause with no day date dates nothing here. A count of years ("two years after", "about two years
after seizing her") shifts the clause's year and gives the act that granularity (rule
interactions.timing.offset_calendar); a count of months ("a month after") and a count bounded on one
side ("more than two years after") date nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Callable

from spacy.tokens import Span, Token

from backchannel import timex
from backchannel.data_loader import loader
from backchannel.model import Time
from backchannel.syntax.tree import NOUN_POS, VERB_POS, coordination_head

if TYPE_CHECKING:
    from backchannel.extract.interactions.document import Doc_

OFFSET_CLAUSE = "interactions.timing.offset_clause"
OFFSET_CALENDAR = "interactions.timing.offset_calendar"
MONTHS_PER_YEAR = 12
WORDS_FILE = "timing_offset.toml"


@dataclass(frozen=True)
class OffsetWords:
    """Words of the rule (``data/timing_offset.toml``)."""

    directions: dict[str, int]
    units: dict[str, int]
    uncounted_units: frozenset[str]
    single_dets: frozenset[str]
    vague_counts: frozenset[str]
    calendar_units: dict[str, int]
    hedges: frozenset[str]
    open_hedges: frozenset[str]


NO_DATE = Time(text="", value=None)  # a measured phrase that cannot be counted: no date at all


# The rule's words (``timing_offset.toml``), read once: every act of every report may ask.
offset_words = loader(OffsetWords, WORDS_FILE)


@dataclass(frozen=True)
class Measure:
    """A counted measure: ``n`` days, or ``n`` months when ``months`` (a year is 12)."""

    n: int
    months: bool = False


def offset_phrase(tok: Token) -> tuple[Token, Measure | None, Token] | None:
    """(the token whose clause dates the phrase, the act's shift in days from that date, None when
    the measure cannot be counted in days, the lead word) when the trigger is the verb of "<n> days after
    <clause>", the noun of "<n> days after <noun>", or an argument of such a verb ("a week after
    talks began", "three days before X signed the deal"), or a noun in a phrase of it ("two
    days after the crew was traded for the release of X": the same event as the verb)."""
    w = offset_words()
    if tok.pos_ in NOUN_POS and tok.dep_ in ARGUMENTS and tok.head.pos_ in VERB_POS:
        tok = tok.head
    if tok.pos_ in NOUN_POS and tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ not in w.directions \
            and tok.head.head.pos_ in VERB_POS and tok.head.head.dep_ == "advcl":
        tok = tok.head.head  # "two days after the crew was traded for the release of X"
    # "ten days after she was arrested and charged": the first conjunct's phrase (of the same part of speech)
    tok = coordination_head(tok, {tok.pos_})
    if tok.pos_ in VERB_POS and tok.dep_ == "advcl":
        lead = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ in w.directions), None)
        gov = tok.head
    elif tok.pos_ in NOUN_POS and tok.dep_ == "pobj" and tok.head.lower_ in w.directions:
        lead, gov = tok.head, tok.head.head
        if gov.dep_ == "npadvmod" and gov.lower_ in w.units.keys() | w.uncounted_units:
            gov = gov.head  # "freed X on Friday, a month after talks": on the verb
    else:
        return None
    if lead is None or gov.i == tok.i:
        return None
    found, m = _measure(lead)
    if not found:
        return None
    return gov, (Measure(w.directions[lead.lower_] * m.n, m.months) if m else None), lead


ARGUMENTS = ("dobj", "nsubj", "nsubjpass")


def _measure(lead: Token) -> tuple[bool, Measure | None]:
    """(is the phrase measured, its count): "a day", "two days", "a week" right before the lead word
    (wherever the parser hangs it: the phrase's verb, its preposition, the clause's verb) in days;
    "a month", "about two years" in months; "days", "several weeks", "about a week" measure it
    without a count."""
    w = offset_words()
    c = lead.nbor(-1) if lead.i > 0 else None
    if c is None or c.dep_ != "npadvmod" or c.lower_ not in w.units.keys() | w.uncounted_units:
        return False, None
    mods = [x for x in c.children if x.i < c.i]
    # "about two years": the hedge before the count, on the noun or on the count itself
    if mods and (_hedge(lead.doc[mods[0].left_edge.i:c.i], w.open_hedges)
                 or any(x.dep_ in ("advmod", "quantmod") and x.lower_ in w.open_hedges for x in mods[-1].children)):
        return True, None  # "more than two years after": bounded on one side, no count
    hedged = bool(mods) and (_hedge(lead.doc[mods[0].i:c.i], w.hedges)
                             or any(x.dep_ == "advmod" and x.lower_ in w.hedges for x in mods[-1].children))
    counts = [_count(x.lower_) for x in mods]
    if hedged:  # "about two years": the hedge's words are no time ("some", "over", "more than")
        counts, mods = counts[-1:], mods[-1:]
    if any(n is None and x.lower_ not in w.vague_counts for x, n in zip(mods, counts)):
        return False, None  # "last year after X", "this week before Y": a time, not a measure
    if len(mods) != 1 or counts[0] is None:
        return True, None  # "days after", "several weeks before"
    if c.lower_ in w.calendar_units:
        return True, Measure(counts[0] * w.calendar_units[c.lower_], months=True)
    if c.lower_ in w.uncounted_units or hedged:
        return True, None  # "two decades after", "about a week after": no day
    return True, Measure(counts[0] * w.units[c.lower_])


def _hedge(words: Span, hedges: frozenset[str]) -> bool:
    """Do the words before the measure noun open with one of ``hedges`` and end with one count ("about
    two", "more than three", "some 20")?"""
    toks = list(words)
    if len(toks) < 2 or _count(toks[-1].lower_) is None:
        return False
    return " ".join(t.lower_ for t in toks[:-1]) in hedges


def _count(word: str) -> int | None:
    """The count a word before a measure noun says ("the" and "a" are one, "two", "20"); None for any
    other word: a measure is counted only when its count is written out."""
    return 1 if word in offset_words().single_dets else int(word) if word.isdigit() \
        else timex.NUMBER_WORDS.get(word)


def offset_time(d: Doc_, tok: Token, date_of: Callable[[Token], Time | None]) -> Time | None:
    """The act's date: the governing clause's day date (``date_of``) shifted by the phrase;
    ``NO_DATE`` when the phrase says the act was not on that date but not how far ("days after",
    "a month before"), so that the clause's date is not handed to it."""
    found = offset_phrase(tok)
    if found is None:
        return None
    gov, shift, lead = found
    t = date_of(gov)
    if shift is None:
        return NO_DATE if t is not None else None
    if t is None or t.value is None:
        return None
    value = _shifted_value(t.value, shift)
    if value is None:
        return None
    unit = lead.nbor(-1)
    first = min(x.i for x in unit.subtree)  # with its hedge: "about two years after"
    said = lead.doc[first:lead.i + 1]  # the phrase that dates the act: "a day after"
    return Time(text=said.text, value=value, start=said.start_char, end=said.end_char)


def _shifted_value(value: str, shift: Measure) -> str | None:
    """The clause's date ``value`` moved by ``shift``: a day by days; by whole years (the only calendar
    unit counted: ``calendar_units``), the year of any date ("about two years after", told against
    2021-05-05: 2019). None when the date is coarser than the shift can keep."""
    if not shift.months:
        return (date.fromisoformat(value) + timedelta(days=shift.n)).isoformat() if len(value) == 10 else None
    if not value[:4].isdigit() or "/" in value or "W" in value or shift.n % MONTHS_PER_YEAR:
        return None
    return str(int(value[:4]) + shift.n // MONTHS_PER_YEAR)
