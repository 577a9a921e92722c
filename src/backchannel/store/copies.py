"""Syndicated copies in the store: each report's MinHash, and near-duplicates recorded against one original.

Why at ``corpus add`` and in the store: a wire story reprinted by twelve outlets
is one source; recording the copy when it arrives (``copies``: the copy, its
original, their estimated Jaccard similarity) lets ``corpus stats`` and any SQL
query see it without resolving the corpus. The original is the earliest stored
report of the group: a copy of a copy points to the first one, so a group has
one original however its members arrived.

Why band keys in a column rather than an in-memory LSH index: a store grows to
millions of reports and the writer's memory must stay flat. The LSH bands are
datasketch's for the threshold (:func:`backchannel.resolve.across.dupes.band_keys`);
a group of new reports finds its candidates with one scan
(``list_has_any(bands, ?)``), then each candidate's signature is compared. A
text under five words has no signature and is never a copy.
"""

from __future__ import annotations

from typing import Iterable

import numpy as np

from backchannel.resolve.across.dupes import THRESHOLD, Signature, band_keys, signature, similarity

#: The tables that follow a document's text: deleted with it when it is replaced.
TABLES = ("minhashes", "copies")
#: Documents read per page by the migration's backfill.
PAGE = 512


def record(con, docs: Iterable[tuple[str, str]]) -> int:  # noqa: ANN001 - duckdb connection
    """Store the MinHash of each (id, text), in order, and a ``copies`` row for each near-duplicate.

    Runs in the caller's transaction; returns the number of copies found. A
    document is compared with the stored ones and with those before it in ``docs``.
    """
    docs = list(docs)
    sigs = {d: signature(t) for d, t in docs}
    keys = {d: band_keys(s) for d, s in sigs.items()}
    wanted = sorted({k for ks in keys.values() for k in ks})
    known: dict[str, Signature] = {}
    root: dict[str, str] = {}
    if wanted:
        for doc, sig, original in con.execute(
                "SELECT m.doc, m.signature, c.original FROM minhashes m LEFT JOIN copies c ON c.doc = m.doc "
                "WHERE list_has_any(m.bands, ?::UBIGINT[])", [wanted]).fetchall():
            known[doc] = np.asarray(sig, dtype=np.uint32)
            root[doc] = original or doc
    found: list[tuple[str, str, float]] = []
    for d, _text in docs:
        sig = sigs[d]
        # never a copy of itself, nor of its own copies (a replaced or re-analysed original stays one)
        best = max(((similarity(sig, s), other) for other, s in known.items() if d not in (other, root[other])),
                   default=(0.0, ""))
        if sig is not None and best[0] >= THRESHOLD:
            original = root[best[1]]
            if original not in known:
                known.update(_signatures(con, [original]))
            score = similarity(sig, known[original]) if original in known else best[0]
            found.append((d, original, round(score, 4)))
            root[d] = original
        elif sig is not None:
            root[d] = d
        if sig is not None:
            known[d] = sig
    rows = [(d, [int(x) for x in sigs[d]], keys[d]) for d, _ in docs if sigs[d] is not None]  # type: ignore[union-attr]
    if rows:
        con.execute("INSERT INTO minhashes SELECT unnest(?::VARCHAR[]), unnest(?::UINTEGER[][]), "
                    "unnest(?::UBIGINT[][])", [[r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]])
    if found:
        con.execute("INSERT INTO copies SELECT unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::DOUBLE[])",
                    [[f[0] for f in found], [f[1] for f in found], [f[2] for f in found]])
    return len(found)


def _signatures(con, ids: list[str]) -> dict[str, Signature]:  # noqa: ANN001
    rows = con.execute("SELECT doc, signature FROM minhashes WHERE doc IN (SELECT unnest(?::VARCHAR[]))",
                       [ids]).fetchall()
    return {d: np.asarray(s, dtype=np.uint32) for d, s in rows if s is not None}


def backfill(con) -> int:  # noqa: ANN001
    """MinHash and copies for every stored document without one, oldest first (the schema 3 migration)."""
    ids = [r[0] for r in con.execute("SELECT id FROM documents d WHERE NOT EXISTS "
                                     "(SELECT 1 FROM minhashes m WHERE m.doc = d.id) ORDER BY added_at, id").fetchall()]
    n = 0
    for k in range(0, len(ids), PAGE):
        page = ids[k:k + PAGE]
        texts = dict(con.execute("SELECT id, text FROM documents WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                                 [page]).fetchall())
        n += record(con, [(d, texts[d]) for d in page])
    return n
