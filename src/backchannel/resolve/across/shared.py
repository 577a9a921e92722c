"""One object for each equal link end and note: the resolution's links share what they repeat.

Why: a corroborated act is an end of a link to every other telling of it, and most notes are
one of a few phrases ("the same act (message)"), yet every link was made with dicts and strings
of its own: on 300 synthetic reports 10,758 link ends held 1,932 distinct values (1,513 of them
an event's member), 5,379 notes 2,110. At 100,000 reports the links (72 a report) were the
largest part of the resolution kept in memory. The JSON written is the same: an end is shared
only with a dict of the same keys in the same order and the same values of the same types.
"""

from __future__ import annotations

from typing import Hashable


def end_key(end: dict) -> tuple | None:
    """What makes two ends one object: their items in order, values with their types (1 and "1" differ,
    as do 1 and True: both are written differently); None when a value cannot be hashed (never shared)."""
    key = tuple((k, type(v), v) for k, v in end.items())
    try:
        hash(key)
    except TypeError:
        return None
    return key


def share_ends(links: list[dict], events: list[dict]) -> list[dict]:
    """``links`` with every end that equals an event's member, or an earlier link's end, replaced by that
    one object, and equal notes by one string (in place: the resolver made the dicts and nothing keeps
    them but the resolution). Call it when no step changes a link's end any more."""
    ends: dict[Hashable, dict] = {}
    for e in events:
        for m in e.get("members", ()):
            if (k := end_key(m)) is not None:
                ends.setdefault(k, m)
    notes: dict[str, str] = {}
    for lk in links:
        for side in ("a", "b"):
            end = lk.get(side)
            if isinstance(end, dict) and (k := end_key(end)) is not None:
                lk[side] = ends.setdefault(k, end)
        note = lk.get("note")
        if isinstance(note, str):
            lk["note"] = notes.setdefault(note, note)
    return links
