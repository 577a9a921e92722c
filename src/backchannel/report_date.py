"""The day a report was written, when its metadata gives none: the full date of its dateline.

Why: relative times ("on Monday", "last week", "yesterday") resolve against the report's date;
a report read without a header line or a ``published`` field used to get no date at all, so
every relative time of it went undated. Many reports still carry their date in the opening
line ("KORVALA, March 3, 2026 (Agency) -", "Published: 3 March 2026", "Updated August 4, 2009 at
5:12 pm ET": a clock time and its zone are no words beside the date). Only a full date
(day, month and year) counts, and only in a dateline position: on a line of its own (a few
words beside it), or after a city written in capitals. A date in figures counts when its order
is plain: ISO ("2009-08-04", "2009-08-04T17:12Z"), or a day over 12 on one side ("14/03/2011",
"03/14/2011"); "08/04/2009" may be either and is left alone (rule ingest.anchor.numeric_dateline). A date inside the first sentence ("On March 3, 2019, the
rebels ...") is an event of the story, not the report's day. The metadata is never changed:
the date only anchors the resolver (rule ``ingest.anchor.dateline_date``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from backchannel import timex
from backchannel.data_loader import loader
from backchannel.timex_clock import CLOCK_EXPR

DATELINE_DATE = "ingest.anchor.dateline_date"
NUMERIC_DATELINE = "ingest.anchor.numeric_dateline"
WORDS_FILE = "report_date.toml"
MONTHS_IN_YEAR = 12


@dataclass(frozen=True)
class DatelineWords:
    """Words of the rule (``data/report_date.toml``)."""

    zones: frozenset[str]
    clock_leads: frozenset[str]
    date_labels: frozenset[str]


# The zones, clock leads and date labels of ``report_date.toml``, read once: the dateline and the published
# field are looked at for every report.
dateline_words = loader(DatelineWords, WORDS_FILE)


_CLOCK = re.compile(CLOCK_EXPR, re.I)
# a date in figures: ISO (with a time after a "T"), or day and month in either order with a full year
_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)(?=T\d|\b)")
_NUMERIC = re.compile(r"\b(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)\b")
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
    found = [(tx.start, tx.end, timex.resolve(tx.text, None) if timex.has_year(tx.text) else None)
             for tx in timex.find(head)] + _numeric_dates(head)
    for start, end, value in sorted(found):
        if value is None or len(value) != 10:
            continue
        line_start = head.rfind("\n", 0, start) + 1
        line_end = head.find("\n", end)
        rest = head[line_start:start] + " " + _without_clock(head[end:line_end if line_end >= 0 else len(head)])
        if len(rest.split()) <= DATE_LINE_WORDS or _CITY.match(head[line_start:start]):
            return date.fromisoformat(value)
        return None  # the first full date is in the story: no dateline date
    return None


def _without_clock(after: str) -> str:
    """The words after a date on its line without a clock time and its zone ("at 5:12 pm ET",
    "17:12 BST"): they say when that day, not another word of a story."""
    w = dateline_words()
    words = _CLOCK.sub(" ", after).split()
    return " ".join(x for x in words if x.lower().strip(".,()") not in w.zones | w.clock_leads)


def _numeric_dates(head: str) -> list[tuple[int, int, str | None]]:
    """Dates in figures in the opening (rule NUMERIC_DATELINE): ISO ones, and day/month/year ones
    whose order a day over 12 makes plain; an ambiguous one ("08/04/2009") has no value."""
    out: list[tuple[int, int, str | None]] = []
    for m in _ISO.finditer(head):
        out.append((m.start(), m.end(), _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))))
    for m in _NUMERIC.finditer(head):
        out.append((m.start(), m.end(), numeric_value(int(m.group(1)), int(m.group(3)), int(m.group(4)))))
    return out


def numeric_value(a: int, b: int, y: int) -> str | None:
    """The ISO date of "a/b/y" when its order is plain: a day over 12 first ("14/03/2011") or second
    ("03/14/2011"), or both the same ("05/05/2011"); None for "08/04/2009" (either order)."""
    if a > MONTHS_IN_YEAR >= b:
        return _iso(y, b, a)
    if b > MONTHS_IN_YEAR >= a or a == b:
        return _iso(y, a, b)
    return None


def ambiguous_numeric(text: str) -> bool:
    """Is ``text`` only a date in figures whose day and month may be read either way ("08/04/2009"),
    perhaps with a clock time and its zone after it ("8/4/2009 5:12 PM ET")? Why the clock: a feed
    writes one after the date, and it says nothing of the order of day and month."""
    m = _NUMERIC.match(text.strip())
    if m is None or _without_clock(text.strip()[m.end():]).strip(" ,"):
        return False
    return numeric_value(int(m.group(1)), int(m.group(3)), int(m.group(4))) is None


def without_label(text: str) -> str:
    """A published field without the label a page writes before its date ("Updated August 4,
    2009 at 5:12 pm ET", "Published: 4 August 2009")."""
    for label in sorted(dateline_words().date_labels, key=len, reverse=True):
        m = re.match(rf"^\s*{re.escape(label)}\b\s*:?\s*", text, re.I)
        if m:
            return text[m.end():]
    return text


def _iso(y: int, m: int, d: int) -> str | None:
    """The ISO form of a year, month and day, or None when no such day exists (a 31st of April):
    figures in a page's opening are no guarantee of a real date."""
    try:
        return date(y, m, d).isoformat()
    except ValueError:
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

