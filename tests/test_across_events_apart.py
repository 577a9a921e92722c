"""Tellings whose own party slots differ are refused before the union-find is asked (``events.parties_apart``)."""

from __future__ import annotations

import itertools
import random

from backchannel.resolve.across.cluster import RankedClusters
from backchannel.resolve.across.events import parties_apart, party_slots

VALUES = {"ends": ["lorvia|westmark", "lorvia|ostland", "?the mediators|lorvia"], "source": ["lorvia", "anna-berg"],
          "target": ["westmark", "the-free-hill-front"], "time": ["2031-03-02", "2031-03*"], "negated": ["False"]}


def slot_maps(n: int, seed: int) -> dict[tuple[str, str], dict[str, str]]:
    rng = random.Random(seed)
    return {(f"r{k}", "i1"): {s: rng.choice(v) for s, v in VALUES.items() if rng.random() < 0.6} for k in range(n)}


def test_apart_tellings_are_never_joined_whatever_joined_before():
    for seed in (1, 2, 3):
        maps = slot_maps(24, seed)
        keys = list(maps)
        uf = RankedClusters(keys, maps)
        rng = random.Random(seed)
        pairs = list(itertools.combinations(keys, 2))
        rng.shuffle(pairs)
        refused = 0
        for ka, kb in pairs:
            apart = parties_apart(party_slots(maps[ka]), party_slots(maps[kb]))
            joined = uf.union(uf.id[ka], uf.id[kb])
            assert not (apart and joined)
            refused += apart
        assert refused


def test_a_short_form_is_left_to_the_union_find():
    assert party_slots({"source": "anna*", "target": "westmark"}) == (None, None, "westmark")
    assert not parties_apart((None, "lorvia", None), ("lorvia|westmark", None, "westmark"))
    assert parties_apart(("lorvia|westmark", None, None), ("lorvia|ostland", None, None))
