"""Session 38 (s38-speaker): constructions of the claim census on every readable set (every text invented).

Why: a sourcing phrase set off *inside* a clause ("The envoys, according to one aide, had run out of
patience", "…, and that according to an official, more would follow", "the diplomats who, in the words of
one envoy, saved the talks", "had landed in Kessel, as per state media, on Monday") attributes the clause it
sits in (``claims.nominal.source_inside_clause``), not the longer side of the sentence; "as per" and "in the
words of" count there too. Near misses: the edge readings stay as they were.
"""

from __future__ import annotations

import pytest

from claim_helpers import by_content, name, trace

INSIDE = "claims.nominal.source_inside_clause"


@pytest.mark.parametrize("text, content, who", [
    # after the subject: the whole clause, without the phrase
    ("The envoys, according to one aide, had run out of patience with the rebel delegation by Friday.",
     "The envoys had run out of patience with the rebel delegation by Friday", "aide"),
    # "as per" after the subject of a clause opened by a connective
    ("Meanwhile, the two prisoners, as per state media, had landed in Kessel and were on their way home.",
     "the two prisoners had landed in Kessel and were on their way home", "state media"),
    # "in the words of" inside a relative clause: the clause without its "who"
    ("The young negotiators who, in the words of one Norland diplomat, saved the talks will be honoured next week.",
     "saved the talks", "Norland diplomat"),
    # "per" inside, after the subject; "in X's words" the parse hung on the subject
    ("The talks, per two officials familiar with the plan, will resume next week in Kessel.",
     "The talks will resume next week in Kessel", "officials"),
    ("The envoys, in Tomas Brandt's words, had run out of patience with the rebels.",
     "The envoys had run out of patience with the rebels", "Tomas Brandt"),
    ("The ceasefire, in the view of most diplomats, will not hold beyond the summer.",
     "The ceasefire will not hold beyond the summer", "diplomats"),
])
def test_claims_nominal_source_inside_clause(claims_of, text, content, who):
    claims, actors = claims_of(text)
    c = by_content(claims, content.split()[-1])
    assert c.content == content, (c.content, c.rule)
    assert INSIDE in (c.rule, trace(c).get("content"))
    assert who in (name(c, actors) or "")


def test_source_inside_a_reported_clause_is_a_claim_of_its_own(claims_of):
    text = ("The Zorlan report said the truce was the first step of the plan, and that according to an unnamed "
            "official, more steps would follow.")
    claims, actors = claims_of(text)
    inner = next(c for c in claims if c.content == "more steps would follow")
    assert "official" in (name(inner, actors) or "")
    assert any("first step of the plan" in c.content for c in claims if c is not inner)


@pytest.mark.parametrize("text, content", [
    # the sentence's edge: the edge reading, unchanged
    ("According to the mediator, the talks will resume on Monday.", "the talks will resume on Monday"),
    ("The talks will resume on Monday, according to the mediator.", "The talks will resume on Monday"),
    # "A, according to X, and B": both clauses (claims.nominal.according_continued)
    ("Exports fell by a third, according to the ministry, and imports rose for the fourth month.",
     "Exports fell by a third"),
    # after the clause's verb: the side reading (a trailing gloss is no part of the clause)
    ("The talks will resume, according to the mediator, once both delegations return from Kessel.",
     "once both delegations return from Kessel"),
    ("The richest tenth would see their incomes rise by as much as 20 percent, according to the Kessel "
     "Institute, more than twice the rise it projected for the middle class.",
     "The richest tenth would see their incomes rise by as much as 20 percent"),
])
def test_source_at_an_edge_is_not_inside(claims_of, text, content):
    claims, _ = claims_of(text)
    c = by_content(claims, content.split()[-1])
    assert c.content.startswith(content)
    assert INSIDE not in (c.rule, trace(c).get("content"))


@pytest.mark.parametrize("text, content, cue", [
    ("The two prisoners were flown to Kessel on Sunday, as per state media.",
     "The two prisoners were flown to Kessel on Sunday", "as per"),
    # after the verb: the longer side, as with "per" (what follows may be a gloss)
    ("Two of the five prisoners had landed in Kessel, as per state media, on Monday and were on their way home.",
     "Two of the five prisoners had landed in Kessel", "as per"),
    ("As per the ministry, the convoy left the border town at dawn.", "the convoy left the border town at dawn", "As per"),
])
def test_as_per_at_an_edge(claims_of, text, content, cue):
    claims, _ = claims_of(text)
    c = by_content(claims, content.split()[-1])
    assert (c.content, c.cue, c.rule) == (content, cue, "claims.nominal.per_source")


@pytest.mark.parametrize("text", [
    # "as" and "per" that name no source
    "Fuel now costs four dollars per gallon, as per usual, in the capital.",
    "The envoy left early, as per the schedule agreed on Monday, and flew home.",
    "The prisoners were released, as per the agreement, on Monday.",
    # "in the words" with no holder
    "The truce, in other words, was over by Friday evening.",
    # no phrase set off by commas
    "The prisoners were freed according to the terms of the deal on Monday.",
])
def test_no_source_inside(claims_of, text):
    claims, _ = claims_of(text)
    assert not [c for c in claims if INSIDE in (c.rule, trace(c).get("content"))], [(c.cue, c.content) for c in claims]
