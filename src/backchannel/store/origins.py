"""The ``web`` table: where each document read from the web came from (link, feed, archive, time).

Why beside ``documents`` and not in it: most documents are files and have no
such row; a web document's ``url`` is its canonical address (the one that makes
it one document), while this row keeps the address it was asked for, where the
redirects ended, the feed that listed it with the feed's title and date, and the
WARC file. ``corpus add --feed`` reads ``url`` and ``canonical_url`` back to
skip the items already stored (:func:`known_urls`).
"""

from __future__ import annotations

from backchannel.ingest.origin import Origin
from backchannel.store.rows import insert_columns

FIELDS = ("url", "final_url", "canonical_url", "fetched_at", "feed", "feed_title", "feed_published", "archive")


def insert(con, rows: list[tuple[str, Origin]]) -> None:  # noqa: ANN001 - duckdb connection
    """One ``web`` row per (document id, origin), in the caller's transaction."""
    if not rows:
        return
    con.execute("DELETE FROM web WHERE doc IN (SELECT unnest(?::VARCHAR[]))", [[d for d, _ in rows]])
    columns = [[d for d, _ in rows]] + [[getattr(o, f) for _, o in rows] for f in FIELDS]
    insert_columns(con, "web", [(c, "VARCHAR") for c in ("doc", *FIELDS)], columns)


def known_urls(con) -> set[str]:  # noqa: ANN001
    """Every address a stored document was read from or is known by (as given, and canonical)."""
    rows = con.execute("SELECT url FROM web UNION SELECT canonical_url FROM web "
                       "UNION SELECT url FROM documents WHERE url IS NOT NULL").fetchall()
    return {r[0] for r in rows if r[0]}
