"""Review of session 36's cross-report rules: corpora probing over- and under-firing (every text here is invented).

Rules: ``across.links.modality_agreed_before`` (a plan told as agreed in the past is no "still planned"),
``across.links.actor_times`` (go-betweens of mediations at times that never meet are no rivals),
``across.links.denial_mediation_earlier`` (a denial leaves the mediation of an earlier case),
``across.links.count_sum_apart`` (the number of a sum of money is no count of people).
"""

from __future__ import annotations

import pytest
from across_helpers import Report

from backchannel.resolve.across import resolve_dossiers


def _two(text: str, doc: str, day: str) -> Report:
    r = Report(doc, text, published=day)
    r.actor("lorvia", "Lorvia", kind="state", mention="Lorvia")
    r.actor("pell", "Pell", kind="state", mention="Pell")
    return r


def _modality(planned: str) -> list[dict]:
    """A swap told done on 2 May, and a report of 3 May telling it through ``planned``."""
    r1 = _two("Lorvia and Pell swapped five prisoners each on 2 May.", "r1", "2031-05-02")
    r1.act("i1", "release", "lorvia", "pell", "Lorvia and Pell swapped five prisoners each on 2 May",
           time="2031-05-02")
    r2 = _two(planned, "r2", "2031-05-03")
    r2.act("i1", "release", "lorvia", "pell", planned.rstrip("."), modality="planned")
    res = resolve_dossiers([r1.d, r2.d])
    return [lk for lk in res.links if lk["kind"] == "contradicts" and lk["on"] == "modality"]


@pytest.mark.parametrize("planned", [
    "Under the accord, Lorvia and Pell had agreed to trade five captives apiece.",
    "Under the accord, Lorvia pledged to free five prisoners held by Pell.",
    "Lorvia and Pell agreed to exchange five prisoners each after months of talks.",
    "In March Lorvia promised to release five prisoners to Pell.",
])
def test_a_plan_told_as_agreed_before_is_no_dispute_with_the_act(planned: str) -> None:
    assert _modality(planned) == [], planned


@pytest.mark.parametrize("planned", [
    "Lorvia has agreed to free five prisoners held by Pell next week.",  # the agreement stands: the act is ahead
    "Lorvia will free five prisoners held by Pell next week.",
    "Lorvia and Pell are expected to swap five prisoners each in the coming days.",
])
def test_near_misses_a_plan_still_ahead_disputes_the_act(planned: str) -> None:
    assert len(_modality(planned)) == 1, planned


def _counts(*reports: Report) -> list[dict]:
    res = resolve_dossiers([r.d for r in reports])
    return [lk for lk in res.links if lk["kind"] == "contradicts" and lk["on"] == "count"]


def _said(doc: str, text: str) -> Report:
    r = _two(text + ", Pell said.", doc, "2031-05-02")
    r.say("c1", None, text)
    return r


@pytest.mark.parametrize("money", [
    "Lorvia paid $6 billion to free five Pellians on Monday",
    "Lorvia unfroze nearly $6 billion to free five Pellians",
    "a fund of 6 billion dollars was released for the five Pellians held by Lorvia",
])
def test_a_sum_of_money_is_no_count_of_people(money: str) -> None:
    other = _said("r2", "Lorvia freed five Pellians on Monday")
    assert [lk for lk in _counts(_said("r1", money), other) if "people" in lk["note"]] == [], money


def test_near_miss_a_count_of_people_beside_a_sum_still_disputes() -> None:
    money = _said("r1", "Lorvia paid $6 billion to free five Pellians on Monday")
    other = _said("r2", "Lorvia freed eight Pellians on Monday")
    assert {(lk["a"]["doc"], lk["b"]["doc"]) for lk in _counts(money, other)} >= {("r1", "r2")}


def _mediation(doc: str, text: str, go: str, time: str | None) -> Report:
    r = Report(doc, text, published="2031-05-03")
    for name in ("Lorvia", "Pell", "Qatar", "Oman"):
        if name in text:
            r.actor(name.lower(), name, kind="state", mention=name)
    r.act("i1", "mediate", go, "pell", text, time=time)
    return r


def _actor(*reports: Report) -> set[tuple[str, str]]:
    res = resolve_dossiers([r.d for r in reports])
    return {(lk["a"]["doc"], lk["b"]["doc"]) for lk in res.links if lk["kind"] == "contradicts" and lk["on"] == "actor"}


LATER = ("Qatar mediated the release of five Lorvians held by Pell on 2 May.", "2031-05-02")


@pytest.mark.parametrize("earlier, time", [
    ("In 2029, Oman mediated the release of a Lorvian pilot held by Pell.", "2029"),
    ("Oman had mediated the release of a Lorvian pilot held by Pell in March 2029.", "2029-03"),
    ("Oman mediated the release of two Lorvian sailors held by Pell on 20 April.", "2031-04-20"),
])
def test_the_go_between_of_an_earlier_mediation_is_no_rival(earlier: str, time: str) -> None:
    assert _actor(_mediation("r1", LATER[0], "qatar", LATER[1]), _mediation("r2", earlier, "oman", time)) == set()


@pytest.mark.parametrize("rival, time", [
    ("Oman, not Qatar, mediated the release of five Lorvians held by Pell.", None),  # no time: may be the same
    ("Oman mediated the release of five Lorvians held by Pell on Saturday.", "2031-05-02"),
    ("Oman mediated the release of five Lorvians held by Pell in May.", "2031-05"),
])
def test_near_misses_two_go_betweens_of_one_mediation_still_dispute(rival: str, time: str | None) -> None:
    assert _actor(_mediation("r1", LATER[0], "qatar", LATER[1]), _mediation("r2", rival, "oman", time)) == \
        {("r1", "r2")}


@pytest.mark.parametrize("telling, time", [
    ("Kessia mediated the release of a pilot held by Norland in 2029.", "2029"),
    ("In January Kessia mediated the release of a pilot held by Norland.", "2031-01"),
    ("Kessia mediated the release of two fishermen held by Norland on 12 December 2030.", "2030-12-12"),
])
def test_a_sides_denial_leaves_the_mediation_of_an_earlier_case(telling: str, time: str) -> None:
    from test_across_mediation_s36 import _contras, _side_denial  # denial report dated 2031-03-05
    r3 = Report("r3", telling, published="2031-03-05")
    r3.actor("m", "Kessia", kind="state")
    r3.actor("n", "Norland", kind="state")
    r3.act("i1", "mediate", "m", "n", telling, time=time)
    assert [lk for lk in _contras(_side_denial(), r3) if lk["on"] == "negation"] == [], telling


@pytest.mark.parametrize("telling, time", [
    ("Kessia mediated the release of the sailors held by Norland on Monday.", "2031-03-03"),
    ("Kessia mediated the release of the sailors held by Norland in February.", "2031-02"),
    ("Kessia mediated the release of the sailors held by Norland.", None),
])
def test_near_misses_a_sides_denial_meets_a_mediation_of_its_days(telling: str, time: str | None) -> None:
    from test_across_mediation_s36 import _contras, _side_denial
    r3 = Report("r3", telling, published="2031-03-05")
    r3.actor("m", "Kessia", kind="state")
    r3.actor("n", "Norland", kind="state")
    r3.act("i1", "mediate", "m", "n", telling, time=time)
    assert len([lk for lk in _contras(_side_denial(), r3) if lk["on"] == "negation"]) == 1, telling
