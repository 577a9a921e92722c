"""The day an exchange happened, each report its own (rule ``across.links.swap_day``).

Why: outlets often disagree on the day of one exchange ("the prisoner exchange took place on Wednesday" /
"Lorvia and Norland swapped 40 prisoners each on Tuesday"). The time rule of events (:mod:`.nearmiss`) weighs two
tellings of one act with the same ends, but an exchange is often told as one event, a noun with a verb of
happening or a verb of two parties together, which the extractor tells as no act, or as acts whose ends each
report describes its own way ("prisoners" / "Lorvian soldiers"); so the disagreement was never weighed.

Read per report (its text, :func:`swap_days`): a sentence with a noun of an exchange and a verb of happening
after it, or with a reciprocal verb after two parties named together ("A and B swapped ..."), and one day: a
weekday (the latest such day up to the report's date), "yesterday", "today", or a month and day. Not a sentence
that tells the exchange still to come (``planned``), nor an earlier one ("the previous swap", ``earlier``), nor
an exchange of things that are no people ("an exchange of fire", "exchanged accusations", ``others``). An
exchange of the dead ("exchanged the bodies of ...", ``remains``) is weighed only against other reports' days of
such exchanges, and a day of an exchange of prisoners only against days of prisoners (s37-xreview).
A report's days are those sentences' days and the days of its freeing acts told as done.

Two reports contradict on ``time`` when one gives an exchange's day in such a sentence, the other gives days
and none of them is that day, the nearest is at most ``days`` away (further apart: two exchanges), and both
days are on or before both reports' dates (a report cannot dispute a day after its own: in a story of daily
rounds, Monday's report of Monday's round and Tuesday's report of Tuesday's are no dispute). A report whose
sentences give two days says nothing. One link per pair of reports.

Cost: one pass per report over its sentences; across reports, each report is weighed against the next ``CAP``
in date order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING

from backchannel.alternation import word_pattern
from backchannel.data_loader import read
from backchannel.resolve.across.names import fold
from backchannel.resolve.across.passages import sentences
from backchannel.resolve.across.words import words

if TYPE_CHECKING:  # records reads this module's days at digest
    from backchannel.resolve.across.records import InterRec

FILE = "across_swapday.toml"
RULE = "across.links.swap_day"
CAP = 60  # reports each report is weighed against
PAIR_REACH = 80  # characters before a reciprocal verb in which "A and B" is sought
EARLIER_REACH = 3  # words before an exchange's noun in which a word of an earlier one is sought
OTHER_REACH = 4  # words after a reciprocal verb or an exchange's noun in which a thing other than captives is sought
FREEING = ("release",)  # the acts whose days are a report's days of the exchange
DONE = frozenset({"asserted", "reported"})


@dataclass(frozen=True)
class SwapDay:
    """A sentence that tells the day an exchange happened: its span and the day (ISO)."""

    doc: str
    start: int
    end: int
    day: str
    dead: bool = False  # an exchange of the dead (``remains``): weighed only against other reports' such days


@dataclass(frozen=True)
class SwapWords:
    noun: re.Pattern[str]
    happen: re.Pattern[str]
    reciprocal: re.Pattern[str]
    planned: re.Pattern[str]
    earlier: frozenset[str]
    others: frozenset[str]
    remains: frozenset[str]
    yesterday: re.Pattern[str]
    today: re.Pattern[str]
    weekday: re.Pattern[str]
    date: re.Pattern[str]
    months: tuple[str, ...]
    days: int


@cache
def _words() -> SwapWords:
    raw = read(FILE)["swap_day"]
    months = "|".join(raw["months"])
    return SwapWords(word_pattern(raw["nouns"]), word_pattern(raw["happen"]), word_pattern(raw["reciprocal"]),
                     word_pattern(raw["planned"]), frozenset(raw["earlier"]), frozenset(raw["others"]), frozenset(raw["remains"]), word_pattern(raw["yesterday"]),
                     word_pattern(raw["today"]), word_pattern(list(words().weekdays)),
                     re.compile(rf"\b(?:(?P<m1>{months})\s+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<m2>{months}))\b"),
                     tuple(raw["months"]), int(raw["days"]))


def written_days(low: str, published: date) -> tuple[set[date], set[date], set[date]]:
    """The days a lowered sentence writes, by kind: month dates ("May 26", the latest not after ``published``),
    weekdays (the last one on or before ``published``) and relative words ("yesterday", "today"). One reader
    for the swap-day rule (any kind, one day in all) and the moved-day rule (the most precise kind first)."""
    w = _words()
    dated: set[date] = set()
    for m in w.date.finditer(low):
        month = list(w.months).index(m.group("m1") or m.group("m2")) + 1
        try:
            d = date(published.year, month, int(m.group("d1") or m.group("d2")))
        except ValueError:
            continue
        dated.add(d if d <= published else d.replace(year=d.year - 1))
    weekdays = list(words().weekdays)
    named = {published - timedelta(days=(published.weekday() - weekdays.index(m.group(0))) % 7)
             for m in w.weekday.finditer(low)}
    relative = ({published - timedelta(days=1)} if w.yesterday.search(low) else set()) | \
               ({published} if w.today.search(low) else set())
    return dated, named, relative


def _day(low: str, published: date) -> date | None:
    """The one day a sentence names (module doc), or None for none or several."""
    found = set().union(*written_days(low, published))
    return found.pop() if len(found) == 1 else None


def _tells_exchange(low: str) -> bool:
    """A noun of an exchange with a verb of happening after it (not an earlier exchange), or a reciprocal verb
    after two parties named together; not an exchange of other things than captives (``others``: "exchanged the
    bodies of ...", "an exchange of fire", s37-xreview)."""
    w = _words()
    for n in w.noun.finditer(low):
        before = set(re.findall(r"[a-z]+", low[:n.start()])[-EARLIER_REACH:])
        if not before & (w.earlier | w.others) and not _other_after(low, n.end()) and w.happen.search(low, n.end()):
            return True
    r = w.reciprocal.search(low)
    return r is not None and " and " in low[max(0, r.start() - PAIR_REACH):r.start()] and not _other_after(low, r.end())


def _other_after(low: str, at: int, kind: str = "others") -> bool:
    """Whether a word of ``kind`` (``others``: no captives; ``remains``: the dead) is among the ``OTHER_REACH``
    words after ``at`` (hyphens kept: "cease-fire" is no "fire")."""
    return bool(set(re.findall(r"[a-z][a-z-]*", low[at:])[:OTHER_REACH]) & getattr(_words(), kind))


def _of_dead(text: str) -> bool:
    """Whether a sentence tells an exchange or a handover of the dead ("exchanged the bodies of ...", "the
    exchange of remains"): its day is weighed only against other such days (s37-xreview)."""
    low, w = fold(text), _words()
    if any(_other_after(low, m.end(), "remains") for p in (w.reciprocal, w.noun) for m in p.finditer(low)):
        return True
    return any(set(re.findall(r"[a-z]+", low[:m.start()])[-EARLIER_REACH:]) & w.remains for m in w.noun.finditer(low))


def swap_days(doc: str, text: str, published: str | None) -> list[SwapDay]:
    """Every sentence of ``text`` that tells the day an exchange happened (module doc)."""
    try:
        pub = date.fromisoformat((published or "")[:10])
    except ValueError:
        return []
    low_all = fold(text)
    if len(low_all) != len(text) or not _words().noun.search(low_all) and \
            not _words().reciprocal.search(low_all):
        return []
    out = []
    for s, e in sentences(text):
        low = low_all[s:e]
        if not _tells_exchange(low) or _words().planned.search(low):
            continue
        day = _day(low, pub)
        if day is not None:
            out.append(SwapDay(doc, s, len(text[:e].rstrip()), day.isoformat(), _of_dead(low)))
    return out


def iso_day(value: str | None) -> date | None:
    """The day an ISO date or datetime string starts with, or None (a missing or malformed value)."""
    try:
        return date.fromisoformat((value or "")[:10]) if value and len(value) >= 10 else None
    except ValueError:
        return None


def swap_day_links(found: list[SwapDay], inters: list[InterRec], published: dict[str, str | None],
                   order: dict[str, tuple[str, str]]) -> list[dict]:
    """Rule ``across.links.swap_day`` (module doc): ``order`` sorts the reports (publication, id)."""
    told: dict[str, list[tuple[date, dict, bool]]] = {}  # per report: (day, end, of the dead) of its sentences and acts
    said: dict[str, SwapDay] = {}
    for s in found:
        told.setdefault(s.doc, []).append((date.fromisoformat(s.day), {"doc": s.doc, "start": s.start, "end": s.end},
                                           s.dead))
        said.setdefault(s.doc, s)
    plain = {d for d, days in told.items() if len({x for x, _, _ in days}) == 1}
    for r in inters:
        if r.type in FREEING and r.modality in DONE and not r.negated and (day := iso_day(r.time)) is not None:
            told.setdefault(r.doc, []).append((day, {"doc": r.doc, "interaction": r.id}, _of_dead(r.evidence)))
    docs = sorted(told, key=lambda d: order.get(d, ("", d)))
    out, seen = [], set()
    for i, a in enumerate(docs):
        for b in docs[i + 1:i + 1 + CAP]:
            for x, y in ((a, b), (b, a)):
                if x not in plain or frozenset((x, y)) in seen:
                    continue
                alike = [(d, end) for d, end, dead in told[y] if dead == said[x].dead]  # the dead against the dead
                link = _dispute(said[x], alike, published) if alike else None
                if link is not None:
                    seen.add(frozenset((x, y)))
                    out.append(link)
    return out


def _dispute(s: SwapDay, other: list[tuple[date, dict]], published: dict[str, str | None]) -> dict | None:
    """The link of one report's exchange day against another report's days, if they dispute it (module doc)."""
    day = date.fromisoformat(s.day)
    if any(d == day for d, _ in other):
        return None
    near_day, end = min(other, key=lambda t: (abs((t[0] - day).days), t[0]))
    pubs = [iso_day(published.get(s.doc)), iso_day(published.get(end["doc"]))]
    if abs((near_day - day).days) > _words().days or any(p is None or max(day, near_day) > p for p in pubs):
        return None
    return {"kind": "contradicts", "on": "time", "a": {"doc": s.doc, "start": s.start, "end": s.end}, "b": end,
            "note": f"the day of the exchange: {day.isoformat()} / {near_day.isoformat()} [{RULE}]"}
