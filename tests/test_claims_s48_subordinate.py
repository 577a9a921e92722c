"""A second report in a comma-set subordinate clause ends the first content, and a ", citing X"
participle that names a document or medium makes no claim (invented sentences; s48-claims)."""

from __future__ import annotations

import pytest

RULE = "claims.subordinate.subordinate_report"


def _by_cue(claims):
    return {c.cue: c for c in claims}


@pytest.mark.parametrize("text, outer, first_content, inner", [
    ("Mr. Tamsin announced that he would stay in the hall until morning and release no more captives, "
     "even though he had earlier promised to free all the women.", "announced",
     "he would stay in the hall until morning and release no more captives", "promised"),
    ("The council said the talks would resume in May, shortly after the rebels said they would return.",
     "said", "the talks would resume in May", None),
    ("The Westmark ministry confirmed that the two sailors had reached Lund, as the Free Hill Front claimed "
     "that it had released them without conditions.", "confirmed", "the two sailors had reached Lund", "claimed"),
    ("Anna Berg said the exchange had taken place, before the ministry announced that the prisoners were home.",
     "said", "the exchange had taken place", "announced"),
])
def test_subordinate_report_ends_the_first_content(claims_of, text, outer, first_content, inner):
    claims, _ = claims_of(text)
    first = [c for c in claims if c.cue == outer][0]
    assert first.content == first_content, [(c.cue, c.content) for c in claims]
    assert first.trace.get("content") == RULE
    assert len(claims) == 2, [(c.cue, c.content) for c in claims]
    if inner:
        assert inner in _by_cue(claims)


@pytest.mark.parametrize("text", [
    # no comma: the clause may be the speaker's own words
    "The council said the talks would resume in May after the rebels said they would return.",
    # the subordinate clause holds no report
    "The council said the talks would resume in May, shortly after the rebels returned to Lund.",
    # a report without words of its own ("as Y said"): a parenthetical, not a second report
    "Anna Berg said the exchange had been delayed, as the ministry said.",
])
def test_subordinate_report_near_misses(claims_of, text):
    claims, _ = claims_of(text)
    assert not [c for c in claims if c.trace.get("content") == RULE], [(c.cue, c.content) for c in claims]


@pytest.mark.parametrize("text", [
    "The convoy crossed the border on Monday, Radio Westmark reported, citing a statement from the interior ministry.",
    "“The two delegations met in Lund,” the Ostland news agency OPA reported, citing the joint statement of the "
    "two countries.",
    "The agency reported that the talks had stalled, citing two diplomats familiar with the matter.",
])
def test_citing_a_document_or_source_makes_no_claim(claims_of, text):
    claims, _ = claims_of(text)
    assert not [c for c in claims if c.cue == "citing"], [(c.cue, c.content) for c in claims]
    assert len(claims) == 1


@pytest.mark.parametrize("text", [
    "Anna Berg resigned on Friday, citing a lack of support from the council.",
    "The Free Hill Front postponed the exchange, citing the shelling of its positions.",
    "Ostland said the rebels had withdrawn, citing a lack of support.",
])
def test_citing_a_reason_stays_a_claim(claims_of, text):
    claims, _ = claims_of(text)
    assert [c for c in claims if c.cue == "citing"], [(c.cue, c.content) for c in claims]


@pytest.mark.parametrize("text, content", [
    ("The Westmark government has commended the role of Ostland in mediating between the two capitals.",
     "the role of Ostland in mediating between the two capitals"),
    ("Anna Berg praised the work of the Red Lake Society in freeing the crew.",
     "the work of the Red Lake Society in freeing the crew"),
])
def test_object_gerund_complement_joins_the_content(claims_of, text, content):
    claims, _ = claims_of(text)
    assert [c.content for c in claims] == [content]


@pytest.mark.parametrize("text, content", [
    ("Ostland praised the mediators in a statement on Friday.", "the mediators"),
    ("The envoy praised the patience of both delegations in the meeting.",
     "the patience of both delegations in the meeting"),
])
def test_object_in_phrase_without_gerund_unchanged(claims_of, text, content):
    claims, _ = claims_of(text)
    assert [c.content for c in claims] == [content]


@pytest.mark.parametrize("text", [
    "The exchange suggests there may be room for further talks between Ostland and Westmark.",
    "Riots in the capital suggested the country was sliding towards war.",
    "The release signals a thaw between the two capitals.",
])
def test_thing_suggesting_makes_no_claim(claims_of, text):
    claims, _ = claims_of(text)
    assert claims == [], [(c.cue, c.content) for c in claims]


@pytest.mark.parametrize("text", [
    "Anna Berg suggested the talks could move to Lund.",
    "The ministry signalled that it would free the crew.",
])
def test_speaker_suggesting_stays_a_claim(claims_of, text):
    claims, _ = claims_of(text)
    assert len(claims) == 1


@pytest.mark.parametrize("text, speaker, content", [
    ("The talks, said the envoy, would resume in May.", "envoy", "The talks would resume in May"),
    ("The exchange, said a senior Ostland official, was delayed by the storm.", "senior-ostland-official",
     "The exchange was delayed by the storm"),
    ("The plan, said Anna Berg, was never put to the council.", "anna-berg", "The plan was never put to the council"),
])
def test_inverted_aside(claims_of, text, speaker, content):
    claims, _ = claims_of(text)
    assert [(c.rule, c.speaker, c.content) for c in claims] == [
        ("claims.attribution.inverted_aside", speaker, content)]


@pytest.mark.parametrize("text", [
    "The talks, the envoy said, would resume in May.",          # uninverted: reverse_clause
    "The envoy, Anna Berg, said the talks would resume.",       # an apposition, no aside
    "The ministry, which said the talks had failed, closed the border.",
    "“The talks,” said the envoy, “would resume in May.”",      # quoted words: the quote rules
])
def test_inverted_aside_near_misses(claims_of, text):
    claims, _ = claims_of(text)
    assert not [c for c in claims if c.rule == "claims.attribution.inverted_aside"], [(c.rule, c.content) for c in claims]


@pytest.mark.parametrize("text, speaker", [
    ("An editorial in the Lund Herald said the exchange was overdue.", "lund-herald"),
    ("Recent editorials in The Lund Herald have recommended an end to the embargo against Ostland.", "lund-herald"),
    ("An article in the Westmark Times said the sailors had been moved.", "westmark-times"),
])
def test_published_piece_speaks_for_its_outlet(claims_of, text, speaker):
    claims, _ = claims_of(text)
    assert [c.speaker for c in claims] == [speaker]


@pytest.mark.parametrize("text, speaker, content", [
    ("Berg has maintained her innocence.", "berg", "her innocence"),
    ("Anna Berg pleaded not guilty to charges of spying.", "anna-berg", "not guilty to charges of spying"),
    ("Jon Haldor, who has maintained his innocence, was freed on Monday.", "jon-haldor", "his innocence"),
])
def test_plea(claims_of, text, speaker, content):
    claims, _ = claims_of(text)
    assert [(c.rule, c.speaker, c.content) for c in claims] == [("claims.content.plea", speaker, content)]


@pytest.mark.parametrize("text", [
    "Anna Berg did not plead guilty.",
    "The council maintained contacts with the Front.",
    "Anna Berg was found guilty of spying.",
])
def test_plea_near_misses(claims_of, text):
    claims, _ = claims_of(text)
    assert not [c for c in claims if c.rule == "claims.content.plea"]


@pytest.mark.parametrize("text, content", [
    ("A senior official identified the fifth captive as Jon Haldor.", "the fifth captive as Jon Haldor"),
    ("The ministry identified him as a former sailor.", "him as a former sailor"),
])
def test_identification_is_a_claim(claims_of, text, content):
    claims, _ = claims_of(text)
    assert [c.content for c in claims] == [content]


def test_identification_without_as_is_none(claims_of):
    claims, _ = claims_of("The police identified the bodies on Monday.")
    assert claims == []


@pytest.mark.parametrize("text", [
    "Neither Berg nor Haldor acknowledged Westmark's role in the truce in their statements.",
    "No group has claimed responsibility for the kidnapping.",
    "Neither side confirmed that the talks had taken place.",
    "None of the officials confirmed the exchange.",
])
def test_negative_subject_makes_no_claim(claims_of, text):
    claims, _ = claims_of(text)
    assert claims == [], [(c.cue, c.content) for c in claims]


@pytest.mark.parametrize("text", [
    "Officials said no decision had been taken.",
    "Anna Berg said neither side would attend.",
])
def test_negative_word_inside_content_keeps_the_claim(claims_of, text):
    claims, _ = claims_of(text)
    assert len(claims) == 1


@pytest.mark.parametrize("text, content", [
    ("Mr. Tamsin had vowed to stay in office until new elections were held.",
     "to stay in office until new elections were held"),
    ("Mr. Tamsin had vowed to stay in office, until new elections were held.", "to stay in office"),
])
def test_infinitive_keeps_its_condition(claims_of, text, content):
    claims, _ = claims_of(text)
    assert [c.content for c in claims] == [content]


@pytest.mark.parametrize("text, n", [
    ("Both sides expect the exchange to happen.", 0),
    ("Anna Berg wants the council to lead the delegation.", 1),
    ("Officials said they expect the exchange to happen soon.", 1),
    ("“We want the indictment lifted,” Anna Berg said.", 1),
])
def test_expect_is_a_state_of_mind(claims_of, text, n):
    claims, _ = claims_of(text)
    assert len(claims) == n, [(c.cue, c.content) for c in claims]


def test_group_plea_is_left_alone(claims_of):
    claims, _ = claims_of("The campaigners were convicted in May but have proclaimed their innocence.")
    assert not [c for c in claims if c.rule == "claims.content.plea"]


def test_statement_of_the_body_that_spoke_before(claims_of):
    claims, _ = claims_of("The two sides met in Lund on Monday.\n\nMeanwhile, the Free Hill Front said the talks were the "
                          "result of a mutual agreement.\n\n“Both parties will strengthen the framework,” the statement said.")
    assert [c.speaker for c in claims] == ["free-hill-front", "free-hill-front"]
    assert claims[1].trace.get("speaker") == "claims.documents.body_spoke_before"


def test_statement_after_a_person_has_no_speaker(claims_of):
    claims, _ = claims_of("Anna Berg said the talks were the result of a mutual agreement. “Both parties will "
                          "strengthen the framework,” the statement said.")
    assert claims[1].speaker is None


@pytest.mark.parametrize("text, content", [
    ("Ostland rejected Westmark's assertion that its troops had crossed the border.",
     "Westmark's assertion that its troops had crossed the border"),
    ("The Front rejected allegations that it had moved the captives.", "allegations that it had moved the captives"),
])
def test_rejected_statement_is_a_claim(claims_of, text, content):
    claims, _ = claims_of(text)
    outer = [c for c in claims if c.rule == "claims.content.statement_object"]
    assert [c.content for c in outer] == [content]


@pytest.mark.parametrize("text", ["The Front rejected the plan.", "The council rejected the claim."])
def test_rejected_act_is_no_claim(claims_of, text):
    claims, _ = claims_of(text)
    assert claims == []
