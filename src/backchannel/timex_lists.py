"""Rule timex.listed_days (s48): two days of one month joined by "and" that do not follow each
other ("on 8 and 11 October", "on May 3 and 7") are a list of two occasions, not a range: the
first day dates the act.

Why: the gold gives an act told "on 8 and 11 October" as two acts, one a day (two meetings), and
a continuous event told over following days ("on 8 and 9 October", "on Wednesday and Thursday")
as the interval. The weekday reading already made that choice ("Monday and Thursday": the first
day, :func:`backchannel.timex._range_value`); the days of a month were read as a range whatever
their distance. "between 25 and 27 September" stays the range: "between" (``range_leads``) names
its two ends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from backchannel.data_loader import loader


@dataclass(frozen=True)
class ListWords:
    """Words of the rule (``data/timex_lists.toml``)."""

    range_leads: frozenset[str]
    list_joiner: str


list_words = loader(ListWords, "timex_lists.toml")


def first_listed_day(raw: str, s: str, day: str, month: str) -> str:
    """``s`` (a time expression stripped of its lead word) with the second of two listed days of a
    month dropped when they are not consecutive and no range lead opens ``raw``; else ``s``.
    ``day`` and ``month`` are the day and month patterns of :mod:`backchannel.timex`."""
    w = list_words()
    words = raw.lower().split()
    if not words or words[0] in w.range_leads:
        return s
    j = re.escape(w.list_joiner)
    m = re.fullmatch(rf"({day})\s+{j}\s+({day})(\s+(?:of\s+)?{month}.*)", s)
    if m and _apart(m.group(1), m.group(2)):
        return m.group(1) + m.group(3)
    m = re.fullmatch(rf"({month}\s+)({day})\s+{j}\s+({day})(.*)", s)
    if m and _apart(m.group(2), m.group(3)):
        return m.group(1) + m.group(2) + m.group(4)
    return s


def _apart(a: str, b: str) -> bool:
    """Are the two days of the month more than one day apart (not a run of following days)?"""
    return int(re.sub(r"\D", "", b)) - int(re.sub(r"\D", "", a)) > 1
