"""Text tests of the denial rules that read nothing else: one passage told twice, parties that may meet, the
parties a text names.

Kept apart from :mod:`.denial` (patterns, families, the scan) so that module stays within its size.
"""

from __future__ import annotations

import re

from backchannel.resolve.across.names import norm
from backchannel.resolve.across.records import ActorRec


def retold(claim: str, evidence: str) -> bool:
    """The act's sentence and a claim of its report tell one passage: one holds the other, or they share
    half the sentence's words (a claim running past the sentence, "posted: '... . In the future ...'")."""
    if claim in evidence or evidence in claim:
        return True
    a, b = set(re.findall(r"[a-z]{3,}", claim)), set(re.findall(r"[a-z]{3,}", evidence))
    return bool(b) and len(a & b) >= 0.5 * len(b)


def compatible(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> bool:
    """Two sets of parties that may be one act's: either is unknown (empty), or they share one."""
    return not a or not b or bool(a & b)


def named_parties(text: str, actors: list[ActorRec], entity_of: dict[tuple[str, str], str],
                  side: dict[str, str]) -> set[str]:
    """The parties (entities, a person as the side they act for) whose names the text holds."""
    low = " " + norm(text) + " "
    out = set()
    for a in actors:
        if any(f and f" {f} " in low for f in a.forms):
            e = entity_of.get(a.key)
            if e:
                out.add(side.get(e, e))
    return out
