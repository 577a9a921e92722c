"""The narrowings of s48 review 2 on the time and cross-report rules keep the shapes each rule was made for.

Every sentence is invented (Ostland, Westmark, Lorvia, Anna Berg): no report text. Published 2026-06-06, a Saturday
(Monday 06-01, Thursday 06-04, Friday 06-05)."""

from __future__ import annotations

import pytest

from interaction_helpers import dated_to

ADJUNCT = "interactions.timing.adjunct_main_day"
PURPOSE = "interactions.timing.purpose_day"
OCCASION = "interactions.timing.occasion_clause_day"
SAT = "2026-06-06"


@pytest.mark.parametrize("text, kind", [
    # an infinitive of a later act: the day is that act's
    ("Anna Berg phoned Ivan Holm to arrange talks on Friday.", "contact"),
    ("Anna Berg called upon Westmark to free the captives on Friday.", "demand"),
])
def test_no_purpose_day_for_asking_or_a_later_act(dated_acts, text, kind):
    assert PURPOSE not in [r for _, r in dated_to(dated_acts(SAT)(text), kind)]


@pytest.mark.parametrize("text", [
    "Westmark condemned Monday's raid, demanding talks with Ostland.",
    "Ostland published a study of the June 2 shelling, accusing Westmark of killing 12 farmers.",
])
def test_a_day_premodifying_a_noun_names_that_noun_s_event(dated_acts, text):
    assert ADJUNCT not in [r for *_, r in dated_acts(SAT)(text)]


@pytest.mark.parametrize("text, value", [
    ("Anna Berg met Ivan Holm at a summit that was held in Lund on Monday.", "2026-06-01"),
    ("Anna Berg met Ivan Holm at talks that ended on Thursday.", "2026-06-04"),
])
def test_a_past_occasion_of_taking_place_still_dates_a_done_act(dated_acts, text, value):
    assert (value, OCCASION) in dated_to(dated_acts(SAT)(text), "meet")


@pytest.mark.parametrize("text", [
    "Anna Berg met Ivan Holm at a summit that was cancelled on Monday.",
    "Anna Berg met Ivan Holm at a conference that closes on Friday.",
])
def test_no_occasion_day_from_another_event_or_tense(dated_acts, text):
    assert OCCASION not in [r for _, r in dated_to(dated_acts(SAT)(text), "meet")]


def test_agreement_kinds():
    from backchannel.resolve.across.announceday import agreement_kinds
    assert agreement_kinds("lorvia confirmed a ceasefire agreement on friday") == {"truce"}
    assert agreement_kinds("the hostage swap deal was announced on monday") == {"exchange"}
    assert agreement_kinds("the deal was announced on monday") == frozenset()  # any agreement


def test_talks_with_one_partner_are_the_same_talks():
    from backchannel.resolve.across.talksplan import same_talks
    assert same_talks("no decision was made on talks with westmark", "ostland agreed to begin talks with westmark")
    assert same_talks("there was no decision to hold talks elsewhere", "both sides agreed to begin talks")
    assert not same_talks("no decision on talks with the river front", "ostland agreed to begin talks with lorvia")


def test_credit_phrases_read_their_side():
    from backchannel.resolve.across.causes import sentence_causes
    assert [g[:2] for g in sentence_causes("quiet talks led to the release of anna berg")] == [("talks", False)]
    assert [g[:2] for g in sentence_causes("the captives went free because of sanctions")] == [("sanctions", False)]
    assert sentence_causes("the talks collapsed because of shelling") == []  # the talks are the outcome
    assert sentence_causes("heavy rain forced a delay of the negotiations") == []  # what was forced
