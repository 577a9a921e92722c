"""Which denials of a report answer an assertion of another report (rules ``across.links.denial_closest``
and ``across.links.denial_each``).

Why a module of its own: :mod:`.denial` finds every (denial, assertion) pair whose act family and parties
agree; how many of one report's denials answer one assertion is a separate choice. Session 28 kept the
closest one (``denial_closest``: one link per assertion and denying report). Session 30 (``denial_each``)
keeps up to ``PER_REPORT`` of them, closest first: a report that denies a swap four times ("no deal was
struck", "no deal was made to secure her release", "there was no payment", "she came home without anything
in exchange") disputes each telling of the swap with each of those statements, and the reports' own
annotators pair a telling with any of them (three clusters of hostage releases), not with the one sharing
most words.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Protocol, TypeVar

from spacy.lang.en.stop_words import STOP_WORDS

from backchannel.resolve.across.names import fold
from backchannel.resolve.across.records import ClaimRec

TEXT_KEY = "_text"  # an own-voice end's words (denialown.py), kept until the link is written
PER_REPORT = 3  # denials of one report linked to one assertion (the closest first)


class Claimed(Protocol):
    @property
    def claim(self) -> ClaimRec: ...


D = TypeVar("D", bound=Claimed)


def answering_denials(found: list[tuple[D, dict]], contents: dict[tuple[str, str], str],
                      evidence: dict[tuple[str, str], str], per_report: int = PER_REPORT) -> list[tuple[D, dict]]:
    """For each assertion and each report that denies it, the ``per_report`` denials of that report that
    share most words with the assertion (ties: the best ranked, a quote first), in the order found.
    ``per_report=1`` is session 28's closest denial: "Brandt's freedom was part of a deal" answered by "Lorvia
    struck no deal to free Brandt" only."""
    best: dict[tuple, list[tuple[int, int, D, dict]]] = {}
    words = cache(content_words)  # one denial meets many ends, one end many denials
    for order, (d, e) in enumerate(found):
        key = (d.claim.doc, e["doc"], e.get("claim"), e.get("interaction"), e.get("start"))
        other = (contents.get((e["doc"], e["claim"]), "") if "claim" in e
                 else evidence.get((e["doc"], e["interaction"]), "") if "interaction" in e else e.get(TEXT_KEY, ""))
        best.setdefault(key, []).append((len(words(d.claim.content) & words(other)), -order, d, e))
    kept = [t for v in best.values() for t in sorted(v, key=lambda t: (-t[0], -t[1]))[:per_report]]
    return [(d, e) for *_, d, e in sorted(kept, key=lambda t: -t[1])]


def content_words(text: str) -> set[str]:
    """Content words (no function words: spaCy's English stop list) cut to five letters: "exchange" and
    "exchanged", "prisoner" and "prisoners" are one."""
    return {w[:5] for w in re.findall(r"[a-z]{4,}", fold(text)) if w not in STOP_WORDS}
