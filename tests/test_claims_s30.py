"""Claims constructions of session 30 (helper s30-claims), on invented sentences.

Why: measured on a large attribution corpus nobody wrote a rule on, and on our own reports, the
objects of "stressed", "emphasised" and "underlined" were no content, a characterising frame
("views X as Y", "likened X to Y") and speech acts of judging ("lauded", "decried", "refuted")
made no claim, and a phrase saying where the speaker spoke ("announced X on state television",
"at a press conference") was kept in an object content. Near misses: an attitude about nothing,
a characterising verb without its frame, an object phrase that is part of what was said.
"""

from __future__ import annotations

import pytest

from claim_helpers import by_content, name


# ---------------------------------------------------------------- attitude objects end before the occasion

@pytest.mark.parametrize("text, content", [
    ("Mia Sund, the Norland mediator, expressed concern about the fate of the hostages on Monday.",
     "concern about the fate of the hostages"),
    ("Ola Brandt voiced outrage over the arrest of two reporters at a news conference in Lund.",
     "outrage over the arrest of two reporters"),
    ("Ola Brandt expressed concern at the continuing violence in Norland.",
     "concern at the continuing violence in Norland"),  # a place that is part of the topic stays
])
def test_attitude_object_occasion(claims_of, text, content):
    claims, _ = claims_of(text)
    c = by_content(claims, content)
    assert c.content == content and c.rule == "claims.content.attitude_object"


@pytest.mark.parametrize("text", [
    "Mia Sund expressed joy on Monday.",  # an attitude about nothing
    "Ola Brandt expressed his thanks in a letter.",  # "in" is no topic
])
def test_attitude_near_misses(claims_of, text):
    claims, _ = claims_of(text)
    assert not claims, [(c.content, c.rule) for c in claims]


def test_attitude_clause_unchanged(claims_of):
    claims, _ = claims_of("The envoy expressed concern that the talks could collapse.")
    assert by_content(claims, "the talks could collapse").rule == "claims.content.attitude_object"


# ---------------------------------------------------------------- stressed / emphasised objects

@pytest.mark.parametrize("text, content", [
    ("The minister emphasized the value of silence during hostage talks.", "the value of silence"),
    ("Ola Brandt stressed the need for a lasting ceasefire.", "the need for a lasting ceasefire"),
    ("Vesterland's foreign minister has underlined the role of Norland.", "the role of Norland"),
    ("Mia Sund, emphasising the value of quiet talks, declined to give details.", "the value of quiet talks"),
])
def test_emphasis_object(claims_of, text, content):
    claims, _ = claims_of(text)
    assert by_content(claims, content).rule.startswith("claims.content.object")


def test_emphasis_clause_unchanged(claims_of):
    claims, _ = claims_of("The envoy stressed that the deal was fragile.")
    assert by_content(claims, "the deal was fragile").rule == "claims.content.complement"


# ---------------------------------------------------------------- characterising frames, judging acts

@pytest.mark.parametrize("text, content, rule", [
    ("The Norland government views this exchange as a diplomatic advance.",
     "this exchange as a diplomatic advance", "claims.content.frame"),
    ("Vesterland regards the ceasefire as a first step toward peace.",
     "the ceasefire as a first step toward peace", "claims.content.frame"),
    ("The talks were cast by Mia Sund as a last chance.", "a last chance", "claims.content.frame"),
    ("Critics portrayed the talks as a trap for Norland.", "the talks as a trap for Norland", "claims.content.frame"),
    ("Mia Sund likened the agreement to a surrender.", "the agreement to a surrender", "claims.content.frame"),
    ("Spokesman Ola Brandt firmly refuted the newspaper's reading of his remarks.",
     "the newspaper's reading of his remarks", "claims.content.object"),
    ("The minister lauded the patient work done by Norland.",
     "the patient work done by Norland", "claims.content.object"),
    ("The council decried the arrest of the two envoys.", "the arrest of the two envoys", "claims.content.object"),
])
def test_characterising_and_judging(claims_of, text, content, rule):
    claims, _ = claims_of(text)
    assert by_content(claims, content).rule == rule


@pytest.mark.parametrize("text", [
    "Ola Brandt saw the hostages as they left the plane.",  # "as" opens a clause: no frame
    "The minister viewed the site on Monday.",  # the object alone
    "The agency compared prices across the region.",  # no "to"/"with" frame
    "The indirect format sees Norland acting as the key intermediary.",  # "see" is no cue
    "Vesterland has long been willing to view the agency as a fair middleman.",  # an infinitive: no act yet
    "Lamenting the news report, the governor left the meeting.",  # "lament" needs a clause
])
def test_characterising_near_misses(claims_of, text):
    claims, _ = claims_of(text)
    assert claims == [], [(c.content, c.rule) for c in claims]


# ---------------------------------------------------------------- claims.content.object_occasion

@pytest.mark.parametrize("text, content", [
    ("President Mia Sund announced her release on state television.", "her release"),
    ("Norland and Vesterland announced a ceasefire at a press conference in Lund held on Tuesday evening.",
     "a ceasefire"),
    ("President Mia Sund announced her release on Truth Social, a step confirmed later by Ola Brandt.", "her release"),
    ("Ola Brandt denied the report in an interview with the daily Morgenposten.", "the report"),
    ("Ola Brandt confirmed the release of the hostages on Sunday.", "the release of the hostages"),
    ("The ministry confirmed the return of the envoys during a briefing.", "the return of the envoys"),
])
def test_object_occasion(claims_of, text, content):
    claims, _ = claims_of(text)
    found = [c for c in claims if c.content == content]
    assert len(found) == 1, [(c.content, c.rule) for c in claims]


@pytest.mark.parametrize("text, content", [
    ("The ministry announced sanctions on Vesterland.", "sanctions on Vesterland"),
    ("Ola Brandt announced a curfew in the capital.", "a curfew in the capital"),
    ("Mia Sund thanked Norland for its role in the talks.", "Norland for its role in the talks"),
])
def test_object_occasion_near_misses(claims_of, text, content):
    claims, _ = claims_of(text)
    assert by_content(claims, content).content == content


# ---------------------------------------------------------------- claims.content.passive_subject

@pytest.mark.parametrize("text, content, speaker", [
    ("The release was later confirmed by the Norland Foreign Ministry.", "The release", "Norland Foreign Ministry"),
    ("The ceasefire in Lund has been announced by Ola Brandt.", "The ceasefire in Lund", "Ola Brandt"),
    ("A new truce will be announced by Mia Sund on Friday.", "A new truce", "Mia Sund"),
    ("Both offers were rejected by Norland.", None, None),  # "reject" is weak: no claim from its object
])
def test_passive_subject(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    found = [c for c in claims if c.rule == "claims.content.passive_subject"]
    if content is None:
        assert not found, [(c.content, c.rule) for c in claims]
        return
    assert len(found) == 1 and found[0].content == content, [(c.content, c.rule) for c in claims]
    assert name(found[0], actors) == speaker


@pytest.mark.parametrize("text", [
    "It was confirmed by the ministry on Monday.",  # a pronoun subject
    "The truce, which was announced by Ola Brandt, held for a week.",  # a relative word
    "The hostages were freed by the rebels on Monday.",  # no cue
    "The release was confirmed on Monday.",  # no agent: an unattributed report, not a claim
    "Satisfaction was expressed by Norland, which praised the mediators.",  # an attitude is no content
])
def test_passive_subject_near_misses(claims_of, text):
    claims, _ = claims_of(text)
    assert not [c for c in claims if c.rule == "claims.content.passive_subject"], [(c.content, c.rule) for c in claims]


# (s30-fixaff) a content that is only names of parties or a personal pronoun is no statement: the one judged is
# not what was said ("was praised by", "praised X"); a named thing, or a name with its frame, still is
@pytest.mark.parametrize("text", [
    "Ola Brandt was praised by Jo Amsel.",
    "Ola Brandt was denounced by Norland on Monday.",
    "Jo Amsel praised Ola Brandt.",
    "Norland denounced Chile and Peru.",
    "Ola Brandt met the envoys. Norland later denounced him.",
])
def test_name_only_content_is_no_claim(claims_of, text):
    claims, _ = claims_of(text)
    assert not [c for c in claims if c.rule and c.rule.startswith("claims.content.")], \
        [(c.content, c.rule) for c in claims]


@pytest.mark.parametrize("text, content", [
    ("The Lomnet Plan was denounced by Norland.", "The Lomnet Plan"),
    ("Norland's envoy was criticised by Jo Amsel.", "Norland's envoy"),
    ("Jo Amsel thanked Chile for its mediation.", "Chile for its mediation"),
])
def test_name_with_more_is_a_claim(claims_of, text, content):
    claims, _ = claims_of(text)
    assert content in [c.content for c in claims], [(c.content, c.rule) for c in claims]


# ---------------------------------------------------------------- claims.content.object_complement

@pytest.mark.parametrize("text, content", [
    # the parse hangs the object noun's complement on the verb; each shape keeps it in the content
    ("Ola Brandt demanded an apology from the rebels for the attack.", "an apology from the rebels for the attack"),
    ("Mia Sund announced a halt to air strikes on the port.", "a halt to air strikes on the port"),
    ("The council announced a ban on fishing in the bay.", "a ban on fishing in the bay"),
    ("The envoy announced a pause in the fighting, attributing it to the mediators.", "a pause in the fighting"),
])
def test_object_complement(claims_of, text, content):
    claims, _ = claims_of(text)
    assert [c for c in claims if c.content == content], [(c.content, c.rule) for c in claims]


@pytest.mark.parametrize("text, content", [
    ("Vesterland's spokesman confirmed the ceasefire to local media on Friday.", "the ceasefire"),  # a medium
    ("Ola Brandt confirmed the truce to journalists in Lund.", "the truce"),  # an addressee
    ("Ola Brandt denied the report to reporters on Monday.", "the report"),
])
def test_object_complement_near_misses(claims_of, text, content):
    claims, _ = claims_of(text)
    assert [c for c in claims if c.content == content], [(c.content, c.rule) for c in claims]
