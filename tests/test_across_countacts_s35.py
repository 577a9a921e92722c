"""Two counts of one noun are one fact only if they can be one act (session 35; every text here is invented).

Rule ``across.links.count_other_doer_day``: counts told in acts' sentences whose acts both name a doer and the
doers differ, or both carry days more than a few days apart, count different acts and are not compared; a telling
with no doer, or the same doer on the same day, still disputes the count.
"""

from __future__ import annotations

from across_helpers import Report
from backchannel.resolve.across import resolve_dossiers


def telling(doc: str, text: str, doer: str | None, group: str, day: str | None) -> Report:
    """A one-sentence report of a release of ``group`` by ``doer`` (if named) on ``day``."""
    r = Report(doc, text, published="2031-03-09")
    src = r.actor("a1", doer, kind="state") if doer else None
    tgt = r.actor("a2", group, kind="group", named=False)
    r.act("i1", "release", src, tgt, text, time=day)
    return r


def count_links(*reports: Report) -> list[dict]:
    """The count contradictions resolved between the reports."""
    return [lk for lk in resolve_dossiers([r.d for r in reports]).links
            if lk["kind"] == "contradicts" and lk["on"] == "count"]


def test_different_doers_and_days_count_different_acts():
    pairs = [  # active, different doer and day
        (telling("r1", "Norland freed six Lorvians on March 1, 2031.", "Norland", "Lorvians", "2031-03-01"),
         telling("r2", "Vesterland freed four Lorvians on March 5, 2031.", "Vesterland", "Lorvians", "2031-03-05")),
        # passive with "by": different doers, same day
        (telling("r1", "Six Lorvians were freed by Norland on March 1.", "Norland", "Lorvians", "2031-03-01"),
         telling("r2", "Four Lorvians were freed by Vesterland on March 1.", "Vesterland", "Lorvians", "2031-03-01")),
        # different days only, no doer named
        (telling("r1", "Six Lorvians held in Norland were freed on March 1.", None, "Lorvians", "2031-03-01"),
         telling("r2", "Four Lorvians held in Vesterland were freed on March 9.", None, "Lorvians", "2031-03-09")),
        # different doers only, no day
        (telling("r1", "Norland released nine Pellish sailors.", "Norland", "Pellish sailors", None),
         telling("r2", "Vesterland released three Pellish sailors.", "Vesterland", "Pellish sailors", None)),
    ]
    for a, b in pairs:
        assert count_links(a, b) == [], (a.text, b.text)


def test_one_act_told_with_two_counts_still_contradicts():
    pairs = [  # same doer, same day
        (telling("r1", "Norland freed six Lorvians on March 1, 2031.", "Norland", "Lorvians", "2031-03-01"),
         telling("r2", "Norland freed four Lorvians on March 1, 2031.", "Norland", "Lorvians", "2031-03-01")),
        # one telling names no doer
        (telling("r1", "Norland freed six Lorvians on March 1.", "Norland", "Lorvians", "2031-03-01"),
         telling("r2", "Four Lorvians were freed on March 1.", None, "Lorvians", "2031-03-01")),
        # passive with "by" against active, same doer and day; and the same doer with one day left out
        (telling("r1", "Six Lorvians were freed by Norland on March 1.", "Norland", "Lorvians", "2031-03-01"),
         telling("r2", "Norland freed four Lorvians on March 1.", "Norland", "Lorvians", "2031-03-01")),
        (telling("r1", "Six Lorvians were freed by Norland on March 1.", "Norland", "Lorvians", "2031-03-01"),
         telling("r2", "Norland freed four Lorvians.", "Norland", "Lorvians", None)),
    ]
    for a, b in pairs:
        assert len(count_links(a, b)) == 1, (a.text, b.text)
