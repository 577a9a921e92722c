"""Counts of one fact across reports (issue 14, count contradictions). Every text here is invented."""

from __future__ import annotations

from across_helpers import Report
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.factcounts import EACH, TOTAL, fact_counts
from backchannel.resolve.across.passages import count_passages
from backchannel.resolve.across.records import ClaimRec

STATES = frozenset({"lorvia", "castelia"})


def claim(content: str, doc: str = "r1", cid: str = "c1") -> ClaimRec:
    return ClaimRec(doc, cid, None, content, False, frozenset())


def sides(content: str) -> list[tuple]:
    return [(f.side, f.scope, f.low, f.high) for f in fact_counts(claim(content), STATES)]


def test_one_sides_people_under_several_heads_possessives_and_plurals_without_s() -> None:
    assert sides("40 Lorvian prisoners of war were sent back") == [("lorvia", None, 40, 40)]
    assert sides("52 Lorvians came home") == [("lorvia", None, 52, 52)]
    assert sides("52 of Lorvia's sailors and 3 of Lorvia's soldiers") == [("lorvia", None, 3, 3)]
    assert sides("Lorvia received 52 people in the handover") == [("lorvia", None, 52, 52)]
    assert sides("more than 52 Castelian servicemen") == [("castelia", None, 52.5, 156)]


def test_scope_per_side_combined_and_running_totals() -> None:
    assert sides("each side freed 40 detainees on the bridge") == [(None, EACH, 40, 40)]
    assert sides("they swapped 40 captives each") == [(None, EACH, 40, 40)]
    assert sides("a combined total of over 80 former captives") == [(None, TOTAL, 80.5, 240)]
    assert sides("Castelia has freed 1,204 people since the fighting began") == []
    assert sides("40 prisoners were swapped") == []  # whose, and per side or in all: unknown, never compared
    assert sides("one of the Lorvian soldiers said") == []  # one person is not a group's count


def report(doc: str, text: str, day: str) -> Report:
    r = Report(doc, text, published=day)
    r.actor("lorvia", "Lorvia", kind="state", mention="Lorvia")
    r.actor("castelia", "Castelia", kind="state", mention="Castel")
    return r


def test_claims_that_count_one_sides_people_differently_contradict_per_pair_of_reports() -> None:
    r1 = report("r1", "Castelia and Lorvia swapped more than 80 captives. Castel's army said each side freed 40 "
                "detainees. Lorvia's premier said 47 Lorvians came home.", "2031-05-01")
    r1.say("c1", None, "each side freed 40 detainees")
    r1.say("c2", None, "47 Lorvians came home")
    r1.say("c3", None, "Castelia and Lorvia swapped more than 80 captives")
    r2 = report("r2", "Castel's army said 40 Lorvian prisoners of war were sent back for the same number of "
                "Castelian troops, in a trade officials of all three states confirmed.", "2031-05-02")
    r2.say("c1", None, "40 Lorvian prisoners of war were sent back for the same number of Castelian troops")
    r3 = report("r3", "Lorvia received 47 of its people, its premier said, a combined total of over 80 "
                "former captives with the Castelians freed. Officials from the two countries said so.", "2031-05-03")
    r3.say("c1", None, "Lorvia received 47 of its people")
    res = resolve_dossiers([r1.d, r2.d, r3.d])
    got = {(lk["a"]["doc"], lk["a"]["claim"], lk["b"]["doc"], lk["b"]["claim"])
           for lk in res.links if lk["kind"] == "contradicts" and lk["on"] == "count"}
    assert got == {("r1", "c1", "r3", "c1"), ("r1", "c2", "r2", "c1"), ("r2", "c1", "r3", "c1")}
    for lk in res.links:
        assert lk["note"]  # every link says why
    # 40 per side against "more than 80" in all, and "all three" against "the two" countries: never linked
    assert not any("80" in lk["note"] or "countries" in lk["note"] for lk in res.links if lk["kind"] == "contradicts")


def test_a_count_in_an_attribution_phrase_is_not_a_fact_told() -> None:
    text = "Officials of all three states said the talks went on; 12 rounds of talks were held."
    assert [c.quantity.noun for c in count_passages("r1", text)] == ["rounds"]


def test_claims_whose_counts_of_one_group_differ_are_not_one_fact_retold() -> None:
    from backchannel.resolve.across.retell import at_odds
    a = claim("each side released 40 people as part of the trade", "r1")
    b = claim("in the trade each side freed 47 captives", "r2")
    c = claim("in the trade each side freed 40 captives", "r3")
    d = claim("a combined total of 80 captives were freed as part of the trade", "r4")
    assert at_odds(a, b) is not None and at_odds(b, c) is not None  # "people" / "captives": one group
    assert at_odds(a, c) is None and at_odds(b, d) is None  # per side against a combined total: not compared


def test_counts_told_days_apart_are_counts_of_different_acts() -> None:
    from backchannel.resolve.across.factcounts import fact_contradictions
    a, b = claim("40 Lorvians came home", "r1"), claim("47 Lorvians came home", "r2")
    near = fact_contradictions([a, b], STATES, {"r1": "2031-05-01", "r2": "2031-05-03"})
    assert len(near.contradicts) == 1 and near.agrees == []
    assert fact_contradictions([a, b], STATES, {"r1": "2031-05-01", "r2": "2031-05-11"}).contradicts == []
