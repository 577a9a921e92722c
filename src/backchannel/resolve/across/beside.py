"""An unnamed party told beside a named one (rule ``across.events.beside_named``, session 45).

Why: a report that tells "Lorvia freed Anna Berg" and, in another sentence, "Lorvia also freed a Westmark
informant" tells two acts of one type from one party: the unnamed informant is not Anna Berg, whatever
another report says. Without a name the informant's telling held no target slot (an unnamed end may be
described differently by each report), so a chain of tellings drew it into Anna Berg's release, and the
informant's own release (told by several outlets, each with its own duration or count) was lost.

Such a telling now holds the target slot with one value for every unnamed party so set apart
(:data:`BESIDE`): it never joins a telling with a named target, and it may still join another report's
telling of an unnamed party (outlets describe the informant as a source, an asset, an officer). Only
directed acts are read (an undirected act's ends have their own slots), only a known source (the same
party doing both), only within the one report (its own words keep the two apart), and only persons at both
targets: an unnamed group beside a named state ("mediated with Westmark" / "with the militants") may well be
the party another report names, but a person told beside a named person is another person.
"""

from __future__ import annotations

from collections.abc import Callable

from backchannel.resolve.across.records import InterRec

RULE = "across.events.beside_named"
BESIDE = "?beside a named party"


def beside_named(inters: list[InterRec], ends: Callable[[InterRec], tuple[str | None, str | None]],
                 named: frozenset[str], identified: frozenset[str], symmetric: frozenset[str],
                 persons: frozenset[str]) \
        -> frozenset[tuple[str, str]]:
    """The tellings (doc, id) whose target is unnamed while their report tells the same act type from the same
    source to a named target (one pass over the tellings, one dict: linear)."""
    sure = named | identified
    with_named: set[tuple[str, str, str]] = set()  # (doc, type, source) told with a named target
    for r in inters:
        s, t = ends(r)
        if s and t and t in sure and t in persons and r.type not in symmetric and not r.negated:
            with_named.add((r.doc, r.type, s))
    out = set()
    for r in inters:
        s, t = ends(r)
        if s and t and t not in sure and t in persons and t != s and r.type not in symmetric \
                and (r.doc, r.type, s) in with_named:
            out.add((r.doc, r.id))
    return frozenset(out)
