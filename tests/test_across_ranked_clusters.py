"""RankedClusters (items numbered in str order) must cluster exactly as Clusters (items as keys) does."""

from __future__ import annotations

import random

from backchannel.resolve.across.cluster import Clusters, RankedClusters


def _keys(rng: random.Random, n: int) -> list[tuple[str, str]]:
    return [(f"d{rng.randrange(40)}", f"a{i}") for i in range(n)]


def _slots(rng: random.Random, keys: list[tuple[str, str]]) -> dict:
    out = {}
    for k in keys:
        slot = {f"doc:{k[0]}": k[1]}
        if rng.random() < 0.3:
            slot["affiliation"] = rng.choice(["north", "south"])
        out[k] = slot
    return out


def test_same_groups_and_refusals_as_clusters() -> None:
    for seed in range(5):
        rng = random.Random(seed)
        keys = _keys(rng, 300)
        slots = _slots(rng, keys)
        plain, ranked = Clusters(keys, slots), RankedClusters(keys, slots)
        for _ in range(900):
            a, b = rng.choice(keys), rng.choice(keys)
            force = rng.random() < 0.05
            if rng.random() < 0.5:
                assert plain.union(a, b, force) == ranked.union(ranked.id[a], ranked.id[b], force)
            else:
                assert plain.join(a, b) == ranked.join(ranked.id[a], ranked.id[b])
        assert plain.groups() == ranked.groups()


def test_root_is_the_key_first_in_str_order() -> None:
    keys = [("r2", "a1"), ("r10", "a1"), ("r1", "a3")]  # str order: r1, r10, r2
    uf = RankedClusters(keys)
    uf.union(uf.id[("r2", "a1")], uf.id[("r10", "a1")])
    assert uf.keys[uf.find(uf.id[("r2", "a1")])] == ("r10", "a1")
    uf.union(uf.id[("r10", "a1")], uf.id[("r1", "a3")])
    assert uf.groups() == [[("r1", "a3"), ("r10", "a1"), ("r2", "a1")]]


def test_one_report_keeps_its_actors_apart() -> None:
    keys = [("r1", "a1"), ("r1", "a2"), ("r2", "a1")]
    uf = RankedClusters(keys, {k: {f"doc:{k[0]}": k[1]} for k in keys})
    assert uf.join(uf.id[("r1", "a1")], uf.id[("r2", "a1")]) == set()
    assert uf.join(uf.id[("r1", "a2")], uf.id[("r2", "a1")]) == {"doc:r1"}  # the chain would join a1 and a2 of r1
    assert uf.groups() == [[("r1", "a1"), ("r2", "a1")], [("r1", "a2")]]


def test_duplicate_keys_are_one_item() -> None:
    keys = [("r1", "a1"), ("r1", "a1"), ("r2", "a1")]
    assert RankedClusters(keys).groups() == Clusters(keys).groups()


def test_resolve_digest_runs_with_the_collector_paused(monkeypatch) -> None:
    """A helper put between ``@gc_paused`` and ``resolve_digest`` once left the resolution collected (s35)."""
    import gc

    from backchannel.resolve.across import corpus

    seen: list[bool] = []

    def spy(*args, **kwargs):
        seen.append(gc.isenabled())
        raise RuntimeError("stop")

    monkeypatch.setattr(corpus, "resolve_entities", spy)
    try:
        corpus.resolve_digest(corpus.Digest())
    except RuntimeError:
        pass
    assert seen == [False]


def test_one_refusal_text_per_tag() -> None:
    from backchannel.resolve.across.entities import refusal, refusal_tag

    pairs = [({"doc:r1"}, {"doc:r7"}), ({"doc:r1", "given:varga"}, {"doc:r2", "given:brandt"}),
             ({"affiliation", "story"}, {"story", "affiliation"}), ({"different:3"}, {"different:3"})]
    for x, y in pairs:
        assert refusal_tag(x) == refusal_tag(y) and refusal(x) == refusal(y)
    assert refusal_tag({"doc:r1"}) != refusal_tag({"given:varga"})
    assert refusal_tag({"different:1"}) != refusal_tag({"different:2"})  # the user's groups stay apart
