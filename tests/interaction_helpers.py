"""Shared by the tests of the interaction rules: one act found by its type and ends.

Why a module: every rule's test file looked acts up the same way and had copied this
function; a change to how an act is named in a failure message now happens once.
"""

from __future__ import annotations

from backchannel.model import Interaction


def find(acts: list[Interaction], type_: str, source: str | None, target: str | None) -> Interaction:
    """The first act of this type between these ends; fails with every act listed."""
    found = [i for i in acts if (i.type, i.source, i.target) == (type_, source, target)]
    assert found, f"no {type_} {source}->{target} in {[(i.type, i.source, i.target, i.rule) for i in acts]}"
    return found[0]


def pairs_of_type(acts: list, type_: str) -> set[tuple[str | None, str | None]]:
    """The (source, target) pairs of the acts of one type, from (type, source, target, act) tuples."""
    return {(s, t) for k, s, t, _ in acts if k == type_}


def dated(found: list, kind: str) -> list[tuple[str | None, str | None]]:
    """The (time value, time rule) of the acts of one type, from the ``dated_acts`` fixture's tuples."""
    return [(v, r) for t, _, _, v, r in found if t == kind]


def dated_to(found: list, kind: str, target: str | None = None) -> list[tuple[str | None, str | None]]:
    """The (time value, time rule) of the acts of one type toward ``target`` (any target when None), from the
    ``dated_acts`` fixture's tuples."""
    return [(v, r) for t, _, g, v, r in found if t == kind and (target is None or g == target)]


def has_act(acts: list, type_: str, source: str | None, target: str | None) -> bool:
    """Whether ``acts`` (``named_acts`` tuples: type, source, target, rules) hold one of ``type_`` from ``source``
    to ``target`` (None: any target)."""
    return any(t == type_ and s == source and (target is None or g == target) for t, s, g, _ in acts)
