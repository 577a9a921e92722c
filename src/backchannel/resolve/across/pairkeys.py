"""Pair scores reused between the records :mod:`memo` scores afresh: named records and anonymous sources.

Why: :mod:`memo` shares the scores of unnamed collectives by their :func:`signature` alone, and every
other pair was scored one at a time (on the synthetic corpus of
``benchmarks/across_scaling.py`` 1.4 million pairs of 10,000 reports, most of the
entities' time). But the scorer reads of those records too only a few fields
(:func:`signature` here) plus, when one of them is an anonymous source, three
things of the pair itself: whether they said the same statement
(``name_evidence.said_alike``), the run of words both are quoted inside
(``samepassage.shared_run``) and the outlet both come from. Pairs alike in all of
these score alike, so each such combination is scored once and its result
copied: the list of scored pairs is the same as scoring every pair. With stories
(``Scorer.story_keys``, read by a record's key) nothing is shared.
"""

from __future__ import annotations

from typing import Callable

import numpy as np

from backchannel.resolve.across.blocking import role_keys
from backchannel.resolve.across.name_evidence import office_keys, said_alike, silent_group
from backchannel.resolve.across.names import is_initialism
from backchannel.resolve.across.records import ActorRec
from backchannel.resolve.across.samepassage import shared_run


def signature(r: ActorRec, roles: bool = True) -> tuple:
    """What the scorer reads of one record (``Scorer.score`` and what it calls, no story keys), as coarse as
    that reading is, besides its statements, runs and outlet, which are read of the pair (:meth:`PairKeys.columns`).

    Why coarse: records alike in what the scorer reads score alike, and the fewer signatures, the fewer
    pairs :mod:`memo` and :class:`PairKeys` score (session 37, s37-sig). So a field read only through one
    question is kept as its answer, and a field read only of named records is kept of those alone:

    - ``acts`` and whether it said anything: read only by ``name_evidence.silent_group`` (its bool);
      what it said is read of the pair (``said_alike``);
    - ``name``: only by ``names.is_initialism`` (the acronym evidence) and, for an unnamed person,
      ``name_evidence.office_keys`` (kept as those keys);
    - ``descriptors``: of a named record only, by ``blocking.role_keys`` and ``office_keys`` (kept as those keys);
    - ``kind_guessed``, ``kind_by_members``: only when both records are named (``Scorer.score``, ``members_kind``);
    - ``unit``: never (read after resolution, ``statebare``).

    Whether a record is source-like (``blocking.is_source_like``: which pairs are fresh, which read the pair
    columns) follows from what is kept. ``role`` is kept whole (a few captive groups a report), and so is
    ``counted`` (an unnamed group's exact counts, ``countgroups``).

    The one signature of both sharings (:mod:`memo` groups the unnamed records that are not source-like by it).
    ``roles=False``: without the role, for a scorer that adds the roles' term per pair (``memo.Split``)."""
    named = r.named
    return (r.kind, named, tuple(r.forms), r.affiliation, r.role if roles else None, silent_group(r), is_initialism(r.name),
            frozenset(office_keys(r)), frozenset(role_keys(r)) if named else None,
            named and r.kind_guessed, named and r.kind_by_members, r.counted)


class PairKeys:
    """Per record a small id of its :func:`signature`; per pair, the columns of what is read of the pair."""

    def __init__(self, reps: list[ActorRec], source_like: Callable[[ActorRec], bool], roles: bool = True) -> None:
        sigs: dict[tuple, int] = {}
        outlets: dict[str, int] = {}
        self.reps = reps
        self.ids = np.array([sigs.setdefault(signature(r, roles), len(sigs)) for r in reps] or [0], dtype=np.int64)
        self.span = max(1, len(sigs))
        self.source = np.array([source_like(r) for r in reps] or [False], dtype=bool)
        self.said = np.array([bool(r.claims) for r in reps] or [False], dtype=bool)
        self.quoted = np.array([bool(r.runs) for r in reps] or [False], dtype=bool)
        self.outlet = np.array([outlets.setdefault(r.source, len(outlets)) if r.source else -1 for r in reps] or [-1],
                               dtype=np.int64)
        self.runs: dict[str, int] = {}  # a shared run of words -> its id (0: none)

    def columns(self, ij: np.ndarray) -> list[np.ndarray]:
        """The key columns of each pair of ``ij``: both signatures (one code), the run both are quoted inside,
        the outlet both come from (its id + 1, else 0) and whether they said one statement; the last three are
        0 for a pair of no anonymous source (``Scorer.score`` reads them in ``Scorer.evidence`` only)."""
        a, b = ij[:, 0], ij[:, 1]
        need = self.source[a] | self.source[b]
        same = need & (self.outlet[a] == self.outlet[b]) & (self.outlet[a] >= 0)
        outlet = np.where(same, self.outlet[a] + 1, 0)
        said = np.zeros(len(ij), dtype=np.int64)
        reps = self.reps
        for k in np.flatnonzero(need & self.said[a] & self.said[b]).tolist():
            said[k] = said_alike(reps[int(a[k])].claims, reps[int(b[k])].claims)
        run = np.zeros(len(ij), dtype=np.int64)
        ids = self.runs
        for k in np.flatnonzero(need & self.quoted[a] & self.quoted[b]).tolist():
            got = shared_run(reps[int(a[k])].runs, reps[int(b[k])].runs)
            if got is not None:
                run[k] = ids.setdefault(got, len(ids) + 1)
        return [self.ids[a] * self.span + self.ids[b], run, outlet, said]


def groups(cols: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """The rows of ``cols`` (equal-length int columns) grouped: each group's first row, and each row's group."""
    n = len(cols[0])
    if not n:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    order = np.lexsort(cols[::-1])
    new = np.zeros(n, dtype=bool)
    new[0] = True
    for c in cols:
        s = c[order]
        new[1:] |= s[1:] != s[:-1]
    group = np.empty(n, dtype=np.int64)
    group[order] = np.cumsum(new) - 1
    return order[new], group
