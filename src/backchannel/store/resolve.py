"""``corpus resolve``: fill the store's cross-report tables from the resolver.

Dossiers stream out of the store page by page (:func:`backchannel.store.reader.dossiers`)
into the resolver's digest, which keeps small records and no text; the result
replaces the cross tables in one transaction, so a reader sees the old resolution
or the new one, never half of each. ``meta.resolved`` records which documents the
resolution covers, so ``stats`` and ``export`` can say when it is out of date.
"""

from __future__ import annotations

import itertools
import json

from backchannel.resolve.across import Aliases, Digest, Resolution, resolve_digest
from backchannel.resolve.across.gcpause import unsettle
from backchannel.store import reader
from backchannel.store.rows import insert_rows
from backchannel.store.schema import CROSS_TABLES

RESOLVED = "resolved"
JUDGEMENT_CHUNK = 100_000  # judgement rows written per insert
VIEWS = "corpus_views"  # the corpus views of the last resolution, as JSON (they are regroupings, not facts)


def corpus_state(con) -> str:  # noqa: ANN001 - duckdb connection
    """A fingerprint of the stored documents: their number and the latest time one was added."""
    n, last = con.execute("SELECT count(*), CAST(max(added_at) AS VARCHAR) FROM documents").fetchone()
    return f"{n}|{last}"


def is_stale(con) -> bool:  # noqa: ANN001
    """True when documents were added or replaced since the last ``corpus resolve`` (or it never ran)."""
    row = con.execute("SELECT value FROM meta WHERE key = ?", [RESOLVED]).fetchone()
    return row is None or row[0] != corpus_state(con)


def resolve_store(con, aliases: Aliases | None = None) -> Resolution:  # noqa: ANN001
    """Resolve every stored dossier and replace the cross tables with the result."""
    dg = Digest()
    try:
        for d in reader.dossiers(con):
            dg.add(d)
    finally:
        unsettle()  # (an error in the loop leaves nothing frozen for the rest of the process)
    res = resolve_digest(dg, aliases)
    store_resolution(con, res)
    return res


def store_resolution(con, res: Resolution) -> None:  # noqa: ANN001
    """Replace the cross tables with ``res`` in one transaction, and record what it covered."""
    con.execute("BEGIN")
    try:
        for table in CROSS_TABLES:
            con.execute(f"DELETE FROM {table}")
        write_rows(con, res)
        con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [RESOLVED, corpus_state(con)])
        con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [VIEWS, json.dumps(res.views, ensure_ascii=False)])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def write_rows(con, res: Resolution) -> None:  # noqa: ANN001
    """The resolution as rows of entities, events, statements, members, links and judgements."""
    insert_rows(con, "entities",
                [[e["id"], e["name"], e["kind"], e["aliases"], e["descriptors"], e["affiliation"]]
                 for e in res.entities])
    insert_rows(con, "events",
                [[e["id"], e["type"], e["source"], e["target"], e["via"], e["negated"], e["modality"],
                  (e["time"] or {}).get("value"), (e["count"] or {}).get("value"),
                  (e["count"] or {}).get("qualifier"), e["first_reported"], e["independent_sources"]]
                 for e in res.events])
    insert_rows(con, "statements",
                [[s["id"], s["speaker"], s["content"], s["kind"]] for s in res.statements])
    members = [["entity", e["id"], m["doc"], m["actor"]] for e in res.entities for m in e["members"]]
    members += [["event", e["id"], m["doc"], m["interaction"]] for e in res.events for m in e["members"]]
    members += [["statement", s["id"], m["doc"], m["claim"]] for s in res.statements for m in s["members"]]
    insert_rows(con, "members", members)
    insert_rows(con, "links",
                [[f"l{k}", lk["kind"], lk["on"], *end_row(lk["a"]), *end_row(lk["b"]), lk["note"]]
                 for k, lk in enumerate(res.links, 1)])
    rows = itertools.chain(  # an event's joins of two types (rule across.events.told_as) are judgements too
        (["event", j["a"]["doc"], j["a"]["interaction"], j["b"]["doc"], j["b"]["interaction"], 0.0, "merged",
          j["reasons"]] for e in res.events for j in e.get("joined", [])),
        (["entity", *j.a, *j.b, j.score, j.decision, j.reasons] for j in res.judgements))
    while chunk := list(itertools.islice(rows, JUDGEMENT_CHUNK)):  # millions at 100k reports: never all as rows
        insert_rows(con, "judgements", chunk)


def end_row(end: dict) -> list:
    """(doc, kind, item, start, end) of a link end."""
    if "claim" in end:
        return [end["doc"], "claim", end["claim"], None, None]
    if "interaction" in end:
        return [end["doc"], "interaction", end["interaction"], None, None]
    return [end["doc"], "passage", None, end["start"], end["end"]]
