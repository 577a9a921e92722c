"""Which pairs of records with story roles may have a roles' term at all, decided in bulk (numpy).

Why: once pairs are shared without their roles (``memo.Split``), the roles' term is the one thing worked
out per pair, and most such pairs get none: their roles differ (captives against takers), or, below the
threshold, one group is no end of its report's acts or their reports lie more than ``WINDOW_DAYS`` apart, or, at
or above it, neither pair of capture days, places nor named takers is given on both sides (``told_apart`` reads
only those: on the synthetic corpus no such pair lost weight). These are the tests of ``storyroles.role_evidence``
and of ``storyroles.role_conflict``, read here as columns, so the per-pair call is made only where they pass. (A numpy test of
shared story marks was tried in session 48 and left out: it cost more than the calls it saved; docs/across.md.)
"""

from __future__ import annotations

import numpy as np

from backchannel.resolve.across.storyroles import TAKERS, WINDOW_DAYS, StoryRole, day_number


class RoleColumns:
    """Each record's role as columns: its part (0 none), whether it acted, its report's day (-1 unknown), whether it
    gives capture days, places and named takers."""

    def __init__(self, roles: list[StoryRole | None]) -> None:
        parts: dict[str, int] = {}
        self.part = np.array([parts.setdefault(r.role, len(parts) + 1) if r else 0 for r in roles] or [0],
                             dtype=np.int64)
        self.takers = parts.get(TAKERS, -1)
        self.acted = np.array([bool(r and r.acted) for r in roles] or [False], dtype=bool)
        self.day = np.array([(day_number(r.published) if r else None) or -1 for r in roles] or [-1], dtype=np.int64)
        #: whether capture days, places and named takers are given (``told_apart``, the conflict's one test)
        self.told = np.array([[bool(r and r.dates), bool(r and r.places), bool(r and r.takers)] for r in roles]
                             or [[False] * 3], dtype=bool)

    def may_count(self, a: np.ndarray, b: np.ndarray, below: np.ndarray) -> np.ndarray:
        """Per pair (positions ``a``, ``b``): may the roles' term be other than nothing? ``below``: the pair's
        score before its roles is under the threshold (``role_evidence`` is asked, else ``role_conflict``)."""
        pa, pb = self.part[a], self.part[b]
        one = (pa > 0) & (pa == pb)  # both have a role, the same part: else neither test gives weight
        da, db = self.day[a], self.day[b]
        near = (da < 0) | (db < 0) | (np.abs(da - db) <= WINDOW_DAYS)  # storyroles.within
        weigh = (self.acted[a] & self.acted[b] | (pa == self.takers)) & near
        told = self.told[a] & self.told[b]
        return one & np.where(below, weigh, told[:, 0] | told[:, 1] | told[:, 2])
