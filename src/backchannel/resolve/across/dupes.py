"""Near-duplicate reports (wire copy reprinted by several outlets) by MinHash over word shingles.

Why: an event carried by four outlets that all reprint one agency story has one
independent source, not four. Shingles of five words survive re-paragraphing and
small edits; a 64-value MinHash signature estimates their Jaccard similarity in
constant memory per report, and banding (locality-sensitive hashing) finds the
candidate pairs without comparing all pairs of reports.
"""

from __future__ import annotations

import re
import zlib

import numpy as np

N_HASH = 64
BANDS = 16  # 16 bands of 4 rows: pairs above ~0.5 Jaccard nearly always share a band
SHINGLE = 5
THRESHOLD = 0.5
_MASK = (1 << 61) - 1
_SEEDS = [(2 * k + 1) * 0x9E3779B97F4A7C15 & _MASK for k in range(N_HASH)]
_SEED_ARRAY = np.array(_SEEDS, dtype=np.uint64)
_WORD = re.compile(r"\w+")


def signature(text: str) -> tuple[int, ...]:
    """The MinHash signature of a text's five-word shingles (empty for texts under five words)."""
    toks = _WORD.findall(text.lower())
    shingles = {" ".join(toks[i:i + SHINGLE]) for i in range(max(0, len(toks) - SHINGLE + 1))}
    if not shingles:
        return ()
    base = np.fromiter((zlib.crc32(s.encode()) for s in shingles), dtype=np.uint64, count=len(shingles))
    base = base * np.uint64(0x9E3779B97F4A7C15) & np.uint64(_MASK)  # spread the 32-bit checksums
    mixed = (base[:, None] ^ _SEED_ARRAY[None, :]) * np.uint64(0x100000001B3) & np.uint64(_MASK)
    return tuple(int(x) for x in mixed.min(axis=0))


def similarity(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """Estimated Jaccard similarity of two signatures."""
    if not a or not b:
        return 0.0
    return sum(x == y for x, y in zip(a, b)) / len(a)


def copy_groups(sigs: dict[str, tuple[int, ...]], threshold: float = THRESHOLD) -> dict[str, str]:
    """Map each report to the first report (by id) of its group of near-duplicates."""
    parent = {d: d for d in sigs}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    rows = N_HASH // BANDS
    buckets: dict[tuple, list[str]] = {}
    for d, sig in sigs.items():
        if sig:
            for b in range(BANDS):
                buckets.setdefault((b, sig[b * rows:(b + 1) * rows]), []).append(d)
    for docs in buckets.values():
        for other in docs[1:]:
            if similarity(sigs[docs[0]], sigs[other]) >= threshold:
                ra, rb = sorted((find(docs[0]), find(other)))
                parent[rb] = ra
    return {d: find(d) for d in sigs}
