"""The time of an act told by a statement or retold after a dated telling (invented sentences only).

Why: a speech act that its own speaker reports in the simple tense ("said on Monday it rejected
the plan") is performed by that statement, so the statement's date is the act's; and a past act
told again a few sentences after its dated telling ("met X in April. ... Sitting down with X
were Y and Z") takes that date. Each rule is pinned on several shapes, with the near-misses it
must leave alone.
"""

from __future__ import annotations

import pytest
from interaction_helpers import dated

PUB = "2026-06-05"  # a Friday
PERFORMED = "interactions.timing.performed_in_statement"
RETOLD = "interactions.timing.retold_act"


@pytest.fixture(scope="module")
def acts(dated_acts):
    return dated_acts(PUB)


# -- interactions.timing.performed_in_statement -------------------------------------------
@pytest.mark.parametrize("text, kind, value", [
    # a participle of saying, its date on the statement noun
    ("Ola Brandt, stating in an interview in March that she rejected all talks with Vesterland, left the "
     "party.", "reject", "2026-03"),
    # "said on Monday that it rejected"
    ("Norland said on Monday that it rejected the Vesterland proposal.", "reject", "2026-06-01"),
    # the date opens the sentence; a present tense content verb
    ("On Monday, Norland's government said it rejects any talks with Vesterland.", "reject", "2026-06-01"),
    # "told reporters on Wednesday that he demanded"
    ("Ola Brandt told reporters on Wednesday that he demanded the release of all Vesterland prisoners.",
     "demand", "2026-06-03"),
    # another speech verb, a proposal
    ("Ola Brandt wrote on Thursday that she proposed a new round of talks to Vesterland.", "propose",
     "2026-06-04"),
])
def test_interactions_timing_performed_in_statement(acts, text, kind, value):
    assert (value, PERFORMED) in dated(acts(text), kind)


@pytest.mark.parametrize("text, kind", [
    # a perfect: the rejection came before the statement
    ("Norland said on Monday that it had rejected the Vesterland proposal.", "reject"),
    # a third party's act, reported by someone else
    ("Ola Brandt told reporters on Tuesday that Norland demanded the release of all prisoners.", "demand"),
    # not a speech act: a meeting is not performed by saying it took place
    ("Norland said on Monday that it met Vesterland.", "meet"),
])
def test_interactions_timing_performed_in_statement_not(acts, text, kind):
    found = dated(acts(text), kind)
    assert found and all(v is None and r != PERFORMED for v, r in found)


# -- interactions.timing.retold_act (a few sentences back, another verb) --------------------
def test_interactions_timing_retold_act_a_few_sentences_back(acts):
    found = acts("Ola Brandt met members of the Vesterland delegation for several hours in April in Lund, "
                 "officials told the Norland Herald.\n\nThe April session dealt with the border and "
                 "the prisoners.\n\nSitting down with Brandt were Tomas Reyk and Lidia Marsh, officials said.")
    meets = {(s, g): (v, r) for t, s, g, v, r in found if t == "meet"}
    assert meets[("ola-brandt", "tomas-reyk")] == ("2026-04", RETOLD)
    assert meets[("ola-brandt", "lidia-marsh")] == ("2026-04", RETOLD)


def test_interactions_timing_retold_act_across_a_paragraph(acts):
    found = acts("Ola Brandt met Tomas Reyk in April.\n\nBrandt also met Lidia Marsh.")
    meets = {(s, g): (v, r) for t, s, g, v, r in found if t == "meet"}
    assert meets[("ola-brandt", "lidia-marsh")] == ("2026-04", RETOLD)


def test_interactions_timing_retold_act_by_another_verb(acts):
    found = acts("Vesterland freed two Norland fishermen on Tuesday. The release came after months of quiet "
                 "contacts. Vesterland also handed over a Norland pilot to the Red Cross.")
    assert [v for t, *_, v, _ in found if t == "release"] == ["2026-06-02", "2026-06-02"]


@pytest.mark.parametrize("text", [
    # the run moved on: another time is told between
    "Ola Brandt met Tomas Reyk in April. In May, Brandt travelled to Lund. Brandt met Lidia Marsh.",
    # "later": an act after the dated one
    "Ola Brandt met Tomas Reyk in April. Brandt later met Lidia Marsh.",
    # planned: another event
    "Ola Brandt met Tomas Reyk in April. Brandt will meet Lidia Marsh.",
    # the present perfect speaks of a state up to now, not of the dated meeting
    "Ola Brandt met Tomas Reyk in April.\n\nBrandt has also met Lidia Marsh.",
    # too far back
    "Ola Brandt met Tomas Reyk in April. The weather was cold. The roads were closed. The city was quiet. "
    "Brandt met Lidia Marsh.",
])
def test_interactions_timing_retold_act_not(acts, text):
    found = {(s, g): (v, r) for t, s, g, v, r in acts(text) if t == "meet"}
    v, r = found[("ola-brandt", "lidia-marsh")]
    assert r != RETOLD and v != "2026-04"


# -- a pair of days in a row dates the act with their span (timex._WD_PAIR) -----------------
@pytest.mark.parametrize("text, kind", [
    ("Norland and Vesterland met in Lund on Wednesday and Thursday.", "meet"),
    ("On Wednesday and Thursday, Norland negotiated with Vesterland over the border.", "negotiate"),
])
def test_weekday_pair_dates_the_act(acts, text, kind):
    assert [v for v, _ in dated(acts(text), kind)] == ["2026-06-03/2026-06-04"]


def test_weekday_pair_two_days_apart_dates_by_the_first(acts):
    assert [v for v, _ in dated(acts("Norland met Vesterland in Lund on Monday and Thursday."), "meet")] \
        == ["2026-06-01"]


# -- interactions.timing.previous_sentence: not for an act with a vague time of its own ------
@pytest.mark.parametrize("text, kind", [
    ("Norland and Vesterland met in Lund on Monday. Norland has recently freed several Vesterland fishermen.",
     "release"),
    ("Norland and Vesterland met in Lund on Monday. Vesterland has attacked Norland ships for years.", "attack"),
    # a noun trigger: the vague time is on the verb it is the subject of
    ("Norland and Vesterland met in Lund on Monday. Vesterland attacks on Norland have increased in recent "
     "months.", "attack"),
])
def test_vague_own_time_borrows_no_date(acts, text, kind):
    found = dated(acts(text), kind)
    assert found and all(v is None for v, _ in found)


def test_previous_sentence_still_dates_an_act_without_a_time(acts):
    found = dated(acts("Norland and Vesterland met in Lund on Monday. Vesterland freed two Norland fishermen."),
                  "release")
    assert found == [("2026-06-01", "interactions.timing.previous_sentence")]


# -- a "since" start point dates its state, not the acts told after it ----------------------
@pytest.mark.parametrize("text, kind", [
    ("Since March 15, Vesterland has carried out over 800 airstrikes on Norland. Norland accused Vesterland "
     "of killing civilians.", "accuse"),
    ("Since May 2, the army has shelled the rebels. The rebels met Norland envoys in Lund.", "meet"),
])
def test_since_start_opens_no_run(acts, text, kind):
    found = dated(acts(text), kind)
    assert found and all(v is None for v, _ in found)


def test_a_day_still_opens_a_run(acts):
    found = dated(acts("On March 15, Vesterland carried out airstrikes on Norland. Norland accused Vesterland "
                       "of killing civilians."), "accuse")
    assert found == [("2026-03-15", "interactions.timing.previous_sentence")]


# -- a time between the speech verb and its content's subject is the statement's -------------
@pytest.mark.parametrize("text, kind, value", [
    # planned content: not next Monday
    ("Norland said on Monday it would reject the proposal.", "reject", None),
    # the content's own time wins
    ("Norland said on Monday it rejected the proposal last week.", "reject", "2026-W22"),
    ("Norland told reporters on Monday it will meet Vesterland next week.", "meet", "2026-W24"),
    # a third party's act: undated
    ("Norland said on Monday Vesterland had freed two prisoners.", "release", None),
    # a speech act the statement performs takes the statement's date
    ("Norland said on Monday it rejected the proposal.", "reject", "2026-06-01"),
])
def test_speech_initial_time_is_the_statement_s(acts, text, kind, value):
    assert [v for v, _ in dated(acts(text), kind)] == [value]


def test_time_after_that_is_the_content_s(acts):
    # after "that", the time is inside the content: the act's own
    assert [v for v, _ in dated(acts("Norland said it met Vesterland on Monday."), "meet")] == ["2026-06-01"]


# -- interactions.timing.place_relative -----------------------------------------------------
PLACE_RELATIVE = "interactions.timing.place_relative"


@pytest.mark.parametrize("text, kind, value", [
    ("On Monday, Ola Brandt flew to Lund, where she met Tomas Reyk.", "meet", "2026-06-01"),
    # the act is a noun inside the clause
    ("On Monday, Ola Brandt flew to Lund, where she held talks with Tomas Reyk.", "negotiate", "2026-06-01"),
    # the date after the verb, before the place
    ("The envoy travelled on Friday to Ostra, where Vesterland freed two Norland fishermen.", "release",
     "2026-06-05"),
])
def test_interactions_timing_place_relative(acts, text, kind, value):
    assert dated(acts(text), kind) == [(value, PLACE_RELATIVE)]


@pytest.mark.parametrize("text, kind, value", [
    # the verb has no date
    ("Ola Brandt lives in Lund, where she met Tomas Reyk.", "meet", None),
    # the clause's own date wins
    ("Ola Brandt flew on Monday to Lund, where she had met Tomas Reyk in 2019.", "meet", "2019"),
])
def test_interactions_timing_place_relative_not(acts, text, kind, value):
    assert [v for v, r in dated(acts(text), kind) if r != PLACE_RELATIVE] == [value]


# -- interactions.timing.day_after ----------------------------------------------------------
DAY_AFTER = "interactions.timing.day_after"


@pytest.mark.parametrize("text, kind, value", [
    ("The talks ended on Thursday. Norland freed ten prisoners the following day.", "release", "2026-06-05"),
    ("The talks ended on Monday. Two days later, Norland freed ten prisoners.", "release", "2026-06-03"),
    ("The talks ended on Monday. The next morning, Vesterland released the pilot.", "release", "2026-06-02"),
    ("Vesterland and Norland met in Lund on Tuesday. A day later Norland met Ostra in Lund.", "meet", "2026-06-03"),
])
def test_interactions_timing_day_after(acts, text, kind, value):
    assert (value, DAY_AFTER) in dated(acts(text), kind)


@pytest.mark.parametrize("text", [
    # a month cannot be counted from
    "The talks ended in May. The next day, Vesterland released the pilot.",
    # "later" alone says no number of days
    "The talks ended on Monday. Vesterland later released the pilot.",
])
def test_interactions_timing_day_after_not(acts, text):
    found = dated(acts(text), "release")
    assert found and all(v is None for v, _ in found)


# -- interactions.timing.with_elaboration: a "with" on a speech verb -------------------------
@pytest.mark.parametrize("text, kind, value", [
    # the reported event's date, not the paper's Thursday
    ("Norland and Vesterland held secret talks in Lund in mid-May, a Lund newspaper said on Thursday, with "
     "Norland freeing two Vesterland pilots.", "release", "2026-05"),
    # an undated reported event: nothing, not the day of the saying
    ("Norland and Vesterland held secret talks in Lund, a Lund newspaper said on Thursday, with Norland "
     "freeing two Vesterland pilots.", "release", None),
    # a planned act: never the saying's Thursday read as the coming one
    ("Norland and Vesterland held secret talks in Lund in mid-May, a Lund newspaper said on Thursday, with "
     "Norland seeking to end the attacks on its fishermen.", "attack", None),
])
def test_with_elaboration_on_a_speech_verb(acts, text, kind, value):
    assert [v for v, _ in dated(acts(text), kind)] == [value]


def test_a_season_dates_the_act_by_its_year(acts):
    assert [v for v, _ in dated(acts("In the spring of 2024, Norland and Vesterland held secret talks in Lund."),
                                "negotiate")] == ["2024"]
    assert [v for v, _ in dated(acts("Norland and Vesterland signed a truce last summer."), "agree")] == ["2025"]


# -- an act inside the subject of a speech verb is not dated by the saying -------------------
@pytest.mark.parametrize("text, kind", [
    ("Countries assisting the talks between Norland and Vesterland said on Wednesday that a deal was near.",
     "negotiate"),
    ("Mediator Lund said on Tuesday that Norland and Vesterland had resumed talks.", "mediate"),
])
def test_speaker_description_not_dated_by_the_saying(acts, text, kind):
    found = dated(acts(text), kind)
    assert found and all(v is None for v, _ in found)


def test_the_speech_act_itself_keeps_its_date(acts):
    # the act is the telling: its own date
    assert [v for v, _ in dated(acts("Norland told Vesterland on Monday that it rejected the plan."),
                                "inform")] == ["2026-06-01"]


@pytest.mark.parametrize("text, value", [
    ("The talks ended on Thursday.\n\nLater that day, Norland freed ten prisoners.", "2026-06-04"),
    ("The talks ended on Thursday.\n\nThe next day, Norland freed ten prisoners.", "2026-06-05"),
    ("The talks ended on Thursday. On the same day, Norland freed ten prisoners.", "2026-06-04"),
    # no phrase that refers back: a new paragraph is not dated by the last one's closing date
    ("The talks ended on Thursday.\n\nNorland freed ten prisoners.", None),
])
def test_same_day_and_next_day_refer_back_across_a_paragraph(acts, text, value):
    assert [v for v, _ in dated(acts(text), "release")] == [value]


# -- "since X" takes X, negated or not (the gold's convention) -------------------------------
@pytest.mark.parametrize("text, kind, value", [
    ("Norland has not attacked Vesterland since March 15.", "attack", "2026-03-15"),
    ("Vesterland has not freed any Norland prisoners since the truce of May 2024.", "release", "2024-05"),
    ("Norland has held talks with Vesterland since March.", "negotiate", "2026-03"),
    # a "since" clause on a perfect: the clause's own date
    ("Vesterland has shelled Norland since the rebels seized Lund in March.", "attack", "2026-03"),
    # a causal "since" (no perfect) is no start point
    ("Since the talks failed in March, Vesterland attacked Norland.", "attack", None),
    # a start point with no date: undated, and no date borrowed from the sentence before
    ("Ola Brandt met Tomas Reyk in Lund on Monday. The two leaders had not spoken directly since the "
     "border clashes.", "contact", None),
])
def test_since_takes_its_start_point(acts, text, kind, value):
    assert [v for v, _ in dated(acts(text), kind)] == [value]
