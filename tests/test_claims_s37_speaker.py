"""Session 37 (s37-speaker): constructions frequent across the read sets (every text invented).

Why: a census of the claim errors on every readable set kept only constructions that recur in
three or more reports of two or more sets. A cue that names a state of mind ("thought he had a
deal", "hoped the sides would meet") is no statement unless a quotation or a speech verb carries
it (``claims.mental.state_of_mind``: a belief attribution, no claim). Near misses for each.
"""

from __future__ import annotations

import pytest

from claim_helpers import by_content


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


# ---------------------------------------------------------------- a state of mind is no claim

@pytest.mark.parametrize("text, words, belief", [
    ("At her lakeside villa in Lunde late on Monday, the Vestian chancellor thought an accord was within reach.",
     "accord was within reach", True),
    # a relative clause: the hope of the mediators, not their words
    ("The two crews were swapped at dawn, part of a process that the mediators hope will end the "
     "blockade.", "end the blockade", True),
    ("The mediator felt the talks would collapse before the holiday.", "talks would collapse", True),
    ("The Ostrian mediators hoped both camps would settle the ferry dispute soon.", "settle the ferry dispute", True),
])
def test_claims_mental_state_of_mind(run, claims_context, text, words, belief):
    claims, _ = run(text)
    assert not [c for c in claims if words in (c.content or "")], [(c.cue, c.content) for c in claims]
    ctx = claims_context(text)
    assert belief == any(words in a.content and a.kind == "belief" for a in ctx.attributions), ctx.attributions


@pytest.mark.parametrize("text", [
    "The Ostrian mediators hoped both camps would settle the ferry dispute soon, and said they were drafting a "
    "new timetable.",
    # a thought coordinated with a statement is no part of it
    "The Ostrian mediators said they were drafting a new timetable, and hoped both camps would settle the "
    "ferry dispute soon.",
])
def test_state_of_mind_beside_a_statement(run, text):
    claims, _ = run(text)
    assert [c.cue for c in claims] == ["said"]
    assert "drafting a new timetable" in claims[0].content


@pytest.mark.parametrize("text, words, cue", [
    # a speech verb reports the thought: the outer speaker's claim
    ("Varga said the deal was close, adding she hoped the truce would hold until spring.",
     "hoped the truce would hold", "adding"),
    ("Jon Kessel told reporters he thought the accord was fragile.", "accord was fragile", "told"),
    ("“We are close,” the mediator said, adding that she thought the ferry would sail on Friday.",
     "ferry would sail", "adding"),
    # quoted words were said
    ("Varga hoped “the truce will hold until spring,” her office said.", "truce will hold", "said"),
    # a belief or fear, often a source's information, is not in the list: it stays a claim
    ("Northern officials believe the captives are held in the hills.", "captives are held", "believe"),
    ("Northern officials fear the captives were moved to the hills.", "captives were moved", "fear"),
])
def test_state_of_mind_near_misses(run, text, words, cue):
    claims, _ = run(text)
    c = by_content(claims, words)
    assert c.cue == cue
    assert c.rule != "claims.mental.state_of_mind"


def test_hoped_reads_as_hope(run):
    # the tagger reads "hoped" as a form of "hop": the attitude form table puts it right
    claims, _ = run("The envoy hoped the ferry would sail on Friday.")
    assert claims == []

