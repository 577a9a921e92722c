"""The day a report was written, when its metadata gives none: the full date of its dateline.

Why: relative times ("on Monday", "last week", "yesterday") resolve against the report's date;
a report read without a header line or a ``published`` field used to get no date at all, so
every relative time of it went undated. Many reports still carry their date in the opening
line ("KORVALA, March 3, 2026 (Agency) -", "Published: 3 March 2026"). Only a full date
(day, month and year) counts, and only in a dateline position: on a line of its own (a few
words beside it), or after a city written in capitals. A date inside the first sentence ("On March 3, 2019, the
rebels ...") is an event of the story, not the report's day. The metadata is never changed:
the date only anchors the resolver (rule ``ingest.anchor.dateline_date``).
"""

from __future__ import annotations

import re
from datetime import date

from backchannel import timex

DATELINE_DATE = "ingest.anchor.dateline_date"
OPENING = 300  # characters of the text in which a dateline can sit
DATE_LINE_WORDS = 4  # words besides the date on a date line ("Updated: Monday, 3 March 2026 10:32 GMT")
# a city in capitals, then up to two capitalised names ("KORVALA, Norland, Tuesday,", "LUND, New
# Westmark,"); every word of a name is capitalised, so a story's first words ("LUND, Norland -- Rebels
# freed two men on Tuesday, Aug. 4, 1987") are no dateline (s44)
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_CITY = re.compile(rf"^\s*[A-Z][A-Z.'’ -]+(?:,\s*{_NAME}){{0,2}}\s*[,:—–-]?\s*$")


def dateline_date(text: str) -> date | None:
    """The full date of the report's dateline, if its opening has one (see the module doc)."""
    head = text[:OPENING]
    for tx in timex.find(head):
        value = timex.resolve(tx.text, None)
        if value is None or len(value) != 10 or not timex.has_year(tx.text):
            continue
        line_start = head.rfind("\n", 0, tx.start) + 1
        line_end = head.find("\n", tx.end)
        rest = head[line_start:tx.start] + " " + head[tx.end:line_end if line_end >= 0 else len(head)]
        if len(rest.split()) <= DATE_LINE_WORDS or _CITY.match(head[line_start:tx.start]):
            return date.fromisoformat(value)
        return None  # the first full date is in the story: no dateline date
    return None


def report_anchor(published: date | None, text: str) -> date | None:
    """The date relative times resolve against: the metadata's, else the dateline's."""
    return published if published is not None else dateline_date(text)


# what closes a dateline after its date: an agency in brackets, then a dash or colon ("(Agency) --");
# or, with the date first on its line, the city in brackets ("March 3, 2026 (KORVALA) -")
_AFTER_CITY = re.compile(r"^\s*(?:\([^)\n]{1,40}\)\s*)?(?:--|—|–|-|:)")
_CITY_AFTER = re.compile(r"^\s*,?\s*\([A-Z][A-Z.'’ -]+\)\s*(?:--|—|–|-|:)")


def is_dateline_date(text: str, start: int, end: int) -> bool:
    """Is the time expression at ``start:end`` the date of the report's dateline ("KORVALA, May 26
    (Agency) --", "May 26, 2023 (KORVALA) -")? It is the day the report was filed, never the
    time of an act the report tells (rule interactions.timing.dateline_not_event)."""
    if start >= OPENING:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    before, after = text[line_start:start], text[end:end + 60]
    if before.strip():
        return bool(_CITY.match(before)) and _AFTER_CITY.match(after) is not None
    return _CITY_AFTER.match(after) is not None

