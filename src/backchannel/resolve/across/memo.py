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
from typing import Callable, Iterable, Protocol

import numpy as np

from backchannel.resolve.across.pairkeys import PairKeys, groups, signature
from backchannel.resolve.across.pairlog import ScoredPairs
from backchannel.resolve.across.records import ActorRec
from backchannel.resolve.across.rolemask import RoleColumns
from backchannel.resolve.across.storyroles import StoryRole

CHUNK = 1 << 16  # pairs handled at a time
Score = Callable[[ActorRec, ActorRec], tuple[float, list[str]]]
Scored = tuple[float, tuple[str, str], tuple[str, str], list[str]]  # as entities.Scored
#: a score (weight, reasons) or, with a :class:`Split`, the parts of one (``entityscore.Scorer.unroled``: weight,
#: reasons, the affiliation term or None, whether final as it is)
Parts = tuple


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


def shared_ids(reps: list[ActorRec], fresh: Callable[[ActorRec], bool], roles: bool = True) -> list[int]:
    """Per record, a small id shared by the records that score alike, or -1 for one ``fresh`` says to score afresh
    (``roles=False``: alike but for their roles, see :class:`Split`)."""
    ids: dict[tuple, int] = {}
    return [-1 if fresh(r) else ids.setdefault(signature(r, roles), len(ids)) for r in reps]


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
               fresh: Callable[[ActorRec], bool], sink: ScoredPairs, keys: PairKeys | None = None,
               split: Split | None = None) -> None:
    """Every pair of ``ij`` (an (n, 2) array of positions in ``reps``) scoring at least ``threshold``, into ``sink``.

    ``fresh``: the records whose score reads more than ``pairkeys.signature`` (the
    caller, who knows its scorer, says which). The pairs of two other records are
    grouped by their ids in bulk (numpy); each group is scored once, and only the
    groups at or above the threshold are walked. ``keys``: the pairs of the other records are grouped
    by what the scorer reads of them (:mod:`pairkeys`) and shared likewise; without it each is scored.
    ``split``: ``score`` in two parts, the records grouped without their roles (``keys`` too must be made
    with ``roles=False``) and the roles' term added per pair of two records with roles (:class:`Split`).
    """
    sid = np.array(shared_ids(reps, fresh, split is None) or [-1], dtype=np.int64)
    roles = Roles(reps, split)
    memo: dict[int, Parts] = {}  # (id a, id b) as one code -> the score (or parts) of its first pair
    known: dict[tuple[int, ...], Parts] = {}  # a fresh pair's key columns -> its score (or parts)
    for at in range(0, len(ij), CHUNK):  # in chunks: Python lists of millions of pairs cost more than the array
        part = ij[at:at + CHUNK]
        alone = (sid[part[:, 0]] < 0) | (sid[part[:, 1]] < 0)
        score_fresh(reps, score, part[alone], keys, known, threshold, sink, roles)
        score_chunk(reps, score, part[~alone], sid, memo, threshold, sink, roles)


class Split(Protocol):
    """A scorer whose score is ``with_roles(unroled(a, b), a.role, b.role)`` (``entityscore.Scorer``).

    Why: a story role is one report's (its days, places, publication), so records with roles have signatures of
    their own and their pairs shared no score; grouped without their roles, only the roles' term is per pair.
    """

    #: below it (before the roles) the roles may add weight, at or above it only take some away
    role_threshold: float

    def unroled(self, a: ActorRec, b: ActorRec) -> Parts: ...

    def with_roles(self, parts: Parts, ra: StoryRole | None, rb: StoryRole | None) -> tuple[float, list[str]]: ...


class Roles:
    """Each record's role and its columns (:mod:`rolemask`), for :func:`put_scored` (none without a :class:`Split`)."""

    def __init__(self, reps: list[ActorRec], split: Split | None) -> None:
        self.split = split
        self.of = [r.role for r in reps] if split else []
        self.cols = RoleColumns(self.of)


def score_chunk(reps: list[ActorRec], score: Score, ij: np.ndarray, sid: np.ndarray,
                memo: dict[int, Parts], threshold: float, sink: ScoredPairs, roles: Roles) -> None:
    """:func:`score_into` for one chunk of pairs of two shared records, sharing ``memo`` with the other chunks."""
    if not len(ij):
        return
    codes = sid[ij[:, 0]] * (int(sid.max()) + 1) + sid[ij[:, 1]]
    uniq, first, group = np.unique(codes, return_index=True, return_inverse=True)
    pieces = score if roles.split is None else roles.split.unroled
    got = []
    for c, (i, j) in zip(uniq.tolist(), ij[first].tolist()):  # (each group's first pair, as plain ints)
        if (hit := memo.get(c)) is None:
            hit = memo[c] = pieces(reps[i], reps[j])
        got.append(hit)
    put_scored(ij, got, group.reshape(-1), threshold, sink, roles)


def score_fresh(reps: list[ActorRec], score: Score, ij: np.ndarray, keys: PairKeys | None,
                known: dict[tuple[int, ...], Parts], threshold: float, sink: ScoredPairs, roles: Roles) -> None:
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
    pieces = score if roles.split is None else roles.split.unroled
    got = []
    rows = np.stack(cols, axis=1)[first].tolist()  # each group's key and first pair as plain ints, read in bulk
    for row, (i, j) in zip(rows, ij[first].tolist()):
        key = tuple(row)
        if (hit := known.get(key)) is None:
            hit = known[key] = pieces(reps[i], reps[j])
        got.append(hit)
    put_scored(ij, got, group, threshold, sink, roles)


def put_scored(ij: np.ndarray, got: list[Parts], group: np.ndarray, threshold: float, sink: ScoredPairs,
               roles: Roles) -> None:
    """The pairs of ``ij`` at or above ``threshold`` into ``sink``, each pair's score that of its group
    (``got[group[k]]``); with a :class:`Split`, ``got`` holds parts, and a pair of two records with roles
    has its own roles' term added (one call a pair), the others one score a group."""
    both, parts = np.zeros(len(ij), dtype=bool), got
    if roles.split is not None:  # a pair whose roles can add nothing (rolemask.py) scores as its group
        with_roles = roles.split.with_roles
        below = np.array([not p[3] and p[0] < roles.split.role_threshold for p in got] or [False])[group]
        both = roles.cols.may_count(ij[:, 0], ij[:, 1], below) & np.array([not p[3] for p in got] or [False])[group]
        got = [with_roles(p, None, None) for p in got]
    keep = np.array([g[0] >= threshold for g in got] or [False])[group] & ~both
    if keep.any():  # scores and reasons looked up once per group, written as columns
        neg = np.array([-g[0] for g in got], dtype=np.float64)
        wid = np.array([sink.reasons.id(tuple(g[1])) if g[0] >= threshold else -1 for g in got], dtype=np.int64)
        kept = ij[keep]
        sink.put(neg[group[keep]], kept[:, 0], kept[:, 1], wid[group[keep]])
    if both.any():
        put_roled(ij[both], [parts[g] for g in group[both].tolist()], threshold, sink, roles)


def put_roled(ij: np.ndarray, got: list[Parts], threshold: float, sink: ScoredPairs, roles: Roles) -> None:
    """Pairs of two records with roles: each pair's parts (``got``) with its roles' term, kept at ``threshold``."""
    with_roles, of, rid = roles.split.with_roles, roles.of, sink.reasons.id  # type: ignore[union-attr]
    neg, wid, kept = [], [], []
    for k, (p, (i, j)) in enumerate(zip(got, ij.tolist())):
        s, why = with_roles(p, of[i], of[j])
        if s >= threshold:
            neg.append(-s)
            wid.append(rid(tuple(why)))
            kept.append(k)
    if kept:
        sink.put(np.array(neg, dtype=np.float64), ij[kept, 0], ij[kept, 1], np.array(wid, dtype=np.int64))
