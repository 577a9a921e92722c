"""The time of an act: each test is named after the rule id it checks (invented sentences only).

Why: the rules of ``extract/interactions/timing_constructions.py`` carry an act's date when its
own words do not (a clause-final date hung low by the parser, a "with"-clause, a sourcing phrase,
a run told inside one quotation) or keep a date that belongs to another event off it (the past
bound). Each is pinned here on several shapes, with the shapes it must leave alone.
"""

from __future__ import annotations

from datetime import date

import pytest
from interaction_helpers import dated

from backchannel.timex import has_year, reads_ahead, resolve

PUB = "2026-06-05"  # a Friday


@pytest.fixture(scope="module")
def acts(dated_acts):
    return dated_acts(PUB)


# -- interactions.timing.clause_final_time ----------------------------------------------
@pytest.mark.parametrize("text, kind, value", [
    # the parser hangs the date on the last conjunct, past a participle used as a preposition
    ("Norland's foreign office coordinated a prisoner swap between Vesnia and Karelo, including the "
     "engineer Tomas Reyk and four other detainees in Portavel on Thursday.", "mediate", "2026-06-04"),
    # the date hangs inside the purpose phrase
    ("Lidia Marsh visited President Ivo Dran for talks on the water question last Tuesday.", "meet", "2026-05-26"),
])
def test_interactions_timing_clause_final_time(acts, text, kind, value):
    found = dated(acts(text), kind)
    assert found and all(v == value for v, _ in found)
    assert (value, "interactions.timing.clause_final_time") in found


def test_interactions_timing_clause_final_time_not_across_a_clause(acts):
    # the date is the minister's arrival, told in a relative clause
    found = dated(acts("The envoy met the Karelan minister, who arrived in Portavel on Tuesday."), "meet")
    assert found and all(v is None for v, _ in found)


# -- interactions.timing.with_elaboration -----------------------------------------------
@pytest.mark.parametrize("text", [
    # the date sits on the main event's object; the act is told by "officials saying"
    "Vesnia and Karelo held a detainee swap Friday at Portavel airport, with officials saying Vesnia "
    "released a Karelan pilot for two border guards.",
    # no speech verb: "with X freeing Y"
    "Vesnia and Karelo swapped prisoners on Friday, with Vesnia freeing a Karelan pilot.",
])
def test_interactions_timing_with_elaboration(acts, text):
    found = [(v, r) for t, s, _, v, r in acts(text) if t == "release" and s == "vesnia"]
    assert ("2026-06-05", "interactions.timing.with_elaboration") in found


def test_interactions_timing_with_elaboration_keeps_the_act_own_date(acts):
    found = acts("Vesnia and Karelo swapped prisoners on Friday, with officials saying Vesnia had freed a "
                 "Karelan pilot last month.")
    assert ("2026-05", "interactions.frames.release.free") in {(v, r) for t, *_, v, r in found if t == "release"}
    assert all(r != "interactions.timing.with_elaboration" for *_, r in found)


# -- interactions.timing.sourced_act ----------------------------------------------------
def test_interactions_timing_sourced_act(acts):
    found = dated(acts("On Monday Vesnia and Karelo signed a truce in Ostra. Lidia Marsh met Ivo Dran there, "
                       "according to the Ostra Herald."), "meet")
    assert found == [("2026-06-01", "interactions.timing.sourced_act")]


def test_interactions_timing_sourced_act_keeps_the_paragraph(acts):
    # the dated sentence is in another paragraph and dates no scene: no date
    found = dated(acts("Vesnian officials said talks with Karelo began on Monday.\n\n"
                       "Lidia Marsh met Ivo Dran in Ostra, according to the Ostra Herald."), "meet")
    assert found and all(v is None for v, _ in found)


def test_interactions_timing_sourced_act_not_a_quoted_day(acts):
    # "'Today, X ...,' Y said": the day is inside Y's words, it opens no narrated run of events
    found = dated(acts("Vesnia freed an engineer on Thursday.\n\n\u201cToday, the president brought home "
                       "another detained engineer,\u201d Lidia Marsh said in a statement.\n\n"
                       "Marsh has held phone calls with Ivo Dran on several occasions, "
                       "officials in Ostra said."), "contact")
    assert found and all(v is None for v, _ in found)


# -- interactions.timing.quoted_run -----------------------------------------------------
@pytest.mark.parametrize("text", [
    '"On May 30, we freed ten Karelan soldiers. In return, Karelo handed over twelve Vesnian guards," '
    'the Vesnian ministry said.',
    '"On May 30, we freed ten Karelan soldiers. In return, Karelo handed over twelve Vesnian guards," '
    'the Vesnian ministry said. Karelo released a pilot.',
])
def test_interactions_timing_quoted_run(acts, text):
    found = [(v, r) for t, s, g, v, r in acts(text) if t == "release" and s == "karelo" and g]
    assert found == [("2026-05-30", "interactions.timing.quoted_run")]


def test_interactions_timing_quoted_run_only_inside_one_quotation(acts):
    # the date is that of the ministry's words, told outside the quotation that holds the act
    found = acts('The Vesnian ministry said on Monday that it had freed ten Karelan soldiers. "Karelo handed '
                 'over twelve Vesnian guards," it said.')
    assert [v for t, s, _, v, _ in found if t == "release" and s == "karelo"] == [None]


# -- interactions.timing.past_bound -----------------------------------------------------
def test_interactions_timing_past_bound(acts):
    # the range is the next round's, not the meeting's: the meeting is dated by yesterday
    found = dated(acts("Yesterday the Vesnian delegation arrived in Ostra. The delegation met Ivo Dran for talks "
                       "on the next round in Portavel from June 18 to 21."), "negotiate")
    assert found == [("2026-06-04", "interactions.timing.past_bound")]
    # an invitation sent in the past is not dated by the talks it invites to
    found = dated(acts("Norland invited Vesnia and Karelo to talks in Ostra from June 18 to 21."), "contact")
    assert found and all(v is None for v, _ in found)


@pytest.mark.parametrize("text, kind, value", [
    ("Lidia Marsh will meet Ivo Dran in Portavel on June 8.", "meet", "2026-06-08"),  # planned: not bound
    ("The envoy met Ivo Dran on June 8, 2025.", "meet", "2025-06-08"),  # the year is the writer's own
    ("Karelo released two Vesnian fishermen on June 6.", "release", "2026-06-06"),  # a day of slack
])
def test_interactions_timing_past_bound_leaves_alone(acts, text, kind, value):
    assert [v for v, _ in dated(acts(text), kind)] == [value]


# -- interactions.timing.near_future_day ------------------------------------------------
@pytest.mark.parametrize("text", [
    "Vesnia hosts talks between Karelo and Norland in Ostra on June 18.",
    "Talks between Vesnia and Karelo are set for June 18 in Ostra.",
])
def test_interactions_timing_near_future_day(acts, text):
    assert ("2026-06-18", "interactions.timing.near_future_day") in dated(acts(text), "negotiate")


@pytest.mark.parametrize("text, anchor, value", [
    ("from March 18 to 21", date(2003, 3, 14), "2003-03-18/2003-03-21"),  # four days ahead: this March
    ("on March 18", date(2003, 3, 14), "2003-03-18"),
    ("on 2 January", date(2024, 12, 30), "2025-01-02"),  # across the new year
    ("on March 18", date(2003, 1, 2), "2002-03-18"),  # 75 days ahead: last year's
    ("on March 10", date(2003, 3, 14), "2003-03-10"),  # before the anchor: unchanged
])
def test_interactions_timing_near_future_day_resolution(text, anchor, value):
    assert resolve(text, anchor) == value
    assert reads_ahead(text, anchor) == (resolve(text, anchor, near=False) != value)


def test_has_year():
    assert has_year("on June 8, 2025") and has_year("in 2019") and has_year("2024-02-29")
    assert not has_year("on June 8") and not has_year("two weeks ago")


# -- interactions.timing.definite_event -------------------------------------------------
def test_interactions_timing_definite_event(acts):
    found = dated(acts("The releases form part of an accord reached by Vesnia and the Karelan rebels during "
                       "talks in Ostra in March 2024.\n\nUnder the deal, Vesnia and the rebels agreed to free all "
                       "prisoners."), "agree")
    assert ("2024-03", "interactions.timing.definite_event") in found


@pytest.mark.parametrize("text", [
    # the nearest earlier agreement has no date: nothing to take
    "The releases follow an agreement reached by Vesnia and the rebels in Ostra.\n\nUnder the deal, Vesnia and "
    "the rebels agreed to free all prisoners.",
    # "ten exchanges" are not one event that "this latest exchange" refers to
    "Ten exchanges of prisoners between Vesnia and Karelo took place this year.\n\nThis latest exchange between "
    "Vesnia and Karelo was brokered by Norland.",
])
def test_interactions_timing_definite_event_needs_one_dated_antecedent(acts, text):
    found = acts(text)
    assert found and all(r != "interactions.timing.definite_event" for *_, r in found)
    assert all(v is None for t, *_, v, _ in found if t == "agree")


# -- interactions.merge.same_act: nested dates -------------------------------------------
def test_interactions_merge_same_act_keeps_the_finer_of_nested_dates(acts):
    found = acts("Last year, Vesnia and Karelo opened direct negotiations on their sea border. "
                 "The negotiations between Vesnia and Karelo began in October 2025 under Norland's mediation.")
    neg = [(v, r) for t, *_, v, r in found if t == "negotiate"]
    assert neg == [("2025-10", "interactions.merge.same_act")]


def test_interactions_merge_same_act_keeps_two_different_dates_apart(acts):
    found = acts("In March, Vesnia and Karelo opened direct negotiations on their sea border. "
                 "The negotiations between Vesnia and Karelo resumed in October 2025 under Norland's mediation.")
    assert sorted(v for t, *_, v, _ in found if t == "negotiate") == ["2025-10", "2026-03"]


def test_interactions_merge_same_act_never_fills_a_self_loop(acts):
    # one telling lacks its source; filling it from the other would make the delegation meet itself
    found = acts("The rebels reconsidered when the hierarchy met the visiting Norland delegation yesterday.\n\n"
                 "The visiting Norland delegation met rebel leader Ivo Dran in Ostra yesterday.")
    meets = [(s, g) for t, s, g, *_ in found if t == "meet"]
    assert meets and all(s != g for s, g in meets)
    assert ("visiting-norland-delegation", "ivo-dran") in meets


# -- interactions.timing.retold_act ------------------------------------------------------
def test_interactions_timing_retold_act(acts):
    found = acts("The rebels reconsidered when their commanders met the visiting Norland delegation yesterday.\n\n"
                 "The visiting Norland delegation led by Lidia Marsh met rebel leader Ivo Dran in Ostra for "
                 "preparatory talks.")
    meets = {(s, g): (v, r) for t, s, g, v, r in found if t == "meet"}
    assert meets[("visiting-norland-delegation", "ivo-dran")] == ("2026-06-04", "interactions.timing.retold_act")


@pytest.mark.parametrize("text", [
    # no party in common: another act
    "Vesnia freed two Karelan fishermen on Monday.\n\nNorland freed a Karelan pilot at the port of Ostra.",
    # negated: not the act told again
    "Lidia Marsh met Ivo Dran on Monday.\n\nLidia Marsh did not meet Ivo Dran again.",
])
def test_interactions_timing_retold_act_needs_the_same_act(acts, text):
    found = acts(text)
    assert all(r != "interactions.timing.retold_act" for *_, r in found)
    assert sum(v is None for *_, v, _ in found) == 1
