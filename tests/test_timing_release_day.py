"""interactions.timing.one_release_day on invented reports of several eras: a report that dates every
release it dates to one recent day dates a release it tells again with no day of its own (a retelling
paragraphs later, the other side of a swap, a release seen only through the captives' dated journey);
two release days, an old one, a plan, a denial or a sum date nothing."""

from __future__ import annotations

import pytest
from interaction_helpers import dated_to

RULE = "interactions.timing.one_release_day"


@pytest.mark.parametrize("published,text,target,value", [
    # a retelling two paragraphs after the dated lead, with the captives named
    ("1996-04-15", "Rebels of the Free Hill Front freed two Westmark aid workers on Sunday, the ministry in Lund "
     "said.\n\nThe Ostland government had refused to negotiate with the group for months.\n\nAnna Berg and Ivan "
     "Holm were released to officials of the Red Cross near the border.", "anna-berg", "1996-04-14"),
    # the other side of one swap, in a relative clause on the second captive
    ("1988-05-20", "Westmark and Ostland exchanged prisoners. Lund received Anna Berg on Thursday after Ostland "
     "released her, as well as Ivan Holm, who also arrived on a plane after Westmark released him.",
     "ivan-holm", "1988-05-19"),
    # only the captives' journey is dated ("recovered"), the release is told later with no day
    ("2019-11-20", "Anna Berg and Ivan Holm were recovered on Tuesday and are in good health, the Westmark "
     "government said.\n\nThe talks had been led by the Free Hill Front for a year.\n\nAnna Berg and Ivan Holm "
     "were released in a valley held by the rebels.", "ivan-holm", "2019-11-19"),
    # a group noun with no actor of its own arrives on a day; the release is a gerund in "in exchange for"
    ("2023-05-10", "Two Westmark engineers arrived in Lund on Tuesday.\n\nThe engineers were greeted by officials "
     "of the Free Hill Front. In exchange for Ostland freeing the engineers, Westmark released three Ostland "
     "sailors.", "ostland-sailors", "2023-05-09"),
])
def test_a_retold_release_takes_the_one_release_day(dated_acts, published, text, target, value):
    got = dated_to(dated_acts(published)(text), "release", target)
    # since s47 a lead that frees "two aid workers" the report then names gives each named captive a release of
    # the lead's day (interactions.counted_captives.named_set), and the retelling merges into it
    assert [d for d, _ in got] == [value] and got[0][1] in (RULE, "interactions.frames.release.free"), got


def test_a_tenseless_release_in_a_past_clause_takes_it(dated_acts):
    text = ("Ostland freed two Westmark engineers on Monday, the ministry said.\n\nAnna Berg and Tom Lind smiled "
            "broadly after being pardoned by Ostland President Karl Sten.")
    found = dated_to(dated_acts("2024-03-12")(text), "release", "tom-lind")
    assert found == [("2024-03-11", RULE)]


@pytest.mark.parametrize("text", [
    # an old release dated elsewhere: the report tells more than one release
    "Ostland freed two Westmark engineers on Monday.\n\nWestmark released three Ostland sailors in 2019 after "
    "a long trial.\n\nOstland released Ivan Holm in a later deal.",
    # two days: no one release day
    "Ostland freed two Westmark engineers on Monday. Westmark freed Anna Berg on Thursday.\n\nOstland released "
    "Ivan Holm in a later deal.",
])
def test_no_one_day_dates_nothing(dated_acts, text):
    assert [v for v, _ in dated_to(dated_acts("2024-03-12")(text), "release", "ivan-holm")] == [None]


def test_another_party_s_release_outside_a_swap_takes_no_day(dated_acts):
    text = "Ostland freed two Westmark engineers on Monday.\n\nThe Free Hill Front released Anna Berg at a port in the south."
    assert [v for v, _ in dated_to(dated_acts("2024-03-12")(text), "release", "anna-berg")] == [None]


@pytest.mark.parametrize("text", [
    "On Monday, Ostland released ten Westmark fishermen. Some 36 hours later, Westmark freed three Ostland guards.",
    "On Monday, Ostland released ten Westmark fishermen in a swap. Years later, Westmark freed three Ostland guards.",
])
def test_a_release_that_measures_its_own_time_takes_no_day(dated_acts, text):
    assert all(r != RULE for _, r in dated_to(dated_acts("2024-03-12")(text), "release"))


@pytest.mark.parametrize("text", [
    "Ostland freed two Westmark engineers on Monday in a swap.\n\nThe Free Hill Front had released Anna Berg "
    "and Tom Lind to the Red Cross.",
    "Ostland freed two Westmark engineers on Monday in a swap.\n\nThe Free Hill Front released Anna Berg and "
    "Tom Lind in an earlier round of talks.",
])
def test_a_release_before_the_news_takes_no_day(dated_acts, text):
    assert [v for v, _ in dated_to(dated_acts("2024-03-12")(text), "release", "tom-lind")] == [None]


def test_a_plan_a_sum_and_a_denial_take_no_day(dated_acts):
    text = ("Ostland freed two Westmark engineers on Monday.\n\nWestmark will release three Ostland sailors in "
            "return, officials said. Westmark has freed 300 Ostland prisoners so far. Westmark did not release "
            "Anna Berg.")
    found = dated_acts("2024-03-12")(text)
    assert all(r != RULE for _, r in dated_to(found, "release"))


def test_a_release_long_before_the_report_dates_nothing(dated_acts):
    text = ("Ostland freed two Westmark engineers on 3 March 2021.\n\nAnna Berg and Ivan Holm were released to "
            "officials of the Red Cross near the border.")
    assert all(r != RULE for _, r in dated_to(dated_acts("2024-03-12")(text), "release"))


# -- s44 review: a swap told as done, and the swap's own parties ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "Ostland freed two Westmark engineers on Monday.\n\nThe rebels and Ostland troops exchanged fire near the border "
    "last week.\n\nThe Free Hill Front released Anna Berg at a port in the south.",
    "Ostland freed two Westmark engineers on Monday.\n\nThe Free Hill Front demanded a prisoner exchange.\n\nThe "
    "Free Hill Front released Anna Berg at a port in the south.",
    "Ostland freed two Westmark engineers on Monday in a swap.\n\nIn a separate case, the Red Brigade released "
    "Anna Berg at a port in the south.",
    "Westmark and Ostland exchanged prisoners on Monday.\n\nThe Free Hill Front released Anna Berg at a port in "
    "the south.",
])
def test_no_swap_of_its_parties_dates_another_release(dated_acts, text):
    assert [v for v, _ in dated_to(dated_acts("2024-03-12")(text), "release", "anna-berg")] == [None]


@pytest.mark.parametrize("text", [
    "Anna Berg and Ivan Holm recovered from their wounds in a hospital in Lund on Wednesday.\n\nThe talks had been "
    "led by the Free Hill Front for a year.\n\nAnna Berg and Ivan Holm were released in a valley held by the rebels.",
    "Anna Berg and Ivan Holm were recovered from their injuries by Tuesday, doctors said.\n\nAnna Berg and Ivan Holm "
    "were released in a valley held by the rebels.",
])
def test_a_healing_is_no_journey_home(dated_acts, text):
    assert [v for v, _ in dated_to(dated_acts("2019-11-20")(text), "release", "ivan-holm")] == [None]
