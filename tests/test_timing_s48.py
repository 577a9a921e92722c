"""Rules of the forty-eighth session on an act's time (invented names and sentences only).

Why: interactions.timing.adjunct_main_day and purpose_day: an errand and the infinitive or bare
participle that says what it was for are one occasion, and the parser hangs the day where the
act's own path never passes (on the errand's object, on a gerund, on the infinitive).
interactions.timing.occasion_clause_day: an act set at an occasion takes the day a clause on the
occasion's noun gives. Each test has near misses: a date that belongs to another act must not
spread. timex.listed_days: "on 8 and 11 October" is two occasions (the first dates the act),
as "Monday and Thursday" already was; following days and "between" stay a range.
"""

from __future__ import annotations

from datetime import date

import pytest

from backchannel.timex import resolve
from interaction_helpers import dated_to

ADJUNCT = "interactions.timing.adjunct_main_day"
PURPOSE = "interactions.timing.purpose_day"
OCCASION = "interactions.timing.occasion_clause_day"
SAT = "2026-06-06"  # a Saturday: Monday is 06-01, Tuesday 06-02, Thursday 06-04


def rules(found: list) -> list:
    """The time rules of the found (value, rule) pairs."""
    return [r for _, r in found]


@pytest.mark.parametrize("text, kind, target, value", [
    # the day on the errand's object, the act in its purpose infinitive
    ("Western mediators Anna Berg and Karl Lind made yet another crisis trip to Norland on Thursday to meet "
     "President Holm.", "meet", "holm", "2026-06-04"),
    # the day on a gerund of the main clause, the act in a bare participle after it
    ("Anna Berg launched back into brokering the accord on Tuesday, holding talks with Ivan Holm.",
     "negotiate", "ivan-holm", "2026-06-02"),
])
def test_an_adjunct_clause_takes_its_main_clause_s_day(dated_acts, text, kind, target, value):
    assert (value, ADJUNCT) in dated_to(dated_acts(SAT)(text), kind, target)


@pytest.mark.parametrize("text", [
    # the day of another event ("after the truce"), not the main clause's
    "Anna Berg arrived after the May 3 truce, holding talks with Ivan Holm.",
    # a reduced relative tells another event ("seized on Monday")
    "Anna Berg freed the captives seized on Monday to please Ivan Holm and met him.",
    # the topic of a meeting is not its act, and a statement's day is another telling's
    "Anna Berg and Karl Lind met to discuss the release of Ivan Holm, according to a Thursday statement.",
])
def test_no_main_clause_day_from_another_event(dated_acts, text):
    assert ADJUNCT not in [r for *_, r in dated_acts(SAT)(text)]


@pytest.mark.parametrize("text, value", [
    ("Ivan Holm phoned Anna Berg to discuss the truce on Tuesday evening.", "2026-06-02"),
    ("Ivan Holm said Anna Berg called him to discuss the ceasefire on Friday morning.", "2026-06-05"),
])
def test_a_call_takes_the_day_on_its_purpose_infinitive(dated_acts, text, value):
    assert (value, PURPOSE) in dated_to(dated_acts(SAT)(text), "contact")


@pytest.mark.parametrize("text, kind", [
    # asking: the infinitive tells a later act, its day is not the asking's
    ("Anna Berg asked Ivan Holm to meet the Free Hill Front on Friday.", "demand"),
    # the day inside the infinitive's object is its event's ("his victory on Sunday")
    ("Anna Berg called Ivan Holm to congratulate him on his victory on Sunday.", "contact"),
])
def test_no_purpose_day_for_asking_or_a_day_inside_the_object(dated_acts, text, kind):
    found = dated_to(dated_acts(SAT)(text), kind)
    assert found and PURPOSE not in rules(found)


@pytest.mark.parametrize("text, kind, value", [
    ("Anna Berg met Ivan Holm at a meeting convened in Lund on Monday.", "meet", "2026-06-01"),
    ("Anna Berg met Ivan Holm on the sidelines of a summit held in Lund on Monday.", "meet", "2026-06-01"),
    ("Anna Berg held talks with Ivan Holm at a conference that opened in Lund on Monday.", "negotiate",
     "2026-06-01"),
    # a planned act at a coming occasion
    ("Anna Berg will meet Ivan Holm at a summit that opens on Friday.", "meet", "2026-06-12"),
])
def test_an_act_at_an_occasion_takes_the_occasion_s_day(dated_acts, text, kind, value):
    assert (value, OCCASION) in dated_to(dated_acts(SAT)(text), kind)


@pytest.mark.parametrize("text", [
    # "after": the occasion is before the act
    "Anna Berg met Ivan Holm after talks held in Lund on Monday.",
    # not an occasion where people meet
    "Anna Berg met Ivan Holm in a city shelled on Monday.",
    # a done act at an occasion said to come later
    "Anna Berg met Ivan Holm in Lund, the venue of a summit that opens next month.",
])
def test_no_occasion_day_after_another_noun_or_a_coming_occasion(dated_acts, text):
    assert OCCASION not in rules(dated_to(dated_acts(SAT)(text), "meet"))


CONJUNCT = "interactions.timing.conjunct_adjunct_day"


@pytest.mark.parametrize("text, target", [
    ("The gunmen freed 12 passengers and unloaded their luggage during a stopover in Westport on Friday.", None),
    ("The Free Hill Front freed 12 hostages and unloaded a body during a stop in Westport on Friday.", "hostages"),
])
def test_a_day_closing_one_doer_s_conjuncts_dates_the_first(dated_acts, text, target):
    assert ("2026-06-05", CONJUNCT) in dated_to(dated_acts(SAT)(text), "release", target)


@pytest.mark.parametrize("text", [
    # inside a reduced relative: another event's day
    "The rebels freed two hostages and flew to a town seized on Monday.",
    # "after" another event
    "The rebels freed two hostages and flew to Lund after the truce of May 3.",
    # a conjunct with its own subject keeps its own time
    "The rebels freed two hostages, and the army shelled the town on Friday.",
])
def test_no_conjunct_day_from_another_event_or_clause(dated_acts, text):
    assert [v for v, _ in dated_to(dated_acts(SAT)(text), "release")] == [None]


@pytest.mark.parametrize("text, value", [
    ("on 8 and 11 October", "2010-10-08"),  # two days apart: a list, the first dates the act
    ("on October 8 and 11", "2010-10-08"),
    ("May 3 and 7, 2009", "2009-05-03"),
    ("on 8 and 9 October", "2010-10-08/2010-10-09"),  # following days: one run
    ("between 8 and 11 October", "2010-10-08/2010-10-11"),  # "between": the two ends of a range
    ("from 8 to 11 October", "2010-10-08/2010-10-11"),
])
def test_listed_days_of_a_month_are_two_occasions(text, value):
    assert resolve(text, date(2010, 10, 20)) == value


def test_a_listed_day_dates_its_act(dated_acts):
    found = dated_to(dated_acts("2010-10-20")("Anna Berg met Ivan Holm on 8 and 11 October in Lund."), "meet")
    assert [v for v, _ in found] == ["2010-10-08"]
