"""Pairs shared without their story roles (``memo.Split``) score exactly as scoring every pair does."""

from __future__ import annotations

import dataclasses
import itertools
import random

import numpy as np

from backchannel.resolve.across.entities import THRESHOLD, Scorer, candidate_pairs, fresh
from backchannel.resolve.across.memo import score_into
from backchannel.resolve.across.pairkeys import PairKeys
from backchannel.resolve.across.pairlog import ScoredPairs
from backchannel.resolve.across.records import ActorRec, actor_record
from backchannel.resolve.across.storyroles import StoryRole

GROUPS = ["the Lorvian hostages", "the harbour captives", "the kidnappers", "the Ostrian fishermen"]
SOURCES = ["a Lorvian official", "a harbour spokesman"]


def role(rng: random.Random, k: int) -> StoryRole | None:
    """A group's part in one of two invented stories, told with or without a day, a place, a taker or a side."""
    if rng.random() < 0.2:
        return None
    story = rng.choice([frozenset({"s:lorvia", "d:2031-03-02"}), frozenset({"s:ostria"}), frozenset({"p:anna berg"})])
    return StoryRole("takers" if k == 2 else "captives", rng.choice([None, "lorvia", "ostria"]),
                     places=frozenset(rng.sample(["varn", "tessel"], rng.randrange(2))),
                     dates=frozenset(rng.sample(["2031-03-02", "2031-03-09"], rng.randrange(2))),
                     takers=frozenset(rng.sample(["free hill front"], rng.randrange(2))),
                     acted=rng.random() < 0.8, story=story,
                     published=rng.choice([f"2031-03-{rng.randrange(1, 29):02d}", "2029-01-05", None]),
                     by=rng.choice(["", "across.entities.taken_by"]))


def records(n: int = 40, seed: int = 7) -> list[ActorRec]:
    """Invented reports of unnamed groups with story roles (one group name several times), sources, a person."""
    rng = random.Random(seed)
    out = []
    for d in range(n):
        doc, outlet = f"r{d}", rng.choice(["Outlet A", "Outlet B"])
        for k, name in enumerate(rng.sample(GROUPS, 2)):
            r = actor_record(doc, f"g{k}", name, "group", False, source=outlet,
                             affiliation=rng.choice([None, "Lorvia", "Ostria"]))
            out.append(dataclasses.replace(r, role=role(rng, GROUPS.index(name))))
        out.append(actor_record(doc, "s", rng.choice(SOURCES), "person", False, source=outlet))
        out.append(actor_record(doc, "p", "Anna Berg", "person", True, descriptors=["the envoy"], source=outlet))
    return out


def rows(reps: list[ActorRec], pairs: list[tuple[int, int]], split: bool) -> list:
    scorer = Scorer(reps)
    sink = ScoredPairs()
    ij = np.array(pairs or [[0, 0]], dtype=np.int64)[:len(pairs)]
    if split:
        score_into(reps, scorer.score, ij, THRESHOLD, fresh(scorer), sink, PairKeys(reps, scorer.source_like, False),
                   scorer)
    else:
        score_into(reps, scorer.score, ij, THRESHOLD, fresh(scorer), sink)
    return sorted(sink.rows([r.key for r in reps]))


def direct(reps: list[ActorRec], pairs: list[tuple[int, int]]) -> list:
    scorer = Scorer(reps)
    out = []
    for i, j in pairs:
        s, why = scorer.score(reps[i], reps[j])
        if s >= THRESHOLD:
            out.append((-s, reps[i].key, reps[j].key, why))
    return sorted(out)


def test_split_scores_equal_scoring_every_pair():
    for seed in (7, 8, 9):
        reps = records(seed=seed)
        for pairs in (sorted(candidate_pairs(reps)), list(itertools.combinations(range(len(reps)), 2))):
            got = rows(reps, pairs, split=True)
            assert got == direct(reps, pairs) == rows(reps, pairs, split=False)
        whys = " ".join(w for row in got for w in row[3])
        assert "of the story" in whys and "affiliation" in whys  # a role's term and an affiliation's were added


def test_split_shares_the_groups_apart_from_their_roles():
    reps = records(seed=7)
    scorer = Scorer(reps)
    calls = []
    unroled = scorer.unroled
    scorer.unroled = lambda a, b: calls.append(1) or unroled(a, b)  # type: ignore[method-assign]
    every = list(itertools.combinations(range(len(reps)), 2))
    ij = np.array(every, dtype=np.int64)
    score_into(reps, scorer.score, ij, THRESHOLD, fresh(scorer), ScoredPairs(),
               PairKeys(reps, scorer.source_like, False), scorer)
    roled = sum(1 for i, j in every if reps[i].role and reps[j].role)
    assert roled and len(calls) < len(every) - roled  # groups with roles scored once per pair of signatures


def test_roles_none_and_empty():
    reps = records(3)
    assert rows(reps, [], split=True) == []
    one = [dataclasses.replace(r, role=None) for r in reps]
    every = list(itertools.combinations(range(len(one)), 2))
    assert rows(one, every, split=True) == direct(one, every)
