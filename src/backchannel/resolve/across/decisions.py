"""Entities: the merge decisions of the scored pairs, best first, through union-find with cannot-links.

Apart from :mod:`entities` because this is the sequential step of the resolution (each decision depends on the
merges before it): it reads the pairs as columns and writes the judgements as columns (:class:`JudgementLog`).
"""

from __future__ import annotations

import numpy as np

from backchannel.resolve.across.cluster import RankedClusters, refusal, refusal_tag
from backchannel.resolve.across.pairlog import JudgementLog, ScoredPairs
from backchannel.resolve.across.records import ActorRec

FORBIDDEN = "forbidden"  # a judgement's decision: the user's alias file keeps the pair apart
REFUSED = "refused"  # a judgement's decision: a cannot-link keeps the pair apart


def decide(recs: list[ActorRec], scored: ScoredPairs, uf: RankedClusters, log: JudgementLog) -> None:
    """Merge the scored pairs best first (ties by keys, as ``sorted`` orders them); every decision into ``log``.

    Nine pairs in ten are refused (two actors of one report): a refusal's reasons are interned once per
    reason list and kind of clash (:func:`refusal_tag`), not rebuilt and hashed once per pair. The pairs are
    read in their order as plain lists (each end's union-find number and log id looked up in bulk), a chunk
    at a time, and the decisions written to the log as columns (:meth:`JudgementLog.put`): millions of pairs
    at 100,000 reports, each one indexing five arrays and one call to log it cost a fifth of the merging.
    """
    keys = [r.key for r in recs]
    rank = np.empty(len(keys), dtype=np.int64)
    rank[sorted(range(len(keys)), key=keys.__getitem__)] = np.arange(len(keys))
    ids = np.array([log.keys.id(k) for k in keys] or [0], dtype=np.int64)  # each record's key interned once
    at = np.array([uf.id[k] for k in keys] or [0], dtype=np.int64)  # each record's number in the union-find
    order = scored.order(rank)
    a, b = np.frombuffer(scored.a, dtype=np.int64), np.frombuffer(scored.b, dtype=np.int64)
    whys, neg = np.frombuffer(scored.why, dtype=np.int64), np.frombuffer(scored.neg, dtype=np.float64)
    sink = Decisions(scored.reasons.values, uf, log)
    for lo in range(0, len(order), DECIDE_CHUNK):  # Python lists of a chunk only: millions of ints cost memory
        part = order[lo:lo + DECIDE_CHUNK]
        pa, pb = a[part], b[part]
        decision, why = sink.decide(at[pa].tolist(), at[pb].tolist(), whys[part].tolist())
        log.put(ids[pa], ids[pb], -neg[part], decision, why)


DECIDE_CHUNK = 1 << 16  # pairs decided at a time (:func:`decide`)
NO_CLASH: frozenset[str] = frozenset()  # two ends already in one cluster: nothing forbids it


class Decisions:
    """The merge decisions of :func:`decide`, with the reasons and refusals each interned in the log once."""

    def __init__(self, reasons: list[tuple[str, ...]], uf: RankedClusters, log: JudgementLog) -> None:
        self.reasons, self.uf, self.log = reasons, uf, log
        self.why_ids: dict[int, int] = {}  # a reason list's id in the scored pairs -> its id in the log
        self.refusals: dict[tuple[int, frozenset[str]], tuple[int, int]] = {}  # (reasons id, tag) -> (decision, id)

    def decide(self, ua: list[int], ub: list[int], whys: list[int]) -> tuple[list[int], list[int]]:
        """Join each pair of union-find numbers unless a constraint forbids it: the decisions' and reasons' ids."""
        log, reasons, why_ids, refusals = self.log, self.reasons, self.why_ids, self.refusals
        parent, find, clash, link = self.uf.parent, self.uf.find, self.uf.clash, self.uf.link
        decision: list[int] = []
        why_out: list[int] = []
        merged = log.decisions.ids.get("merged")  # (interned at the first merge, as one pair at a time did)
        for x, y, w in zip(ua, ub, whys):  # RankedClusters.join, a root or its child found without a call
            rx, ry = parent[x], parent[y]  # type: ignore[index]
            if parent[rx] != rx:  # type: ignore[index]
                rx = find(x)
            if parent[ry] != ry:  # type: ignore[index]
                ry = find(y)
            blocked = clash(rx, ry) if rx != ry else NO_CLASH
            if not blocked:
                if rx != ry:
                    link(rx, ry)
                if (wid := why_ids.get(w)) is None:
                    wid = why_ids[w] = log.reasons.id(reasons[w])
                if merged is None:
                    merged = log.decisions.id("merged")
                decision.append(merged)
                why_out.append(wid)
                continue
            tag = refusal_tag(blocked)
            if (got := refusals.get((w, tag))) is None:
                user = any(slot.startswith("different:") for slot in tag)
                got = refusals[(w, tag)] = (log.decisions.id(FORBIDDEN if user else REFUSED), log.reasons.id(
                    reasons[w] + ("alias file: different" if user else refusal(blocked),)))
            decision.append(got[0])
            why_out.append(got[1])
        return decision, why_out

