"""The read side of the API: pages of the in-memory corpus (:mod:`backchannel.serve.corpus`).

Why no SQL here but one point lookup: the lists, filters and searches answer
from the snapshot the service keeps (a page costs microseconds, a DuckDB query
a millisecond or more); a report's dossier is the one thing read per request,
by its primary key (``id = ?``, which DuckDB answers from the key's ART index).
Input never becomes SQL: filters are comparisons in Python, text search is a
substring test on lowered text, so ``%`` and ``_`` in a query are plain
characters (as DuckDB's ``contains`` treated them before).
"""

from __future__ import annotations

from typing import Any

import msgspec

from backchannel.serve.corpus import Corpus, Resolution


def page(total: int, items: list, limit: int, offset: int) -> dict:
    nxt = offset + limit if offset + limit < total else None
    return {"total": total, "limit": limit, "offset": offset, "next_offset": nxt, "items": items}


def documents(c: Corpus, outlet: str | None, start: str | None, end: str | None,
              q: str | None, limit: int, offset: int) -> dict:
    """Reports by date then id; the filters keep SQL's meaning (a missing date or outlet matches no filter)."""
    docs = c.documents
    hits: range | list[int] = range(len(docs.rows))
    if q is not None:
        hits = docs.search(q.lower())
    if outlet is not None or start is not None or end is not None:
        rows = docs.rows
        hits = [k for k in hits if (outlet is None or rows[k][3] == outlet)
                and (start is None or (rows[k][2] is not None and rows[k][2] >= start))
                and (end is None or (rows[k][2] is not None and rows[k][2] <= end))]
    doc_events = c.resolution.doc_events
    items = [{"id": i, "title": t, "published": p, "source": s, "url": u, "author": a, "characters": n,
              "events": doc_events.get(i, 0)}
             for i, t, p, s, u, a, n in (docs.rows[k] for k in hits[offset:offset + limit])]
    return page(len(hits), items, limit, offset)


def dossier(con: Any, doc_id: str) -> Any:
    """One stored dossier with its text restored (as :func:`backchannel.store.reader.dossiers`), or None."""
    from backchannel.model import Dossier

    row = con.execute("SELECT text, dossier FROM documents WHERE id = ?", [doc_id]).fetchone()
    if row is None:
        return None
    d = msgspec.json.decode(row[1], type=Dossier)
    d.documents = [msgspec.structs.replace(d.documents[0], text=row[0])]
    return d


def _entity(row: tuple) -> dict:
    i, n, k, al, de, af = row[:6]
    return {"id": i, "name": n, "kind": k, "aliases": al or [], "descriptors": de or [], "affiliation": af}


def entities(c: Corpus, q: str | None, kind: str | None, limit: int, offset: int) -> dict:
    """Most reported first; ``q`` is a substring of the lowered name or aliases."""
    r = c.resolution
    order = r.entity_order
    if q is not None or kind is not None:
        ql = (q or "").lower()
        order = [i for i, name, aliases, k in r.entity_hay if (kind is None or k == kind)
                 and (q is None or ql in name or ql in aliases)]
    items = [{**_entity(r.entity_rows[i]), "reports": len(r.of("entity", i))} for i in order[offset:offset + limit]]
    return page(len(order), items, limit, offset)


def _events(r: Resolution, order: list[str], limit: int, offset: int) -> list[dict]:
    """The page ``order[offset:offset + limit]`` of event ids as answers, with reports and party names."""
    names, rows = r.names, r.event_rows
    return [{"id": i, "type": t, "source": s, "target": g, "via": v or [], "negated": ng, "modality": m,
             "time": {"value": tv} if tv else None, "count": {"value": cv, "qualifier": cq} if cv is not None else None,
             "first_reported": fr, "independent_sources": ind, "reports": r.of("event", i),
             "names": {k: names[k] for k in (s, g, *(v or [])) if k in names}}
            for i, t, s, g, v, ng, m, tv, cv, cq, fr, ind in (rows[i] for i in order[offset:offset + limit])]


def events(c: Corpus, type_: str | None, entity: str | None, start: str | None,
           end: str | None, limit: int, offset: int) -> dict:
    """Events in date order: one party's acts or one type's events, then the other filters."""
    r = c.resolution
    if entity is not None:
        order = r.acts.get(entity, [])
    elif type_ is not None:
        order, type_ = r.by_type.get(type_, []), None
    else:
        order = r.event_order
    if type_ is not None or start is not None or end is not None:
        rows = r.event_rows

        def day(i: str) -> str | None:  # coalesce(time_value, first_reported)
            return rows[i][7] if rows[i][7] is not None else rows[i][10]

        order = [i for i in order if (type_ is None or rows[i][1] == type_)
                 and (start is None or ((d := day(i)) is not None and d >= start))
                 and (end is None or ((d := day(i)) is not None and d <= end))]
    return page(len(order), _events(r, order, limit, offset), limit, offset)


def entity(c: Corpus, entity_id: str, limit: int) -> dict | None:
    """One entity: its members (the actors it gathers), its reports, its acts and its statements."""
    r = c.resolution
    row = r.entity_rows.get(entity_id)
    if row is None:
        return None
    members = [{"doc": d, "actor": a} for d, a in r.members.get(entity_id, [])[:limit]]
    meta = c.documents.meta
    acts = r.acts.get(entity_id, [])
    statements = [{"id": i, "content": content, "kind": k, "reports": r.of("statement", i)}
                  for i, content, k in r.statements.get(entity_id, [])[:limit]]
    return {**_entity(row), "members": members,
            "reports": [meta.get(d, {"id": d}) for d in r.of("entity", entity_id)[:limit]],
            "events": _events(r, acts, limit, 0), "events_total": len(acts), "statements": statements}


def timeline(c: Corpus, start: str | None, end: str | None, limit: int, offset: int) -> dict:
    """The view's rows in date order, each with the names of the parties it points to."""
    rows = c.resolution.views.get("timeline", [])
    if start is not None or end is not None:
        rows = [t for t in rows if (start is None or (t.get("date") or "") >= start)
                and (end is None or (t.get("date") or "~") <= end)]
    names = c.resolution.names
    items = [{**t, "names": {k: names[k] for k in (t.get("source"), t.get("target")) if k in names}}
             for t in rows[offset:offset + limit]]
    return page(len(rows), items, limit, offset)


def disputes(c: Corpus, on: str | None, limit: int, offset: int) -> dict:
    """Contradictions one by one (the view groups them by what is disputed), each side labelled with its report."""
    flat = c.resolution.disputes if on is None else [d for d in c.resolution.disputes if d["on"] == on]
    meta = c.documents.meta
    items = [{**it, "sides": [{**s, "title": meta.get(s["doc"], {}).get("title"),  # new dicts: the cache is shared
                               "published": meta.get(s["doc"], {}).get("published")} for s in it.get("sides", [])]}
             for it in flat[offset:offset + limit]]
    return page(len(flat), items, limit, offset)
