"""The time of an act told as a part or the other side of an event dated before it, of a
participle continuing a reported clause, and of a clock time with no day: each test is named
after the rule id it checks (invented names, places and sentences only).

Why: a report dates its main event once and tells its parts after it ("In exchange, X freed
Y"); these rules carry that date to the parts, and only when the act's own words say it is a
part (the negative tests pin the near misses).
"""

from __future__ import annotations

from datetime import date

import pytest

from interaction_helpers import dated_to
from backchannel.timex import find, is_clock, resolve

PUB = "2026-06-05"  # a Friday
# the swap names no sides, so the swap noun frees no one of its own (interactions.swap_nouns.side_release) and
# the timing rules are tested alone
SWAP = "A prisoner swap was carried out on Tuesday in Portavel, officials confirmed.\n\n"


@pytest.fixture(scope="module")
def acts(dated_acts):
    return dated_acts(PUB)


# -- interactions.timing.counterpart_act ---------------------------------------------------
@pytest.mark.parametrize("text", [
    # the event is a noun dated in the lead, the counterpart two sentences on
    SWAP + "Vesnia released the pilot Ana Brisk. In exchange, Karelo freed the engineer Tomas Reyk.",
    # "for its part", the event told by a verb
    "Vesnia and Karelo exchanged detainees on Tuesday.\n\nVesnia released the pilot Ana Brisk, who had been "
    "held for a year. For its part, Karelo released the engineer Tomas Reyk.",
    # the cue inside the clause, after the subject
    SWAP + "Vesnia released the pilot Ana Brisk. Karelo, in return, handed over the engineer Tomas Reyk.",
    # the cue goes on with its object
    SWAP + "In exchange for the pilot Ana Brisk, Karelo freed the engineer Tomas Reyk.",
    # an earlier act of the same kind carries the date
    "Vesnia released the pilot Ana Brisk on Tuesday.\n\nThe pilot flew home at once.\n\n"
    "In turn, Karelo freed the engineer Tomas Reyk.",
    # a perfect tense
    SWAP + "In return, Karelo has released the engineer Tomas Reyk.",
])
def test_interactions_timing_counterpart_act(acts, text):
    found = dated_to(acts(text), "release", "tomas-reyk")
    assert found == [("2026-06-02", "interactions.timing.counterpart_act")]


@pytest.mark.parametrize("text", [
    # no event told before has a date
    "Vesnia released the pilot Ana Brisk. In exchange, Karelo freed the engineer Tomas Reyk.",
    # no cue: a part of nothing the act names
    SWAP + "The ministry thanked the mediators.\n\nKarelo freed the engineer Tomas Reyk.",
    # "in response" is an event of its own, not the other side of the swap
    SWAP + "In response, Karelo freed the engineer Tomas Reyk.",
    # planned, not done: the swap's date is not its date
    SWAP + "In exchange, Karelo will free the engineer Tomas Reyk.",
])
def test_interactions_timing_counterpart_act_needs_a_cue_and_a_dated_event(acts, text):
    found = acts(text)
    assert all(r != "interactions.timing.counterpart_act" for *_, r in found)
    assert all(v != "2026-06-02" for v, _ in dated_to(found, "release", "tomas-reyk"))


# -- interactions.timing.part_of_event -----------------------------------------------------
@pytest.mark.parametrize("text", [
    # (the exchange names no sides: a two-sided swap noun frees captives of its own, swap_nouns.side_release)
    "A prisoner exchange was conducted on Tuesday morning in Portavel.\n\nAs part of the "
    "exchange, Karelo released the engineer Tomas Reyk.",
    "A prisoner exchange was conducted on Tuesday morning in Portavel.\n\nDuring the swap, "
    "Karelo handed over the engineer Tomas Reyk.",
    "Vesnia and Karelo completed a swap of detainees on Tuesday.\n\nIn the exchange, Karelo freed the engineer "
    "Tomas Reyk.",
])
def test_interactions_timing_part_of_event(acts, text):
    found = dated_to(acts(text), "release", "tomas-reyk")
    assert found == [("2026-06-02", "interactions.timing.part_of_event")]


@pytest.mark.parametrize("text", [
    # an indefinite event noun refers to no event told before
    "A prisoner exchange was conducted on Tuesday in Portavel.\n\nAs part of a wider deal, "
    "Karelo released the engineer Tomas Reyk.",
    # the event told before has no date
    "Vesnia and Karelo conducted a prisoner exchange in Portavel.\n\nAs part of the exchange, Karelo released "
    "the engineer Tomas Reyk.",
])
def test_interactions_timing_part_of_event_needs_a_dated_definite_event(acts, text):
    found = acts(text)
    assert all(r != "interactions.timing.part_of_event" for *_, r in found)
    assert all(v is None for v, _ in dated_to(found, "release", "tomas-reyk"))


# -- interactions.timing.attributed_participle ---------------------------------------------
@pytest.mark.parametrize("text", [
    "Vesnian and Karelan delegations met Norland officials in Portavel yesterday, an agency said, starting "
    "talks on the grain corridor.",
    "Vesnian and Karelan envoys met in Portavel on Thursday, the ministry said, opening negotiations "
    "with Norland on the grain corridor.",
])
def test_interactions_timing_attributed_participle(acts, text):
    found = [(v, r) for t, *_, v, r in acts(text) if t == "negotiate"]
    assert ("2026-06-04", "interactions.timing.attributed_participle") in found


@pytest.mark.parametrize("text", [
    # the participle follows a plain statement: no reported clause before the verb to continue
    "An agency said, starting talks on the grain corridor, that Vesnian and Karelan delegations had arrived.",
    # the reported clause has no date of its own
    "Vesnian and Karelan delegations met Norland officials in Portavel, an agency said, starting talks on "
    "the grain corridor.",
])
def test_interactions_timing_attributed_participle_needs_a_dated_reported_clause(acts, text):
    found = acts(text)
    assert all(r != "interactions.timing.attributed_participle" for *_, r in found)


# -- interactions.timing.clock_day ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "General Ana Brisk spoke by phone with General Ivo Dran at 15:35.",
    "General Ana Brisk spoke by phone with General Ivo Dran at 15.30 hours.",
    "At 1700 hrs General Ana Brisk spoke by phone with General Ivo Dran.",
    "General Ana Brisk spoke by phone with General Ivo Dran at 3.30 pm this afternoon.",
])
def test_interactions_timing_clock_day(acts, text):
    found = [(v, r) for t, *_, v, r in acts(text) if t == "contact"]
    assert found and found[0][0] == "2026-06-05"


def test_interactions_timing_clock_day_yields_to_the_day(acts):
    found = [v for t, *_, v, _ in acts("General Ana Brisk spoke by phone with General Ivo Dran at 10 am on "
                                       "Tuesday.") if t == "contact"]
    assert found == ["2026-06-02"]


@pytest.mark.parametrize("text, value", [
    ("at 15:35", "2026-06-05"), ("15:35 GMT", "2026-06-05"), ("at 1700 hours", "2026-06-05"),
    ("at 3 pm", "2026-06-05"), ("this afternoon", "2026-06-05"), ("earlier this morning", "2026-06-05"),
    ("earlier on Tuesday", "2026-06-02"), ("later on Monday", "2026-06-01"),
])
def test_interactions_timing_clock_day_resolution(text, value):
    assert resolve(text, date.fromisoformat(PUB)) == value


def test_interactions_timing_clock_day_is_no_number():
    # a score, a price, a ratio: no clock without a preposition or a unit
    assert not [t for t in find("The motion passed 15:30 and shares closed at 15.30 after a 3-2 vote.") if is_clock(t.text)]
    assert is_clock("at 15:35") and not is_clock("on Tuesday")


# -- the time grammar: a part of a relative period, "this past", "later in the day" -------
@pytest.mark.parametrize("text, value", [
    ("late last year", "2025"), ("early last month", "2026-05"), ("in mid-next month", "2026-07"),
    ("early next week", "2026-W24"), ("this past weekend", "2026-05-30/2026-05-31"), ("later in the day", "2026-06-05"),
    ("earlier in the day", "2026-06-05"), ("late on Thursday", "2026-06-04"),
])
def test_timex_relative_period_parts(text, value):
    assert resolve(text, date.fromisoformat(PUB)) == value


@pytest.mark.parametrize("text", ["earlier in the week", "later in the month", "late", "mid-way"])
def test_timex_relative_period_parts_leave_vague_times(text):
    assert resolve(text, date.fromisoformat(PUB)) is None


# -- a verb's own date before its subject-less conjunct's ------------------------------------
@pytest.mark.parametrize("text, value", [
    ("The two Vesnian pilots were released by Karelo on Tuesday but did not reach Ostra until Thursday.",
     "2026-06-02"),
    ("Karelo freed the engineer Tomas Reyk on Monday and flew him to Ostra on Wednesday.", "2026-06-01"),
])
def test_interactions_timing_own_date_before_the_conjunct(acts, text, value):
    found = [v for t, *_, v, _ in acts(text) if t == "release"]
    assert found == [value]


def test_interactions_timing_conjunct_date_when_none_of_its_own(acts):
    # the verb has no date: the conjunct that shares its subject still gives one
    found = [v for t, *_, v, _ in acts("Karelo freed the engineer Tomas Reyk and flew him to Ostra on "
                                       "Wednesday.") if t == "release"]
    assert found == ["2026-06-03"]


# -- interactions.timing.occasion_time -------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("Vesnia and Karelo agreed to stop all shelling during a telephone call on Thursday.", "2026-06-04"),
    ("Officials said the army chiefs of Vesnia and Karelo agreed to stop all shelling during a telephone call "
     "earlier on Friday.", "2026-06-05"),
    ("Vesnia and Karelo agreed to extend the truce at talks in Ostra last month.", "2026-05"),
])
def test_interactions_timing_occasion_time(acts, text, value):
    found = [(v, r) for t, *_, v, r in acts(text) if t == "agree"]
    assert found and all(f == (value, "interactions.timing.occasion_time") for f in found)


@pytest.mark.parametrize("text", [
    # a planned occasion: after the report
    "Vesnia and Karelo agreed to meet during the summit next week.",
    # the date is the content's (a meeting to be held), not an occasion of the agreement
    "Vesnia and Karelo agreed to hold a meeting on Monday.",
    # no date on the occasion
    "Vesnia and Karelo agreed to stop all shelling during a telephone call.",
])
def test_interactions_timing_occasion_time_needs_a_past_dated_occasion(acts, text):
    found = [(v, r) for t, *_, v, r in acts(text) if t == "agree"]
    assert found and all(v is None and r != "interactions.timing.occasion_time" for v, r in found)


def test_interactions_timing_clock_day_takes_the_run_day(acts):
    # a clock in a sentence after a dated one is a time of that day, not of the report's
    found = [v for t, *_, v, _ in acts("On Tuesday the Vesnian envoys reached Ostra. General Ana Brisk spoke by "
                                       "phone with General Ivo Dran at 15:35.") if t == "contact"]
    assert found == ["2026-06-02"]
