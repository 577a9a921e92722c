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


def end_key(end: dict) -> tuple:
    """What makes two ends one object: their items in order and their values' types (1 and "1" differ, as do 1
    and True: each is written otherwise). Hashing it raises TypeError when a value cannot be hashed."""
    return tuple([(k, type(v), v) for k, v in end.items()])


def share_ends(links: list[dict], events: list[dict]) -> list[dict]:
    """``links`` with every end that equals an event's member, or an earlier link's end, replaced by that
    one object, and equal notes by one string (in place: the resolver made the dicts and nothing keeps
    them but the resolution). Call it when no step changes a link's end any more."""
    ends: dict[Hashable, dict] = {}
    for e in events:
        for m in e.get("members", ()):
            try:
                ends.setdefault(end_key(m), m)
            except TypeError:  # (a list among its values: never shared)
                pass
    notes: dict[str, str] = {}

    def shared(end: object) -> object:
        if type(end) is dict:
            try:
                return ends.setdefault(end_key(end), end)
            except TypeError:  # (a list among its values: never shared)
                return end
        return end

    for lk in links:
        if "a" in lk:
            lk["a"] = shared(lk["a"])
        if "b" in lk:
            lk["b"] = shared(lk["b"])
        note = lk.get("note")
        if type(note) is str:
            lk["note"] = notes.setdefault(note, note)
    return links
