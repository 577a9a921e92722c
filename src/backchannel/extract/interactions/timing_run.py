"""Rule interactions.timing.run_through: an act whose date opens a run of days that its own clause
closes ("the talks opened on Monday and went on until the small hours of
Wednesday"; "negotiated on Monday until Wednesday") is dated by the interval.

Why: a news report tells the length of talks by their first day and a preposition of the last
one; the gold (and the reader) dates the talks by both ends. Only a later day within two weeks of
the first closes the run, and only through a preposition of an end ("through", "until", "into",
``timing_words.toml``) on the dating verb or on a subject-less verb of going on under it; a new
day ("moved the talks to Wednesday") never does.
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Token

from backchannel import timex
from backchannel.model import Time
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.timing_constructions import timing_words
from backchannel.syntax.tree import VERB_POS, child

RUN_THROUGH = "interactions.timing.run_through"
RUN_DAYS = 14  # the longest run of days a clause of talks tells by its two ends


def run_through(d: Doc_, t: Time | None, future: bool) -> Time | None:
    """The interval from the act's day ``t`` to the last day its dating verb's clause runs to,
    or None (no later day closes the run)."""
    if t is None or t.start is None or d.ctx.anchor is None or not is_day(t.value):
        return None
    att = next((a for tx, _, a in d.timexes if tx.start == t.start and a is not None), None)
    if att is None or att.pos_ not in VERB_POS:
        return None
    first = date.fromisoformat(str(t.value))
    hosts = [att] + [c for c in att.children if c.dep_ in ("advcl", "conj", "xcomp") and c.pos_ in VERB_POS
                     and c.lemma_.lower() in timing_words().run_verbs and child(c, "nsubj", "nsubjpass") is None]
    best: tuple[date, int] | None = None
    for tx, span, a in d.timexes:
        if a is None or a not in hosts or tx.start <= t.start or not _ended(span.root, a):
            continue
        value = timex.resolve(tx.text, d.ctx.anchor, future)
        if not is_day(value):
            continue
        last = date.fromisoformat(str(value))
        if first < last <= first + timedelta(days=RUN_DAYS) and (best is None or last > best[0]):
            best = (last, tx.end)
    if best is None:
        return None
    text = d.text[t.start:best[1]]
    return Time(text=text, value=f"{first.isoformat()}/{best[0].isoformat()}", start=t.start, end=best[1])


def _ended(root: Token, host: Token) -> bool:
    """Is the phrase of ``root`` hung on ``host`` through a preposition of an end ("through
    Friday", "into the early hours of Saturday")?"""
    cur = root
    for _ in range(6):
        if cur.head.i == cur.i:
            return False
        if cur.head.i == host.i:
            return cur.dep_ == "prep" and cur.lower_ in timing_words().run_end_preps
        cur = cur.head
    return False


def is_day(value: str | None) -> bool:
    """A value of one calendar day ("2024-03-11"), not a month, a year or a range: only a day can be
    counted from (a run of days) or shared (one_release_day)."""
    return value is not None and len(value) == 10 and value[4] == "-" and value[7] == "-"
