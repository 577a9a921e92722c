"""Helpers shared by the views: an actor's side, sortable dates, short labels.

Why here: every view (and the exports and the report) needs the same answer to
"whose side is this actor on" and "which of two partial dates comes first";
computing them once keeps the views consistent with each other.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Iterable

from backchannel.model import Actor, Claim, Dossier, Interaction

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def date_range(value: str | None) -> tuple[date, date] | None:
    """The first and last day an ISO (partial) date covers, or None when it is not one.

    Accepts ``YYYY-MM-DD`` (also with a time part), ``YYYY-MM``, ``YYYY``,
    ISO weeks ``YYYY-Www`` and intervals ``a/b`` of any of these.
    """
    if not value:
        return None
    value = value.strip()
    if "/" in value:
        a, _, b = value.partition("/")
        ra, rb = date_range(a), date_range(b)
        if ra and rb:
            return ra[0], rb[1]
        return ra or rb
    try:
        if m := _DAY.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
        if m := _YEAR.match(value):
            y = int(m[1])
            return date(y, 1, 1), date(y, 12, 31)
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + timedelta(days=6)
    except ValueError:
        return None
    return None


def sort_key(value: str | None) -> tuple[str, str] | None:
    """A key ordering partial dates by start, the wider span first (April before April 3)."""
    r = date_range(value)
    if r is None:
        return None
    # among equal starts the wider span (later end) sorts first
    return r[0].isoformat(), f"{(date.max - r[1]).days:08d}"


class Index:
    """Fast lookups over one dossier: actors by id, and each actor's side."""

    def __init__(self, dossier: Dossier):
        self.dossier = dossier
        self.actors: dict[str, Actor] = {a.id: a for a in dossier.actors}
        self.claims: dict[str, Claim] = {c.id: c for c in dossier.claims}
        self.interactions: dict[str, Interaction] = {i.id: i for i in dossier.interactions}
        self._chains: dict[str, list[str]] = {}
        self.order: dict[str, int] = {}
        for n, a in enumerate(sorted(dossier.actors, key=lambda a: min((m.start for m in a.mentions),
                                                                       default=1 << 60))):
            self.order[a.id] = n

    def name(self, actor_id: str | None) -> str:
        if actor_id is None:
            return ""
        a = self.actors.get(actor_id)
        return a.name if a else actor_id

    def chain(self, actor_id: str | None) -> list[str]:
        """The actor followed up its affiliations: [person, org, state] (cycle-safe)."""
        if actor_id is None:
            return []
        if actor_id in self._chains:
            return self._chains[actor_id]
        out = [actor_id]
        cur = self.actors.get(actor_id)
        while cur is not None and cur.affiliation and cur.affiliation not in out:
            out.append(cur.affiliation)
            cur = self.actors.get(cur.affiliation)
        self._chains[actor_id] = out
        return out

    def side(self, actor_id: str | None) -> str | None:
        """The top of the affiliation chain: the state or organisation an actor acts for."""
        c = self.chain(actor_id)
        return c[-1] if c else None

    def label(self, i: Interaction) -> str:
        """'Bahbah → Witkoff: message (via X)' — a one-line description of an interaction."""
        kind = ("not " if i.negated else "") + i.type
        src = self.name(i.source) or "(unknown)"
        tgt = self.name(i.target)
        via = f" via {', '.join(self.name(v) for v in i.via)}" if i.via else ""
        return f"{src} → {tgt}: {kind}{via}" if tgt else f"{src}: {kind}{via}"

    def claim_label(self, c: Claim, width: int = 80) -> str:
        content = c.content if len(c.content) <= width else c.content[: width - 1].rstrip() + "…"
        return f"{self.name(c.speaker) or 'unattributed'} {c.cue or 'said'}: {content}"


def first(values: Iterable[str | None]) -> str | None:
    """The earliest of some ISO partial dates (by :func:`sort_key`)."""
    vals = [v for v in values if sort_key(v) is not None]
    return min(vals, key=sort_key) if vals else None  # type: ignore[arg-type]


def last(values: Iterable[str | None]) -> str | None:
    """The latest of some ISO partial dates (by the end of the span they cover)."""
    vals = [v for v in values if date_range(v) is not None]
    return max(vals, key=lambda v: date_range(v)[1]) if vals else None  # type: ignore[index]
