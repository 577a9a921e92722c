"""The roles' masks in numpy (``rolemask.RoleColumns``) keep every pair whose roles' term is not nothing."""

from __future__ import annotations

import itertools
import random

import numpy as np

from backchannel.resolve.across.rolemask import RoleColumns
from backchannel.resolve.across.storyroles import StoryRole, role_conflict, role_evidence, lone_sides

MARKS = ["s:lorvia", "s:ostria", "p:anna berg", "p:the free hill front", "d:2031-03-02", "s:westmark"]


def roles(n: int, seed: int) -> list[StoryRole | None]:
    """Invented roles with zero to four story marks, days, places and takers given or not, some records without."""
    rng = random.Random(seed)
    out: list[StoryRole | None] = []
    for _ in range(n):
        if rng.random() < 0.15:
            out.append(None)
            continue
        out.append(StoryRole(rng.choice(["captives", "takers"]), rng.choice([None, "lorvia"]),
                             places=frozenset(rng.sample(["varn", "tessel"], rng.randrange(2))),
                             dates=frozenset(rng.sample(["2031-03-02", "2031-03-20"], rng.randrange(2))),
                             takers=frozenset(rng.sample(["free hill front", "west band"], rng.randrange(2))),
                             acted=rng.random() < 0.8, story=frozenset(rng.sample(MARKS, rng.randrange(5))),
                             published=rng.choice(["2031-03-04", "2029-01-05", None])))
    return out


def test_a_pair_left_out_has_no_roles_term():
    for seed in (4, 5):
        rs = roles(40, seed)
        cols, lone = RoleColumns(rs), lone_sides([r for r in rs if r])
        pairs = np.array(list(itertools.combinations(range(len(rs)), 2)), dtype=np.int64)
        for below in (True, False):
            kept = cols.may_count(pairs[:, 0], pairs[:, 1], np.full(len(pairs), below))
            for (i, j), k in zip(pairs.tolist(), kept.tolist()):
                a, b = rs[i], rs[j]
                term = (role_evidence(a, b, lone) if below else role_conflict(a, b)) if a and b else (0.0, [])
                assert k or term == (0.0, [])
            assert kept.any() and not kept.all()


def test_no_roles():
    cols = RoleColumns([None, None])
    assert cols.may_count(np.array([0]), np.array([1]), np.array([True])).tolist() == [False]
