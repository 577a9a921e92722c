"""The clock times of a call told by several reports (rule ``across.links.call_time``).

Why: "X called Y at 15:30" and "X called Y at 15:35" in two reports of one briefing is a
dispute over time that no start-time passage holds. A sentence with a contact word
(``clocks.contact`` of data/across_channels.toml: "called", "a call") followed by a clock
time is the time of a call between the states it names; two reports naming a common
state and different instants (zones read as in :mod:`.clocks`) contradict on ``time``,
the same instant corroborates.

A report may tell one call twice with two clocks (its own paraphrase "at 3 pm" and the quoted
statement "at 15:35"): each telling is the report's account, so every telling after a report's
first is weighed too (rule ``across.links.call_time_each``), against each telling of the other
reports, and contradicts only: a corroboration already joins the two reports when they agree. Two
tellings at most ``EACH_NEAR`` minutes apart are one call told two ways; further apart they may be
two calls of one day ("called at 9 am and again at 4 pm"), and no link is drawn.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from backchannel.alternation import WordGate, word_pattern
from backchannel.resolve.across.channelwords import channel_words
from backchannel.resolve.across.clocks import DAY, same_instant, zone_after
from backchannel.resolve.across.names import fold, state_named
from backchannel.resolve.across.passages import CLOCK, clock_minutes, sentences

if TYPE_CHECKING:
    from backchannel.resolve.across.storytie import StoryTie

CALL_RULE = "across.links.call_time"
EACH_RULE = "across.links.call_time_each"
CALL_WINDOW = 80  # the clock at most this far after the contact word
EACH_NEAR = 90  # minutes: two tellings of a call this close are one call (:func:`each_links`)


@dataclass(frozen=True)
class Call:
    """The clock time a report gives a call, and the states its sentence names."""

    doc: str
    start: int
    end: int
    clock: int
    zone: int | None
    zoned: bool  # the zone is stated by the passage, not read from the dateline
    names: frozenset[str]  # the capitalised words of its sentence
    anchor: int = 0  # end of the clock time
    claim: str | None = None


@cache
def _contact() -> re.Pattern[str]:
    return word_pattern(channel_words().contact)


@cache
def _contact_gate() -> WordGate:
    """A first test of a report for :func:`_contact` (most reports tell no call)."""
    return WordGate(channel_words().contact)


def call_passages(doc: str, text: str, local: int | None) -> list[Call]:
    """Every sentence of ``text`` that gives a call a clock time (``local``: the dateline's zone)."""
    low_all = fold(text)
    if not _contact_gate().may_match(low_all) or not _contact().search(low_all):
        return []
    out = []
    for s, e in sentences(text):
        verb = _contact().search(low_all, s, e)
        if verb is None:
            continue
        clock = CLOCK.search(text, verb.end(), min(e, verb.end() + CALL_WINDOW))
        if clock is None:
            continue
        names = frozenset(re.findall(r"[A-Z][a-z]+", text[s:e]))  # read as states when linked (call_links)
        if not names:
            continue
        stated = zone_after(text, clock.end())
        zone = stated if stated is not None else local
        out.append(Call(doc, s, e, clock_minutes(clock), zone, stated is not None, names, clock.end()))
    return out


def call_links(calls: list[Call], order: dict[str, tuple[str, str]], known: frozenset[str] = frozenset(),
               tie: StoryTie | None = None) -> list[dict]:
    """Calls of different reports naming a common state: different instants contradict, the same corroborates.

    One call per report (its first). Corroborations join each report to the one that
    states its zone (else the first published), as the other link rules' stars do.
    ``known``: the normal names of the corpus's states (a state the lexicon does not know). ``tie``: the reports'
    shared events, which the later tellings need (:func:`each_links`).
    """
    states = {c: {x for w in c.names if (x := state_named(w, known))} for c in calls}
    first: dict[str, Call] = {}
    for c in sorted(calls, key=lambda c: c.start):
        first.setdefault(c.doc, c)
    ordered = sorted(first.values(), key=lambda c: order.get(c.doc, ("", c.doc)))
    zones = {c.zone for c in ordered if c.zone is not None}
    hub = min(ordered, key=lambda c: (not c.zoned, order.get(c.doc, ("", c.doc))), default=None)
    out = []
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if not states[a] & states[b]:
                continue
            same = same_instant((a.clock, a.zone), (b.clock, b.zone), zones)
            if not same:
                out.append(link("contradicts", a, b, f"the call at {fmt(a)} / {fmt(b)} [{CALL_RULE}]"))
            elif hub in (a, b):
                out.append(link("corroborates", a, b, f"the call at {fmt(a)} / {fmt(b)} [{CALL_RULE}]"))
    return out + each_links(calls, first, states, zones, tie)


def each_links(calls: list[Call], first: dict[str, Call], states: dict[Call, set[str]], zones: set[int],
               tie: StoryTie | None = None) -> list[dict]:
    """A report's later tellings of a call against the other reports' tellings (rule ``across.links.call_time_each``).

    Why: the first telling alone (:func:`call_links`) loses the dispute that a report's second telling
    carries (its quote of the statement, where its paraphrase rounded the clock). Only pairs in which
    one telling is not its report's first (the first against the first is :func:`call_links`'s), at two
    instants at most ``EACH_NEAR`` minutes apart, naming a common state, in reports of one story (``tie``:
    :mod:`.storytie`, rule ``across.links.one_story``; none given: all).
    """
    firsts = set(first.values())
    ordered = sorted(calls, key=lambda c: (c.doc, c.start))
    out = []
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if a.doc == b.doc or (a in firsts and b in firsts) or not states[a] & states[b] \
                    or (tie is not None and not tie.same(a.doc, b.doc)):
                continue
            if same_instant((a.clock, a.zone), (b.clock, b.zone), zones) or not near(a, b):
                continue
            out.append(link("contradicts", a, b, f"the call at {fmt(a)} / {fmt(b)} [{EACH_RULE}]"))
    return out


def near(a: Call, b: Call) -> bool:
    """Two clocks at most ``EACH_NEAR`` minutes apart (as written, or as instants when both zones are known)."""
    if a.zone is not None and b.zone is not None:
        gap = abs((a.clock - a.zone) - (b.clock - b.zone)) % DAY
    else:
        gap = abs(a.clock - b.clock) % DAY
    return min(gap, DAY - gap) <= EACH_NEAR


def link(kind: str, a: Call, b: Call, note: str) -> dict:
    def end(c: Call) -> dict:
        return {"doc": c.doc, "claim": c.claim} if c.claim else {"doc": c.doc, "start": c.start, "end": c.end}
    return {"kind": kind, "on": "time", "a": end(a), "b": end(b), "note": note}


def fmt(c: Call) -> str:
    zone = "" if c.zone is None else f" UTC{'+' if c.zone >= 0 else '-'}{abs(c.zone) // 60}:{abs(c.zone) % 60:02d}"
    return f"{c.clock // 60:02d}:{c.clock % 60:02d}{zone}"
