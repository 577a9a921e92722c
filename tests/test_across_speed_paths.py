"""The fast paths of the merge checks and the scorer give what the plain functions give (invented values)."""

from __future__ import annotations

import itertools
import pickle

from backchannel.resolve.across.cluster import SPELT, Clusters, compatible, fits
from backchannel.resolve.across.entities import Scorer, is_source_like
from backchannel.resolve.across.memo import PerRecord
from backchannel.resolve.across.name_evidence import said_alike
from backchannel.resolve.across.pairlog import JudgementLog
from backchannel.resolve.across.records import actor_record

#: slot values of every shape: report ids, days and months, short and full given names with their spelling
VALUES = ["a1", "a2", "Ol*", "O*", f"Ola{SPELT}ol", f"Olan{SPELT}oln", f"Stev{SPELT}stv", f"Steven{SPELT}stvn",
          f"Carlo{SPELT}crl", f"Caro{SPELT}cr", "2031-01-01", "2031-01*", "2031*", "", f"x{SPELT}"]


def test_fits_is_compatible_of_the_union() -> None:
    sets = [{v} for v in VALUES] + [set(p) for p in itertools.combinations(VALUES, 2)]
    for va, vb in itertools.product(sets, repeat=2):
        if va != vb:
            assert fits(va, vb) == compatible(va | vb), (va, vb)


def test_clash_names_the_slots_either_way_round() -> None:
    uf = Clusters(["x", "y", "z"], {"x": {"doc:r1": "a1", "time": "2031-01-01"},
                                    "y": {"doc:r1": "a2", "time": "2031-01*", "side": "lorvia"},
                                    "z": {"doc:r2": "a1", "time": "2031-02-01"}})
    assert uf.clash("x", "y") == uf.clash("y", "x") == {"doc:r1"}
    assert uf.clash("x", "z") == {"time"}
    assert uf.clash("y", "z") == {"time"}


def test_per_record_flag_is_the_function_and_kept_by_identity() -> None:
    recs = [actor_record("r1", "a1", "a Lorvian official", "person", False),
            actor_record("r1", "a2", "Ola Brandt", "person", True),
            actor_record("r2", "a1", "the Vesterland negotiators", "group", False)]
    flag = PerRecord(is_source_like)
    for _ in range(2):
        assert [flag(r) for r in recs] == [is_source_like(r) for r in recs]
    assert len(flag.got) == 3
    again = pickle.loads(pickle.dumps(Scorer(recs)))  # sent to another process: the cache is not
    assert again.source_like.got == {} and again.source_like(recs[0]) == is_source_like(recs[0])


def test_add_known_logs_what_add_ids_logs() -> None:
    one, two = JudgementLog(), JudgementLog()
    ka, kb = ("r1", "a1"), ("r2", "a1")
    one.add_ids(one.keys.id(ka), one.keys.id(kb), 6.0, "merged", ("same name 'the harbour council' +6",))
    wid = two.reasons.id(("same name 'the harbour council' +6",))
    two.add_known(two.keys.id(ka), two.keys.id(kb), 6.0, "merged", wid)
    assert [j.to_dict() for j in one] == [j.to_dict() for j in two]


def test_said_alike_is_six_words_in_ten_of_the_larger() -> None:
    one = frozenset("lorvia will free the ten fishermen held since march".split())
    near = frozenset("lorvia will free the ten fishermen held in port".split())
    far = frozenset("the talks in vesterland ended without a date".split())
    assert said_alike([far, one], [near])
    assert not said_alike([far], [one, near])
    assert not said_alike([], [one]) and not said_alike([one], [])
    for x, y in itertools.product([one, near, far], repeat=2):  # as the generator it replaced
        assert said_alike([x], [y]) == (len(x & y) >= 0.6 * max(len(x), len(y)))
