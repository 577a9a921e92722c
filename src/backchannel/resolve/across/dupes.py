"""Near-duplicate reports (wire copy reprinted by several outlets) by MinHash over word shingles.

Why: an event carried by four outlets that all reprint one agency story has one
independent source, not four. Shingles of five words survive re-paragraphing and
small edits; a 64-value MinHash signature estimates their Jaccard similarity in
constant memory per report, and banding (locality-sensitive hashing) finds the
candidate pairs without comparing all pairs of reports.
"""

from __future__ import annotations

import hashlib
import re
import struct

N_HASH = 64
BANDS = 16  # 16 bands of 4 rows: pairs above ~0.5 Jaccard nearly always share a band
SHINGLE = 5
THRESHOLD = 0.5
_MASK = (1 << 61) - 1
_SEEDS = [(2 * k + 1) * 0x9E3779B97F4A7C15 & _MASK for k in range(N_HASH)]
_WORD = re.compile(r"\w+")


def signature(text: str) -> tuple[int, ...]:
    """The MinHash signature of a text's five-word shingles (empty for texts under five words)."""
    toks = _WORD.findall(text.lower())
    shingles = {" ".join(toks[i:i + SHINGLE]) for i in range(max(0, len(toks) - SHINGLE + 1))}
    if not shingles:
        return ()
    base = [struct.unpack("<Q", hashlib.blake2b(s.encode(), digest_size=8).digest())[0] for s in shingles]
    return tuple(min((h ^ seed) * 0x100000001B3 & _MASK for h in base) for seed in _SEEDS)


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
