"""Per-pair records in columns (pairlog.py) and oversize blocks bounded and counted (caps.py), on invented input."""

from __future__ import annotations

import itertools

import numpy as np

from backchannel.resolve.across import events as ev
from backchannel.resolve.across.caps import Capped, block_array, compared, distinct, pair_array
from backchannel.resolve.across.cluster import Judgement
from backchannel.resolve.across.entities import block_pairs
from backchannel.resolve.across.pairlog import JudgementLog, ScoredPairs
from backchannel.resolve.across.records import InterRec

KEYS = [("r1", "a1"), ("r1", "a2"), ("r2", "a1"), ("r3", "a1"), ("r10", "a1")]


def judgements() -> list[Judgement]:
    return [Judgement(KEYS[0], KEYS[2], 6.0, "merged", ["same name 'the harbour council' +6"]),
            Judgement(KEYS[1], KEYS[3], 4.5, "refused", ["acronym 'KF' +4.5", "would join two actors of one report"]),
            Judgement(KEYS[0], KEYS[2], 99.0, "forced", ["alias file: same (nom de guerre)"]),
            Judgement(KEYS[4], KEYS[0], 6.0, "merged", ["same name 'the harbour council' +6"]),
            Judgement(KEYS[3], KEYS[4], 5.0, "forbidden", [])]


def test_the_log_reads_back_the_judgements_it_was_given() -> None:
    given = judgements()
    log = JudgementLog(given[:2])
    log += given[2:4]
    log.append(given[4])
    assert list(log) == given and len(log) == 5
    assert log[1] == given[1] and log[-1] == given[-1] and log[1:3] == given[1:3]
    assert [j.to_dict() for j in log] == [j.to_dict() for j in given]
    first, again = log[0], log[3]
    assert first.reasons == again.reasons and first.reasons is not again.reasons  # each reads its own list
    assert len(log.reasons.values) == 4 and len(log.keys.values) == 5  # stored once each
    assert log.nbytes() == 5 * (8 + 8 + 8 + 1 + 8) and log.decided("merged") == 2 and log.decided("forced") == 1


def test_scored_pairs_sort_as_the_tuples_sort() -> None:
    rows = [(-6.0, KEYS[4], KEYS[0], ["same name 'x' +6"]), (-6.0, KEYS[0], KEYS[2], ["same name 'y' +6"]),
            (-6.0, KEYS[0], KEYS[2], ["same name 'x' +6"]), (-4.5, KEYS[1], KEYS[3], ["acronym 'KF' +4.5"]),
            (-7.0, KEYS[3], KEYS[1], ["identical"]), (-6.0, KEYS[0], KEYS[1], ["same name 'x' +6"])]
    index = {k: i for i, k in enumerate(KEYS)}
    cols = ScoredPairs.of(rows, index)
    rank = np.empty(len(KEYS), dtype=np.int64)
    rank[sorted(range(len(KEYS)), key=KEYS.__getitem__)] = np.arange(len(KEYS))  # "r10" sorts before "r2"
    got = [cols.rows(KEYS)[k] for k in cols.order(rank).tolist()]
    assert got == sorted(rows)
    assert cols.rows(KEYS) == rows


def test_scored_pairs_extend_maps_positions_and_reasons() -> None:
    small = ScoredPairs()
    small.add(-5.0, 0, 1, ["b"])
    small.add(-6.0, 1, 0, ["a"])
    big = ScoredPairs()
    big.add(-7.0, 2, 3, ["a"])
    big.extend(small, np.array([4, 2]))
    assert big.rows(KEYS) == [(-7.0, KEYS[2], KEYS[3], ["a"]), (-5.0, KEYS[4], KEYS[2], ["b"]),
                              (-6.0, KEYS[2], KEYS[4], ["a"])]
    assert len(big.reasons.values) == 2
    empty = ScoredPairs()
    big.extend(empty)
    assert len(big) == 3 and len(empty.order(np.arange(3))) == 0


def test_a_block_over_the_cap_compares_each_member_with_the_first_ones_and_counts_the_rest() -> None:
    members = [1, 4, 5, 9, 12, 20, 21]
    for cap in (2, 3, 7, 10):
        got = {tuple(p) for p in block_array(np.array(members), cap).tolist()}
        assert got == {p for p in itertools.combinations(members, 2)
                       if members.index(p[0]) < cap}  # the earlier of the two among the first ``cap``
        assert len(got) == compared(len(members), cap)
    capped = Capped()
    capped.note(7, 3)
    capped.note(2, 3)
    assert capped.to_dict() == {"blocks_over_cap": 1, "largest_block": 7, "pairs_not_compared": 21 - 3 - 4 * 3}


def test_the_pair_array_is_the_set_of_the_block_pairs_deduplicated() -> None:
    blocks = [[0, 1, 2, 3, 4, 5], [1, 2, 7], [0, 7], [3], [], [2, 5, 6, 7, 8]]
    capped = Capped()
    got = pair_array(blocks, 9, 3, capped)
    assert [tuple(p) for p in got.tolist()] == sorted(block_pairs_capped(blocks, 3))
    assert capped.blocks == 2 and capped.skipped == (15 - 3 - 3 * 3) + (10 - 3 - 2 * 3)
    assert pair_array([], 0, 3, Capped()).shape == (0, 2)


def test_distinct_gives_what_np_unique_gives_on_runs_and_on_random_codes() -> None:
    rng = np.random.default_rng(7)
    runs = np.concatenate([np.arange(k, k + 40, 3) for k in range(0, 200, 7)])  # ascending runs, overlapping
    for codes in (runs, rng.integers(0, 60, 500), rng.integers(-5, 2 ** 40, 300), np.array([9, 9, 9])):
        got = distinct(codes.astype(np.int64))
        assert got.tolist() == sorted(set(codes.tolist()))
        assert got.dtype == np.int64
    assert distinct(np.zeros(0, dtype=np.int64)).shape == (0,)
    assert distinct(np.array([5], dtype=np.int64)).tolist() == [5]


def test_the_pair_array_drops_duplicates_as_it_goes(monkeypatch) -> None:  # noqa: ANN001
    from backchannel.resolve.across import caps

    blocks = [[k, k + 1, k + 2, 40] for k in range(30)] + [[0, 1, 2, 3]] * 5
    whole = pair_array(blocks, 41, 3, Capped())
    monkeypatch.setattr(caps, "COMPACT", 4)  # compacts many times on the way
    assert pair_array(blocks, 41, 3, Capped()).tolist() == whole.tolist()
    assert [tuple(p) for p in whole.tolist()] == sorted(block_pairs_capped(blocks, 3))


def block_pairs_capped(blocks: list[list[int]], cap: int) -> list[tuple[int, int]]:
    from backchannel.resolve.across import blocking

    old, blocking.MAX_BLOCK = blocking.MAX_BLOCK, cap
    try:
        return list(block_pairs(blocks))
    finally:
        blocking.MAX_BLOCK = old


def meetings(n: int) -> list[InterRec]:
    """``n`` invented reports, each telling that the Lorvian envoy met the Karst Front (both ends shared)."""
    return [InterRec(doc=f"r{k}", id="i1", type="meet", source="a1", target="a2", via=[], negated=False,
                     modality="reported", time=None, count=None, evidence="met", published=None) for k in range(n)]


def test_events_compare_each_pair_once_and_bound_an_oversize_block(monkeypatch) -> None:  # noqa: ANN001
    inters = meetings(8)
    entity_of = {(r.doc, "a1"): "lorvian-envoy" for r in inters} | {(r.doc, "a2"): "karst-front" for r in inters}
    seen: list[tuple[str, str]] = []
    real = ev.compare

    def counting(a: InterRec, b: InterRec, ea: ev.Pair, eb: ev.Pair) -> tuple[bool, str | None]:
        seen.append((a.doc, b.doc))
        return real(a, b, ea, eb)

    monkeypatch.setattr(ev, "compare", counting)
    res = ev.resolve_events(inters, entity_of, {}, {})
    assert len(seen) == len(set(seen)) == 28  # two blocks hold every pair; each pair compared once
    assert len(res.events) == 1 and res.capped.blocks == 0 and res.capped.largest == 8
    seen.clear()
    monkeypatch.setattr(ev, "MAX_BLOCK", 3)
    res = ev.resolve_events(inters, entity_of, {}, {})
    assert len(seen) == len(set(seen)) == compared(8, 3)  # still once each, and only with the first three
    assert len(res.events) == 1  # every telling joined one of the first three, so the act is still one
    assert res.capped.to_dict() == {"blocks_over_cap": 2, "largest_block": 8, "pairs_not_compared": 2 * (28 - 18)}


def test_another_engines_tuples_give_the_same_judgements_as_the_columns() -> None:
    """The Ray seam (``score_pairs`` returning tuples) and the default columns decide alike."""
    from backchannel.resolve.across.entities import resolve_entities, scored_candidates
    from backchannel.resolve.across.records import actor_record

    names = ["Ana Varga", "Varga", "Tomas Varga", "the harbour delegation", "Karst Front", "KF"]
    recs = [actor_record(f"r{d}", f"a{k}", name, "group" if "delegation" in name else
                         ("organization" if "K" in name[:2] else "person"), "delegation" not in name)
            for d in range(4) for k, name in enumerate(names[d % 2::2] + names[3:4])]
    columns = resolve_entities(recs)
    tuples = resolve_entities(recs, score_pairs=lambda reps, scorer, one: scored_candidates(reps, scorer, one))
    assert list(columns.judgements) == list(tuples.judgements) and len(columns.judgements) > 3
    assert columns.entities == tuples.entities
    assert columns.capped is not None and tuples.capped is None


def test_go_between_contradictions_weigh_each_report_against_the_first_ones(monkeypatch) -> None:  # noqa: ANN001
    from backchannel.resolve.across import links, mediators as go_betweens

    inters = [InterRec(doc=f"r{k}", id="i1", type="mediate", source="a1", target="a2", via=[], negated=False,
                       modality="reported", time=None, count=None, evidence="mediated", published=None)
              for k in range(6)]
    mediators = ["ostria", "lorvia", "kessel", "marrow-isles", "dunmere", "vask"]
    entity_of = {(r.doc, "a1"): m for r, m in zip(inters, mediators)} | {(r.doc, "a2"): "karst-front" for r in inters}
    every = links.actor_contradictions(inters, ev.Ends(entity_of), {}, Capped())
    assert len(every) == 15  # six reports, six different go-betweens: every pair
    monkeypatch.setattr(go_betweens, "ACTOR_CAP", 2)
    capped = Capped()
    some = links.actor_contradictions(inters, ev.Ends(entity_of), {}, capped)
    assert len(some) == compared(6, 2) == 9 and capped.skipped == 15 - 9 and capped.blocks == 1
    assert all(min(lk["a"]["doc"], lk["b"]["doc"]) in {"r0", "r1"} for lk in some)
