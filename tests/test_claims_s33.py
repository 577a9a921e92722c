"""Session 33 (s33-claims): attribution on invented sentences.

Why: on the sets measured blind until this session, an "according to" phrase that opens a
quotation in which the quoted speaker reports what others said ("According to him, “the
mediators said they have freed the sailors …”") was read as a relay, so the whole quotation went
to the inner subject (a pronoun-like "those helping us" resolved to the wrong party); and an
adverbial clause opened by a wh-adverb after a cue ("stated this when he received the sailors",
"Speaking when he received …") was read as an unmarked reported clause. Near misses: a real relay
("According to Radio Norland, the minister said …"), a quotation before the phrase, quoted words
inside a paraphrase; an unmarked reported clause after an adverbial ("said after the meeting he
would resign"), a marked "that"-clause after "when".
"""

from __future__ import annotations

import pytest

from claim_helpers import by_content, name, trace


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


# ---------------------------------------------------------------- "according to X, “… Y said …”"

@pytest.mark.parametrize("text, outer, speaker, inner, inner_speaker", [
    # a pronoun, the inner subject a plain noun phrase
    ("Governor Ola Brandt said the rebels had freed the sailors. According to him, “the mediators said the rebels "
     "have freed all the sailors. We have sent buses to bring them home.”",
     "We have sent buses", "Ola Brandt", "the rebels have freed all the sailors", "mediators"),
    # an adverbial opens the quotation; the inner subject a demonstrative with a participle
    ("Governor Ola Brandt spoke on Friday. According to him, “Some hours ago, those helping us in talks with the "
     "rebels said they have freed all the sailors. We have sent buses to bring them home.”",
     "We have sent buses", "Ola Brandt", "they have freed all the sailors", None),
    # a named speaker; "told" with an addressee and "that"
    ("According to Ola Brandt, “the Norland envoys told us that the prisoners would be released on Monday. We "
     "are ready to receive them.”",
     "We are ready", "Ola Brandt", "the prisoners would be released on Monday", "Norland envoys"),
    # a description; the inner speech act in the past perfect
    ("Kari Lund, the Vesterland foreign minister, met the envoys on Monday. According to the minister, “the "
     "rebels had informed the church that the talks would resume. We are hopeful.”",
     "We are hopeful", "Kari Lund", "the talks would resume", "rebels"),
])
def test_according_quote_holds_a_report(run, text, outer, speaker, inner, inner_speaker):
    claims, actors = run(text)
    whole = by_content(claims, outer)
    assert name(whole, actors) == speaker and whole.direct and inner in (whole.content or "")
    assert trace(whole).get("content") == "claims.assign.according_quote"
    nested = [c for c in claims if c.content == inner]
    assert len(nested) == 1, [(c.content, c.rule) for c in claims]
    assert name(nested[0], actors) == inner_speaker and not nested[0].direct


@pytest.mark.parametrize("text, content, speaker", [
    # "According to X, “A. B.”": the whole quotation, direct
    ("Ola Brandt spoke on Friday. According to him, “The rebels are ready to free the sailors. We accept the "
     "offer.”", "We accept the offer", "Ola Brandt"),
    ("According to Kari Lund, “The talks will resume in May. Nobody wants another war.”",
     "Nobody wants another war", "Kari Lund"),
])
def test_according_quote_whole(run, text, content, speaker):
    claims, actors = run(text)
    c = by_content(claims, content)
    assert name(c, actors) == speaker and c.direct
    assert trace(c).get("content") == "claims.assign.according_quote"


@pytest.mark.parametrize("text, content, speaker", [
    # a relay stays a relay: the minister's claim, not the radio's
    ("According to Radio Norland, the minister Ola Brandt said the talks would resume on Monday.",
     "the talks would resume on Monday", "Ola Brandt"),
    # footage relays what the speaker said
    ("According to footage aired on Sunday, Ola Brandt said he was unharmed.", "he was unharmed", "Ola Brandt"),
])
def test_according_relay_unchanged(run, text, content, speaker):
    claims, actors = run(text)
    c = by_content(claims, content)
    assert name(c, actors) == speaker
    assert trace(c).get("content") != "claims.assign.according_quote"


@pytest.mark.parametrize("text, content", [
    # the quotation comes before the phrase
    ("“The talks will resume in May,” according to Kari Lund.", "The talks will resume in May"),
    # quoted words inside a paraphrase
    ("According to Kari Lund, the “final” deal was signed in Oslo on Monday.", "deal was signed"),
])
def test_according_quote_near_misses(run, text, content):
    claims, actors = run(text)
    c = by_content(claims, content)
    assert trace(c).get("content") != "claims.assign.according_quote"


# ---------------------------------------------------------------- a wh-opened adverbial after a cue

@pytest.mark.parametrize("text, words", [
    ("The governor stated this when he received the freed sailors in the capital.", "received the freed"),
    ("Speaking when he received the sailors on Friday, the governor said no ransom was paid.", "received the"),
    ("Ola Brandt repeated the offer where the envoys had met the rebels a year before.", "envoys had met"),
    ("Kari Lund announced it when she visited the camp on Monday.", "visited the camp"),
])
def test_wh_adverbial_is_no_content(run, text, words):
    claims, _ = run(text)
    assert not [c for c in claims if words in (c.content or "")], [(c.content, c.rule) for c in claims]


@pytest.mark.parametrize("text, content", [
    # an unmarked reported clause after an adverbial still is the content
    ("Ola Brandt said after the meeting he would resign.", "he would resign"),
    ("The envoy said on Friday the rebels would free the sailors.", "the rebels would free the sailors"),
])
def test_unmarked_clause_still_content(run, text, content):
    claims, _ = run(text)
    assert by_content(claims, content)


def test_when_clause_content_after_that(run):
    # "said, when asked …, that …": the marked clause is still the content
    claims, _ = run("Kari Lund said, when she was asked about the talks, that Norland would not pay a ransom.")
    assert by_content(claims, "Norland would not pay a ransom")
