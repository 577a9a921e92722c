"""Two text tests of the denial rules that read nothing else: one passage told twice, parties that may meet.

Kept apart from :mod:`.denial` (patterns, families, the scan) so that module stays within its size.
"""

from __future__ import annotations

import re


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
