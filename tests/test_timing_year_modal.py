"""A year written before an event noun, and a contracted modal ("he'd travel"): invented sentences,
each test named after the rule or helper it checks.

Why: "the 2024 attack that killed three soldiers" dates the killing though a bare year is no time
expression of its own, and "he'd travel on Wednesday" is a plan, so its Wednesday is the coming one.
"""

from __future__ import annotations

import pytest

PUB = "2025-05-17"  # a Saturday


@pytest.fixture(scope="module")
def acts(dated_acts):
    return dated_acts(PUB)


def times(found, kind: str) -> list[str | None]:
    return [v for t, _, _, v, _ in found if t == kind]


# -- interactions.timing.year_modifier -------------------------------------------------------
@pytest.mark.parametrize("text,kind,year", [
    ("Norland still mourns the 2024 attack that killed three of its soldiers in Kessel.", "attack", "2024"),  # relative
    ("Vesterland still denies a 2019 raid that killed two Norland border guards.", "attack", "2019"),
    ("The 2021 kidnapping of Ola Brandt by Vesterland gunmen shocked Norland.", "attack", "2021"),  # the noun itself
    ("Officials recalled the 2016 abduction of Jo Amsel by the rebels in Kessel.", "attack", "2016"),
])
def test_timing_year_modifier_dates_the_noun(acts, text, kind, year):
    found = acts(text)
    assert times(found, kind) == [year]
    assert [r for t, _, _, _, r in found if t == kind] == ["interactions.timing.year_modifier"]


@pytest.mark.parametrize("text,kind,bad", [
    # a number of people, not a year
    ("Vesterland freed 2,024 Norland prisoners on Friday.", "release", "2024"),
    # talks to revive an old deal are not dated by the deal's year
    ("Norland and Vesterland held talks on Friday to revive the 2015 accord.", "negotiate", "2015"),
    # a count of acts with its own qualifier, and the clause's own date
    ("Norway carried out more than 2000 airstrikes on Sweden last month.", "attack", "2000"),
])
def test_timing_year_modifier_near_misses(acts, text, kind, bad):
    vals = times(acts(text), kind)
    assert vals and bad not in vals


def test_timing_year_modifier_keeps_a_full_date(acts):
    vals = times(acts("Jo Amsel was taken in the October 7, 2023 raid that killed many Norland guards."), "attack")
    assert vals and "2023" not in vals  # the full date, not the bare year


# -- syntax.tree.modal_aux: "'d" is "would" before a bare verb ---------------------------------
@pytest.mark.parametrize("text", [
    "Ola Brandt said he'd travel to Kessel on Wednesday to meet Vesterland's foreign minister.",
    "Ola Brandt said he\u2019d travel to Kessel on Wednesday to meet Vesterland's foreign minister.",
])
def test_contracted_would_is_a_plan(acts, text):
    vals = times(acts(text), "meet")
    assert vals == ["2025-05-21"], vals  # the coming Wednesday


@pytest.mark.parametrize("text", [
    "She'd met Ola Brandt twice in Kessel before the war.",
    "Jo Amsel said she'd met Ola Brandt in Kessel on Wednesday.",
])
def test_contracted_had_before_a_participle_is_no_plan(analyze, text):
    assert all(i.modality != "planned" for i in analyze(text, published=PUB).interactions if i.type == "meet")


def test_contracted_had_stays_past(acts):
    vals = times(acts("Ola Brandt said he'd travelled to Kessel on Wednesday and met Vesterland's foreign minister."),
                 "meet")
    assert vals and set(vals) == {"2025-05-14"}, vals
