"""Counts of people across reports, session 38 (every text here is invented).

Rules: ``across.links.count_own_clause`` (a count of people no claim and no freeing act carries is its report's own
account, read from its clause), ``across.links.count_own_act`` (of two acts told in one sentence, the one whose count
it is), ``across.links.count_part_lead`` (a lead word between two counts makes the second a part OF the first),
``across.links.count_split_sum`` (a whole with its part inside against the part beside the rest),
``across.links.count_speaker_side`` (a count received with no state named is the speaker's people),
``across.links.count_mediator_side`` (the go-between is never the counted side), ``across.links.count_agree``
(agreeing counts of one side told in other words corroborate).
"""

from __future__ import annotations

import pytest
from across_helpers import Report

from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.countparts import lists
from backchannel.resolve.across.countsplit import splits
from backchannel.resolve.across.factcounts import fact_counts, same_figure, unmediated
from backchannel.resolve.across.records import ClaimRec

STATES = frozenset({"lorvia", "castelia"})


def report(doc: str, text: str, day: str = "2031-05-01") -> Report:
    r = Report(doc, text, published=day)
    for sid, name in (("lorvia", "Lorvia"), ("castelia", "Castelia")):
        if name in text:
            r.actor(sid, name, kind="state", mention=name)
    return r


def links_of(*reports: Report, kind: str = "contradicts") -> list[dict]:
    res = resolve_dossiers([r.d for r in reports])
    return [lk for lk in res.links if lk["kind"] == kind and lk["on"] == "count"]


def pairs(links: list[dict]) -> set[tuple[str, str]]:
    return {tuple(sorted((lk["a"]["doc"], lk["b"]["doc"]))) for lk in links}  # type: ignore[misc]


def claimed(doc: str, text: str, speaker: str, content: str, day: str = "2031-05-01") -> Report:
    r = report(doc, text, day)
    r.say("c1", speaker, content)
    return r


BASE = "Castelia handed over 120 Lorvian soldiers on Monday, Lorvian officials said."


def base_report() -> Report:
    return claimed("r1", BASE, "lorvia", "Castelia handed over 120 Lorvian soldiers on Monday")


# -- count_own_clause -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Lorvia also confirmed the swap, with a state broadcaster reporting that Lorvia had secured the release of 95 "
    "Lorvian servicemen in the deal.",
    "The exchange on Monday saw 95 Lorvians return home.",
    "Lorvia welcomed the swap; 95 Lorvian troops crossed the border on Monday.",
])
def test_a_count_no_item_carries_disputes_a_claims_count(text):
    links = links_of(base_report(), report("r2", text))
    assert pairs(links) == {("r1", "r2")}
    end = next(lk[k] for lk in links for k in "ab" if lk[k]["doc"] == "r2")
    assert set(end) == {"doc", "start", "end"} and "95" in text[end["start"]:end["end"]]


@pytest.mark.parametrize("text", [
    "In a separate swap in 2019, Lorvia had secured the release of 95 Lorvian servicemen.",  # background year
    "Lorvia usually gets back 95 Lorvian soldiers in such swaps.",  # a habit
    "The exchange on Monday saw 120 Lorvians return home.",  # the same figure
    "Some 300 Lorvians remain in Castelian jails.",  # no act of freeing: others, still held
    "Since the war began, Castelia has returned 900 Lorvians.",  # a running total, its word before the clause
])
def test_near_misses_of_a_count_no_item_carries(text):
    assert links_of(base_report(), report("r2", text)) == []


def test_a_count_each_side_gave_disputes_a_sides_count():
    r2 = report("r2", "The exchange, called the biggest in years, covered more than 200 captives on each side.")
    assert pairs(links_of(base_report(), r2)) == {("r1", "r2")}


# -- count_own_act ----------------------------------------------------------------------------------------------------
def test_the_act_of_a_two_act_sentence_whose_count_is_disputed_is_the_end():
    text = "The swap saw 230 Castelian prisoners freed by Lorvia, with Castelia releasing 248 Lorvians in return."
    r1 = report("r1", text)
    r1.actor("cas", "Castelian prisoners", kind="group", named=False)
    r1.actor("lor", "Lorvians", kind="group", named=False, mention="248 Lorvians")
    r1.act("i1", "release", "lorvia", "cas", text, count=(230, "exactly"))
    r1.act("i2", "release", "castelia", "lor", text, count=(248, "exactly"))
    r2 = claimed("r2", "Lorvian officials said 173 Lorvian soldiers came home on Monday.", "lorvia",
                 "173 Lorvian soldiers came home on Monday")
    ends = [lk[k] for lk in links_of(r1, r2) for k in "ab" if lk[k]["doc"] == "r1"]
    assert ends == [{"doc": "r1", "interaction": "i2"}]


# -- count_part_lead, count_split_sum ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Castelia freed 230 Lorvians, including both soldiers and six civilians.",
    "Castelia freed 230 Lorvians, among them officers and six civilians.",
])
def test_a_lead_word_between_two_counts_is_no_list(text):
    assert lists(text, STATES) == []
    assert [(s.lead, s.whole) for s in splits("d", text, STATES)] == [(True, (230.0, 230.0))]


def test_a_joined_count_with_a_qualifier_is_a_part():
    text = "Lorvia got back 140 troops and at least five civilians on Monday."
    assert [len(run) for run in lists(text, STATES)] == [2]


SPLIT_LEAD = "Castelia freed 140 Lorvians on Monday, including five civilians. Lorvia thanked Castelia."


@pytest.mark.parametrize("other,disputed", [
    ("Lorvia got back 140 troops and at least five civilians on Monday.", True),  # 145 or more
    ("Lorvia got back 140 troops and five civilians on Monday.", True),
    ("Lorvia got back 135 troops and five civilians on Monday.", False),  # adds up to 140
    ("Lorvia got back 140 troops on Monday.", False),  # no split
])
def test_a_whole_with_its_part_inside_against_the_part_beside_the_rest(other, disputed):
    links = [lk for lk in links_of(report("r1", SPLIT_LEAD), report("r2", other)) if "count_split_sum" in lk["note"]]
    assert bool(links) is disputed


def test_a_split_whose_whole_is_told_in_a_quote_before_takes_its_own_clauses_side():
    text = ("\u201cWe freed over 200 of our people.\u201d Officials said Lorvia received 230 soldiers and six civilians "
            "on Monday.")
    assert [s.side for s in splits("d", text, STATES)] == ["lorvia"]


# -- count_speaker_side, count_mediator_side ------------------------------------------------------------------------
def _facts(text: str, speaker: str | None = None) -> list[tuple[str | None, float]]:
    return [(f.side, f.low) for f in fact_counts(ClaimRec("d", "c1", "s", text, False, frozenset()), STATES, speaker)]


@pytest.mark.parametrize("text,speaker,want", [
    ("it got back 310 troops after the trade", "lorvia", [("lorvia", 310)]),
    ("310 troops were brought back late on Monday", "lorvia", [("lorvia", 310)]),
    ("310 troops were brought back late on Monday after mediation by Castelia", "lorvia", [("lorvia", 310)]),
    ("we welcomed back 40 fishermen and 310 soldiers", "lorvia", [("lorvia", 310)]),
])
def test_a_received_count_with_no_state_is_the_speakers_people(text, speaker, want):
    assert _facts(text, speaker) == want


@pytest.mark.parametrize("text,speaker,want", [
    ("it let go 310 troops after the trade", "lorvia", []),  # not received: whose people is open
    ("it got back 310 troops after the trade", None, []),  # a speaker of no state
    ("Castelia got back 310 troops after the trade", "lorvia", [("castelia", 310)]),  # a state named wins
])
def test_near_misses_of_the_speakers_side(text, speaker, want):
    assert _facts(text, speaker) == want


@pytest.mark.parametrize("text", [
    "brought back after mediation by the Velian government on Monday",
    "a swap mediated by Velia",
    "the exchange, brokered by Velia, went ahead",
])
def test_the_go_between_is_masked(text):
    assert "Velia" not in unmediated(text)


def test_a_state_named_as_receiver_stays():
    assert "Lorvia" in unmediated("Lorvia received 40 soldiers after talks mediated by Velia")


def test_a_speakers_count_disputes_through_the_pipeline():
    r1 = base_report()
    r2 = report("r2", "The Lorvian defence ministry said it got back 95 troops after the trade.")
    r2.actor("mod", "Lorvian defence ministry", kind="organization", affiliation="lorvia",
             mention="Lorvian defence ministry")
    r2.say("c1", "mod", "it got back 95 troops after the trade")
    assert pairs(links_of(r1, r2)) == {("r1", "r2")}


# -- count_agree ------------------------------------------------------------------------------------------------------
def _fact(text: str) -> object:
    return fact_counts(ClaimRec("d", "c1", None, text, False, frozenset()), STATES)[0]


@pytest.mark.parametrize("a,b,agree", [
    ("Castelia freed 248 Lorvians", "Castelia freed 248 Lorvian servicemen", True),
    ("Castelia freed roughly ten Lorvians", "Castelia freed 10 Lorvian soldiers", True),
    ("Castelia freed 248 Lorvians", "Castelia freed 248 Lorvians on Monday", False),  # the same words
    ("Castelia freed over 200 Lorvians", "Castelia freed 230 Lorvian soldiers", False),  # a loose bound
    ("Castelia freed 248 Lorvians", "Castelia freed 230 Lorvian soldiers", False),
])
def test_agreeing_figures_told_in_other_words(a, b, agree):
    assert same_figure(_fact(a), _fact(b)) is agree  # type: ignore[arg-type]


def test_agreeing_counts_corroborate_unless_told_in_the_same_words():
    r1 = base_report()
    r2 = claimed("r2", "Lorvian officials said 120 Lorvian servicemen came home on Monday.", "lorvia",
                 "120 Lorvian servicemen came home on Monday")
    r3 = claimed("r3", "A Lorvian general said 120 Lorvian soldiers were back.", "lorvia",
                 "120 Lorvian soldiers were back")
    agree = [lk for lk in links_of(r1, r2, r3, kind="corroborates") if "count_agree" in lk["note"]]
    assert ("r2", "r3") in pairs(agree)  # (r1 / r2 may be joined as one statement already: one link per pair of ends)
    assert ("r1", "r3") not in pairs(agree)  # "soldiers" both: a retelling


# -- time_own_sentence --------------------------------------------------------------------------------------------------
def _timed(doc: str, text: str, act: str, day: str, written: str) -> Report:
    from backchannel.model import Time
    r = Report(doc, text, published="2031-05-20")
    r.actor("castelia", "Castelia", kind="state", mention="Castelia")
    r.actor("lorvia", "Lorvia", kind="state", mention="Lorvia")
    r.act("i1", "attack", "castelia", "lorvia", act)
    at = text.find(written)
    r.d.interactions[-1].time = Time(text=written, value=day, start=at, end=at + len(written))
    return r


def _time_disputes(*reports: Report) -> list[dict]:
    res = resolve_dossiers([r.d for r in reports])
    return [lk for lk in res.links if lk["kind"] == "contradicts" and lk["on"] == "time"]


@pytest.mark.parametrize("second,disputed", [
    (("The raid came in May 2030 when Castelia attacked Lorvia.", "May 2030"), True),  # its own sentence's date
    (("The talks were held in May 2030. It was the worst since Castelia attacked Lorvia.", "May 2030"), False),
])
def test_a_time_carried_from_the_sentence_before_disputes_no_day(second, disputed):
    r1 = _timed("r1", "Castelia attacked Lorvia in March 2029, officials said.", "Castelia attacked Lorvia in March 2029",
                "2029-03", "March 2029")
    text, written = second
    act = text if disputed else "It was the worst since Castelia attacked Lorvia."
    r2 = _timed("r2", text, act, "2030-05", written)
    assert bool(_time_disputes(r1, r2)) is disputed


# -- count_other_act, a people count with no act --------------------------------------------------------------------
def test_a_freed_count_against_a_count_told_with_no_act_is_no_dispute():
    from backchannel.resolve.across.links import count_contradictions
    from backchannel.resolve.across.passages import count_passages
    freed = count_passages("r1", "Castelia freed 120 Lorvian soldiers on Monday.")
    killed = count_passages("r2", "About 40 Lorvian soldiers were killed in the fighting last month.")
    assert count_contradictions(freed + killed) == []
    other = count_passages("r3", "Castelia freed 95 Lorvian soldiers on Monday.")
    assert len(count_contradictions(freed + other)) == 1


def test_a_count_told_with_an_exchange_noun_is_a_count_of_people_freed():
    """An exchange of captives frees them: "the exchange of 14 detainees for three soldiers" (no verb of freeing)
    disputes "Castelia released 12 detainees", as two freed counts do; a count of people killed still does not."""
    from backchannel.resolve.across.links import count_contradictions
    from backchannel.resolve.across.passages import count_passages
    freed = count_passages("r1", "Castelia released 12 Lorvian detainees on Monday.")
    for text in ("The exchange of 14 Lorvian detainees for three soldiers was the first deal in years.",
                 "The exchange of 14 Lorvian detainees took place on Monday.",
                 "The 14 Lorvian detainees were exchanged on Monday."):
        assert len(count_contradictions(freed + count_passages("r2", text))) == 1, text
    killed = count_passages("r3", "About 40 Lorvian detainees were killed in the fighting last month.")
    assert count_contradictions(freed + killed) == []
