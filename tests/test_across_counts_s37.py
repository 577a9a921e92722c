"""Counts of people across reports, session 37 (every text here is invented).

Rules: ``across.links.count_split`` (one group split into kinds, each report its own way),
``across.links.count_own_voice`` (a freeing act's sentence in the report's own voice gives a count as a claim
does), ``across.links.count_owner`` ("120 of its citizens": the clause's first state), ``across.links.count_superlative``
("the largest exchange since ..." dates the act, it is no running total), and in the fact counts
``across.links.count_particle`` ("handed over 225") and ``across.links.count_others`` ("four other Lorvians").
"""

from __future__ import annotations

import pytest
from across_helpers import Report

from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.countsplit import splits
from backchannel.resolve.across.factcounts import fact_counts
from backchannel.resolve.across.records import ClaimRec

STATES = frozenset({"lorvia", "castelia"})


def _split(text: str) -> list[tuple[str | None, dict[str, float], float | None]]:
    return [(s.side, {k: lo for k, lo, _ in s.parts}, s.whole[0] if s.whole else None)
            for s in splits("d", text, STATES)]


# -- reading a split -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,side,parts,whole", [
    ("Castelia freed 100 Lorvians, among them 80 soldiers and 20 civilians, officials said.",
     "lorvia", {"soldiers": 80, "civilians": 20}, 100),
    ("Castelia released 120 Lorvian prisoners on Tuesday. Of the 120, 100 were servicemen and 20 were civilians.",
     "lorvia", {"soldiers": 100, "civilians": 20}, 120),
    ("Lorvia received 80 troops and 20 civilians at the border.", "lorvia", {"soldiers": 80, "civilians": 20}, None),
    ("Lorvia got back 120 of its citizens from Castelia. The group included 110 military personnel and ten "
     "civilians.", "lorvia", {"soldiers": 110, "civilians": 10}, 120),
    ("Castelia handed over 64 Lorvians, including 60 men and four women.", "lorvia", {"men": 60, "women": 4}, 64),
])
def test_a_group_split_into_kinds_is_read_with_its_side(text, side, parts, whole):
    assert _split(text) == [(side, parts, whole)]


@pytest.mark.parametrize("text", [
    "Castelia freed 80 soldiers on Monday.",  # one kind: no split
    "Castelia freed 80 soldiers on Monday. Lorvia freed 20 civilians on Friday.",  # two sentences
    "the five freed Lorvians and two Lorvian relatives flew home",  # one kind, the side's own people
])
def test_near_misses_are_no_split(text):
    assert _split(text) == []


def test_a_split_with_no_side_names_none():
    assert [s.side for s in splits("d", "The raid killed 12 soldiers and three civilians.", STATES)] == [None]


# -- two reports' splits --------------------------------------------------------------------------------------
def report(doc: str, text: str, day: str = "2031-05-01") -> Report:
    r = Report(doc, text, published=day)
    r.actor("lorvia", "Lorvia", kind="state", mention="Lorvia")
    r.actor("castelia", "Castelia", kind="state", mention="Castelia")
    return r


def count_links(*reports: Report) -> list[dict]:
    res = resolve_dossiers([r.d for r in reports])
    return [lk for lk in res.links if lk["kind"] == "contradicts" and lk["on"] == "count"]


def pairs(links: list[dict]) -> set[tuple[str, str]]:
    return {tuple(sorted((lk["a"]["doc"], lk["b"]["doc"]))) for lk in links}  # type: ignore[misc]


SPLIT_A = "Castelia freed 100 Lorvians on Tuesday, among them 80 soldiers and 20 civilians. Lorvia thanked Castelia."
SPLIT_B = "Castelia handed over 100 Lorvians on Tuesday, including 95 servicemen and five civilians. Lorvia was glad."


def test_two_splits_of_one_group_into_the_same_kinds_dispute_a_kind():
    links = count_links(report("r1", SPLIT_A), report("r2", SPLIT_B), report("r3", SPLIT_A.replace("Tuesday", "Tue")))
    assert pairs(links) == {("r1", "r2"), ("r2", "r3")}
    assert all("count_split" in lk["note"] for lk in links)


@pytest.mark.parametrize("other", [
    "Lorvia freed 100 Castelians on Tuesday, among them 95 soldiers and five civilians. Castelia thanked Lorvia.",
    "Castelia freed 100 Lorvians on Tuesday, among them 95 men and five women. Lorvia thanked Castelia.",
])
def test_another_side_or_other_kinds_are_no_dispute(other):
    assert count_links(report("r1", SPLIT_A), report("r2", other)) == []


def test_splits_told_weeks_apart_are_no_dispute():
    assert count_links(report("r1", SPLIT_A), report("r2", SPLIT_B, day="2031-05-20")) == []


def test_splits_of_wholes_that_differ_are_no_dispute_of_a_kind():
    other = "Castelia freed 140 Lorvians on Tuesday, among them 95 soldiers and 45 civilians. Lorvia was glad."
    assert not [lk for lk in count_links(report("r1", SPLIT_A), report("r2", other)) if "count_split" in lk["note"]]


# -- counts of one side's people --------------------------------------------------------------------------------
def _facts(text: str) -> list[tuple[str | None, float, float]]:
    return [(f.side, f.low, f.high) for f in fact_counts(ClaimRec("d", "c1", None, text, False, frozenset()), STATES)]


@pytest.mark.parametrize("text,want", [
    ("Castelia handed over 225 Lorvian prisoners of war", [("lorvia", 225, 225)]),  # a particle, not "over 225"
    ("Castelia turned over 40 Lorvian soldiers", [("lorvia", 40, 40)]),
    ("Lorvia got back 230 of its soldiers from Castelian captivity", [("lorvia", 230, 230)]),  # count_owner
    ("Castelia returned 230 Lorvian servicemen in the largest exchange since the war began",
     [("lorvia", 230, 230)]),  # count_superlative
    ("all six Lorvians were freed, along with four other Lorvians", [("lorvia", 10, 10)]),  # count_others
])
def test_counts_of_a_sides_people_are_read(text, want):
    assert _facts(text) == want


@pytest.mark.parametrize("text,want", [
    ("3,000 Lorvians have been freed since the war began", []),  # a running total
    ("Castelia has freed 900 Lorvians so far", []),
    ("Castelia freed over 225 Lorvian prisoners", [("lorvia", 225.5, 675.0)]),  # no particle verb: more than 225
    ("Officials said 40 of their soldiers came home", []),  # a possessive with no state in its clause
])
def test_near_misses_of_the_count_reading(text, want):
    assert _facts(text) == want


def test_a_count_in_the_reports_own_voice_disputes_a_claims_count():
    r1 = report("r1", "On Thursday, Castelia returned 230 Lorvian servicemen to Lorvia.")
    r1.actor("men", "Lorvian servicemen", kind="group", named=False)
    r1.act("i1", "release", "castelia", "men", "On Thursday, Castelia returned 230 Lorvian servicemen to Lorvia.",
           count=(230, "exactly"), time="2031-04-30")
    r2 = report("r2", "Castelia said it had handed over 225 Lorvian prisoners of war on Thursday. Lorvia agreed.")
    r2.say("c1", "castelia", "it had handed over 225 Lorvian prisoners of war on Thursday")
    links = count_links(r1, r2)
    assert pairs(links) == {("r1", "r2")}
    own = [lk[k] for lk in links for k in ("a", "b") if lk[k]["doc"] == "r1"]
    assert own == [{"doc": "r1", "interaction": "i1"}]


def test_an_act_inside_a_claim_is_read_once_and_agreeing_counts_are_no_dispute():
    r1 = report("r1", "Castelia returned 230 Lorvian servicemen to Lorvia, Lorvia said.")
    r1.actor("men", "Lorvian servicemen", kind="group", named=False)
    r1.act("i1", "release", "castelia", "men", "Castelia returned 230 Lorvian servicemen to Lorvia, Lorvia said.",
           count=(230, "exactly"))
    r1.say("c1", "lorvia", "Castelia returned 230 Lorvian servicemen to Lorvia")
    r2 = report("r2", "On Thursday, Castelia freed 230 Lorvian soldiers.")
    r2.actor("men", "Lorvian soldiers", kind="group", named=False)
    r2.act("i1", "release", "castelia", "men", "On Thursday, Castelia freed 230 Lorvian soldiers.",
           count=(230, "exactly"))
    assert count_links(r1, r2) == []


def test_counts_of_synonym_heads_are_weighed():  # across.links.count_synonym_head
    r1 = report("r1", "Castelia freed 230 soldiers on Thursday, Lorvia said.")
    r2 = report("r2", "Castelia released 225 troops on Thursday, Lorvia said.")
    r3 = report("r3", "Castelia released 230 servicemembers on Thursday, Lorvia said.")
    assert pairs(count_links(r1, r2, r3)) == {("r1", "r2"), ("r2", "r3")}
    r4 = report("r4", "Castelia released 225 hostages on Thursday, Lorvia said.")  # another group
    assert count_links(r1, r4) == []


@pytest.mark.parametrize("text,want", [
    ("Castelia released 230 prisoners of war to Lorvia on Friday", [("lorvia", 230, 230)]),
    ("Castelia handed 40 soldiers over to Lorvia's border guards", [("lorvia", 40, 40)]),
    ("Castelia released 230 prisoners to ease tensions", []),  # "to" and no state: no side
])
def test_a_receiver_after_to_gives_the_side(text, want):  # across.links.count_receiver
    assert _facts(text) == want


def test_one_part_after_a_lead_word_meets_a_split_holding_its_kind():
    a = report("r1", "Castelia handed over 64 Lorvians on Tuesday, including four women. Lorvia thanked Castelia.")
    b = report("r2", "Castelia freed 64 Lorvians on Tuesday, among them 57 men and seven women. Lorvia was glad.")
    c = report("r3", "Castelia freed 64 Lorvians on Tuesday, including 60 men. Lorvia was glad.")  # another kind
    links = count_links(a, b, c)
    assert pairs([lk for lk in links if "count_split" in lk["note"]]) == {("r1", "r2"), ("r2", "r3")}


@pytest.mark.parametrize("text", [
    "Castelia freed 36 people, including 12 Lorvians.",  # a side's count: the fact counts weigh it
    "Castelia freed many people, including four women.",  # no whole told
    "Castelia freed 64 people, including four others.",  # a generic word
])
def test_near_misses_of_a_lead_part(text):
    assert [s for s in splits("d", text, STATES) if s.lead] == []
