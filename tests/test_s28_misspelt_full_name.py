"""One person's full name transliterated two ways in one report (``actors.parties.misspelt_full_name``,
session 28; every sentence invented)."""

from __future__ import annotations

import pytest

from backchannel.pipeline import analyze_text


def persons(text: str) -> list[str]:
    d = analyze_text(text, published="2031-05-04")
    return sorted(a.name for a in d.actors if a.kind == "person")


@pytest.mark.parametrize("text, one", [
    ("The researcher Elena Tsourkova was freed on Tuesday. Officials said Elena Tsurkova was in good health.",
     {"Elena Tsourkova", "Elena Tsurkova"}),
    ("Mediator Omar Haddadin flew to Pell. Later, Omar Hadaddin met the rebels.", {"Omar Haddadin", "Omar Hadaddin"}),
    ("Pavel Dimitrov said the talks failed, and Pavel Dmitrov repeated it on Friday.",
     {"Pavel Dimitrov", "Pavel Dmitrov"}),
    ("Freed captive Yuri Kolesnikov thanked the envoy. Yuri Kollesnikov said he was well.",
     {"Yuri Kolesnikov", "Yuri Kollesnikov"}),
    ("Negotiator Ahmad Mansouri arrived in Pell. The rebels welcomed Ahmad Mansuri at the border.",
     {"Ahmad Mansouri", "Ahmad Mansuri"}),
    ("Journalist Karl Dahlgrenn was released after talks in Pell; Karl Dahlgren thanked the mediators.",
     {"Karl Dahlgrenn", "Karl Dahlgren"}),
])
def test_one_person_spelt_two_ways_is_one_actor(text: str, one: set[str]) -> None:
    got = persons(text)
    assert len([n for n in got if n in one]) == 1, got


@pytest.mark.parametrize("text", [
    "Ivan Petrov and Ivan Petrova met in Pell.",  # a gendered ending: two people
    "John Smith said Jane Smyth was freed.",  # other given names
    "Omar Haddad and Omar Hadad met; a cousin, Ali Hadad, joined them.",  # a third person shares a surname
])
def test_near_misses_stay_two_people(text: str) -> None:
    got = persons(text)
    assert len(got) >= 2, got
