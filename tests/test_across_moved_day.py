"""Rule across.links.moved_day: two reports giving different days for the leg that brought the freed to one
state contradict on time. Every text here is invented."""

from __future__ import annotations

from datetime import date

from across_helpers import Report

from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.movedday import day_of

RULE = "across.links.moved_day"


def _report(doc: str, text: str, published: str, freed: str | None = None, claim: str | None = None) -> Report:
    r = Report(doc, text, published=published, source=f"Outlet {doc}")
    r.actor("ostland", "Ostland", kind="state")
    if "Westmark" in text:
        r.actor("westmark", "Westmark", kind="state")
    if freed:
        r.actor("berg", freed, kind="person", mention=freed)
        r.act("i1", "release", "ostland", "berg", f"Ostland freed {freed}")
    if claim:
        r.actor("vos", "Piet Vos", kind="person")
        r.say("c1", "vos", claim)
    return r


def _moved(*reports: Report) -> list[dict]:
    return [lk for lk in resolve_dossiers(iter([r.d for r in reports])).links if RULE in lk.get("note", "")]


def test_named_captive_and_freed_group_on_two_days() -> None:
    a = _report("d1", "Ostland freed Anna Berg after two years. Anna Berg arrived in Westmark on Monday evening, "
                      "her family said.", "2031-05-07", freed="Anna Berg")  # 2031-05-07 is a Wednesday
    b = _report("d2", "The Ostland government freed three foreigners. The released detainees were flown to "
                      "Westmark on Tuesday, officials said.", "2031-05-07")
    got = _moved(a, b)
    assert len(got) == 1 and got[0]["on"] == "time" and got[0]["kind"] == "contradicts"
    assert {got[0]["a"]["doc"], got[0]["b"]["doc"]} == {"d1", "d2"}


def test_capital_is_its_state_and_a_claim_is_the_end() -> None:
    a = _report("d1", "Ostland freed Anna Berg. Piet Vos said the freed men were transferred to Oslo on Sunday "
                      "night.", "2031-05-06", claim="the freed men were transferred to Oslo on Sunday night")
    b = _report("d2", "The hostages from Ostland were taken to Norway on Monday, officials said.", "2031-05-06")
    got = _moved(a, b)
    ends = {(e["doc"], e.get("claim")) for e in (got[0]["a"], got[0]["b"])} if got else set()
    assert ("d1", "c1") in ends


def test_same_day_and_other_movers_are_no_dispute() -> None:
    a = _report("d1", "The freed captives arrived in Westmark on Monday from Ostland.", "2031-05-06")
    b = _report("d2", "Ostland's released prisoners landed in Westmark on Monday afternoon.", "2031-05-06")
    c = _report("d3", "Ostland's envoy arrived in Westmark on Sunday for talks.", "2031-05-06")
    assert not _moved(a, b, c)


def test_legs_far_apart_or_still_to_come_are_no_dispute() -> None:
    a = _report("d1", "The freed captives of Ostland arrived in Westmark on May 1.", "2031-05-09")
    b = _report("d2", "The released prisoners of Ostland landed in Westmark on May 8.", "2031-05-09")
    c = _report("d3", "The released prisoners of Ostland will be flown to Westmark on May 2.", "2031-05-09")
    assert not _moved(a, b, c)


def test_a_weekday_is_more_precise_than_today() -> None:
    saturday = date(2031, 5, 10)
    assert day_of("those freed were moved there today, friday, before dawn", saturday) == date(2031, 5, 9)
    assert day_of("they landed there today", saturday) == saturday
    assert day_of("they landed on monday or tuesday", saturday) is None


def test_a_phrase_verb_and_a_date_with_its_month() -> None:
    a = _report("d1", "Ostland's freed hostages touched down in Westmark on June 3, officials said.", "2031-06-05")
    b = _report("d2", "The captives Ostland released were brought to Westmark on 4 June.", "2031-06-05")
    got = _moved(a, b)
    assert len(got) == 1 and "2031-06-03" in got[0]["note"] and "2031-06-04" in got[0]["note"]
