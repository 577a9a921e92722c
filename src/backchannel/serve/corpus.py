"""What the read routes answer from: the store's read side held in memory, one snapshot at a time.

Why in memory: with 16 clients on one server process, a GET's latency is the
queue in front of it, so what matters is the CPU a request costs. A DuckDB
query from Python costs a millisecond or more before it reads a row (and the
date-ordered event pages sorted 70k rows each time); the same answer from
lists and dicts built once costs tens of microseconds. The read side is small
beside the store (10k reports: ~12 MB of lowered text, 70k event rows) and
changes only when this process writes (one process owns a DuckDB file), so the
service rebuilds it then and never serves a stale page for long.

Why snapshots: a rebuild makes new objects and swaps one reference, so a route
running on the event loop during a rebuild (in a thread) sees the old corpus or
the new one, never half of each.
"""

from __future__ import annotations

import json
import re
import threading
from typing import Any

WORD = re.compile(r"\w+")

EVENT_COLUMNS = ("SELECT id, type, source, target, via, negated, modality, time_value, count_value, count_qualifier, "
                 "first_reported, independent_sources FROM events")
EVENT_ORDER = " ORDER BY coalesce(time_value, first_reported) NULLS LAST, TRY_CAST(substr(id, 2) AS INTEGER), id"


class Resolution:
    """What the last ``corpus resolve`` left: views, entities, events, statements and their reports."""

    def __init__(self, con: Any) -> None:
        raw = con.execute("SELECT value FROM meta WHERE key = 'corpus_views'").fetchone()
        self.views: dict = json.loads(raw[0]) if raw else {}
        self.reports: dict[str, dict[str, list[str]]] = {kind: dict(con.execute(
            "SELECT cluster, list(DISTINCT doc ORDER BY doc) FROM members WHERE kind = ? GROUP BY cluster",
            [kind]).fetchall()) for kind in ("entity", "event", "statement")}
        count = {k: len(v) for k, v in self.reports["entity"].items()}
        self.entity_rows: dict[str, tuple] = {r[0]: r for r in con.execute(
            "SELECT id, name, kind, aliases, descriptors, affiliation FROM entities").fetchall()}
        names = self.names = {i: r[1] or "" for i, r in self.entity_rows.items()}
        self.entity_order = sorted(names, key=lambda i: (-count.get(i, 0), names[i], i))
        # what ?q= searches, in list order: (id, lowered name, lowered aliases, kind); no aliases match nothing
        self.entity_hay = [(i, names[i].lower(), " ".join(a for a in self.entity_rows[i][3] or () if a is not None)
                            .lower(), self.entity_rows[i][2]) for i in self.entity_order]
        self.members: dict[str, list[tuple[str, str]]] = {}
        for cluster, doc, item in con.execute("SELECT cluster, doc, item FROM members WHERE kind = 'entity' "
                                              "ORDER BY cluster, doc, item").fetchall():
            self.members.setdefault(cluster, []).append((doc, item))
        self.statements: dict[str | None, list[tuple]] = {}
        for i, speaker, content, kind in con.execute(
                "SELECT id, speaker, content, kind FROM statements "
                "ORDER BY TRY_CAST(substr(id, 2) AS INTEGER), id").fetchall():
            self.statements.setdefault(speaker, []).append((i, content, kind))
        self._events(con)
        self.disputes = [{"on": g["on"], **item} for g in self.views.get("disputes", []) for item in g.get("items", [])]
        self.doc_events: dict[str, int] = dict(con.execute(
            "SELECT doc, count(DISTINCT cluster) FROM members WHERE kind = 'event' GROUP BY doc").fetchall())

    def _events(self, con: Any) -> None:
        """Every event row in date order, with the acts of each party and the events of each type."""
        self.event_rows: dict[str, tuple] = {}
        self.event_order: list[str] = []
        self.acts: dict[str, list[str]] = {}  # entity -> its events (source, target or via), in date order
        self.by_type: dict[str, list[str]] = {}
        for row in con.execute(EVENT_COLUMNS + EVENT_ORDER).fetchall():
            i, type_, source, target, via = row[:5]
            self.event_rows[i] = row
            self.event_order.append(i)
            self.by_type.setdefault(type_, []).append(i)
            for party in dict.fromkeys(p for p in (source, target, *(via or ())) if p is not None):
                self.acts.setdefault(party, []).append(i)

    def of(self, kind: str, cluster: str) -> list[str]:
        return self.reports.get(kind, {}).get(cluster, [])


class Documents:
    """The listing columns of every stored report in list order, and the lowered text ``?q=`` searches."""

    def __init__(self, con: Any) -> None:
        rows = con.execute("SELECT id, title, CAST(published AS VARCHAR), source, url, author, length(text), "
                           "lower(coalesce(title, '')), lower(text) FROM documents "
                           "ORDER BY published NULLS LAST, id").fetchall()
        self.rows = [r[:7] for r in rows]
        self.titles = [r[7] for r in rows]
        self.texts = [r[8] for r in rows]
        self.meta = {i: {"id": i, "title": t, "published": p, "source": s} for i, t, p, s, *_ in self.rows}
        self.words: dict[str, list[int]] = {}  # each lowered word of a title or text -> the rows holding it
        for k, (title, text) in enumerate(zip(self.titles, self.texts)):
            for w in {*WORD.findall(title), *WORD.findall(text)}:
                self.words.setdefault(w, []).append(k)

    def search(self, q: str) -> list[int]:
        """The rows whose lowered title or text contains ``q`` (lowered), in list order.

        Why through the words: a query of word characters only can occur only
        inside one run of word characters, so the rows holding any word that
        contains it are exactly the rows that contain it; a few thousand words
        are searched instead of every text (10k reports: ~1 ms, not ~15). Any
        other query is a scan of the texts.
        """
        if WORD.fullmatch(q):
            hits: set[int] = set()
            for w, rows in self.words.items():
                if q in w:
                    hits.update(rows)
            return sorted(hits)
        titles, texts = self.titles, self.texts
        return [k for k in range(len(texts)) if q in titles[k] or q in texts[k]]


class Corpus:
    """One consistent snapshot: the resolution and the documents."""

    def __init__(self, resolution: Resolution, documents: Documents) -> None:
        self.resolution, self.documents = resolution, documents


class Views:
    """The current snapshot, rebuilt when this process has written to the store.

    ``changed()`` is called by the job runner after it stores documents or
    resolves the corpus; the next request rebuilds the documents (and the
    resolution when ``meta.resolved`` moved) in a worker thread, never on the
    event loop.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.wanted, self.loaded = 1, 0
        self.key: str | None = None
        self.current: Corpus | None = None

    @property
    def stale(self) -> bool:
        return self.loaded != self.wanted or self.current is None

    def changed(self) -> None:
        self.wanted += 1

    def refresh(self, con: Any) -> Corpus:
        """Rebuild what changed since the last snapshot (blocking: call it from a thread)."""
        with self.lock:
            if not self.stale and self.current is not None:
                return self.current
            generation = self.wanted
            row = con.execute("SELECT value FROM meta WHERE key = 'resolved'").fetchone()
            key = row[0] if row else ""
            old = self.current
            resolution = old.resolution if old is not None and key == self.key else Resolution(con)
            self.current = Corpus(resolution, Documents(con))
            self.key, self.loaded = key, generation
            return self.current
