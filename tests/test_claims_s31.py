"""Speakers of session 31 (helper s31-claims), on invented sentences.

Why: on the sets measured blind until this session, a speaker introduced by a description in one
sentence and named in the next ("A Norland envoy ... has said ... . Ola Brandt held talks ..."),
a speaker written by one part of a name the report gives in full ("Abiy" after "Abiy Ahmed Ali",
or the full name after the tagger made a person of the surname only), and "media reports" as a
source were read as separate actors, so the claim went to a speaker gold does not have. Near
misses: an anonymous source left unnamed on purpose, a description said before, a name that is
not the next sentence's subject, a person named earlier, a plural description, two persons that
share the name part; and (review) a next sentence that names someone else, with a title of their
own or with nothing tying them to the description (news names a new person in most next
sentences), and a bare "a source" after a bare "Sources".
"""

from __future__ import annotations

import pytest

from claim_helpers import by_content, name, trace


# ---------------------------------------------------------------- a description named in the next sentence

@pytest.mark.parametrize("text, content, speaker", [
    # a name with no title of its own whose clause repeats the deed of the description's relative clause
    ("A Vesterland peace envoy who met the rebel chief in the hills has said he believes the rebels are serious "
     "about peace. Ola Brandt met the rebel chief for three hours on Monday.",
     "the rebels are serious", "Ola Brandt"),
    # "according to" a description; the name's apposition repeats its head noun ("leader")
    ("The rebels will free the two engineers next week, according to a Norland church leader. Jo Kessel, leader "
     "of a council of churches in Norland, said on Friday the promise was made at talks in the capital.",
     "free the two engineers", "Jo Kessel"),
    # a definite description with a relative clause; the apposition carries two of its modifiers
    ("The former Vesterland diplomat who secured the release of the sailors said on Monday that Norland should "
     "pay the bill. Ola Brandt, the former Vesterland special envoy for Norland, confirmed he had signed the "
     "agreement.", "Norland should pay the bill", "Ola Brandt"),
    # the name as a passive subject, apposed to the description's head noun
    ("A Norland mediator warned on Sunday that the truce could collapse within days. Ola Brandt, the mediator, "
     "was received by the king in the capital on Monday.",
     "the truce could collapse", "Ola Brandt"),
    # the cue after the content; the head noun as a title before the name
    ("The talks will resume in May, a Vesterland negotiator said. Negotiator Ola Brandt, who has led the "
     "delegation since 2019, arrives in Ostby today.",
     "The talks will resume in May", "Ola Brandt"),
    # a spokesman named by his title before the name, in the next sentence's subject
    ("A government spokesman said on Tuesday the offer still stood. Government spokesman Ola Brandt later told "
     "reporters the ministry would wait.", "the offer still stood", "Ola Brandt"),
])
def test_identified_next(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert name(c, actors) == speaker
    # (the "according to" case is also found by coreference before this rule is asked)
    assert trace(c).get("speaker") in ("claims.descriptions.identified_next", None)


@pytest.mark.parametrize("text, content", [
    # an anonymous source is someone left unnamed on purpose
    ("An official said the talks would resume in May. Ola Brandt, the foreign minister, said the talks had been "
     "useful.", "the talks would resume in May"),
    # the name is no subject of the next sentence
    ("A Vesterland envoy said the talks would resume. The rebels met Ola Brandt in the capital.",
     "the talks would resume"),
    # the person was named before: the description is someone else
    ("Ola Brandt visited the camp on Monday. A Vesterland envoy said the talks would resume. Ola Brandt held "
     "talks with the commander.", "the talks would resume"),
    # a plural description
    ("Two Vesterland envoys said the talks would resume. Ola Brandt held talks with the commander.",
     "the talks would resume"),
    # the next sentence's subject has a title of its own: another person (a rival, a captive, a president)
    ("A Lorvian government spokesman said the talks had stalled. Kari Lund, the opposition leader, called the "
     "claim false.", "the talks had stalled"),
    ("The lawyer said the charges were false. Ola Brandt, a reporter for the Oslo Times, has been held since "
     "May.", "the charges were false"),
    ("A government spokesman said the offer stood. President Ola Brandt, speaking in Oslo, rejected it on "
     "Monday.", "the offer stood"),
    # no title, and no tie: a new person acting in the next sentence
    ("A Vesterland negotiator said the talks would resume in May. Ola Brandt arrives in Ostby today.",
     "the talks would resume in May"),
    # the same verb as the relative clause, but done to someone else
    ("A lawyer who met the captives said the charges were false. Ola Brandt met the minister on Monday.",
     "the charges were false"),
    # one shared modifier is no tie
    ("A Norland official said the truce would hold. Ola Brandt, a Norland opposition leader, said it would not.",
     "the truce would hold"),
])
def test_identified_next_near_misses(claims_of, text, content):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert name(c, actors) not in ("Ola Brandt", "Kari Lund")
    assert trace(c).get("speaker") != "claims.descriptions.identified_next"


# ---------------------------------------------------------------- one part of a name

@pytest.mark.parametrize("text, content, speaker", [
    # the given name of a person named in full before
    ("Norland's Prime Minister Abiy Lemma Tessema met his counterpart in Ankara. Abiy stressed that the two "
     "countries are brothers.", "the two countries are brothers", "Abiy Lemma Tessema"),
    # the full name after the tagger made a person of the surname only
    ("Separately, Dak Buoth Lual, head of the legal committee, confirmed the arrival of the delegation. Lual said "
     "the talks would begin on Monday.", "the arrival of the delegation", "Dak Buoth Lual"),
])
def test_name_part(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert name(c, actors) == speaker
    assert trace(c).get("speaker") == "claims.speaker_actors.name_part"


def test_name_part_needs_one_person(claims_of):
    """Two persons share the word: the claims stage cannot tell which one spoke."""
    claims, actors = claims_of("Ola Brandt met Ola Kessel in Lund on Monday. Ola said the two countries are brothers.")
    c = by_content(claims, "the two countries are brothers")
    assert trace(c).get("speaker") != "claims.speaker_actors.name_part"


# ---------------------------------------------------------------- "media reports"

@pytest.mark.parametrize("text, content, alias", [
    ("Norland has freed forty prisoners to secure the release of an aid worker, according to media reports.",
     "Norland has freed forty prisoners", "media reports"),
    ("Talks had been under way since May, when media reports claimed Norland and the Front were negotiating a "
     "swap.", "were negotiating a swap", "media reports"),
    ("Talks had been under way since May, when Vesterland media reports claimed Norland and the Front were "
     "negotiating a swap.", "were negotiating a swap", "Vesterland media reports"),
])
def test_reports_of_source(claims_of, text, content, alias):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert alias in actors[c.speaker].aliases


def test_reports_of_source_not_a_named_outlet(claims_of):
    """A named outlet's reports are the outlet's: no alias."""
    claims, actors = claims_of("Talks had been under way since May, when Vestpress reported that Norland and the Front "
                               "were negotiating a swap.")
    c = by_content(claims, "were negotiating a swap")
    assert not any("reports" in al for al in actors[c.speaker].aliases)


# ---------------------------------------------------------------- one source of a source group

@pytest.mark.parametrize("text, content", [
    # a post-modified group; the singular quoted after it, then "he added"
    ("Sources close to the Norland government told reporters on Friday that no bargain had been struck. \"Nothing was paid "
     "for her,\" a source close to the Norland government told reporters. \"She came home on her own,\" he added.",
     "Nothing was paid for her"),
    ("Sources close to the Norland government told reporters on Friday that no bargain had been struck. \"Nothing was paid "
     "for her,\" a source close to the Norland government told reporters. \"She came home on her own,\" he added.",
     "She came home on her own"),
    # a premodified group after an inverted cue
    ("The engineers were exchanged for four rebels in Lund, said local sources. \"The engineers were brought to "
     "Ostby in a convoy,\" said a local source.", "brought to Ostby in a convoy"),
    # the cue first, the group later repeated in the plural
    ("Diplomatic sources said the talks had stalled. A diplomatic source said the envoy would leave on Monday.",
     "the envoy would leave on Monday"),
    # a group named with a place phrase; the singular as a passive agent
    ("Sources in Ostby said the convoy had left. The road was closed, according to a source in Ostby.",
     "The road was closed"),
    # the singular as the subject of a reported clause in the past perfect
    ("Security sources said the prisoners had been moved. A security source had said on Sunday that the swap "
     "would take place in Lund.", "the swap would take place in Lund"),
])
def test_member_of_group(claims_of, text, content):
    claims, actors = claims_of(text)
    group = claims[0].speaker
    c = by_content(claims, content)
    assert c.speaker == group and actors[group].kind == "group"


@pytest.mark.parametrize("text, content", [
    # "another" source is someone else
    ("Sources close to the Norland government said no deal was made. Another source close to the government "
     "said there was no payment.", "there was no payment"),
    # a source with words of its own
    ("Sources close to the Norland government said no deal was made. A source in the rebel group said there was "
     "no payment.", "there was no payment"),
    # an official is not a member_heads noun
    ("Norland officials said no deal was made. A Norland official said there was no payment.",
     "there was no payment"),
    # a bare "a source" shares no word with a bare "Sources": it could be any source
    ("Sources said the talks had stalled. Later, a source said the envoy had left Doha.",
     "the envoy had left Doha"),
    ("Sources told reporters that no deal was made. \"Nothing was paid,\" a source said.", "Nothing was paid"),
])
def test_member_of_group_near_misses(claims_of, text, content):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert c.speaker != claims[0].speaker
