"""One act told with one end each report names the same, and the other end named by one report only.

Why: a contradiction on time or negation needs the same act beyond doubt, so :func:`.links.both_ends` asks
for both ends known and equal. But a report often leaves one end unnamed ("Lorvia freed a dozen men on
March 1", "the deal was not told to Pell"), and then the dispute with a report that names it ("Lorvia freed
the 25 fishermen on March 3") was never weighed. Rule ``across.links.near_one_end``: it is the same act when
the known end is shared, the other end is unknown in one telling, and in each report that telling is the
only one of its type with that party at that end (a report that tells two releases by Lorvia may tell two
acts). The other end must be known in exactly one telling (two releases of Lorvians by unknown doers may be
two acts), and two tellings that count the shared group differently ("six" / "four") are two acts (review s35). For time, both must be days at most ``DAYS_APART`` apart: one act told on two nearby days is a
dispute over its day, two acts weeks apart are likely two rounds.
Rule ``across.links.time_later_round`` (:func:`later_round`, any near miss on time): a telling dated after the
other report was published tells an act that report could not have known, so a later round ("swapped 60 on
Tuesday, the second exchange in a week" against last week's report of 40 on Tuesday), not a dispute over its day.

Cost: one pass over the acts to count the tellings of each (report, type, end).
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from backchannel.resolve.across.events import Ends
from backchannel.resolve.across.records import InterRec

DAYS_APART = 7  # the most days between two datings of one act read as a dispute over its day
ON_TIME = "time"  # what a near miss differs on (events.compare)
ON_NEGATION = "negation"
DAY = 10  # characters of a date that names a day (YYYY-MM-DD)

Key = tuple[str, str, int, str]  # (report, type, which end: 0 source / 1 target, entity)


def tellings(inters: list[InterRec], ends: Ends) -> Counter[Key]:
    """How many acts of each type each report tells with each party at each end."""
    out: Counter[Key] = Counter()
    for r in inters:
        for k, e in enumerate(ends(r)):
            if e is not None:
                out[(r.doc, r.type, k, e)] += 1
    return out


def days_apart(a: str | None, b: str | None) -> int | None:
    if not a or not b or len(a) < DAY or len(b) < DAY:
        return None
    try:
        return abs(date.fromisoformat(a[:DAY]).toordinal() - date.fromisoformat(b[:DAY]).toordinal())
    except ValueError:
        return None


def later_round(a: InterRec, b: InterRec) -> bool:
    """Rule ``across.links.time_later_round`` (module doc): either telling's day falls after the other
    report's date of publication (both full days; unknown dates weigh nothing)."""
    for x, y in ((a, b), (b, a)):
        after = days_apart(x.time, y.published)
        if after and (x.time or "")[:DAY] > (y.published or "")[:DAY]:
            return True
    return False


def one_end_shared(a: InterRec, b: InterRec, aspect: str, ends: Ends, told: Counter[Key]) -> bool:
    """Rule ``across.links.near_one_end`` (see the module's docstring)."""
    ea, eb = ends(a), ends(b)
    if a.count and b.count and a.count[0] != b.count[0]:
        return False  # "freed six Lorvians" / "freed four Lorvians": a group shared by name, not by count (s35)
    for k in (0, 1):
        o, e = 1 - k, ea[k]
        if e is None or e != eb[k] or (ea[o] is None) == (eb[o] is None):
            continue  # only one telling may leave the other end unknown: two unknown doers are no one act (s35)
        if told[(a.doc, a.type, k, e)] != 1 or told[(b.doc, b.type, k, e)] != 1:
            continue
        if aspect == ON_TIME:
            gap = days_apart(a.time, b.time)
            return gap is not None and 0 < gap <= DAYS_APART
        return aspect == ON_NEGATION
    return False
