"""Session 33 (s33-fix-claims): the review of the s33 claims rules, on invented sentences.

Why: "him" first in a quotation handed the quote to an earlier speaker even when the man named
last had spoken himself or another man stood nearer; "set"/"fix" with a figure noun turned a
decision ("set the number of seats at 40") into a claim; a participle after a passive reporting
verb ("was announced after X withdrew, saying …") borrowed X as its speaker.
"""

from __future__ import annotations

import pytest

from claim_helpers import by_content, name, trace

SPOKEN_OF = "claims.continuity.spoken_of_in_quote"
ESTIMATE = "claims.content.estimate_figure"
BEFORE = "claims.attribution.clause_before_subject"


# ---------------------------------------------------------------- “… him …,” he said

@pytest.mark.parametrize("text, content", [
    # the man named last spoke himself (the subject of "spoke"): the rule keeps out
    ('Ola Brandt said the talks went well. Per Lund, the mediator, spoke later. "Nobody has told him anything '
     'about the deal," he said of the captive.', "Nobody has told him anything"),
    # another man, the subject of a clause, is named between the speaker and the quotation
    ('Ola Brandt, a Norland minister, said the talks were over. Per Lund, the mediator, met the freed captive '
     'Tor Lund on Sunday. "I told him he was free," he said.', "I told him he was free"),
    # the same with different surnames and a woman
    ('Kari Lund said the talks were over. Maria Holm, the envoy, visited the freed captive Anna Berg on Monday. '
     '"I told her she could go home," she said.', "I told her she could go home"),
    # the last man named is the doer of a transitive clause
    ('Ola Brandt said the deal was fair. Jonas Berg thanked the mediators on Sunday. "We owe him a great deal," '
     'he said.', "We owe him a great deal"),
])
def test_spoken_of_in_quote_not_over_a_doer(claims_of, text, content):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert trace(c).get("speaker") != SPOKEN_OF and name(c, actors) != "Ola Brandt" and \
        name(c, actors) != "Kari Lund", (name(c, actors), trace(c))


@pytest.mark.parametrize("text, content, speaker", [
    # still fires: the man named last is acted on (a passive subject, an object)
    ('Ola Brandt said the envoys had done their part. Jonas Berg was freed on Sunday. "We are proud of him and '
     'of the envoys," he said.', "We are proud of him", "Ola Brandt"),
    ('Ola Brandt said the deal was fair. The rebels released Jonas Berg on Sunday. "We are glad to see him '
     'home," he said.', "We are glad to see him home", "Ola Brandt"),
])
def test_spoken_of_in_quote_patient(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert name(c, actors) == speaker and trace(c).get("speaker") == SPOKEN_OF


# ---------------------------------------------------------------- "set the number at 40": a decision

@pytest.mark.parametrize("text", [
    "The Norland parliament set the number of seats at 40 for the next election.",
    "Norland has set the figure at 20 percent of the budget.",
    "The council fixed the total at 300 places for the new school.",
])
def test_set_figure_is_no_estimate(claims_of, text):
    claims, _ = claims_of(text)
    assert not [c for c in claims if c.rule == ESTIMATE], [(c.content, c.rule) for c in claims]


@pytest.mark.parametrize("text, content, speaker", [
    ("Ola Brandt put the number of sailors held by the rebels at 40.",
     "the number of sailors held by the rebels at 40", "Ola Brandt"),
    ("The Vesterland Red Crescent pegged the death toll at 87.", "the death toll at 87", "Vesterland Red Crescent"),
])
def test_estimate_still_fires(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert c.rule == ESTIMATE and name(c, actors) == speaker


# ---------------------------------------------------------------- a participle after a passive reporting verb

@pytest.mark.parametrize("text", [
    "The ceasefire was announced after the army withdrew from Varn, saying talks would resume.",
    "The deal was confirmed when the rebels left the town, adding that the sailors were safe.",
])
def test_clause_before_subject_not_after_a_reporting_verb(claims_of, text):
    claims, actors = claims_of(text)
    assert all(trace(c).get("speaker") != BEFORE for c in claims), [(c.content, trace(c)) for c in claims]
    assert all(name(c, actors) not in ("army", "rebels") for c in claims)


@pytest.mark.parametrize("text, content, speaker", [
    ("The talks were postponed when the rebels withdrew, accusing Norland of bad faith.",
     "Norland of bad faith", "rebels"),
    ("The meeting was cancelled after Ola Brandt left the capital, saying he had been threatened.",
     "he had been threatened", "Ola Brandt"),
])
def test_clause_before_subject_still_fires(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    assert name(by_content(claims, content), actors) == speaker


@pytest.mark.parametrize("text, content, speaker", [
    # the men named after the speaker are inside his words and the quotation's "asked" lead, not speaking
    ('Ola Brandt said that he called the envoy, Jonas Berg, who told him to sign the deal. Asked if he thought '
     'Berg had the backing of President Nils Holm, he replied: "That was what I thought. I never asked him."',
     "That was what I thought", "Ola Brandt"),
])
def test_spoken_of_in_quote_inside_words(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert name(c, actors) == speaker, (name(c, actors), trace(c))


def test_spoken_of_in_quote_not_over_a_main_clause_doer(claims_of):
    # another man acts in a main clause of the speaker's own sentence
    claims, actors = claims_of('Ola Brandt said the talks were over, and Nils Holm visited the freed captive Jonas '
                               'Berg on Sunday. "I told him he could go home," he said.')
    c = by_content(claims, "I told him he could go home")
    assert trace(c).get("speaker") != SPOKEN_OF and name(c, actors) != "Ola Brandt", (name(c, actors), trace(c))
