"""Per-pair records in columns: the scored candidate pairs and the merge judgements.

Why: a corpus of 32,000 reports gives millions of scored pairs and judgements.
Held as Python tuples and :class:`~backchannel.resolve.across.cluster.Judgement`
objects (two key tuples, a float, a list of reason strings each) they cost a few
hundred bytes a pair and were most of the 15.7 GB that stopped the 100,000-report
benchmark. Here a pair is four numbers in typed arrays (about 24 bytes): the two
actor keys and the reason lists are stored once each in intern tables and
referred to by index (a corpus repeats the same reasons, "same name 'the
mediators' +6", for thousands of pairs). A :class:`JudgementLog` reads back as the
same ``Judgement`` objects, one at a time, so every reader of the judgements
(JSON output, the store's rows, the CLI summary) sees what it saw before.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator
from typing import overload

import numpy as np

from backchannel.resolve.across.cluster import Judgement

Key = tuple[str, str]
Scored = tuple[float, Key, Key, list[str]]  # (-score, key a, key b, reasons): as entities.Scored


class Interned:
    """Values stored once, each given a small id in order of first sight."""

    def __init__(self) -> None:
        self.ids: dict = {}
        self.values: list = []

    def id(self, value: object) -> int:
        got = self.ids.get(value)
        if got is None:
            got = self.ids[value] = len(self.values)
            self.values.append(value)
        return got


class ScoredPairs:
    """Pairs at or above the threshold as columns: -score, index a, index b, reasons id.

    The indexes are positions in a list of records the caller holds (the
    representatives while scoring, every record once :meth:`remap` has run).
    """

    def __init__(self) -> None:
        self.neg = array("d")
        self.a = array("q")
        self.b = array("q")
        self.why = array("q")
        self.reasons = Interned()

    def __len__(self) -> int:
        return len(self.neg)

    def add(self, neg: float, a: int, b: int, why: Iterable[str]) -> None:
        self.neg.append(neg)
        self.a.append(a)
        self.b.append(b)
        self.why.append(self.reasons.id(tuple(why)))

    def put(self, neg: np.ndarray, a: np.ndarray, b: np.ndarray, why: np.ndarray) -> None:
        """Append columns at once (``why``: ids of this log's reasons)."""
        self.neg.frombytes(neg.astype(np.float64).tobytes())
        self.a.frombytes(a.astype(np.int64).tobytes())
        self.b.frombytes(b.astype(np.int64).tobytes())
        self.why.frombytes(why.astype(np.int64).tobytes())

    def extend(self, other: ScoredPairs, index: np.ndarray | None = None) -> None:
        """Append ``other``'s pairs; ``index`` maps its positions to this one's (default: the same)."""
        ids = np.array([self.reasons.id(r) for r in other.reasons.values] or [0], dtype=np.int64)
        a, b = np.frombuffer(other.a, dtype=np.int64), np.frombuffer(other.b, dtype=np.int64)
        if index is not None:
            a, b = index[a], index[b]
        self.put(np.frombuffer(other.neg, dtype=np.float64), a, b, ids[np.frombuffer(other.why, dtype=np.int64)])

    def order(self, rank: np.ndarray) -> np.ndarray:
        """Positions in the order of ``sorted`` over (-score, key a, key b, reasons): ``rank`` is each
        record's place among the keys sorted (key a and key b compare as their ranks do)."""
        if not len(self):
            return np.zeros(0, dtype=np.int64)
        why_rank = np.empty(len(self.reasons.values), dtype=np.int64)
        why_rank[sorted(range(len(self.reasons.values)), key=self.reasons.values.__getitem__)] = \
            np.arange(len(self.reasons.values))
        a, b = np.frombuffer(self.a, dtype=np.int64), np.frombuffer(self.b, dtype=np.int64)
        return np.lexsort((why_rank[np.frombuffer(self.why, dtype=np.int64)], rank[b], rank[a],
                           np.frombuffer(self.neg, dtype=np.float64)))

    def rows(self, keys: list[Key]) -> list[Scored]:
        """The pairs as (-score, key a, key b, reasons) tuples (for small inputs and the Ray seam)."""
        return [(n, keys[a], keys[b], list(self.reasons.values[w]))
                for n, a, b, w in zip(self.neg, self.a, self.b, self.why)]

    @classmethod
    def of(cls, rows: Iterable[Scored], index: dict[Key, int]) -> ScoredPairs:
        """Tuples (as :meth:`rows` makes them) into columns, keys mapped to positions by ``index``."""
        out = cls()
        for neg, ka, kb, why in rows:
            out.add(neg, index[ka], index[kb], why)
        return out


class JudgementLog:
    """The judgements as columns; reads back (iteration, ``len``, indexing) as :class:`Judgement` objects."""

    def __init__(self, items: Iterable[Judgement] = ()) -> None:
        self.keys = Interned()
        self.reasons = Interned()
        self.decisions = Interned()  # "merged", "refused", "forced", "forbidden": a few, each a small code
        self.a = array("q")
        self.b = array("q")
        self.score = array("d")
        self.decision = array("b")
        self.why = array("q")
        self += items

    def append(self, j: Judgement) -> None:
        self.add(j.a, j.b, j.score, j.decision, j.reasons)

    def add(self, a: Key, b: Key, score: float, decision: str, reasons: Iterable[str]) -> None:
        self.add_ids(self.keys.id(a), self.keys.id(b), score, decision, reasons)

    def add_ids(self, a: int, b: int, score: float, decision: str, reasons: Iterable[str]) -> None:
        """:meth:`add` with the keys given by their ids in :attr:`keys`: a caller judging millions of
        pairs of a few records interns each record's key once, not twice per judgement."""
        self.add_known(a, b, score, decision, self.reasons.id(tuple(reasons)))

    def add_known(self, a: int, b: int, score: float, decision: str, why: int) -> None:
        """:meth:`add_ids` with the reasons given by their id in :attr:`reasons` (a caller that gives one
        reason list to thousands of pairs interns it once, not once per pair)."""
        self.a.append(a)
        self.b.append(b)
        self.score.append(score)
        self.decision.append(self.decisions.id(decision))
        self.why.append(why)

    def put(self, a: np.ndarray, b: np.ndarray, score: np.ndarray, decision: list[int], why: list[int]) -> None:
        """Append columns at once: key ids, scores, decision ids (of :attr:`decisions`) and reasons ids."""
        self.a.frombytes(a.astype(np.int64).tobytes())
        self.b.frombytes(b.astype(np.int64).tobytes())
        self.score.frombytes(score.astype(np.float64).tobytes())
        self.decision.extend(decision)
        self.why.extend(why)

    def __iadd__(self, items: Iterable[Judgement]) -> JudgementLog:
        for j in items:
            self.append(j)
        return self

    def __len__(self) -> int:
        return len(self.score)

    def at(self, k: int) -> Judgement:
        keys, why = self.keys.values, self.reasons.values
        return Judgement(keys[self.a[k]], keys[self.b[k]], self.score[k], self.decisions.values[self.decision[k]],
                         list(why[self.why[k]]))

    @overload
    def __getitem__(self, k: int) -> Judgement: ...

    @overload
    def __getitem__(self, k: slice) -> list[Judgement]: ...

    def __getitem__(self, k: int | slice) -> Judgement | list[Judgement]:
        if isinstance(k, slice):
            return [self.at(i) for i in range(len(self))[k]]
        return self.at(range(len(self))[k])

    def __iter__(self) -> Iterator[Judgement]:
        return (self.at(k) for k in range(len(self)))

    def decided(self, decision: str) -> int:
        """How many judgements made ``decision`` (counted on the column, no objects made)."""
        code = self.decisions.ids.get(decision)
        return 0 if code is None else sum(1 for d in self.decision if d == code)

    def nbytes(self) -> int:
        """Bytes of the columns (the intern tables are counted by the caller's profiler, not here)."""
        return sum(c.itemsize * len(c) for c in (self.a, self.b, self.score, self.decision, self.why))
