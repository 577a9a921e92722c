"""Rules of the forty-seventh session on an act's time (invented names and sentences only).

Why: timex.season_part: "early summer 2014" is a month of a season, as "late November" is a month;
the year alone matched no gold. interactions.timing.one_release_day: a captives' journey the night
before the one dated release day is the way to it, no second release. interactions.timing.lead_run
and lead_statement_day: wire copy tells the lead's story in the next paragraph with no day of its
own; the lead's day (of the deed, or of the saying for the speaker's own words) dates it.
"""

from __future__ import annotations

from datetime import date

import pytest

from interaction_helpers import dated_to
from backchannel.timex import resolve

JUN = date(2026, 6, 5)
RUN = "interactions.timing.lead_run"
STATEMENT = "interactions.timing.lead_statement_day"
ONE_DAY = "interactions.timing.one_release_day"


@pytest.mark.parametrize("text, anchor, future, value", [
    ("In early summer 2014", JUN, False, "2014-06"),
    ("in late spring", JUN, False, "2026-05"),
    ("by mid-autumn 2019", JUN, False, "2019-10"),
    ("late summer of 2021", JUN, False, "2021-08"),
    ("in early spring", JUN, True, "2027-03"),  # a planned one: the coming spring's first month
    ("in early winter 2014", JUN, False, "2014"),  # a winter straddles two years: its year
    ("in the summer of 2006", JUN, False, "2006"),  # a whole season stays its year
])
def test_a_part_of_a_season_is_its_month(text, anchor, future, value):
    assert resolve(text, anchor, future) == value


def test_a_season_part_dates_its_act(dated_acts):
    found = dated_to(dated_acts("2026-06-09")("In late spring 2025, Anna Berg wrote to Ivan Holm."), "message")
    assert [v for v, _ in found] == ["2025-05"]


ONE_DAY_REPORT = ("Ostland freed Anna Berg on Friday, officials said.\n\nAnna Berg was flown to Lund on {} night."
                  "\n\nThe two states had argued over the case for years.\n\nIn a prisoner exchange, Ivan Holm was "
                  "released by Westmark at the border.")


def test_a_journey_the_day_before_keeps_the_one_release_day(dated_acts):
    found = dated_to(dated_acts("2023-05-27")(ONE_DAY_REPORT.format("Thursday")), "release", "ivan-holm")
    assert found == [("2023-05-26", ONE_DAY)]


def test_a_journey_two_days_off_is_a_second_day(dated_acts):
    found = dated_to(dated_acts("2023-05-27")(ONE_DAY_REPORT.format("Wednesday")), "release", "ivan-holm")
    assert [v for v, _ in found] == [None]


@pytest.mark.parametrize("published, text, kind, value", [
    ("2026-06-10", "Former envoy and Westmark mediator Anna Berg resumed her mission on Tuesday, holding talks with "
     "both sides.\n\nMs. Berg held a short meeting in Lund with the rebels before meeting Ivan Holm.", "meet",
     "2026-06-09"),
    ("1998-03-04", "Anna Berg opened talks in Lund on Monday.\n\nBerg met the Free Hill Front's envoys at a hotel.",
     "meet", "1998-03-02"),
])
def test_the_lead_s_day_dates_the_next_paragraph_s_deed(dated_acts, published, text, kind, value):
    assert (value, RUN) in dated_to(dated_acts(published)(text), kind)


@pytest.mark.parametrize("text", [
    # another doer
    "Anna Berg opened talks in Lund on Monday.\n\nIvan Holm met the Free Hill Front's envoys at a hotel.",
    # not the paragraph after the lead
    "Anna Berg opened talks in Lund on Monday.\n\nThe war has gone on for years.\n\nBerg met the Free Hill "
    "Front's envoys at a hotel.",
    # a past perfect tells an older deed
    "Anna Berg opened talks in Lund on Monday.\n\nBerg had met the Free Hill Front's envoys at a hotel.",
    # a plan
    "Anna Berg opened talks in Lund on Monday.\n\nBerg will meet the Free Hill Front's envoys at a hotel.",
])
def test_no_lead_day_for_another_doer_a_later_paragraph_or_another_time(dated_acts, text):
    assert RUN not in [r for _, r in dated_to(dated_acts("1998-03-04")(text), "meet")]


@pytest.mark.parametrize("published, text, kind, value", [
    ("2026-06-11", "Westmark's envoy Anna Berg said on Wednesday that the talks were over.\n\nBerg told reporters "
     "in Lund that Westmark and Ostland \u201chave reached an agreement on the sequence\u201d.", "agree", "2026-06-10"),
    ("2008-02-28", "Anna Berg on Wednesday reported that the rebels had freed four captives.\n\n\u201cThe group "
     "landed safely. Ivan Holm talked to Karl Sten,\u201d Berg explained.", "contact", "2008-02-27"),
])
def test_the_speaker_s_next_paragraph_words_take_the_lead_s_saying_day(dated_acts, published, text, kind, value):
    assert (value, STATEMENT) in dated_to(dated_acts(published)(text), kind)


def test_another_speaker_s_words_take_no_saying_day(dated_acts):
    text = ("Westmark's envoy Anna Berg said on Wednesday that the talks were over.\n\nIvan Holm told reporters "
            "in Lund that Westmark and Ostland \u201chave reached an agreement on the sequence\u201d.")
    assert STATEMENT not in [r for _, r in dated_to(dated_acts("2026-06-11")(text), "agree")]
