"""One person's full name transliterated two ways in one report (``actors.parties.misspelt_full_name``,
session 28; every sentence invented)."""

from __future__ import annotations

import pytest

from backchannel.pipeline import analyze_text


def persons(text: str) -> list[str]:
    d = analyze_text(text, published="2031-05-04")
    return sorted(a.name for a in d.actors if a.kind == "person")


@pytest.mark.parametrize("text, one", [
    ("The researcher Elena Vorontsova was freed on Tuesday. Officials said Elena Vorontzova was in good health.",
     {"Elena Vorontsova", "Elena Vorontzova"}),
    ("Mediator Omar Haddadin flew to Pell. Later, Omar Hadaddin met the rebels.", {"Omar Haddadin", "Omar Hadaddin"}),
    ("Pavel Dimitrov said the talks failed. On Friday Pavel Dmitrov repeated it.",
     {"Pavel Dimitrov", "Pavel Dmitrov"}),
    ("Freed captive Yuri Kolesnikov thanked the envoy. Yuri Kollesnikov said he was well.",
     {"Yuri Kolesnikov", "Yuri Kollesnikov"}),
    ("Negotiator Ahmad Mansouri arrived in Pell. The rebels welcomed Ahmad Mansuri at the border.",
     {"Ahmad Mansouri", "Ahmad Mansuri"}),
    ("Journalist Karl Dahlgrenn was released after talks in Pell. Karl Dahlgren thanked the mediators.",
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


@pytest.mark.parametrize("text, full", [
    ("The delegation was made up of Somsak Chaiyaporn, Karl Dahl and Ilse Marren. Mr Somsak, an adviser to the "
     "speaker, later confirmed the talks.", "Somsak Chaiyaporn"),
    ("The mediators were Somchai Wongsawat and Karl Dahl. Mr Somchai said the hostages were safe.",
     "Somchai Wongsawat"),
    ("Negotiator Jonsi Gunnarsdottir arrived in Pell. Ms Jonsi told reporters the talks had begun.",
     "Jonsi Gunnarsdottir"),
    ("The envoy Budi Santoso met the rebels on Monday. Dr Budi said a truce was near.", "Budi Santoso"),
    ("Delegates included Wiranto Hadi, a former minister. Mr Wiranto said the prisoners would be freed.",
     "Wiranto Hadi"),
    ("Ola Brandt met the envoy. Mr Brandt said the talks went well.", "Ola Brandt"),  # the usual surname join
])
def test_honorific_and_given_name_is_the_full_name(text: str, full: str) -> None:
    d = analyze_text(text, published="2031-05-04")
    first = full.split()[0] if full != "Ola Brandt" else "Brandt"
    holders = [a for a in d.actors if any(m.text == first or m.text.endswith(" " + first) for m in a.mentions)
               or a.name == first]
    assert len(holders) == 1 and holders[0].name == full and holders[0].kind == "person", \
        [(a.name, a.kind, [m.text for m in a.mentions]) for a in d.actors]


def test_a_given_name_that_is_another_s_surname_stays_the_surname() -> None:
    d = analyze_text("Karl Somchai met Somchai Wongsawat. Mr Somchai said the talks went well.", published="2031-05-04")
    karl = next(a for a in d.actors if a.name == "Karl Somchai")
    assert len(karl.mentions) >= 1
    assert not any(a.name == "Somchai Wongsawat" and len(a.mentions) > 1 for a in d.actors)


@pytest.mark.parametrize("text", [
    "President Lee Jae-myung met the chairman Lee Jae-yong in Seoul.",  # family name first, hyphenated given names
    "Ivan Hamdan met Ivan Hamdin in Pell.",  # two people named side by side
])
def test_names_side_by_side_stay_two_people(text: str) -> None:
    assert len(persons(text)) >= 2, persons(text)


def test_an_organisation_named_after_a_person_stays_an_organisation() -> None:
    d = analyze_text("The Brandt Foundation hosted the talks in Oslo. Mr Brandt said the two sides had agreed to meet "
                     "again.", published="2031-05-04")
    kinds = {a.name: a.kind for a in d.actors}
    assert kinds.get("Brandt Foundation") == "organization", kinds
