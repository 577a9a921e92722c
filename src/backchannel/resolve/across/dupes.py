"""Near-duplicate reports (wire copy reprinted by several outlets) by MinHash over word shingles.

Why: an event carried by four outlets that all reprint one agency story has one
independent source, not four. Shingles of five words survive re-paragraphing and
small edits; a 64-value MinHash signature (datasketch) estimates their Jaccard
similarity in constant memory per report, and datasketch's locality-sensitive
hashing (``MinHashLSH``, bands chosen for the threshold) finds the candidate
pairs in near-linear time, never comparing all pairs of reports.

The same signature and band keys serve the store (``backchannel.store.copies``
records each copy with its original at ``corpus add``) and the resolver
(:func:`copy_groups`), so both count one wire story once.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

N_HASH = 64
SHINGLE = 5
THRESHOLD = 0.5
#: datasketch's hashing scheme of the stored signatures (needed to rebuild a MinHash from its values).
SCHEME = "affine32"
_WORD = re.compile(r"\w+")

Signature = np.ndarray  # the MinHash's hash values (uint32, N_HASH of them)
#: a MinHash's values before any shingle (datasketch's start for the scheme: every value the largest)
_EMPTY = np.full(N_HASH, np.iinfo(np.uint32).max, dtype=np.uint32)


def signature(text: str) -> Signature | None:
    """The MinHash values of a text's five-word shingles (None for texts under five words)."""
    toks = _WORD.findall(text.lower())
    shingles = {" ".join(toks[i:i + SHINGLE]) for i in range(max(0, len(toks) - SHINGLE + 1))}
    if not shingles:
        return None
    m = _hasher()
    m.hashvalues = _EMPTY.copy()  # update_batch replaces the array (np.minimum), never writes into it
    m.update_batch([s.encode("utf-8") for s in shingles])
    return m.hashvalues.copy()


@lru_cache(maxsize=1)
def _hasher() -> MinHash:
    """One MinHash reused for every report, its values reset each time: building one (argument checks, the
    permutations parsed) cost a fifth of a report's signature."""
    return MinHash(num_perm=N_HASH, hashfunc=zlib.crc32, permutations=_permutations(), scheme=SCHEME)


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """datasketch's permutation parameters for N_HASH, drawn once.

    Why cached: a new MinHash draws them again from its seed (the same values
    every time), which cost more than hashing a report's shingles. CRC-32 (in C)
    hashes the shingles: deterministic across processes, as stored signatures
    must be, and several times faster than datasketch's default SHA-1.
    """
    a, b = MinHash(num_perm=N_HASH, scheme=SCHEME).permutations
    return a, b


def similarity(a: Signature | None, b: Signature | None) -> float:
    """Estimated Jaccard similarity of two signatures (0 when either text is too short)."""
    if a is None or b is None or len(a) != len(b):
        return 0.0
    return float(np.count_nonzero(a == b)) / len(a)


def _minhash(sig: Signature) -> MinHash:
    return MinHash(num_perm=N_HASH, hashvalues=sig, permutations=_permutations(), scheme=SCHEME)


@lru_cache(maxsize=1)
def _bands() -> list[tuple[int, int]]:
    """datasketch's bands (start, end) for THRESHOLD and N_HASH: the LSH parameters the store uses too."""
    return list(MinHashLSH(threshold=THRESHOLD, num_perm=N_HASH).hashranges)


def band_keys(sig: Signature | None) -> list[int]:
    """One 63-bit key per LSH band: two signatures sharing a key are candidate copies.

    Why keys and not the index: the store keeps them in a column, so a new report
    is checked against millions of stored ones by one SQL scan, with no index in memory.
    """
    if sig is None:
        return []
    keys = []
    for k, (start, end) in enumerate(_bands()):
        digest = hashlib.blake2b(bytes([k]) + np.ascontiguousarray(sig[start:end]).tobytes(), digest_size=8)
        keys.append(int.from_bytes(digest.digest(), "big") >> 1)
    return keys


def copy_groups(sigs: dict[str, Signature | None], threshold: float = THRESHOLD) -> dict[str, str]:
    """Map each report to the first report (by id) of its group of near-duplicates."""
    parent = {d: d for d in sigs}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    lsh = MinHashLSH(threshold=threshold, num_perm=N_HASH)
    for d in sorted(sigs):
        sig = sigs[d]
        if sig is None:
            continue
        m = _minhash(sig)
        for other in lsh.query(m):
            if similarity(sig, sigs[other]) >= threshold:
                ra, rb = sorted((find(other), find(d)))
                parent[rb] = ra
        lsh.insert(d, m)
    return {d: find(d) for d in sigs}
