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
the party another report names, but a person told beside a named person is another person. Not when the
unnamed person's head noun is the head of a descriptor of a named person beside it (``titles``: "Berg, the envoy"
and, in another sentence, "the Lorvian envoy's release": the extractor may have left the envoy apart from Berg).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from backchannel.data_loader import read
from backchannel.resolve.across.records import InterRec

RULE = "across.events.beside_named"
FILE = "across_held.toml"
PERSON = "person"
BESIDE = "?beside a named party"


def beside_named(inters: list[InterRec], ends: Callable[[InterRec], tuple[str | None, str | None]],
                 named: frozenset[str], identified: frozenset[str], symmetric: frozenset[str],
                 entities: list[dict], names: dict[str, str]) -> frozenset[tuple[str, str]]:
    """The tellings (doc, id) whose target is unnamed while their report tells the same act type from the same
    source to a named target (one pass over the tellings, one dict: linear). ``entities``: their kinds and
    descriptors; ``names``: an unnamed entity's name."""
    sure = named | identified
    persons = frozenset(e["id"] for e in entities if e.get("kind") == PERSON)
    titles = descriptor_heads(entities)
    with_named: dict[tuple[str, str, str], set[str]] = {}  # (doc, type, source) -> named targets told
    for r in inters:
        s, t = ends(r)
        if s and t and t in sure and t in persons and r.type not in symmetric and not r.negated:
            with_named.setdefault((r.doc, r.type, s), set()).add(t)
    out = set()
    for r in inters:
        s, t = ends(r)
        if not (s and t) or t in sure or t not in persons or t == s or r.type in symmetric:
            continue
        beside = with_named.get((r.doc, r.type, s))
        if beside and not any(head(names.get(t, "")) in titles.get(n, ()) for n in beside):
            out.add((r.doc, r.id))
    return frozenset(out)


@cache
def after_head() -> frozenset[str]:
    """Words after which a description no longer gives its head (``beside.after_head`` of across_held.toml)."""
    return frozenset(read(FILE)["beside"]["after_head"])


def head(description: str) -> str:
    """The head noun of a description: its last word before a preposition or a relative pronoun."""
    out = ""
    for w in re.findall(r"[a-z]+", description.lower()):
        if w in after_head() and out:
            break
        out = w
    return out


def descriptor_heads(entities: list[dict]) -> dict[str, set[str]]:
    """Each named person's descriptors' heads, over every report that resolved into it."""
    return {e["id"]: {head(d) for d in e.get("descriptors") or []} for e in entities
            if e.get("named") and e.get("kind") == PERSON}
