"""An act inside a measured after/before phrase: "The pupils reached home on Monday, a day after
the militia freed them" (the release: Sunday), "Norland signed the truce on 12 May, a week
after talks in Lund began" (the talks: 5 May), "The ministers met on Tuesday, three days before
Norland signed the deal" (the signing: Friday).

Why: the clause the phrase hangs on carries the only date in the sentence, and the usual search
(a date on the trigger's path to the root) hands that date to the act in the phrase as it stands;
the phrase itself says how far apart the two are (rule interactions.timing.offset_clause). A
phrase with no count ("days after"), a unit that cannot be counted in days ("a month after"), or
a clause with no day date dates nothing here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

from spacy.tokens import Token

from backchannel import timex
from backchannel.data_loader import load_fields, read
from backchannel.model import Time
from backchannel.syntax.tree import NOUN_POS, VERB_POS, coordination_head

if TYPE_CHECKING:
    from backchannel.extract.interactions.document import Doc_

OFFSET_CLAUSE = "interactions.timing.offset_clause"
WORDS_FILE = "timing_offset.toml"


@dataclass(frozen=True)
class OffsetWords:
    """Words of the rule (``data/timing_offset.toml``)."""

    directions: dict[str, int]
    units: dict[str, int]
    uncounted_units: frozenset[str]
    single_dets: frozenset[str]
    vague_counts: frozenset[str]


NO_DATE = Time(text="", value=None)  # a measured phrase that cannot be counted: no date at all


@lru_cache(maxsize=1)
def offset_words() -> OffsetWords:
    return load_fields(OffsetWords, WORDS_FILE, read(WORDS_FILE))[0]


def offset_phrase(tok: Token) -> tuple[Token, int | None, Token] | None:
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
    found, days = _measure(lead)
    if not found:
        return None
    return gov, (w.directions[lead.lower_] * days if days else None), lead


ARGUMENTS = ("dobj", "nsubj", "nsubjpass")


def _measure(lead: Token) -> tuple[bool, int | None]:
    """(is the phrase measured, its days): "a day", "two days", "a week" right before the lead word
    (wherever the parser hangs it: the phrase's verb, its preposition, the clause's verb);
    "days", "a month", "two years" measure it without a count of days."""
    w = offset_words()
    c = lead.nbor(-1) if lead.i > 0 else None
    if c is None or c.dep_ != "npadvmod" or c.lower_ not in w.units.keys() | w.uncounted_units:
        return False, None
    mods = [x for x in c.children if x.i < c.i]
    counts = [_count(x.lower_) for x in mods]
    if any(n is None and x.lower_ not in w.vague_counts for x, n in zip(mods, counts)):
        return False, None  # "last year after X", "this week before Y": a time, not a measure
    if c.lower_ in w.uncounted_units or len(mods) != 1 or counts[0] is None:
        return True, None  # "days after", "a month after", "several weeks before"
    return True, counts[0] * w.units[c.lower_]


def _count(word: str) -> int | None:
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
    if t is None or t.value is None or len(t.value) != 10:
        return None
    value = (date.fromisoformat(t.value) + timedelta(days=shift)).isoformat()
    unit = lead.nbor(-1)
    first = min([unit.i] + [x.i for x in unit.children if x.i < unit.i])
    said = lead.doc[first:lead.i + 1]  # the phrase that dates the act: "a day after"
    return Time(text=said.text, value=value, start=said.start_char, end=said.end_char)
