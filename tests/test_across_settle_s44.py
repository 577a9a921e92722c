"""The digest's settling of the collector (gcpause.Settler): survivors frozen, handed back after resolution."""

from __future__ import annotations

import gc

from backchannel.resolve.across.gcpause import SETTLE_EVERY, Settler, gc_paused


def test_settler_freezes_every_few_reports_and_resolution_unfreezes() -> None:
    gc.unfreeze()
    kept = [[k] for k in range(100)]  # long-lived objects, as a digest's records are
    s = Settler()
    for _ in range(SETTLE_EVERY - 1):
        s.tick()
    assert gc.get_freeze_count() == 0
    s.tick()
    assert gc.get_freeze_count() >= len(kept)

    @gc_paused
    def resolve() -> int:
        return 1

    assert resolve() == 1
    assert gc.get_freeze_count() == 0
    assert gc.isenabled()


def test_settler_leaves_a_disabled_collector_alone() -> None:
    gc.unfreeze()
    gc.disable()
    try:
        s = Settler()
        for _ in range(SETTLE_EVERY):
            s.tick()
        assert gc.get_freeze_count() == 0
    finally:
        gc.enable()


def test_cyclic_garbage_is_collected_before_freezing() -> None:
    gc.unfreeze()

    class Node:
        """A cycle that dies before the settling: it must not be frozen dead."""
        other: object = None

    a, b = Node(), Node()
    a.other, b.other = b, a
    del a, b
    s = Settler()
    for _ in range(SETTLE_EVERY):
        s.tick()
    gc.unfreeze()  # (frozen objects are not listed: back in the oldest generation, they would be)
    assert not [o for o in gc.get_objects() if isinstance(o, Node)]
