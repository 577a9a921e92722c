"""Rule interactions.timing.dateline_not_event: a dateline's date ("LUND, May 26 (Agency) --", "May 26,
2023 (LUND) -") is the day the report was filed, never the time of an act (invented names and
sentences only).

Why: the previous-sentence and run rules read the dateline's date as a date told in the lede and
gave it to acts the lede dates otherwise ("held talks on Wednesday and Thursday"). The near misses
keep a date told in the story's first sentence, after or without a dateline.
"""

from __future__ import annotations

import pytest

from backchannel.report_date import is_dateline_date
from interaction_helpers import dated_to

PUB = "2023-05-27"  # a Saturday


@pytest.fixture(scope="module")
def acts(dated_acts):
    return dated_acts(PUB)


def _span(text: str, words: str) -> tuple[int, int]:
    i = text.index(words)
    return i, i + len(words)


@pytest.mark.parametrize("text, date_words, expected", [
    ("LUND, May 26 (Agency) -- Norland held talks with Sudovia.", "May 26", True),
    ("LUND, Norland, May 26 (Agency) - Norland held talks with Sudovia.", "May 26", True),
    ("May 26, 2023 (LUND) - Norland held talks with Sudovia.", "May 26, 2023", True),
    ("LUND, May 26, 2023 - Norland held talks with Sudovia.", "May 26, 2023", True),
    # near misses: a date in the story's first sentence, with or without a dateline before it
    ("On May 26, Norland held talks with Sudovia.", "May 26", False),
    ("LUND - On May 26, Norland held talks with Sudovia.", "May 26", False),
    ("Norland and Sudovia met on May 26 - the first time in a year.", "May 26", False),
])
def test_is_dateline_date(text, date_words, expected):
    assert is_dateline_date(text, *_span(text, date_words)) is expected


@pytest.mark.parametrize("text, kind, value", [
    # the lede's own span, not the dateline's day, dates the next sentence's act
    ("LUND, May 26 (Agency) -- Norland and Sudovia held the fifth round of border talks on Wednesday and "
     "Thursday in Lund. During the meeting, Norland held frank discussions with Sudovia on the border.",
     "negotiate", "2023-05-24/2023-05-25"),
])
def test_dateline_dates_no_act(acts, text, kind, value):
    assert all(v == value for v, _ in dated_to(acts(text), kind))


@pytest.mark.parametrize("text, kind", [
    ("May 26, 2023 (LUND) - Norland reached a deal with Sudovia.", "agree"),
    ("LUND, May 26 (Agency) - Norland held frank discussions with Sudovia.", "negotiate"),
])
def test_undated_lede_stays_undated(acts, text, kind):
    assert [v for v, _ in dated_to(acts(text), kind)] in ([], [None])


@pytest.mark.parametrize("text, kind, value", [
    ("LUND - On May 26, Norland held talks with Sudovia.", "negotiate", "2023-05-26"),
    ("On May 26, Norland held talks with Sudovia in Lund.", "negotiate", "2023-05-26"),
])
def test_story_date_kept(acts, text, kind, value):
    assert value in [v for v, _ in dated_to(acts(text), kind)]
