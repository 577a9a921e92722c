"""When an agreement starts: passages that give its start day or clock time, compared across reports.

Why a rule over the text and not over the dossiers: "the truce will take effect on
Thursday at 6:40 p.m." is often the report's own voice, neither a claim nor an act,
yet it is exactly where outlets disagree. A passage qualifies when its sentence
names an agreement (``polarity.topic``), a start verb (``times.start``) and a weekday
or a clock time. Two such passages of different reports contradict on ``time`` when
their clock times differ, and corroborate when they give the same day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from backchannel.alternation import WordGate, word_pattern
from backchannel.resolve.across.channelwords import channel_words
from backchannel.resolve.across.clocks import same_instant, zone_after
from backchannel.resolve.across.captivecounts import act_near, people_count
from backchannel.resolve.across.countparts import part_starts, report_states
from backchannel.resolve.across.countwords import attributed, people_noun, scoped, speaking
from backchannel.resolve.across.names import fold
from backchannel.resolve.across.quantities import Quantity, quantities
from backchannel.resolve.across.sums import sentence_words, sums
from backchannel.resolve.across.words import words

WINDOW = 60  # the anchor (clock time or weekday) is at most this far after the start verb
BEFORE = 25  # the passage keeps about this many characters before the verb (its subject) ...
AFTER = 50  # ... and this many after the anchor (the rest of the clause)
# "5 pm", "4:30pm", "15:35", "15.30" and "1700 hours" / "1700 hrs"
CLOCK = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?|\b(\d{1,2})[:.](\d{2})\b"
                   r"|\b([01]\d|2[0-3])([0-5]\d)\s*(?:hours|hrs)\b", re.I)
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.!?][\"”’]?\s+(?=[A-Z“\"])|\n+")


@dataclass(frozen=True)
class Passage:
    """A start-time passage: its span (the anchor and the words before it), clock minutes and weekday."""

    doc: str
    start: int
    end: int
    clock: int | None
    weekday: str | None
    anchor: int = 0  # end of the clock time or weekday
    claim: str | None = None  # the claim whose content holds the anchor, if any
    late: tuple[float, float] | None = None  # "about two hours later than planned": hours, as a range
    zone: int | None = None  # minutes east of UTC: stated after the clock, else the report's dateline's (clocks.py)
    zoned: bool = False  # the zone is stated in the passage

    def fits(self, other: Passage) -> bool:
        """A late start whose delay puts the time first set at ``other``'s clock (within the delay's range)."""
        if self.late is None or self.clock is None or other.clock is None or other.late is not None:
            return False
        return self.clock - 60 * self.late[1] <= other.clock <= self.clock - 60 * self.late[0]


def clock_minutes(m: re.Match[str]) -> int:
    if m.group(6):
        return int(m.group(6)) * 60 + int(m.group(7))
    if m.group(4):
        return int(m.group(4)) % 24 * 60 + int(m.group(5))
    hour, minute = int(m.group(1)) % 12, int(m.group(2) or 0)
    return (hour + (12 if m.group(3).lower() == "p" else 0)) * 60 + minute


def sentences(text: str) -> list[tuple[int, int]]:
    out, last = [], 0
    for m in _SENTENCE_END.finditer(text):
        out.append((last, m.start() + 1))
        last = m.end()
    out.append((last, len(text)))
    return [(s, e) for s, e in out if e > s]


@cache
def patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """One pattern for the agreement words and one for the start verbs (longest first)."""
    w = words()

    return word_pattern(w.topic | channel_words().start_topics), word_pattern(w.start)


@cache
def _start_gate() -> WordGate:
    """A first test of a report for the start verbs of :func:`patterns` (most reports hold none)."""
    return WordGate(words().start)


def start_passages(doc: str, text: str, local: int | None = None) -> list[Passage]:
    """Every sentence of ``text`` that says when an agreement starts, as one passage.

    The anchor is the first clock time or weekday after the start verb (within
    ``WINDOW`` characters of it): "Monday, ... is due to take effect on
    Thursday" starts on Thursday. ``local``: the zone of the report's dateline, for a clock
    that states none (:mod:`.clocks`).
    """
    topic, start = patterns()
    out: list[Passage] = []
    whole = fold(text)
    if not _start_gate().may_match(whole) or not start.search(whole) or not topic.search(whole):  # most reports: no sentence can qualify
        return out
    for s, e in sentences(text):
        low = fold(text[s:e])
        if not topic.search(low):
            continue
        # the first start verb with a clock time or weekday in reach ("cease all firing ... with effect from 5 pm")
        found = next((a for v in start.finditer(low) if (a := anchor(text, low, s, e, v))), None)
        if found is None:
            continue
        verb_start, clock, day = found
        a_end = max(x for x in (clock.end() if clock else None, s + day.end() if day else None) if x)
        begin = max(s, text.rfind(" ", s, max(s, verb_start - BEFORE)) + 1)
        after = text.find(" ", min(e, a_end + AFTER), e)
        stop = e if e - a_end <= 2 * AFTER or after < 0 else after
        stated = zone_after(text, clock.end()) if clock else None
        out.append(Passage(doc, begin, stop, clock_minutes(clock) if clock else None,
                           day.group(0) if day else None, a_end, late=lateness(low),
                           zone=stated if stated is not None else local, zoned=stated is not None))
    return out


def anchor(text: str, low: str, s: int, e: int,
           verb: re.Match[str]) -> tuple[int, re.Match[str] | None, re.Match[str] | None] | None:
    """(verb start, clock, weekday) of the first clock time or weekday within ``WINDOW`` after ``verb``."""
    lo, hi = s + verb.end(), min(e, s + verb.end() + WINDOW)
    clock = CLOCK.search(text, lo, hi)
    day = min((m for d in words().weekdays if (m := re.compile(rf"\b{d}\b").search(low, verb.end(), hi - s))),
              key=lambda m: m.start(), default=None)
    return None if clock is None and day is None else (s + verb.start(), clock, day)


@cache
def late_pattern() -> re.Pattern[str]:
    """ "(about) two hours later than planned": an optional count qualifier, a number, hours, a late phrase."""
    w = words()
    quals = sorted([*w.over, *w.about, *w.under], key=len, reverse=True)
    nums = sorted(w.numbers, key=len, reverse=True)
    late = sorted(w.late, key=len, reverse=True)
    return re.compile(rf"\b(?:(?P<q>{'|'.join(map(re.escape, quals))})\s+)?(?P<n>\d+|{'|'.join(nums)})\s+hours?\s+"
                      rf"(?:{'|'.join(map(re.escape, late))})\b")


def lateness(sentence: str) -> tuple[float, float] | None:
    """How many hours late a start was, as a range read like a count ("nearly three": 2.25 to 3.75)."""
    m = late_pattern().search(sentence)
    if m is None:
        return None
    w = words()
    n = int(m.group("n")) if m.group("n").isdigit() else w.numbers[m.group("n")]
    q = m.group("q")
    if q in w.over:
        return (float(n), n * 1.5)
    if q in w.about:
        return (n * 0.75, n * 1.25)
    if q in w.under:
        return (0.0, float(n))
    return (float(n), float(n))


def time_links(passages: list[Passage], first_of: dict[str, str]) -> list[tuple[str, Passage, Passage]]:
    """(kind, a, b): clock times that differ contradict; the same start day corroborates the first report.

    ``first_of`` orders the reports (publication date, id): each report's passage is
    compared with every other report's (contradictions) and corroborates the earliest
    report that gives the same day.
    """
    by_doc: dict[str, Passage] = {}
    for p in sorted(passages, key=lambda p: (p.claim is None, p.clock is None, p.start)):
        by_doc.setdefault(p.doc, p)
    ps = sorted(by_doc.values(), key=lambda p: first_of.get(p.doc, p.doc))
    out = []
    zones = {p.zone for p in ps if p.zone is not None}
    for i, a in enumerate(ps):
        for b in ps[i + 1:]:
            if a.clock is not None and b.clock is not None and not same_instant((a.clock, a.zone), (b.clock, b.zone),
                                                                                zones):
                out.append(("corroborates" if a.fits(b) or b.fits(a) else "contradicts", a, b))
    # one instant in two clocks ("17:00 IST" / "4:30pm" under a dateline half an hour behind): each report
    # corroborates the one that states its zone, else the first (clocks.py)
    clocked = [p for p in ps if p.clock is not None]
    hub = min(clocked, key=lambda p: (not p.zoned, first_of.get(p.doc, p.doc)), default=None)
    for b in clocked:
        if hub is not None and b is not hub \
                and same_instant((hub.clock, hub.zone), (b.clock, b.zone), zones):  # type: ignore[arg-type]
            out.append(("corroborates", hub, b))
    # the day alone is corroborated by the passage that gives the day alone ("due to take effect on
    # Thursday"), when a report has one: its clocked passage is the one a clock time disputes
    day_of: dict[str, Passage] = {}
    for p in sorted(passages, key=lambda p: (p.weekday is None, p.clock is not None, p.claim is None, p.start)):
        day_of.setdefault(p.doc, p)
    days = sorted(day_of.values(), key=lambda p: first_of.get(p.doc, p.doc))
    for day in {p.weekday for p in days if p.weekday}:
        same = [p for p in days if p.weekday == day]
        for b in same[1:]:
            if not (same[0].clock is not None and b.clock is not None and same[0].clock != b.clock):
                out.append(("corroborates", same[0], b))
    return out


@dataclass(frozen=True)
class Counted:
    """A count in a report's text ("transferring over 20 messages"): the passage and its range of values."""

    doc: str
    start: int
    end: int
    quantity: Quantity
    claim: str | None = None
    scoped: bool = False  # its scope is open or set apart (countwords.scoped): people counts then go to factcounts
    act: str | None = None  # a count of people: the act beside it, "taken" or "freed" (captivecounts.act_near)
    claim_words: int = 0  # how many words its claim has (0: in no claim)
    listed: bool = False  # a count of people listed as a part of a group (countparts.py, count_parts)
    context: frozenset[str] = frozenset()  # a sum's sentence's content words (sums.py: the tellings that agree most)


def count_passages(doc: str, text: str, states: frozenset[str] = frozenset()) -> list[Counted]:
    """Every count of a thing in ``text``, with the word before it (the act that counts it).

    Not a count inside an attribution phrase ("officials of all three states said"):
    it counts who spoke, not a fact they told (:func:`.countwords.attributed`). A count of people
    carries the act beside it ("110 girls were abducted": taken; "91 girls were freed": freed), for
    :func:`.links.count_contradictions`. Sums of money ("nearly $6 billion in frozen funds") are counts
    too, their passage the sum and what it is of (:mod:`.sums`, across.links.count_sum).
    """
    money = sums(text)
    out = [Counted(doc, q.start, end, q, context=sentence_words(text, q.start)) for q, end, _ in money]
    parts = part_starts(text, states)  # across.links.count_parts
    for q in quantities(text):
        if any(s.start <= q.start < s.end for s, _, _ in money):
            continue  # "$6 billion has been paid" is a sum, not a count of "billion has"
        if attributed(text, q.start) or speaking(text, q.end):
            continue  # it counts who spoke (across.links.count_attribution, count_speakers)
        before = text.rfind(" ", 0, max(0, q.start - 1))
        out.append(Counted(doc, before + 1 if 0 <= q.start - before <= 25 else q.start, q.end, q,
                           scoped=scoped(text, q.start, q.end), act=count_act(text, q),
                           listed=any(q.start <= p < q.end for p in parts)))
    return out


def count_act(text: str, q: Quantity) -> str | None:
    """The act a count of people counts in its sentence: "taken", "freed", or None (no people, no act word
    beside it). Rule ``across.links.count_other_act``."""
    if not people_noun(q.noun) and not people_count(q):
        return None
    # the sentence by :func:`sentences` (a stop followed by a space), not any "." ("the U.S. said 30 pupils")
    left, right = next(((s, e) for s, e in sentences(text) if s <= q.start < e), (0, len(text)))
    sentence = text[left:right]
    low = fold(sentence)
    if len(low) != len(sentence):
        return None
    return act_near(low, q.start - left, q.end - left, False)
