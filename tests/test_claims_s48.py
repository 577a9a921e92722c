"""Claims constructions of s48-claims, on invented sentences: a second report in a comma-set
subordinate clause, citing a document, an object's gerund complement, a thing that suggests, the
inverted aside "A, said X, B", published pieces, pleas, identifications, negative subjects,
expectations, a pledge's limit, a statement after a body spoke, a rejected statement."""

from __future__ import annotations

import pytest

RULE = "claims.subordinate.subordinate_report"


@pytest.mark.parametrize("text, outer, first_content, inner", [
    ("The harbour board announced that the ferry would sail on Friday, even though it had earlier promised "
     "to cancel the route.", "announced", "the ferry would sail on Friday", "promised"),
    ("Ms. Varga said that the archive would remain closed, shortly after the ministry said that it had found "
     "a new building.", "said", "the archive would remain closed", None),
    ("The mayor confirmed that the bridge had reopened, as the engineers claimed that the repairs were complete.",
     "confirmed", "the bridge had reopened", "claimed"),
])
def test_subordinate_report_ends_the_first_content(claims_of, text, outer, first_content, inner):
    claims, _ = claims_of(text)
    first = [c for c in claims if c.cue == outer][0]
    assert first.content == first_content, [(c.cue, c.content) for c in claims]
    assert first.trace.get("content") == RULE
    assert len(claims) == 2, [(c.cue, c.content) for c in claims]
    if inner:
        assert inner in {c.cue for c in claims}


@pytest.mark.parametrize("text", [
    # no comma: the clause may be the speaker's own words
    "The board said the ferry would sail after the union said its strike was over.",
    # the subordinate clause holds no report
    "The board said the ferry would sail on Friday, soon after the storm passed.",
    # a report without words of its own ("as Y said"): a parenthetical, not a second report
    "Jon Haldor said the vote was postponed, as the commission said.",
])
def test_subordinate_report_near_misses(claims_of, text):
    claims, _ = claims_of(text)
    assert not [c for c in claims if c.trace and c.trace.get("content") == RULE], [(c.cue, c.content) for c in claims]


@pytest.mark.parametrize("text", [
    "The festival was cancelled on Sunday, Radio Westmark reported, citing a statement from the organisers.",
    "“The bridge will reopen in June,” the Lund Herald reported, citing a letter from the council.",
    "The agency reported that the bridge had been closed, citing two officials who inspected it.",
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
    ("The guild commended the work of the volunteers in rebuilding the school.",
     "the work of the volunteers in rebuilding the school"),
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
    "The sudden price rise suggests the harvest was poor.",
    "Long queues at the border suggested the crossing had reopened.",
    "The new timetable signals a shift in the port's priorities.",
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
    ("An editorial in the Lund Herald said the new fares were too high.", "lund-herald"),
    ("Two columns in The Lund Herald have urged the council to cut bus fares.", "lund-herald"),
    ("An article in the Westmark Times said the sailors had been moved.", "westmark-times"),
])
def test_published_piece_speaks_for_its_outlet(claims_of, text, speaker):
    claims, _ = claims_of(text)
    assert [c.speaker for c in claims] == [speaker]


@pytest.mark.parametrize("text, speaker, content", [
    ("Berg has maintained her innocence.", "berg", "her innocence"),
    ("Anna Berg pleaded not guilty to charges of fraud at the port authority.", "anna-berg",
     "not guilty to charges of fraud at the port authority"),
    ("Jon Haldor, who has maintained his innocence, was freed on Monday.", "jon-haldor", "his innocence"),
])
def test_plea(claims_of, text, speaker, content):
    claims, _ = claims_of(text)
    assert [(c.rule, c.speaker, c.content) for c in claims] == [("claims.content.plea", speaker, content)]


@pytest.mark.parametrize("text", [
    "Anna Berg did not plead guilty.",
    "The council maintained contacts with the Front.",
    "Anna Berg was found guilty of fraud.",
    "The fishermen have always proclaimed their innocence.",   # a group's plea: left alone
])
def test_plea_near_misses(claims_of, text):
    claims, _ = claims_of(text)
    assert not [c for c in claims if c.rule == "claims.content.plea"]


@pytest.mark.parametrize("text, content", [
    ("The coroner identified the second driver as Jon Haldor.", "the second driver as Jon Haldor"),
    ("The ministry identified him as a former sailor.", "him as a former sailor"),
])
def test_identification_is_a_claim(claims_of, text, content):
    claims, _ = claims_of(text)
    assert [c.content for c in claims] == [content]


def test_identification_without_as_is_none(claims_of):
    claims, _ = claims_of("The police identified the bodies on Monday.")
    assert claims == []


@pytest.mark.parametrize("text", [
    "Neither the mayor nor her deputy confirmed that the budget had a gap.",
    "No union has claimed responsibility for the fire at the depot.",
    "Neither union confirmed that the vote had been held.",
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


@pytest.mark.parametrize("text, n", [
    ("The farmers expect the rain to arrive by Thursday.", 0),
    ("Anna Berg wants the council to publish the accounts.", 1),
    ("Officials said they expect the bridge to reopen soon.", 1),
    ("“We want the fares cut,” Anna Berg said.", 1),
])
def test_expect_is_a_state_of_mind(claims_of, text, n):
    claims, _ = claims_of(text)
    assert len(claims) == n, [(c.cue, c.content) for c in claims]


@pytest.mark.parametrize("text, content", [
    ("The governor had vowed to remain in power until a new vote was held.",
     "to remain in power until a new vote was held"),
    ("Ms. Varga has pledged to keep the archive open until the scholars return.",
     "to keep the archive open until the scholars return"),
])
def test_pledge_keeps_its_limit(claims_of, text, content):
    claims, _ = claims_of(text)
    assert [c.content for c in claims] == [content]


def test_statement_of_the_body_that_spoke_before(claims_of):
    claims, _ = claims_of("The two councils met in Lund on Monday.\n\nLater, the Harbour Guild said the new tariffs "
                          "would hurt small traders.\n\n“Our members cannot carry these costs,” the statement said.")
    assert [c.speaker for c in claims] == ["harbour-guild", "harbour-guild"]
    assert claims[1].trace.get("speaker") == "claims.documents.body_spoke_before"


def test_statement_after_a_person_has_no_speaker(claims_of):
    claims, _ = claims_of("Anna Berg said the new tariffs would hurt small traders. “Our members cannot carry "
                          "these costs,” the statement said.")
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
