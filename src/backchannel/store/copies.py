"""Syndicated copies in the store: each report's MinHash, and near-duplicates recorded against one original.

Why at ``corpus add`` and in the store: a wire story reprinted by twelve outlets
is one source; recording the copy when it arrives (``copies``: the copy, its
original, their estimated Jaccard similarity) lets ``corpus stats`` and any SQL
query see it without resolving the corpus. The original is the earliest stored
report of the group: a copy of a copy points to the first one, so a group has
one original however its members arrived.

Why band keys in a table rather than an in-memory LSH index: a store grows to
millions of reports and the writer's memory must stay flat. The LSH bands are
datasketch's for the threshold (:func:`backchannel.resolve.across.dupes.band_keys`);
``minhash_bands`` holds one (key, doc) row per band of each report, and a group
of new reports finds its candidates with one hash join on the keys; each
candidate that shares a band with a report is compared by signature. A text
under five words has no signature and is never a copy.
"""

from __future__ import annotations

from typing import Iterable

import numpy as np

from backchannel.resolve.across.dupes import THRESHOLD, Signature, band_keys, signature, similarity
from backchannel.store.rows import insert_rows

#: The tables that follow a document's text: deleted with it when it is replaced.
TABLES = ("minhashes", "minhash_bands", "copies")
#: Documents read per page by the migration's backfill.
PAGE = 512


def record(con, docs: Iterable[tuple[str, str]]) -> int:  # noqa: ANN001 - duckdb connection
    """Store the MinHash of each (id, text), in order, and a ``copies`` row for each near-duplicate.

    Runs in the caller's transaction; returns the number of copies found. A
    document is compared with the stored ones and with those before it in ``docs``
    that share an LSH band key with it.
    """
    docs = list(docs)
    sigs = {d: signature(t) for d, t in docs}
    keys = {d: band_keys(s) for d, s in sigs.items()}
    by_key: dict[int, list[str]] = {}
    wanted = sorted({k for ks in keys.values() for k in ks})
    if wanted:
        for key, doc in con.execute("SELECT key, doc FROM minhash_bands WHERE key IN (SELECT unnest(?::UBIGINT[]))",
                                    [wanted]).fetchall():
            by_key.setdefault(key, []).append(doc)
    stored = sorted({d for ds in by_key.values() for d in ds})
    known, root = _stored(con, stored)
    found: list[tuple[str, str, float]] = []
    for d, _text in docs:
        sig = sigs[d]
        if sig is None:
            continue
        candidates = {o for k in keys[d] for o in by_key.get(k, ()) if o in known}
        # never a copy of itself, nor of its own copies (a replaced or re-analysed original stays one)
        best = max(((similarity(sig, known[o]), o) for o in candidates if d not in (o, root[o])), default=(0.0, ""))
        root[d] = d
        if best[0] >= THRESHOLD:
            original = root[best[1]]
            if original not in known:
                known.update(_stored(con, [original])[0])
            score = similarity(sig, known[original]) if original in known else best[0]
            found.append((d, original, round(score, 4)))
            root[d] = original
        known[d] = sig
        for k in keys[d]:
            by_key.setdefault(k, []).append(d)
    _insert(con, [(d, sigs[d], keys[d]) for d, _ in docs], found)
    return len(found)


def _insert(con, rows: list[tuple[str, Signature | None, list[int]]],  # noqa: ANN001
            found: list[tuple[str, str, float]]) -> None:
    rows = [r for r in rows if r[1] is not None]
    insert_rows(con, "minhashes", [[r[0], [int(x) for x in r[1]]] for r in rows])  # type: ignore[union-attr]
    insert_rows(con, "minhash_bands", [[k, r[0]] for r in rows for k in r[2]])
    insert_rows(con, "copies", [list(f) for f in found])


def _stored(con, ids: list[str]) -> tuple[dict[str, Signature], dict[str, str]]:  # noqa: ANN001
    """Signatures of stored documents, and the original each one copies (itself when none)."""
    if not ids:
        return {}, {}
    rows = con.execute("SELECT m.doc, m.signature, c.original FROM minhashes m LEFT JOIN copies c ON c.doc = m.doc "
                       "WHERE m.doc IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()
    return ({d: np.asarray(s, dtype=np.uint32) for d, s, _ in rows if s is not None},
            {d: o or d for d, _, o in rows})


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
