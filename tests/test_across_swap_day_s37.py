"""The day an exchange happened, each report its own (rule across.links.swap_day). Every text here is invented."""

from __future__ import annotations

import pytest
from across_helpers import Report

from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.swapday import swap_days

PUB = "2031-06-12"  # a Thursday


def days(text: str, published: str = PUB) -> list[str]:
    return [s.day for s in swap_days("d", text, published)]


@pytest.mark.parametrize("text,day", [
    ("The prisoner exchange between Lorvia and Castelia took place on Wednesday, officials said.", "2031-06-11"),
    ("Lorvia and Castelia swapped 40 prisoners each on Tuesday.", "2031-06-10"),
    ("On Monday, Lorvia and Castelia exchanged the bodies of soldiers killed in the fighting.", "2031-06-09"),
    ("The long-awaited swap finally came through yesterday at the border crossing.", "2031-06-11"),
    ("The handover was carried out on June 8 near the border.", "2031-06-08"),
    ("The exchange, the fifth this year, took place today.", "2031-06-12"),
])
def test_a_sentence_telling_the_day_of_an_exchange_is_read(text, day):
    assert days(text) == [day]


@pytest.mark.parametrize("text", [
    "The exchange will take place on Friday, officials said.",  # still to come
    "The swap is expected to happen on Saturday.",
    "The previous exchange took place on Monday.",  # an earlier exchange
    "Lorvia announced the exchange on Tuesday.",  # no verb of happening: the announcement's day
    "Lorvia freed 40 prisoners on Tuesday.",  # no exchange told as one event (the acts carry their days)
    "The exchange took place on Tuesday or Wednesday.",  # two days: none
    "Castelia swapped its negotiator on Tuesday.",  # a reciprocal verb with no two parties before it
])
def test_near_misses_give_no_day(text):
    assert days(text) == []


def report(doc: str, text: str, published: str = PUB) -> Report:
    r = Report(doc, text, published=published)
    r.actor("lorvia", "Lorvia", kind="state", mention="Lorvia")
    r.actor("castelia", "Castelia", kind="state", mention="Castelia")
    return r


def time_links(*reports: Report) -> list[dict]:
    res = resolve_dossiers([r.d for r in reports])
    return [lk for lk in res.links if lk["kind"] == "contradicts" and lk["on"] == "time"]


def pairs(links: list[dict]) -> set[tuple[str, str]]:
    return {tuple(sorted((lk["a"]["doc"], lk["b"]["doc"]))) for lk in links}  # type: ignore[misc]


def freeing(doc: str, day: str, published: str = PUB) -> Report:
    text = "Castelia released 40 Lorvian soldiers and Lorvia freed 40 Castelian soldiers."
    r = report(doc, text, published)
    r.actor("men", "Lorvian soldiers", kind="group", named=False)
    r.act("i1", "release", "castelia", "men", text, time=day, count=(40, "exactly"))
    return r


def test_an_exchange_told_on_two_days_is_disputed():
    r1 = report("r1", "Lorvia and Castelia exchanged 40 prisoners each on Tuesday, the Lorvian ministry said.")
    r2 = report("r2", "The prisoner exchange between Lorvia and Castelia took place on Wednesday, officials said.")
    links = time_links(r1, r2, freeing("r3", "2031-06-11"))
    assert pairs(links) == {("r1", "r2"), ("r1", "r3")}
    assert all("swap_day" in lk["note"] for lk in links)


def test_the_same_day_and_far_days_are_no_dispute():
    r1 = report("r1", "Lorvia and Castelia exchanged 40 prisoners each on Wednesday.")
    r2 = report("r2", "The prisoner exchange between Lorvia and Castelia took place on Wednesday.")
    assert time_links(r1, r2, freeing("r3", "2031-06-11")) == []
    r4 = report("r4", "The exchange between Lorvia and Castelia took place on June 1.")  # ten days before: another exchange
    assert time_links(r2, r4) == []


def test_a_later_round_told_by_a_later_report_is_no_dispute():
    r1 = report("r1", "The first exchange of Lorvia and Castelia took place today.", published="2031-06-09")
    r2 = report("r2", "Another exchange between Lorvia and Castelia took place today.", published="2031-06-10")
    assert time_links(r1, r2) == []


# -- other things exchanged (s37-xreview) ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "An exchange of fire between Lorvian and Castelian troops took place on Tuesday.",  # no people handed over
    "Lorvia and Castelia exchanged accusations on Tuesday over the stalled talks.",
    "Lorvia and Castelia traded messages on Monday through an intermediary.",
])
def test_an_exchange_of_other_things_gives_no_day(text):
    assert days(text) == []


def test_the_cease_fire_is_no_exchange_of_fire():
    assert days("Lorvia and Castelia swapped prisoners under the cease-fire on Tuesday.") == ["2031-06-10"]


@pytest.mark.parametrize("dead", [
    "On Wednesday, Lorvia and Castelia exchanged the bodies of soldiers killed in the fighting.",
    "The exchange of remains between Lorvia and Castelia took place on Wednesday.",
    "The body exchange between Lorvia and Castelia took place on Wednesday.",
])
def test_an_exchange_of_the_dead_is_no_day_of_the_prisoners_exchange(dead):
    prisoners = report("r1", "Lorvia and Castelia exchanged 40 prisoners each on Tuesday, officials said.")
    assert time_links(prisoners, report("r2", dead)) == []


def test_two_days_of_one_exchange_of_the_dead_are_still_disputed():
    r1 = report("r1", "On Tuesday, Lorvia and Castelia exchanged the bodies of soldiers killed in the fighting.")
    r2 = report("r2", "The exchange of remains between Lorvia and Castelia took place on Wednesday.")
    assert pairs(time_links(r1, r2)) == {("r1", "r2")}
