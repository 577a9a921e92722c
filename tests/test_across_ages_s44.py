"""A person's age told differently by two reports, rule ``across.links.age_differs`` (every text here is invented)."""

from __future__ import annotations

from datetime import date

import pytest
from across_helpers import Report

from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.ages import age_of, explained


@pytest.mark.parametrize("descriptor,age", [
    ("31-year-old nurse from Ostland", 31), ("the 32 years old pilot", 32), ("aged 45", 45),
    ("father of a 12-year-old", None), ("a 20-year-old sentence", None), ("envoy", None),
    ("31-year-old nurse and 40-year-old driver", None),  # two ages: whose?
])
def test_age_of_a_descriptor(descriptor, age):
    assert age_of(descriptor) == age


@pytest.mark.parametrize("a,b,ok", [
    ((31, date(2031, 4, 8)), (32, date(2031, 4, 8)), False),  # one day: one age
    ((31, date(2031, 4, 8)), (32, date(2031, 7, 1)), True),  # a birthday may fall between
    ((32, date(2031, 4, 8)), (31, date(2031, 7, 1)), False),  # younger later: no
    ((31, date(2030, 1, 1)), (31, date(2031, 6, 1)), False),  # a year and a half, no year older
    ((31, None), (31, date(2031, 6, 1)), True),
])
def test_explained_by_the_time_between(a, b, ok):
    assert explained(a, b) is ok


def _report(doc: str, text: str, descriptor: str, published: str, named: bool = True, claim: str | None = None) -> Report:
    r = Report(doc, text, published=published, source=f"Outlet {doc}")
    name = "Anna Berg" if named else "nurse"
    r.actor("berg", name, kind="person", named=named, descriptors=[descriptor],
            mention=name if named else "nurse")
    if claim:
        r.actor("front", "Free Hill Front", kind="group")
        r.say("c1", "front", claim)
    return r


def _age_links(*reports: Report) -> list[dict]:
    return [lk for lk in resolve_dossiers([r.d for r in reports]).links if "age_differs" in lk.get("note", "")]


FIRST = "Anna Berg, a 31-year-old nurse from Ostland, was freed on Monday."
SECOND = "The 32-year-old nurse Anna Berg was freed on Monday, officials in Westmark said."


def test_two_ages_of_one_person_on_one_day_contradict():
    links = _age_links(_report("r1", FIRST, "31-year-old nurse from Ostland", "2031-04-08"),
                       _report("r2", SECOND, "32-year-old nurse", "2031-04-08"))
    assert len(links) == 1 and links[0]["on"] == "count" and {links[0]["a"]["doc"], links[0]["b"]["doc"]} == {"r1", "r2"}
    assert all("start" in links[0][x] for x in "ab")  # passages: no claim holds them


def test_the_end_is_the_claim_that_holds_the_age():
    said = "Anna Berg, the 32-year-old nurse, walked free at noon"
    r2 = _report("r2", f"The Free Hill Front said {said}.", "32-year-old nurse", "2031-04-08", claim=said)
    links = _age_links(_report("r1", FIRST, "31-year-old nurse from Ostland", "2031-04-08"), r2)
    assert [lk for lk in links if {"doc": "r2", "claim": "c1"} in (lk["a"], lk["b"])]


@pytest.mark.parametrize("published,second", [
    ("2031-07-01", SECOND),  # three months on: a birthday may fall between
    ("2031-04-09", SECOND.replace("32", "31")),  # the same age
])
def test_near_misses_ages_that_may_both_be_right(published, second):
    desc = "32-year-old nurse" if "32" in second else "31-year-old nurse"
    assert _age_links(_report("r1", FIRST, "31-year-old nurse from Ostland", "2031-04-08"),
                      _report("r2", second, desc, published)) == []


def test_near_miss_an_unnamed_person_is_no_one_resolved():
    first = "The nurse, a 31-year-old from Ostland, was freed on Monday."
    second = "The 32-year-old nurse was freed on Monday."
    assert _age_links(_report("r1", first, "31-year-old from Ostland", "2031-04-08", named=False),
                      _report("r2", second, "32-year-old nurse", "2031-04-08", named=False)) == []


def test_near_miss_a_report_giving_two_ages_gives_none():
    text = "Anna Berg, a 31-year-old nurse, was freed. Berg, 33-year-old and from Ostland, went home."
    r1 = _report("r1", text, "31-year-old nurse", "2031-04-08")
    r1.d.actors[0].descriptors.append("33-year-old and from Ostland")
    assert _age_links(r1, _report("r2", SECOND, "32-year-old nurse", "2031-04-08")) == []


# -- s44 review: a past age, another's, a thing's; undated reports --------------------------------------------------
@pytest.mark.parametrize("descriptor,age", [
    ("the then 31-year-old nurse", None),
    ("who was abducted as a 25-year-old aid worker", None),
    ("a nurse abducted at the age of 25", None),
    ("a 70-year-old law", None),
    ("the 50-year-old group's leader", None),
    ("the 40-year-old's son", None),
    ("the emir's 31-year-old son Omar Hadi", 31),
    ("a 31-year-old daughter of a fisherman", 31),
    ("a 45-year-old engineer at the time of his arrest", None),
])
def test_age_of_a_past_or_another_s_age(descriptor, age):
    assert age_of(descriptor) == age


def test_an_undated_report_cannot_tell():
    assert explained((31, None), (35, date(2031, 6, 1)))
    assert explained((35, date(2031, 6, 1)), (31, None))
