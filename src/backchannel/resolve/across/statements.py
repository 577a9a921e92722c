"""Statements: one per thing a speaker said, however many reports carry it.

Two claims are one statement when their speakers resolve to the same entity and
their content words overlap by at least half of each (the scorer's own rule for
"the same content"); with a speaker unknown on either side, two thirds of each.
The kind says how the reports carry it: ``verbatim`` (both quoted, near-identical
words), ``partial`` (one is contained in the other) or ``paraphrase``.

Blocking is by content word: a word carried by very many claims ("agreement") is
dropped from the index, so each claim is compared with the few that share a rarer
word.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import numpy as np

from backchannel.resolve.across.cluster import Clusters
from backchannel.resolve.across.records import ClaimRec
from backchannel.resolve.across.retell import at_odds

MAX_BLOCK = 50
SAME = 0.5
SAME_NO_SPEAKER = 0.67


@dataclass
class StatementResult:
    statements: list[dict] = field(default_factory=list)
    statement_of: dict[tuple[str, str], str] = field(default_factory=dict)


def overlap(x: frozenset[str], y: frozenset[str]) -> float:
    """The smaller of the two shares of shared words (0 when either is empty)."""
    if not x or not y:
        return 0.0
    n = len(x & y)
    return min(n / len(x), n / len(y))


def kind_of(a: ClaimRec, b: ClaimRec) -> str:
    """verbatim, partial or paraphrase (see the module's docstring)."""
    n = len(a.toks & b.toks)
    if a.direct and b.direct and overlap(a.toks, b.toks) >= 0.9:
        return "verbatim"
    if n >= 0.9 * min(len(a.toks), len(b.toks)):
        return "partial"
    return "paraphrase"


def speaker(c: ClaimRec, entity_of: dict[tuple[str, str], str]) -> str | None:
    return entity_of.get((c.doc, c.speaker)) if c.speaker else None


def same_statement(a: ClaimRec, b: ClaimRec, entity_of: dict[tuple[str, str], str]) -> bool:
    """Same speaker (or one unknown) and enough shared words, and nothing that sets them apart (:mod:`.retell`)."""
    sa, sb = speaker(a, entity_of), speaker(b, entity_of)
    if sa and sb:
        same = sa == sb and overlap(a.toks, b.toks) >= SAME
    else:
        same = overlap(a.toks, b.toks) >= SAME_NO_SPEAKER
    return same and at_odds(a, b) is None


def claim_pairs(claims: list[ClaimRec], min_shared: int = 2) -> dict[tuple[int, int], int]:
    """Pairs of claims of different reports sharing at least ``min_shared`` words held by few claims.

    Why counting per word: a word held by many claims ("agreement") says little
    and is left out (more than ``MAX_BLOCK`` claims); each other word gives the
    pairs of its claims as int64 codes, and the codes are counted in bulk (a sort),
    never one Python counter per claim. A claim of one or two words needs one.
    """
    index: dict[str, list[int]] = {}
    for i, c in enumerate(claims):
        for t in c.toks:
            index.setdefault(t, []).append(i)
    n = max(1, len(claims))
    codes, counts = np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    parts: list[np.ndarray] = []
    held = 0
    for ids in index.values():
        if 2 <= len(ids) <= MAX_BLOCK:  # a word's claims are listed in order: each pair (earlier, later)
            x = np.array(ids, dtype=np.int64)
            lo, hi = triangle(len(ids))
            parts.append(x[lo] * n + x[hi])
            held += len(parts[-1])
        if held > COMPACT:  # counted so far: the transient codes stay bounded
            codes, counts = tally(codes, counts, parts)
            parts, held = [], 0
    codes, counts = tally(codes, counts, parts)
    a, b = codes // n, codes % n
    short = np.array([len(c.toks) <= 2 for c in claims] or [False])  # one or two words need one shared word
    doc_ids: dict[str, int] = {}
    docs = np.array([doc_ids.setdefault(c.doc, len(doc_ids)) for c in claims] or [0], dtype=np.int64)
    keep = ((counts >= min_shared) | short[a] | short[b]) & (docs[a] != docs[b])
    return dict(zip(zip(a[keep].tolist(), b[keep].tolist()), counts[keep].tolist()))


@cache
def triangle(size: int) -> tuple[np.ndarray, np.ndarray]:
    """The positions (i, j), i < j, of every pair among ``size`` items (at most ``MAX_BLOCK``: a few kept)."""
    return np.triu_indices(size, 1)


#: pair codes gathered before they are counted (bounds the transient memory of :func:`claim_pairs`)
COMPACT = 1 << 22


def tally(codes: np.ndarray, counts: np.ndarray, parts: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """``codes`` (distinct, with their ``counts``) and the codes of ``parts`` (each counting one), counted:
    the distinct codes ascending and how often each was given."""
    if not parts:
        return codes, counts
    more = np.concatenate(parts)
    allc = np.concatenate([codes, more])
    weights = np.concatenate([counts, np.ones(len(more), dtype=np.int64)])
    order = np.argsort(allc, kind="stable")
    allc, weights = allc[order], weights[order]
    starts = np.flatnonzero(np.concatenate([[True], allc[1:] != allc[:-1]]))
    return allc[starts], np.add.reduceat(weights, starts)


def resolve_statements(claims: list[ClaimRec], entity_of: dict[tuple[str, str], str],
                       pairs: dict[tuple[int, int], int] | None = None) -> StatementResult:
    """Cluster claims of different reports into statements (``pairs``: :func:`claim_pairs`, if made already)."""
    pairs = claim_pairs(claims) if pairs is None else pairs
    uf = Clusters([(c.doc, c.id) for c in claims], {(c.doc, c.id): {f"doc:{c.doc}": c.id} for c in claims})
    kinds: dict[tuple[str, str], str] = {}
    scored = sorted((-overlap(claims[a].toks, claims[b].toks), a, b) for a, b in pairs)
    for _neg, a, b in scored:
        ca, cb = claims[a], claims[b]
        if same_statement(ca, cb, entity_of):
            if uf.union((ca.doc, ca.id), (cb.doc, cb.id)):
                kinds[(cb.doc, cb.id)] = kind_of(ca, cb)
    by_key = {(c.doc, c.id): c for c in claims}
    out = StatementResult()
    for k, g in enumerate(uf.groups(), 1):
        first = by_key[g[0]]  # type: ignore[index]
        sid = f"s{k}"
        members = [by_key[x] for x in g]  # type: ignore[index]
        spk = next((s for s in (speaker(m, entity_of) for m in members) if s), None)
        found = sorted({kinds[x] for x in g if x in kinds})  # type: ignore[index]
        out.statements.append({"id": sid, "speaker": spk, "content": first.content,
                               "kind": found[0] if len(found) == 1 else ("mixed" if found else None),
                               "members": [{"doc": m.doc, "claim": m.id} for m in members]})
        for x in g:
            out.statement_of[x] = sid  # type: ignore[index]
    return out
