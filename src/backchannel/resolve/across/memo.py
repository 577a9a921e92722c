"""Pair scores reused between records that the scorer cannot tell apart.

Why: a large corpus repeats its unnamed collectives ("the mediators", "Israeli
negotiators") in thousands of reports, and each such record is scored against
up to ``MAX_BLOCK`` others sharing its description: on the calibrated synthetic
corpus nine candidate pairs in ten are two such records. Named records with
identical names are already folded together (:func:`entities.profiles`), but
unnamed ones stay apart, since each is a separate actor with its own judgement.
Their scores depend only on the fields in ``pairkeys.signature`` (the one
signature of what the scorer reads of a record, shared with :mod:`pairkeys`), so
each pair of signatures is scored once and its result copied. Records the scorer reads more
of (named ones, anonymous sources whose statements and outlet count, any record
when stories are in play: ``entities.fresh``) are always scored afresh, so the
list is the same as scoring every pair.
"""

from __future__ import annotations

from itertools import chain
from typing import Callable, Iterable

import numpy as np

from backchannel.resolve.across.pairkeys import PairKeys, groups, signature
from backchannel.resolve.across.pairlog import ScoredPairs
from backchannel.resolve.across.records import ActorRec

CHUNK = 1 << 16  # pairs handled at a time
Score = Callable[[ActorRec, ActorRec], tuple[float, list[str]]]
Scored = tuple[float, tuple[str, str], tuple[str, str], list[str]]  # as entities.Scored


class PerRecord:
    """A flag of a record worked out once and kept by the record's identity (the record held with it, so a
    reused id is never taken for another record).

    Why: a representative is scored in up to a hundred pairs, and the scorer asks the same question of
    it in each (:func:`entities.is_source_like` took a tenth of the scoring time, asked twice a pair).
    """

    def __init__(self, flag: Callable[[ActorRec], bool]) -> None:
        self.flag = flag
        self.got: dict[int, tuple[ActorRec, bool]] = {}

    def __call__(self, r: ActorRec) -> bool:
        got = self.got.get(id(r))
        if got is None or got[0] is not r:
            got = self.got[id(r)] = (r, self.flag(r))
        return got[1]

    def __getstate__(self) -> dict:
        return {"flag": self.flag, "got": {}}  # identities mean nothing in another process (a Ray worker)


def shared_ids(reps: list[ActorRec], fresh: Callable[[ActorRec], bool]) -> list[int]:
    """Per record, a small id shared by the records that score alike, or -1 for one ``fresh`` says to score afresh."""
    ids: dict[tuple, int] = {}
    return [-1 if fresh(r) else ids.setdefault(signature(r), len(ids)) for r in reps]


def score_pairs(reps: list[ActorRec], score: Score, pairs: Iterable[tuple[int, int]], threshold: float,
                fresh: Callable[[ActorRec], bool]) -> list[Scored]:
    """Every pair of ``pairs`` that scores at least ``threshold``: (-score, key a, key b, reasons), in no set order.

    The tuple form of :func:`score_into` (small inputs, tests, the Ray seam).
    """
    pairs = pairs if isinstance(pairs, (list, set)) else list(pairs)
    ij = np.fromiter(chain.from_iterable(pairs), dtype=np.int64, count=2 * len(pairs)).reshape(-1, 2)
    sink = ScoredPairs()
    score_into(reps, score, ij, threshold, fresh, sink)
    return sink.rows([r.key for r in reps])


def score_into(reps: list[ActorRec], score: Score, ij: np.ndarray, threshold: float,
               fresh: Callable[[ActorRec], bool], sink: ScoredPairs, keys: PairKeys | None = None) -> None:
    """Every pair of ``ij`` (an (n, 2) array of positions in ``reps``) scoring at least ``threshold``, into ``sink``.

    ``fresh``: the records whose score reads more than ``pairkeys.signature`` (the
    caller, who knows its scorer, says which). The pairs of two other records are
    grouped by their ids in bulk (numpy); each group is scored once, and only the
    groups at or above the threshold are walked. ``keys``: the pairs of the other records are grouped
    by what the scorer reads of them (:mod:`pairkeys`) and shared likewise; without it each is scored.
    """
    sid = np.array(shared_ids(reps, fresh) or [-1], dtype=np.int64)
    memo: dict[int, tuple[float, list[str]]] = {}  # (id a, id b) as one code -> the score of its first pair
    known: dict[tuple[int, ...], tuple[float, list[str]]] = {}  # a fresh pair's key columns -> its score
    for at in range(0, len(ij), CHUNK):  # in chunks: Python lists of millions of pairs cost more than the array
        part = ij[at:at + CHUNK]
        alone = (sid[part[:, 0]] < 0) | (sid[part[:, 1]] < 0)
        score_fresh(reps, score, part[alone], keys, known, threshold, sink)
        score_chunk(reps, score, part[~alone], sid, memo, threshold, sink)


def score_chunk(reps: list[ActorRec], score: Score, ij: np.ndarray, sid: np.ndarray,
                memo: dict[int, tuple[float, list[str]]], threshold: float, sink: ScoredPairs) -> None:
    """:func:`score_into` for one chunk of pairs of two shared records, sharing ``memo`` with the other chunks."""
    if not len(ij):
        return
    both = ij
    codes = sid[ij[:, 0]] * (int(sid.max()) + 1) + sid[ij[:, 1]]
    uniq, first, group = np.unique(codes, return_index=True, return_inverse=True)
    for c, (i, j) in zip(uniq.tolist(), both[first].tolist()):  # (each group's first pair, as plain ints)
        if c not in memo:
            memo[c] = score(reps[i], reps[j])
    keep = np.array([memo[c][0] >= threshold for c in uniq.tolist()] or [False])[group.reshape(-1)]
    kept, kc = both[keep], codes[keep]
    if len(kc):  # scores and reasons looked up once per group, written as columns
        u, inv = np.unique(kc, return_inverse=True)
        neg = np.array([-memo[c][0] for c in u.tolist()], dtype=np.float64)
        wid = np.array([sink.reasons.id(tuple(memo[c][1])) for c in u.tolist()], dtype=np.int64)
        sink.put(neg[inv.reshape(-1)], kept[:, 0], kept[:, 1], wid[inv.reshape(-1)])


def score_fresh(reps: list[ActorRec], score: Score, ij: np.ndarray, keys: PairKeys | None,
                known: dict[tuple[int, ...], tuple[float, list[str]]], threshold: float, sink: ScoredPairs) -> None:
    """The pairs of a chunk with a record scored afresh: one at a time without ``keys``, else each group of
    pairs alike in :meth:`PairKeys.columns` scored once (``known``, shared with the other chunks)."""
    if keys is None:
        for i, j in ij.tolist():  # a pair of one report is scored too: its refusal is a judgement to review
            s, why = score(reps[i], reps[j])
            if s >= threshold:
                sink.add(-s, i, j, why)
        return
    cols = keys.columns(ij)
    first, group = groups(cols)
    got = []
    rows = np.stack(cols, axis=1)[first].tolist()  # each group's key and first pair as plain ints, read in bulk
    for row, (i, j) in zip(rows, ij[first].tolist()):
        key = tuple(row)
        if (hit := known.get(key)) is None:
            hit = known[key] = score(reps[i], reps[j])
        got.append(hit)
    keep = np.array([g[0] >= threshold for g in got] or [False])[group]
    if keep.any():
        neg = np.array([-g[0] for g in got], dtype=np.float64)
        wid = np.array([sink.reasons.id(tuple(g[1])) if g[0] >= threshold else -1 for g in got], dtype=np.int64)
        kept = ij[keep]
        sink.put(neg[group[keep]], kept[:, 0], kept[:, 1], wid[group[keep]])
