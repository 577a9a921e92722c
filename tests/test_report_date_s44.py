"""Rules ingest.anchor.dateline_date (a clock time and its zone after the date) and
ingest.anchor.numeric_dateline (dates in figures whose order is plain), and the labels of a published
field (invented datelines only).

Why: "Updated August 4, 2009 at 5:12 pm ET" on a line of its own is the report's date, but the clock
and zone counted as words beside it; a date in figures was no date at all; "Published: 4 August 2009"
as a metadata field was dropped; and "08/04/2009" may be the 8th of April or the 4th of August, so it
is never guessed.
"""

from __future__ import annotations

from datetime import date

import pytest

from backchannel.ingest.meta import clean_date
from backchannel.report_date import dateline_date

BODY = "\n\nThe Free Hill Front freed Anna Berg on Monday, Westmark said."


@pytest.mark.parametrize("head, value", [
    ("Updated August 04, 2009 at 5:12 pm ET", date(2009, 8, 4)),
    ("Last updated: Tuesday 14 March 2023 17:12 GMT", date(2023, 3, 14)),
    ("Published: 4 August 1998", date(1998, 8, 4)),
    ("By Anna Berg | 14/03/2011", date(2011, 3, 14)),
    ("Posted 03/14/2011 10:32 GMT", date(2011, 3, 14)),
    ("Updated: 2024-11-02T08:15:00Z", date(2024, 11, 2)),
    ("LUNDHAVEN, 21.06.2016 (Ostland Wire) -", date(2016, 6, 21)),
])
def test_ingest_anchor_dateline_readers(head, value):
    assert dateline_date(head + BODY) == value


@pytest.mark.parametrize("head", [
    "By Anna Berg | 08/04/2009",  # day and month either way: left alone
    "Posted 05/06/2020 10:32 GMT",
])
def test_ingest_anchor_numeric_dateline_ambiguous(head):
    assert dateline_date(head + BODY) is None


def test_story_date_with_a_clock_is_no_dateline():
    text = "On 4 August 2009 at 5 pm, the Free Hill Front freed Anna Berg in Lund, Westmark said."
    assert dateline_date(text) is None


@pytest.mark.parametrize("field, value", [
    ("Updated August 04, 2009 at 5:12 pm ET", "2009-08-04"),
    ("Published: 4 August 2009", "2009-08-04"),
    ("Last updated: Tuesday 14 March 2023 17:12 GMT", "2023-03-14"),
    ("Posted on 03/14/2011", "2011-03-14"),
    ("14/03/2011", "2011-03-14"),
    ("08/04/2009", None),
])
def test_published_field_readers(field, value):
    assert clean_date(field)[0] == value
