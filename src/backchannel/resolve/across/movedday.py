"""The day freed captives were moved to a place, each report its own (rule ``across.links.moved_day``, s47).

Why: after a release, reports tell the leg that brought the freed to a third country or home ("the freed men were
flown to Westmark on Tuesday", "Anna Berg arrived in Westmark on Monday evening"), and outlets (or the sides'
statements they quote) disagree on the day. No act of the dossier carries such a leg (moving is no act between
parties, and an arrival of a freed captive is no visit: data/arrivals.toml), so the time rules of events never
weighed the two days.

Read per report (its text, :func:`moved_days`): a sentence with a verb of moving or arriving (``verbs``) whose
mover, in the ``MOVER_WORDS`` words before it, is the freed: a word of freeing or of captives (``freed``), or a
mention of a person the report's own acts free; then, in the ``PLACE_WORDS`` words after the verb, a preposition
of a destination and a place that names a state (its name or its capital, the lexicon's countries; else a state
actor of the report by its name); and one day,
the most precise the sentence writes (a month and day, else a weekday, else "yesterday" / "today": "today,
Friday" in a report of Saturday quoting Friday's statement is the Friday). Not a sentence that tells the leg
still to come (``planned`` of the swap-day rule).

Two reports contradict on ``time`` when one's sentence gives a day and the other's sentence a different day for a
leg to the same state, at most ``days`` apart (further apart: two legs), both on or before both reports' dates.
One link per pair of reports (the first pair of sentences in text order); its ends are the claims that hold the
verb, else the sentences. Not two releases (s47 review 2, :func:`one_release`): the reports' acts of freeing must
share the freed or a releaser. A freed word inside a relative clause is not the mover, and "to a <place> in Y"
is a leg inside Y (:func:`_freed_before`, :func:`_destination`). Cost: one pass per report; each report is
weighed against the next ``CAP`` in date order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from backchannel.alternation import word_pattern
from backchannel.data_loader import loader
from backchannel.resolve.across.names import fold
from backchannel.resolve.across.passages import sentences
from backchannel.resolve.across.swapday import _words as swap_words, iso_day, written_days
from backchannel.resolve.lexicon import lexicon

if TYPE_CHECKING:
    from backchannel.model import Dossier
    from backchannel.resolve.across.recbase import ClaimRec
    from backchannel.resolve.across.records import InterRec

FILE = "across_moved.toml"
RULE = "across.links.moved_day"
CAP = 60  # reports each report is weighed against
MOVER_WORDS = 8  # words before the verb in which the freed mover is sought
PLACE_WORDS = 8  # words after the verb in which the destination is sought
PLACE_PARTS = 3  # capitalised words a place's name may have ("New Westmark City")


@dataclass(frozen=True)
class MovedDay:
    """A sentence that tells the day the freed were moved to a state: its span, the verb's offset, state, day."""

    doc: str
    start: int
    end: int
    verb: int
    state: str
    day: str


@dataclass(frozen=True)
class MovedData:
    """The words of data/across_moved.toml [moved_day] (the verbs compiled once by :func:`_verbs`)."""

    verbs: tuple[str, ...]
    freed: frozenset[str]
    preps: frozenset[str]
    freeing_acts: frozenset[str]
    relative: frozenset[str]
    inside: frozenset[str]
    passive: frozenset[str]


moved_data = loader(MovedData, FILE, "moved_day")


@cache
def _verbs() -> re.Pattern[str]:
    """The verbs of moving as one word pattern (compiled once)."""
    return word_pattern(moved_data().verbs)


def day_of(low: str, published: date) -> date | None:
    """The one day a sentence names, the most precise kind first (module doc), or None for none or several."""
    for found in written_days(low, published):
        if found:
            return found.pop() if len(found) == 1 else None
    return None


def _destination(text: str, at: int, states: dict[str, str]) -> str | None:
    """The state named after a destination preposition in the ``PLACE_WORDS`` words after ``at``: the lexicon's
    country of the name or capital, else a state actor of the report by its name (``states``: folded -> name)."""
    toks = list(re.finditer(r"[\w'’.-]+", text[at:]))[:PLACE_WORDS]
    w = moved_data()
    for i, t in enumerate(toks[:-1]):
        if t.group(0).lower() not in w.preps:
            continue
        if t.group(0).lower() in w.inside and toks[i + 1].group(0).isalpha() and toks[i + 1].group(0).islower():
            return None  # "moved to a military hospital in Y": a place inside Y, not the leg into it
        for n in range(PLACE_PARTS, 0, -1):
            parts = [x.group(0).rstrip(".") for x in toks[i + 1:i + 1 + n]]
            if len(parts) == n and all(p[:1].isupper() for p in parts):
                place = " ".join(parts)
                c = lexicon().country(place)
                if c is not None and lexicon().demonym(place) is None:
                    return c.name
                if fold(place) in states:
                    return states[fold(place)]
    return None


def _freed_before(low: str, start: int, at: int, freed_at: list[int]) -> bool:
    """Whether the mover before the verb at ``at`` is the freed (module doc). A word of the freed after a relative
    pronoun is in the clause, not the mover ("the minister, who met the freed hostages, returned"): the window
    ends at the last relative pronoun before the verb, but for the clause's own passive ("those who were freed")."""
    w = moved_data()
    found = list(re.finditer(r"[a-z]+", low[start:at]))[-MOVER_WORDS:]
    rel = next((k for k in range(len(found) - 1, -1, -1) if found[k].group(0) in w.relative), None)
    end = at if rel is None else start + found[rel].start()
    if {m.group(0) for m in found if start + m.start() < end} & w.freed:
        return True
    if rel is not None and any(found[k].group(0) in w.freed and found[k - 1].group(0) in w.passive
                               for k in range(rel + 1, len(found))):
        return True
    first = start + found[0].start() if found else at
    return any(max(start, first) <= p < end for p in freed_at)


def moved_days(doc: str, text: str, published: str | None, d: Dossier,
               mentions: list[tuple[int, str]]) -> list[MovedDay]:
    """Every sentence of ``text`` that tells the day the freed were moved to a state (module doc)."""
    try:
        pub = date.fromisoformat((published or "")[:10])
    except ValueError:
        return []
    low_all, w = fold(text), moved_data()
    if len(low_all) != len(text) or not _verbs().search(low_all):
        return []
    freed = {i.target for i in d.interactions if i.type in w.freeing_acts and not i.negated and i.target}
    freed_at = [at for at, aid in mentions if aid in freed]
    states = {fold(f): a.name for a in d.actors if a.kind == "state" for f in (a.name, *a.aliases)}
    out = []
    for s, e in sentences(text):
        low = low_all[s:e]
        if not _verbs().search(low) or swap_words().planned.search(low) or (day := day_of(low, pub)) is None:
            continue
        for m in _verbs().finditer(low):  # the first verb whose mover is the freed and whose place is a state
            state = _destination(text, s + m.end(), states)
            if state is not None and _freed_before(low_all, s, s + m.start(), freed_at):
                out.append(MovedDay(doc, s, len(text[:e].rstrip()), s + m.start(), state, day.isoformat()))
                break
    return out


Release = tuple[str | None, str | None, date | None]  # releaser entity, freed entity, day


def releases(inters: list[InterRec], entity_of: dict[tuple[str, str], str]) -> dict[str, list[Release]]:
    """Each report's acts of freeing, their ends as corpus entities: whose release a report's leg follows."""
    out: dict[str, list[Release]] = {}
    for r in inters:
        if r.type in moved_data().freeing_acts and not r.negated:
            out.setdefault(r.doc, []).append((entity_of.get((r.doc, r.source or "")),
                                              entity_of.get((r.doc, r.target or "")), iso_day(r.time)))
    return out


def one_release(x: list[Release], y: list[Release]) -> bool:
    """Whether two reports free one group: one freed entity, or one releaser on days at most ``days`` apart (or
    undated); a report that writes no release cannot tell two apart ("Norway freed five fishermen" / "the Front
    freed two aid workers": two releases, whose legs home are two legs)."""
    if not x or not y:
        return True
    days = swap_words().days
    return any(a[1] is not None and a[1] == b[1] or a[0] is not None and a[0] == b[0]
               and (a[2] is None or b[2] is None or abs((a[2] - b[2]).days) <= days) for a in x for b in y)


def moved_day_links(found: list[MovedDay], claims: list[ClaimRec], published: dict[str, str | None],
                    order: dict[str, tuple[str, str]], freed: dict[str, list[Release]] | None = None) -> list[dict]:
    """Rule ``across.links.moved_day`` (module doc): ``order`` sorts the reports (publication, id); ``freed``:
    each report's :func:`releases`."""
    freed = freed or {}
    by_doc: dict[str, list[MovedDay]] = {}
    for m in found:
        by_doc.setdefault(m.doc, []).append(m)
    held: dict[str, list[ClaimRec]] = {}
    for c in claims:
        if c.doc in by_doc:
            held.setdefault(c.doc, []).append(c)
    docs = sorted(by_doc, key=lambda d: order.get(d, ("", d)))
    out = []
    for i, a in enumerate(docs):
        for b in docs[i + 1:i + 1 + CAP]:
            if not one_release(freed.get(a, []), freed.get(b, [])):
                continue
            pair = next(((x, y) for x in by_doc[a] for y in by_doc[b] if _dispute(x, y, published)), None)
            if pair is not None:
                x, y = pair
                out.append({"kind": "contradicts", "on": "time", "a": _end(x, held), "b": _end(y, held),
                            "note": f"the day the freed were moved to {x.state}: {x.day} / {y.day} [{RULE}]"})
    return out


def _dispute(x: MovedDay, y: MovedDay, published: dict[str, str | None]) -> bool:
    """Two days of a leg to one state that differ, near enough to be one leg, neither after either report."""
    if x.state != y.state or x.day == y.day:
        return False
    dx, dy = date.fromisoformat(x.day), date.fromisoformat(y.day)
    pubs = [iso_day(published.get(x.doc)), iso_day(published.get(y.doc))]
    return abs((dx - dy).days) <= swap_words().days and all(p is not None and max(dx, dy) <= p for p in pubs)


def _end(m: MovedDay, held: dict[str, list[ClaimRec]]) -> dict:
    """The claim of the report whose words hold the verb, else the sentence."""
    c = next((c for c in held.get(m.doc, []) if c.span[0] <= m.verb < c.span[1]), None)
    return {"doc": m.doc, "claim": c.id} if c else {"doc": m.doc, "start": m.start, "end": m.end}
