"""The report's date when its metadata has none: the full date of its dateline (rule
ingest.anchor.dateline_date). Invented openings only."""

from __future__ import annotations

from datetime import date

import pytest

from backchannel.report_date import dateline_date, report_anchor


@pytest.mark.parametrize("text", [
    "KORVALA, March 3, 2026 (Northwire) - The rebels met the envoy on Monday.",
    "PORT ELLA, Norland, 2026-03-03 — The rebels met the envoy on Monday.",
    "Published: 3 March 2026\n\nThe rebels met the envoy on Monday.",
    "Updated: Tuesday, March 3, 2026 10:32 GMT\nThe rebels met the envoy on Monday.",
    "March 3, 2026\nBy Ana Lund\nThe rebels met the envoy on Monday.",
    "OSTRA — 3 March 2026 — The rebels met the envoy on Monday.",
    # the weekday, or the country and the weekday, between the city and the date
    "KORVALA, Tuesday, March 3, 2026 - The rebels met the envoy on Monday.",
    "KORVALA, Norland, Tuesday, March 3, 2026 - The rebels met the envoy on Monday.",
    # (s44) a region of two capitalised words
    "PORT ELLA, New Norland, March 3, 2026 (Northwire) - The rebels met the envoy on Monday.",
])
def test_ingest_anchor_dateline_date(text):
    assert dateline_date(text) == date(2026, 3, 3)


@pytest.mark.parametrize("text", [
    # a date of the story, in its first sentence
    "On March 3, 2019, the rebels met the envoy in Ostra.",
    "The talks, which began on 3 March 2026 in the northern province after months of delay, ended.",
    # no year: no full date
    "KORVALA, March 3 (Northwire) - The rebels met the envoy on Monday.",
    # the first full date is the story's; a later one is not looked for
    "In 2019 the talks failed. On May 3, 2020 the sides met again. KORVALA, March 3, 2026",
    "The rebels met the envoy on Monday.",
    # (s44) the story's first words after the city, with a full date in its first sentence
    "KORVALA, Norland -- The rebels met the envoy on Tuesday, Aug. 4, 1987, in a village.",
    "PORT ELLA - Rebels freed two engineers on 4 March 2009 after talks.",
])
def test_ingest_anchor_dateline_date_not_a_story_date(text):
    assert dateline_date(text) is None


def test_ingest_anchor_dateline_date_never_overrides_the_metadata():
    assert report_anchor(date(2026, 5, 1), "KORVALA, March 3, 2026 (Northwire) - text") == date(2026, 5, 1)


def test_ingest_anchor_dateline_date_dates_relative_times(analyze):
    text = "KORVALA, March 6, 2026 (Northwire) - Lidia Marsh met Ivo Dran in Ostra on Monday."
    meets = [i for i in analyze(text, published=None).interactions if i.type == "meet"]
    assert meets and meets[0].time is not None and meets[0].time.value == "2026-03-02"
    assert meets[0].traced("time") == "ingest.anchor.dateline_date"
    assert analyze(text, published=None).documents[0].published is None  # the metadata is unchanged
