"""Whether two counts of one noun can be told of the same act (rule ``across.links.count_other_doer_day``).

Why: "six Lorvians" and "four Lorvians" dispute one fact only if they count the same act. A count
told in an act's sentence ("Norland freed six Lorvians on March 1") carries that act's doer and day;
two counts whose acts both name a doer and the doers differ, or both carry full days more than
:data:`ACT_DAYS` apart, count different acts (two releases, two raids), not one act told twice.
A telling with no doer or no day says nothing against the other, so those pairs are still compared.
"""

from __future__ import annotations

from datetime import date

from backchannel.resolve.across.events import Ends
from backchannel.resolve.across.factcounts import WINDOW_DAYS
from backchannel.resolve.across.passages import Counted
from backchannel.resolve.across.records import InterRec

ACT_DAYS = WINDOW_DAYS  # days: acts further apart are different acts (the window factcounts keeps for reports' dates)
Key = tuple[str, int, int]


def count_acts(counts: list[Counted], inters: list[InterRec]) -> dict[Key, InterRec]:
    """Each count's act: the act, not denied, whose evidence sentence holds the count's noun (its end offset).

    Per report only (counts by acts of one report), so linear in a corpus of short reports.
    """
    by_doc: dict[str, list[InterRec]] = {}
    for r in inters:
        if not r.negated and r.span[0] >= 0:
            by_doc.setdefault(r.doc, []).append(r)
    out: dict[Key, InterRec] = {}
    for c in counts:
        acts = [r for r in by_doc.get(c.doc, ()) if r.span[0] < c.end <= r.span[1]]
        if acts:
            out[(c.doc, c.start, c.end)] = acts[0]
    return out


def _day(value: str | None) -> date | None:
    """A full day ("2031-03-01"); a month, week or range is no day."""
    try:
        return date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def other_acts(a: InterRec | None, b: InterRec | None, ends: Ends | None) -> bool:
    """Both counts' acts known and they cannot be one act: named doers differ, or full days lie apart."""
    if a is None or b is None:
        return False
    da, db = _day(a.time), _day(b.time)
    if da and db and abs((da - db).days) > ACT_DAYS:
        return True
    if ends is None or "source" in a.inferred or "source" in b.inferred:
        return False
    sa, sb = ends(a)[0], ends(b)[0]
    return sa is not None and sb is not None and sa != sb
