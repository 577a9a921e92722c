"""s48-fix2b: the s48 claims rules narrowed to their construction, on invented sentences: a negative
subject is a determiner meaning nobody (not a number sign or a quantity), a rejected statement is no
demand and no negated rejection, a temporal clause in the present is a condition and no second report,
a body's statement is no letter nor the text of another party it spoke of."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "No fewer than 30 Norland officials said the truce had collapsed.",
    "No more than two Westmark envoys confirmed the exchange.",
    "Ostland's No 2 negotiator said the talks had failed.",
    "No 10 said the talks had been useful.",
])
def test_quantity_or_number_sign_is_a_speaker(claims_of, text):
    claims, _ = claims_of(text)
    assert len(claims) == 1, [(c.cue, c.content) for c in claims]


@pytest.mark.parametrize("text", [
    "No one confirmed the exchange.",
    "No Westmark official confirmed that the convoy had crossed.",
    "Neither Ostland nor Westmark confirmed that the captives had been moved.",
])
def test_negative_determiner_still_means_nobody(claims_of, text):
    claims, _ = claims_of(text)
    assert claims == [], [(c.cue, c.content) for c in claims]


@pytest.mark.parametrize("text", [
    "Ostland did not reject allegations that it had moved the captives.",
    "The Front never rejected the claim that its fighters had crossed the river.",
    "The Free Hill Front rejected Ostland's demand that talks be held in Lund.",
    "Westmark rejected the suggestion that its envoy leave the talks.",
])
def test_rejected_object_that_states_nothing(claims_of, text):
    claims, _ = claims_of(text)
    assert not [c for c in claims if c.rule == "claims.content.statement_object"], [(c.cue, c.content) for c in claims]


@pytest.mark.parametrize("text", [
    "Anna Berg said Norland would not return to the talks, until the Free Hill Front says it will disarm.",
    "Ivan Holm said Ostland would withdraw its troops, when the Front says it is ready.",
    "The council said the bridge would stay closed, once the engineers have said it is unsafe.",
])
def test_present_report_after_temporal_subordinator_is_a_condition(claims_of, text):
    claims, _ = claims_of(text)
    assert len(claims) == 1, [(c.cue, c.content) for c in claims]
    assert claims[0].traced("content") != "claims.subordinate.subordinate_report"


def test_past_report_after_temporal_subordinator_still_splits(claims_of):
    claims, _ = claims_of("The Guild announced that the port would reopen, shortly after Westmark said that the "
                          "strike had ended.")
    first = [c for c in claims if c.cue == "announced"][0]
    assert first.content == "the port would reopen"
    assert "said" in {c.cue for c in claims}


@pytest.mark.parametrize("text", [
    "Ostland said it was studying the Free Hill Front's offer. “We are ready to talk,” the letter said.",
    "The Guild said it had received the council's statement. “The tariffs will stay,” the statement said.",
])
def test_document_after_a_body_names_another_text(claims_of, text):
    claims, actors = claims_of(text)
    assert claims[-1].traced("speaker") != "claims.documents.body_spoke_before", [(c.speaker, c.content)
                                                                                     for c in claims]
