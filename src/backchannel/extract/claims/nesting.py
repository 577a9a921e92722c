"""Nested attribution: a cue inside another candidate's content is part of that
content ("X said Y had warned that …" is X's claim), so it makes no claim of its own.

Two cues inside each other's clauses (a parse that hung one on the other) nest
neither.
"""

from __future__ import annotations

import bisect

from collections.abc import Callable

from backchannel.extract.claims.state import Cand, Kind
from backchannel.quotes import Region

#: candidate kinds whose clause can hold a nested cue
OUTER_KINDS = (Kind.CLAUSE, Kind.ACCORDING, Kind.OBJECT, Kind.INFINITIVE, Kind.FRAME, Kind.REVERSE)


#: outer kinds whose content is never quoted words (the attribution closes the sentence)
QUOTING_INNER = (Kind.ACCORDING,)


def drop_nested(cands: list[Cand], quoted: Callable[[int, int], list[Region]] = lambda s, e: []) -> list[Cand]:
    """The candidates whose cue is not inside another candidate's clause; a cue nested in an
    "according to" sentence whose own clause holds quoted words keeps its claim ("…
    the governor's threats that there would be “a price to pay”, according to aides": the quoted
    words are the governor's). ``quoted``: the quotation regions in a character span."""
    spans = sorted((*c.clause, c.cue_span[0]) for c in cands
                   if c.clause and c.kind in OUTER_KINDS)
    according = {(*c.clause, c.cue_span[0]) for c in cands if c.clause and c.kind in QUOTING_INNER}
    starts = [s for s, _, _ in spans]
    kept = []
    for c in cands:
        pos = c.cue_span[0]
        j = bisect.bisect_right(starts, pos) - 1
        nested = False
        while j >= 0 and j >= bisect.bisect_right(starts, pos) - 6:
            s, e, outer = spans[j]
            if s <= pos < e and (c.clause is None or (s, e) != c.clause) and not (
                    c.clause is not None and c.clause[0] <= outer < c.clause[1]):
                nested = not ((s, e, outer) in according and c.clause is not None and quoted(*c.clause))
                if nested:
                    break
            j -= 1
        if not nested:
            kept.append(c)
    return kept
