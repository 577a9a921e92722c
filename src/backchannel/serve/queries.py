"""The read side of the API: every query a constant SQL string with ``?`` parameters.

Why no SQL is ever built from input: a filter adds one of a fixed set of
clauses (``source = ?``), never text from the request, so a query string cannot
change what a query does. Text search is DuckDB's ``contains`` on lowered text,
so ``%`` and ``_`` in a query are plain characters.

Why the views are cached: the timeline and disputes are the corpus views the
resolver keeps as one JSON value (``meta.corpus_views``); parsing it per request
would cost more than any query, so it is parsed once per resolution (keyed on
``meta.resolved``) and paged in memory.
"""

from __future__ import annotations

import json
import threading
from typing import Any

Filters = list[tuple[str, list[Any]]]


def _where(filters: Filters) -> tuple[str, list[Any]]:
    """AND of the clauses whose parameters are all given; each clause is one of this module's constants."""
    used = [(sql, params) for sql, params in filters if all(p is not None for p in params)]
    if not used:
        return "", []
    return " WHERE " + " AND ".join(sql for sql, _ in used), [p for _, params in used for p in params]


def page(total: int, items: list, limit: int, offset: int) -> dict:
    nxt = offset + limit if offset + limit < total else None
    return {"total": total, "limit": limit, "offset": offset, "next_offset": nxt, "items": items}


def documents(con, cache: "Views", outlet: str | None, start: str | None, end: str | None,  # noqa: ANN001
              q: str | None, limit: int, offset: int) -> dict:
    where, params = _where([("source = ?", [outlet]), ("published >= CAST(? AS DATE)", [start]),
                            ("published <= CAST(? AS DATE)", [end]),
                            ("(contains(lower(coalesce(title, '')), lower(?)) OR contains(lower(text), lower(?)))",
                             [q, q])])
    total = con.execute("SELECT count(*) FROM documents" + where, params).fetchone()[0]
    rows = con.execute("SELECT id, title, CAST(published AS VARCHAR), source, url, author, length(text) "
                       "FROM documents" + where + " ORDER BY published NULLS LAST, id LIMIT ? OFFSET ?",
                       [*params, limit, offset]).fetchall()
    items = [{"id": i, "title": t, "published": p, "source": s, "url": u, "author": a, "characters": n,
              "events": cache.doc_events.get(i, 0)} for i, t, p, s, u, a, n in rows]
    return page(total, items, limit, offset)


def document_meta(con, ids: list[str]) -> dict[str, dict]:  # noqa: ANN001
    """Title, date and outlet of some documents, by id (to label the reports a result points to)."""
    if not ids:
        return {}
    rows = con.execute("SELECT id, title, CAST(published AS VARCHAR), source FROM documents "
                       "WHERE id IN (SELECT unnest(?))", [sorted(set(ids))]).fetchall()
    return {i: {"id": i, "title": t, "published": p, "source": s} for i, t, p, s in rows}


ENTITY = "e.id, e.name, e.kind, e.aliases, e.descriptors, e.affiliation"


def _entity(row: tuple) -> dict:
    i, n, k, al, de, af = row[:6]
    return {"id": i, "name": n, "kind": k, "aliases": al or [], "descriptors": de or [], "affiliation": af}


def entities(con, cache: "Views", q: str | None, kind: str | None, limit: int, offset: int) -> dict:  # noqa: ANN001
    """Most reported first: the page's ids come from the cached order, then one query reads their rows."""
    where, params = _where([("(contains(lower(e.name), lower(?)) OR "
                             "contains(lower(array_to_string(e.aliases, ' ')), lower(?)))", [q, q]),
                            ("e.kind = ?", [kind])])
    if where:
        wanted = {i for (i,) in con.execute("SELECT e.id FROM entities e" + where, params).fetchall()}
        order = [i for i in cache.entity_order if i in wanted]
    else:
        order = cache.entity_order
    ids = order[offset:offset + limit]
    rows = {r[0]: r for r in con.execute(f"SELECT {ENTITY} FROM entities e WHERE e.id IN (SELECT unnest(?))",
                                         [ids]).fetchall()} if ids else {}
    items = [{**_entity(rows[i]), "reports": len(cache.of("entity", i))} for i in ids if i in rows]
    return page(len(order), items, limit, offset)


EVENT_COLUMNS = ("SELECT id, type, source, target, via, negated, modality, time_value, count_value, count_qualifier, "
                 "first_reported, independent_sources FROM events")
EVENT_ORDER = " ORDER BY coalesce(time_value, first_reported) NULLS LAST, TRY_CAST(substr(id, 2) AS INTEGER), id"


def _events(con, cache: "Views", where: str, params: list, limit: int, offset: int,  # noqa: ANN001
            order: list[str] | None = None) -> tuple[int, list[dict]]:
    """A page of events in date order; with ``order`` (ids from the cache) no query sorts them all."""
    if order is None:
        total = con.execute("SELECT count(*) FROM events" + where, params).fetchone()[0]
        rows = con.execute(EVENT_COLUMNS + where + EVENT_ORDER + " LIMIT ? OFFSET ?",
                           [*params, limit, offset]).fetchall()
    else:
        total, ids = len(order), order[offset:offset + limit]
        found = {r[0]: r for r in con.execute(EVENT_COLUMNS + " WHERE id IN (SELECT unnest(?))", [ids]).fetchall()}
        rows = [found[i] for i in ids if i in found]
    names = cache.names
    items = [{"id": i, "type": t, "source": s, "target": g, "via": v or [], "negated": ng, "modality": m,
              "time": {"value": tv} if tv else None, "count": {"value": cv, "qualifier": cq} if cv is not None else None,
              "first_reported": fr, "independent_sources": ind, "reports": cache.of("event", i),
              "names": {k: names[k] for k in (s, g, *(v or [])) if k in names}}
             for i, t, s, g, v, ng, m, tv, cv, cq, fr, ind in rows]
    return total, items


def events(con, cache: "Views", type_: str | None, entity: str | None, start: str | None,  # noqa: ANN001
           end: str | None, limit: int, offset: int) -> dict:
    where, params = _where([("type = ?", [type_]),
                            ("(source = ? OR target = ? OR list_contains(via, ?))", [entity, entity, entity]),
                            ("coalesce(time_value, first_reported) >= ?", [start]),
                            ("coalesce(time_value, first_reported) <= ?", [end])])
    order: list[str] | None = None  # the cached date order serves the unfiltered list and one entity's acts
    if not where:
        order = cache.event_order
    elif entity is not None and type_ is None and start is None and end is None:
        order = cache.acts.get(entity, [])
    total, items = _events(con, cache, where, params, limit, offset, order)
    return page(total, items, limit, offset)


def entity(con, cache: "Views", entity_id: str, limit: int) -> dict | None:  # noqa: ANN001
    """One entity: its members (the actors it gathers), its reports, its acts and its statements."""
    row = con.execute(f"SELECT {ENTITY} FROM entities e WHERE e.id = ?", [entity_id]).fetchone()
    if row is None:
        return None
    members = [{"doc": d, "actor": a} for d, a in con.execute(
        "SELECT doc, item FROM members WHERE kind = 'entity' AND cluster = ? ORDER BY doc, item LIMIT ?",
        [entity_id, limit]).fetchall()]
    docs = cache.of("entity", entity_id)[:limit]
    meta = document_meta(con, docs)
    total_events, acts = _events(con, cache, "", [], limit, 0, cache.acts.get(entity_id, []))
    statements = [{"id": i, "content": c, "kind": k, "reports": cache.of("statement", i)}
                  for i, c, k in con.execute("SELECT id, content, kind FROM statements WHERE speaker = ? "
                                             "ORDER BY TRY_CAST(substr(id, 2) AS INTEGER), id LIMIT ?",
                                             [entity_id, limit]).fetchall()]
    return {**_entity(row), "members": members, "reports": [meta.get(d, {"id": d}) for d in docs],
            "events": acts, "events_total": total_events, "statements": statements}


class Views:
    """What the last resolution left, parsed once per resolution and shared by the threads.

    The corpus views (timeline, disputes) are one JSON value; the reports of every event and
    statement and the report count of every entity are ``members`` rows, which a route would
    otherwise group on every request. The cross tables change only when ``corpus resolve``
    replaces them whole (``meta.resolved`` changes), so this is never stale for long: the key
    is checked on every request.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.key: str | None = None
        self.views: dict = {}
        self.reports: dict[str, dict[str, list[str]]] = {}
        self.entity_order: list[str] = []
        self.names: dict[str, str] = {}
        self.event_order: list[str] = []
        self.acts: dict[str, list[str]] = {}  # entity -> its events (source, target or via), in date order
        self.disputes: list[dict] = []
        self.doc_events: dict[str, int] = {}

    def get(self, con) -> "Views":  # noqa: ANN001
        row = con.execute("SELECT value FROM meta WHERE key = 'resolved'").fetchone()
        key = row[0] if row else ""
        with self.lock:
            if key != self.key:
                self._load(con)
                self.key = key
            return self

    def _load(self, con) -> None:  # noqa: ANN001
        raw = con.execute("SELECT value FROM meta WHERE key = 'corpus_views'").fetchone()
        self.views = json.loads(raw[0]) if raw else {}
        self.reports = {kind: dict(con.execute(
            "SELECT cluster, list(DISTINCT doc ORDER BY doc) FROM members WHERE kind = ? GROUP BY cluster",
            [kind]).fetchall()) for kind in ("entity", "event", "statement")}
        count = {k: len(v) for k, v in self.reports["entity"].items()}
        names = self.names = dict(con.execute("SELECT id, coalesce(name, '') FROM entities").fetchall())
        self.entity_order = sorted(names, key=lambda i: (-count.get(i, 0), names[i], i))
        self.event_order, self.acts = [], {}
        for i, parties in con.execute("SELECT id, list_distinct(list_filter([source, target] || coalesce(via, []), "
                                      "lambda x: x IS NOT NULL)) FROM events" + EVENT_ORDER).fetchall():
            self.event_order.append(i)
            for party in parties:
                self.acts.setdefault(party, []).append(i)
        self.disputes = [{"on": g["on"], **item} for g in self.views.get("disputes", []) for item in g.get("items", [])]
        self.doc_events = dict(con.execute("SELECT doc, count(DISTINCT cluster) FROM members WHERE kind = 'event' "
                                           "GROUP BY doc").fetchall())

    def of(self, kind: str, cluster: str) -> list[str]:
        return self.reports.get(kind, {}).get(cluster, [])


def timeline(con, cache: "Views", start: str | None, end: str | None, limit: int, offset: int) -> dict:  # noqa: ANN001
    """The view's rows in date order, each with the names of the parties it points to."""
    rows = [t for t in cache.views.get("timeline", [])
            if (start is None or (t.get("date") or "") >= start) and (end is None or (t.get("date") or "~") <= end)]
    items = rows[offset:offset + limit]
    names = cache.names
    items = [{**t, "names": {k: names[k] for k in (t.get("source"), t.get("target")) if k in names}} for t in items]
    return page(len(rows), items, limit, offset)


def disputes(con, cache: "Views", on: str | None, limit: int, offset: int) -> dict:  # noqa: ANN001
    """Contradictions one by one (the view groups them by what is disputed), each side labelled with its report."""
    flat = cache.disputes if on is None else [d for d in cache.disputes if d["on"] == on]
    items = flat[offset:offset + limit]
    meta = document_meta(con, [s["doc"] for it in items for s in it.get("sides", [])])
    items = [{**it, "sides": [{**s, "title": meta.get(s["doc"], {}).get("title"),  # new dicts: the cache is shared
                               "published": meta.get(s["doc"], {}).get("published")} for s in it.get("sides", [])]}
             for it in items]
    return page(len(flat), items, limit, offset)
