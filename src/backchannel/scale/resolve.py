"""``corpus resolve --engine ray``: digests, blocking keys and scored pairs on Ray, clustering in one place.

What runs where, and why the result is the single-process result exactly:

- **Digests** (:class:`~backchannel.resolve.across.records.Digest`): pages of
  stored dossiers go to Ray tasks, each digesting its page; the driver
  concatenates the digests in page (id) order. A digest of one dossier
  depends on that dossier alone, so the concatenation is the digest one
  process builds.
- **Blocking keys**: computed per actor record by tasks over slices of the
  records; the driver puts each record into its blocks in record order, as
  :func:`~backchannel.resolve.across.entities.candidate_pairs` does.
- **Candidate pairs**: blocks are shared out to tasks, each returning the
  pairs of its blocks (:func:`~backchannel.resolve.across.entities.block_pairs`);
  the union is the set one process builds.
- **Scores**: the pairs are shared out to tasks that score them with one
  :class:`~backchannel.resolve.across.entities.Scorer` (built once, sent once
  through the object store).
- **Clustering** (union-find, best pair first) stays in
  :func:`~backchannel.resolve.across.entities.resolve_entities` on the driver:
  it sorts the scored pairs, so the order they came back in does not matter.

Events, statements and links run on the driver as before (see README,
"Scaling out on Ray", for why and what that costs).
"""

from __future__ import annotations

import dataclasses
from collections import deque
from typing import Any, Iterator

import msgspec

from backchannel.model import Dossier
from backchannel.resolve.across import Aliases, Digest, Resolution, resolve_digest
from backchannel.resolve.across.entities import (Scored, Scorer, block_pairs, blocking_keys, scored_candidates,
                                                 story_blocks)
from backchannel.resolve.across.records import ActorRec
from backchannel.resolve.across.gcpause import unsettle
from backchannel.scale.cluster import session
from backchannel.store import reader

#: Stored dossiers digested by one task.
PAGE = 256
#: Tasks per worker that a job is cut into (some slack for uneven shares).
SHARES_PER_WORKER = 4


def digest_page(rows: list[tuple[str, str, str]]) -> Digest:
    """The digest of one page of stored ``(id, text, dossier JSON)`` rows, in their order. What the digest
    froze (:class:`~backchannel.resolve.across.gcpause.Settler`) is handed back to the collector when the page
    is done: a worker process digests page after page and resolves none of them."""
    dg = Digest()
    decode = msgspec.json.Decoder(Dossier).decode
    try:
        for _doc_id, text, raw in rows:
            d = decode(raw)
            d.documents = [msgspec.structs.replace(d.documents[0], text=text)]
            dg.add(d)
    finally:
        unsettle()
    return dg


def merge(into: Digest, part: Digest) -> None:
    """Append a later page's digest: lists are extended, mappings updated (every field, so new ones too)."""
    for f in dataclasses.fields(Digest):
        mine, theirs = getattr(into, f.name), getattr(part, f.name)
        if isinstance(mine, list):
            mine.extend(theirs)
        elif isinstance(mine, dict):
            mine.update(theirs)
        else:
            raise TypeError(f"Digest.{f.name}: cannot merge a {type(mine).__name__}")


def store_pages(con, size: int = PAGE) -> Iterator[list[tuple[str, str, str]]]:  # noqa: ANN001
    """The stored dossiers as pages of raw rows, in id order (keyset paging, as the local path reads them)."""
    page: list[tuple[str, str, str]] = []
    for row in reader.pages(con, "text, dossier"):
        page.append(row)
        if len(page) >= size:
            yield page
            page = []
    if page:
        yield page


def digest_on_ray(ray, con, workers: int) -> Digest:  # noqa: ANN001 - ray module, duckdb connection
    """The corpus digest, pages digested in parallel, at most two pages per worker in flight."""
    task = ray.remote(digest_page)
    dg = Digest()
    flight: deque = deque()
    for page in store_pages(con):
        flight.append(task.remote(page))
        if len(flight) >= 2 * workers:
            merge(dg, ray.get(flight.popleft()))
    while flight:
        merge(dg, ray.get(flight.popleft()))
    return dg


def _keys(reps: list[ActorRec], scorer: Scorer, lo: int, hi: int, one_event: bool) -> list[list[str]]:
    """The blocking keys of ``reps[lo:hi]``, as :func:`candidate_pairs` makes them (story roles included)."""
    extra = story_blocks(scorer)
    return [sorted(blocking_keys(r, one_event) | (extra(r) if extra else set())) for r in reps[lo:hi]]


def _pairs(blocks: list[list[int]]) -> set[tuple[int, int]]:
    return block_pairs(blocks)


def _score(reps: list[ActorRec], scorer: Scorer, one_event: bool, pairs: list[tuple[int, int]]) -> list[Scored]:
    return scored_candidates(reps, scorer, one_event, pairs=pairs)


def shares(items: list[Any], n: int) -> list[list[Any]]:
    """``items`` cut into at most ``n`` consecutive shares of near-equal length."""
    step = max(1, -(-len(items) // max(1, n)))
    return [items[k:k + step] for k in range(0, len(items), step)]


def pair_scorer(ray, workers: int):  # noqa: ANN001, ANN201 - ray module; a ScorePairs
    """A ``score_pairs`` for :func:`resolve_digest` that blocks and scores on Ray (see the module's docstring)."""
    keys_task, pairs_task, score_task = ray.remote(_keys), ray.remote(_pairs), ray.remote(_score)
    n_shares = max(1, workers * SHARES_PER_WORKER)

    def score(reps: list[ActorRec], scorer: Scorer, one_event: bool) -> list[Scored]:
        if not reps:
            return []
        reps_ref, scorer_ref = ray.put(reps), ray.put(scorer)
        step = max(1, -(-len(reps) // n_shares))
        parts = ray.get([keys_task.remote(reps_ref, scorer_ref, lo, lo + step, one_event)
                         for lo in range(0, len(reps), step)])
        blocks: dict[str, list[int]] = {}
        for i, ks in enumerate(k for part in parts for k in part):
            for k in ks:
                blocks.setdefault(k, []).append(i)
        found = ray.get([pairs_task.remote(s) for s in shares(list(blocks.values()), n_shares)])
        pairs = sorted(set().union(*found))
        scored = ray.get([score_task.remote(reps_ref, scorer_ref, one_event, s) for s in shares(pairs, n_shares)])
        return [x for part in scored for x in part]

    return score


def resolve_on_ray(con, aliases: Aliases | None = None, address: str | None = None,  # noqa: ANN001
                   workers: int | None = None) -> Resolution:
    """Resolve every stored dossier with Ray's help and replace the store's cross tables (as ``resolve_store``)."""
    from backchannel.store.resolve import store_resolution

    with session(address, workers) as ray:
        n = max(1, int(workers or ray.cluster_resources().get("CPU", 1)))
        dg = digest_on_ray(ray, con, n)
        res = resolve_digest(dg, aliases, score_pairs=pair_scorer(ray, n))
    store_resolution(con, res)
    return res
