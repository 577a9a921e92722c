"""The shared pair scores of ``memo.score_pairs`` give exactly the list that scoring every pair gives."""

from __future__ import annotations

import itertools
import random

from backchannel.resolve.across.entities import THRESHOLD, Scorer, candidate_pairs, fresh
from backchannel.resolve.across.memo import score_pairs, shared_ids
from backchannel.resolve.across.records import ActorRec, actor_record

COLLECTIVES = ["Lorvian negotiators", "the harbour delegation", "Ostrian mediators", "the river council"]
SOURCES = ["a Lorvian official", "a senior Ostrian official"]
PEOPLE = ["Ana Varga", "Tomas Varga", "Dario Mensk", "Ilse Marrow"]


def records(n: int = 40) -> list[ActorRec]:
    """Invented reports repeating collectives, anonymous sources and named people, with and without roles."""
    rng = random.Random(3)
    out = []
    for d in range(n):
        doc, outlet = f"r{d}", f"Outlet {d % 3}"
        for k, name in enumerate(rng.sample(COLLECTIVES, 2)):
            out.append(actor_record(doc, f"g{k}", name, "group", False, descriptors=rng.choice([[], ["the envoys"]]),
                                    source=outlet))
        out.append(actor_record(doc, "s", rng.choice(SOURCES), "person", False, source=outlet))
        out.append(actor_record(doc, "p", rng.choice(PEOPLE), "person", True, descriptors=["the envoy"], source=outlet))
    return out


def direct(reps: list[ActorRec], scorer: Scorer, pairs) -> list:  # noqa: ANN001
    out = []
    for i, j in pairs:
        s, why = scorer.score(reps[i], reps[j])
        if s >= THRESHOLD:
            out.append((-s, reps[i].key, reps[j].key, why))
    return sorted(out)


def test_shared_scores_equal_scoring_every_pair():
    reps = records()
    scorer = Scorer(reps)
    pairs = candidate_pairs(reps)
    got = score_pairs(reps, scorer.score, pairs, THRESHOLD, fresh(scorer))
    assert sorted(got) == direct(reps, scorer, pairs)
    assert any("same name" in why[0] for _, _, _, why in got)  # the repeated collectives were merged
    ids = shared_ids(reps, fresh(scorer))
    assert len({i for i in ids if i >= 0}) < sum(i >= 0 for i in ids)  # and did share their scores


def test_every_pair_and_no_pair():
    reps = records(6)
    scorer = Scorer(reps)
    every = list(itertools.combinations(range(len(reps)), 2))
    assert sorted(score_pairs(reps, scorer.score, every, THRESHOLD, fresh(scorer))) == direct(reps, scorer, every)
    assert score_pairs(reps, scorer.score, [], THRESHOLD, fresh(scorer)) == []
    assert score_pairs([], scorer.score, set(), THRESHOLD, fresh(scorer)) == []


def test_copies_are_not_shared():
    reps = records(6)
    scorer = Scorer(reps)
    got = score_pairs(reps, scorer.score, list(itertools.combinations(range(len(reps)), 2)), THRESHOLD,
                      fresh(scorer))
    lists = [why for _, _, _, why in got]
    assert len({id(w) for w in lists}) == len(lists)  # each judgement owns its reasons
