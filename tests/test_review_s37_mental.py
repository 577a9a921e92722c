"""Session 37 review, claims.mental.state_of_mind on invented sentences: a thought in a relative clause on
the speaker ("the envoy, who feels P, said Q") is no part of what the speech verb reports: a belief, and Q
the one claim; a thought inside the reported clause stays in it; a thought told on an occasion of speaking
("In a statement, X hoped …", "Speaking to reporters, X thought …") was said: a claim."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, thought, said", [
    ("The envoy, who feels Peru is stalling, said on Monday that talks would resume.",
     "Peru is stalling", "talks would resume"),
    ("The minister, who hopes the truce will hold, told reporters that Kenya would send aid.",
     "the truce will hold", "Kenya would send aid"),
    ("\u201cThe ferry will sail,\u201d the envoy, who thinks Peru is serious, said.",
     "Peru is serious", "ferry will sail"),
])
def test_a_thought_describing_the_speaker_is_a_belief(claims_of, claims_context, text, thought, said):
    claims, _ = claims_of(text)
    assert not [c for c in claims if thought in (c.content or "")], [(c.cue, c.content) for c in claims]
    assert [c for c in claims if said in (c.content or "")]
    assert any(thought in a.content and a.kind == "belief" for a in claims_context(text).attributions)


def test_a_thought_inside_the_reported_clause_stays_in_it(claims_of):
    claims, _ = claims_of("The envoy said the minister, who thinks Peru is stalling, would travel to Lima.")
    assert [c.cue for c in claims] == ["said"] and "thinks Peru is stalling" in claims[0].content


@pytest.mark.parametrize("text, words", [
    ("In a statement, the Kenyan foreign ministry hoped that the truce would hold.", "truce would hold"),
    ("At a news conference on Monday, the envoy hoped a deal would be signed within days.", "deal would be signed"),
    ("Speaking to reporters in Nairobi, the envoy thought a deal was near.", "deal was near"),
    ("In a post on X, the Kenyan president wished the mediators success and hoped the truce would hold.",
     "truce would hold"),
])
def test_a_thought_told_on_an_occasion_of_speaking_is_a_claim(claims_of, text, words):
    claims, _ = claims_of(text)
    assert [c for c in claims if words in (c.content or "")], [(c.cue, c.content) for c in claims]


@pytest.mark.parametrize("text", [
    "At her villa on Monday, the envoy hoped a deal would be signed within days.",
    "During the talks, the envoy felt that Peru was stalling.",
    "In Nairobi on Monday, the envoy thought a deal was near.",
])
def test_a_thought_at_a_place_or_an_event_stays_a_belief(claims_of, text):
    claims, _ = claims_of(text)
    assert claims == [], [(c.cue, c.content) for c in claims]
