"""Oversize blocks: the pairs they hold, the pairs compared, and the count of those left out.

Why: blocking keeps the cost near-linear only if no block grows with the corpus.
A key that a large share of the records hold ("the delegation", every act of one
main party) would make a block whose all-pairs comparison is quadratic. As in
Splink, such a block is bounded: each member is compared with the first ``cap``
members only (so a record costs at most ``cap`` comparisons per key), and the
pairs left out are counted and reported with the resolution, never dropped
silently. A pair left out of one block may still be compared through another key
that both records hold, so the count is an upper bound on pairs never compared.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

#: pairs gathered before duplicates are dropped (bounds the transient memory of the pair arrays)
COMPACT = 1 << 22


@dataclass
class Capped:
    """What the bound cost: blocks over the cap, the largest block, and pairs not compared in them."""

    blocks: int = 0
    largest: int = 0
    skipped: int = 0

    def note(self, size: int, cap: int) -> None:
        """Count one block of ``size`` members under a cap of ``cap`` (nothing if it fits)."""
        self.largest = max(self.largest, size)
        if size > cap:
            self.blocks += 1
            self.skipped += size * (size - 1) // 2 - compared(size, cap)

    def to_dict(self) -> dict:
        return {"blocks_over_cap": self.blocks, "largest_block": self.largest, "pairs_not_compared": self.skipped}


def note_bipartite(capped: Capped, left: int, right: int, cap: int) -> None:
    """Count one block of ``left`` items each weighed against ``right`` others (a person's charges against the
    claims of their innocence), bounded as a block is: pair (i, j) is weighed when i < ``cap`` or j < ``cap``."""
    capped.largest = max(capped.largest, left + right)
    if left > cap and right > cap:
        capped.blocks += 1
        capped.skipped += (left - cap) * (right - cap)


def compared(size: int, cap: int) -> int:
    """Pairs compared in a block of ``size`` members: all pairs of the first ``cap``, then ``cap`` per later member."""
    head = min(size, cap)
    return head * (head - 1) // 2 + max(0, size - cap) * cap


def block_array(members: np.ndarray, cap: int) -> np.ndarray:
    """The compared pairs of one block (positions ascending) as an (n, 2) array, each pair (earlier, later)."""
    head = min(len(members), cap)
    i, j = np.triu_indices(head, 1)
    first = np.stack([members[i], members[j]], axis=1)
    if len(members) <= cap:
        return first
    rest = members[cap:]
    later = np.stack([np.tile(members[:cap], len(rest)), np.repeat(rest, cap)], axis=1)
    return np.concatenate([first, later])


def pair_array(blocks: Iterable[list[int]], n: int, cap: int, capped: Capped) -> np.ndarray:
    """The distinct pairs compared within ``blocks`` (lists of positions < ``n``, ascending), as an (m, 2)
    array sorted by (a, b); oversize blocks are bounded and counted in ``capped``.

    Pairs are held as int64 codes ``a * n + b`` (8 bytes each) and deduplicated
    in bulk (:func:`distinct`), never as a set of Python tuples.
    """
    parts: list[np.ndarray] = []
    held, limit = 0, COMPACT
    for members in blocks:
        capped.note(len(members), cap)
        if len(members) < 2:
            continue
        ij = block_array(np.asarray(members, dtype=np.int64), cap)
        parts.append(ij[:, 0] * n + ij[:, 1])
        held += len(ij)
        if held > limit:  # drop duplicates; the next time only when the pairs have doubled (amortised linear)
            parts = [distinct(np.concatenate(parts))]
            held = len(parts[0])
            limit = max(COMPACT, 2 * held)
    codes = distinct(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.int64)
    del parts
    small = np.int32 if n < 2 ** 31 else np.int64  # 8 bytes a pair, not 16
    return np.stack([(codes // max(n, 1)).astype(small), (codes % max(n, 1)).astype(small)], axis=1)


def distinct(codes: np.ndarray) -> np.ndarray:
    """The distinct values of ``codes``, ascending: ``np.unique`` of them, by a stable sort and a mask.

    Why not ``np.unique``: on numpy 2.4 it took 6.1 s of CPU for the 7.1 million
    pair codes of a 10,000-report corpus, against 0.42 s for this (0.10 s of it the
    sort; ``benchmarks/across_scaling.py``'s corpus). The codes come in
    ascending runs (each block's pairs, and the pairs already deduplicated), which
    the stable sort (timsort for int64) merges rather than sorting afresh.
    """
    ordered = np.sort(codes, kind="stable")
    if len(ordered) < 2:
        return ordered
    keep = np.empty(len(ordered), dtype=bool)
    keep[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]
