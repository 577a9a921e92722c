"""Rule across.events.day_in_span (events.spans_meet, events.time_slot): a day and a span holding it ("over the
weekend") date one act across reports; a day outside the span does not. Every text here is invented."""

from __future__ import annotations

import pytest

from across_helpers import Report
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.events import times_compatible


@pytest.mark.parametrize("a,b", [
    ("2034-03-05", "2034-03-04/2034-03-05"),  # the Sunday of a weekend
    ("2034-03-04/2034-03-05", "2034-03-04"),  # the Saturday, either order
    ("2034-03", "2034-02-28/2034-03-01"),  # a month that holds one day of the span
    ("2034-03-01/2034-03-03", "2034-03-03/2034-03-06"),  # two spans sharing a day
    ("2034", "2034-03-04/2034-03-05"),
])
def test_a_span_and_a_day_inside_it_fit(a: str, b: str) -> None:
    assert times_compatible(a, b)


@pytest.mark.parametrize("a,b", [
    ("2034-03-06", "2034-03-04/2034-03-05"),  # the Monday after
    ("2034-03-03", "2034-03-04/2034-03-05"),  # the Friday before
    ("2034-04", "2034-03-04/2034-03-05"),
    ("2034-03-01/2034-03-02", "2034-03-04/2034-03-06"),
])
def test_a_day_outside_the_span_does_not(a: str, b: str) -> None:
    assert not times_compatible(a, b)


def agreement(doc: str, text: str, phrase: str, time: str) -> Report:
    r = Report(doc, text, published="2034-03-06")
    r.actor("front", "Free Hill Front", kind="group", mention="Free Hill Front")
    r.act("i1", "agree", "front", None, phrase, time=time)
    return r


def test_the_weekend_and_its_sunday_tell_one_agreement() -> None:
    r1 = agreement("r1", "The Free Hill Front agreed on Sunday to hand over the ledgers.", "agreed on Sunday",
                   "2034-03-05")
    r2 = agreement("r2", "Over the weekend the Free Hill Front accepted the handover of the ledgers.",
                   "accepted the handover", "2034-03-04/2034-03-05")
    [event] = [e for e in resolve_dossiers([r1.d, r2.d]).events if len(e["reports"]) > 1]
    assert event["time"]["value"] == "2034-03-05"  # the day, not the span


def test_two_days_never_join_through_a_span() -> None:
    r1 = agreement("r1", "The Free Hill Front agreed on Saturday to a pause in Tarn.", "agreed on Saturday",
                   "2034-03-04")
    r2 = agreement("r2", "The Free Hill Front agreed on Sunday to a pause in Tarn.", "agreed on Sunday",
                   "2034-03-05")
    r3 = agreement("r3", "Over the weekend the Free Hill Front agreed to a pause in Tarn.", "agreed to a pause",
                   "2034-03-04/2034-03-05")
    events = resolve_dossiers([r1.d, r2.d, r3.d]).events
    assert not any({"r1", "r2"} <= set(e["reports"]) for e in events)


def test_a_day_after_the_span_is_another_act() -> None:
    r1 = agreement("r1", "The Free Hill Front agreed on Monday to a pause in Tarn.", "agreed on Monday", "2034-03-06")
    r2 = agreement("r2", "Over the weekend the Free Hill Front agreed to a pause in Tarn.", "agreed to a pause",
                   "2034-03-04/2034-03-05")
    assert [e for e in resolve_dossiers([r1.d, r2.d]).events if len(e["reports"]) > 1] == []


@pytest.mark.parametrize("a,b", [
    ("2031-05-12", "2029/2033"),  # years of talks: a series, not one day's meeting
    ("2031-05-12", "2031-03/2031-05"),  # months
    ("2031-05-12", "2031-04-20/2031-06-10"),  # seven weeks of days
])
def test_a_long_span_does_not_meet_a_day_inside_it(a: str, b: str) -> None:
    assert not times_compatible(a, b)


def talks(doc: str, text: str, phrase: str, time: str) -> Report:
    r = Report(doc, text, published="2034-03-06")
    r.actor("front", "Free Hill Front", kind="group", mention="Free Hill Front")
    r.actor("ostland", "Ostland", kind="state", mention="Ostland")
    r.act("i1", "negotiate", "front", "ostland", phrase, time=time)
    return r


def test_years_of_talks_and_one_days_talks_stay_two_acts() -> None:
    r1 = talks("r1", "The Free Hill Front held talks with Ostland from 2029 to 2033.", "held talks with Ostland",
               "2029/2033")
    r2 = talks("r2", "The Free Hill Front met Ostland's envoys in Lund on 12 May 2031 for talks with Ostland.",
               "talks with Ostland", "2031-05-12")
    assert [e for e in resolve_dossiers([r1.d, r2.d]).events if len(e["reports"]) > 1] == []
