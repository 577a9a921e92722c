"""Session 40 (s40-speaker): a source tag over someone else's speech act (every text invented).

Why: "X said C, the paper reported", "X added that C, Radio Y said", "C, X said, according to state
media" pass on X's words; the claim is X's (``claims.source_tags.tagged_speech``), not the outlet's,
and there is one claim, not a second one of the tag holding "X said that". Near misses: a tag over a
belief, a decision, a first-person report, quoted words, or a content that goes on past the inner act
keeps its speaker.
"""

from __future__ import annotations

import pytest

from claim_helpers import by_content, name, trace

RULE = "claims.source_tags.tagged_speech"


@pytest.mark.parametrize("text, content, who", [
    # a clause cue opening a tail tag's content
    ("Deputy Minister Ola Brandt said on Thursday that Norland had agreed to a three-day pause in the "
     "shelling, Lund Radio reports.", "Norland had agreed to a three-day pause in the shelling", "Ola Brandt"),
    ("Foreign Minister Jo Amsel said Vessia would not attack the river port of Tarn, the agency LRN reported.",
     "Vessia would not attack the river port of Tarn", "Jo Amsel"),
    # a weak-for-objects cue ("added") under a tag whose cue is "said"
    ("Amsel added that he does not expect a settlement before the winter, the Kessel Herald said.",
     "he does not expect a settlement before the winter", "Amsel"),
    # "C, X said, according to Y": the inner reverse attribution
    ("Vessia will keep control of the northern ridge, Amsel said, according to state media.",
     "Vessia will keep control of the northern ridge", "Amsel"),
    # a named organisation, no outlet word, relays a person's words
    ("Ola Brandt said the prisoners would be freed on Friday, the Tarn Institute said.",
     "the prisoners would be freed on Friday", "Ola Brandt"),
    # a connective before the inner speaker
    ("But the envoy Mara Lind told reporters the prisoners would be freed within days, according to the "
     "Tarn Courier.", "the prisoners would be freed within days", "Mara Lind"),
])
def test_inner_speaker_keeps_a_tagged_claim(claims_of, text, content, who):
    claims, actors = claims_of(text)
    c = by_content(claims, content.split()[-1])
    assert c.content.startswith(content), (c.content, c.rule)
    assert who in (name(c, actors) or ""), (name(c, actors), c.rule, trace(c))
    assert len([k for k in claims if content.split()[-1] in k.content]) == 1


@pytest.mark.parametrize("text, words, who", [
    # a belief is what the tag's speaker says someone has in mind
    ("Amsel believes the settlement will collapse by spring, the Kessel Herald said.", "spring", "Kessel Herald"),
    # a decision reported by the tag's speaker
    ("Norland and Vessia agreed that the border would reopen in May, the Kessel Herald said.", "May", "Kessel Herald"),
    # a first-person report: the tag's speaker speaks
    ("I told them the truce would hold until the harvest, Amsel said.", "harvest", "Amsel"),
    # a person, not a medium, tells what someone said: the person's claim
    ("Jo Amsel said he would fly to Tarn on Monday to open the talks, a senior Norland official said.",
     "Tarn", "official"),
    # the inner act is coordinated after another act: the tag reports both
    ("The war cabinet voted on Friday to approve the truce and recommended that the parliament ratify it, "
     "the Kessel Herald said.", "parliament", "Kessel Herald"),
])
def test_tag_keeps_its_speaker(claims_of, text, words, who):
    claims, actors = claims_of(text)
    found = [c for c in claims if words in c.content]
    assert any(who in (name(c, actors) or "") for c in found), [(name(c, actors), c.rule) for c in found]
    assert all(trace(c).get("speaker") != RULE for c in found)


def test_tag_over_more_than_the_inner_act_stays(claims_of):
    text = ("Amsel said the talks would resume in May, and the rebels shelled the port of Tarn twice on Sunday "
            "night, the agency LRN reported.")
    claims, actors = claims_of(text)
    tag = next(c for c in claims if "shelled the port" in c.content)
    assert "LRN" in (name(tag, actors) or "")


def test_quoted_inner_act_stays_the_quoted_speakers(claims_of):
    text = "“Amsel told us the truce would hold through the winter,” the envoy Mara Lind said."
    claims, actors = claims_of(text)
    outer = next(c for c in claims if c.content.startswith("Amsel told us"))
    assert "Mara Lind" in (name(outer, actors) or "")


# --- s40-speaker part 2: plural groups that speak as one, and the same group described more fully

GROUP_RULE = "claims.speaker_actors.group_by_head"


@pytest.mark.parametrize("text, words, who", [
    ("Three aid workers were freed on Monday, Norland Relief staff said.", "freed", "Norland Relief staff"),
    ("Armed captors said they would free the two pilots within a week.", "pilots", "captors"),
    ("Village elders said no ransom had been paid for the teachers.", "ransom", "elders"),
])
def test_group_of_people_speaks(claims_of, text, words, who):
    claims, actors = claims_of(text)
    c = next(c for c in claims if words in c.content)
    assert who in (name(c, actors) or ""), (name(c, actors), c.rule)


@pytest.mark.parametrize("text, who", [
    ("Zorlan Sunni hijackers let a third passenger off the airliner on Tuesday but said they would not retract "
     "any demand. A call between the hijackers and the negotiators preceded the handover.", "hijackers"),
    ("Armed kidnappers let two teachers go at dawn but said they would not retract any demand. Elders met "
     "the kidnappers twice before that.", "kidnappers"),
    ("Pro-Kessel captors told reporters on Sunday that the others would follow. Police said the captors had "
     "fled into the hills.", "captors"),
])
def test_bare_plural_is_the_group_named_by_its_head(claims_of, text, who):
    claims, actors = claims_of(text)
    c = next(c for c in claims if "retract" in c.content or "follow" in c.content)
    assert name(c, actors) == who, (name(c, actors), c.rule, trace(c))


def test_counted_or_source_plural_is_not_joined_by_head(claims_of):
    # "Iranian officials" is no bare "officials" group again (a speaker noun), nor a count ("two elders")
    text = ("Officials said the talks were over. Iranian officials said the talks would go on in Kessel. "
            "Two elders said the ransom was paid. The elders later denied it.")
    claims, actors = claims_of(text)
    assert all(trace(c).get("speaker") != GROUP_RULE for c in claims)


# --- s40-speaker part 3: a definite document taken up from an earlier document of another word

ISSUED = "claims.documents.issued_before"


@pytest.mark.parametrize("text, words, who", [
    ("After the handover, the Zorlan hijackers sent a message to the airport tower in French, repeating "
     "their demands.\n\nThe statement said the pilot had been freed for medical reasons.", "pilot", "hijackers"),
    ("Norland's envoy wrote a letter to the council on Monday. The communique said talks would resume in May.",
     "resume", "envoy"),
    ("The Front issued a declaration on its website late on Friday. Its fighters held their fire. The "
     "statement called the truce a first step toward a lasting settlement.", "first step", "Front"),
])
def test_definite_document_takes_up_another_word(claims_of, text, words, who):
    claims, actors = claims_of(text)
    c = next(c for c in claims if words in c.content)
    assert who in (name(c, actors) or ""), (name(c, actors), c.rule, trace(c))
    assert trace(c).get("speaker") == ISSUED


@pytest.mark.parametrize("text, words", [
    # an indefinite document is a new text, not the letter before
    ("Norland's envoy wrote a letter to the council on Monday. A statement said talks would resume in May.",
     "resume"),
    # too far back: more than two sentences between
    ("Norland's envoy wrote a letter to the council on Monday. The council met. Its chair left early. The "
     "members argued. The communique said talks would resume in May.", "resume"),
])
def test_document_not_taken_up(claims_of, text, words):
    claims, _ = claims_of(text)
    c = next(c for c in claims if words in c.content)
    assert trace(c).get("speaker") != ISSUED


# --- s40-speaker part 4: a cue on an occasion noun is the act of who takes the occasion

OCCASION = "claims.syntax.occasion_controller"


@pytest.mark.parametrize("text, words, who", [
    ("Norland's envoy Jo Brandt took the opportunity to thank the mediators for their patience.", "mediators",
     "Jo Brandt"),
    ("The Vessian minister Ola Lind spared no opportunity to praise Tarn for its role in the talks.", "Tarn",
     "Ola Lind"),
    ("The council gave Amsel a chance to urge the rebels to return to the table.", "rebels", "Amsel"),
])
def test_occasion_noun_cue_is_its_taker(claims_of, text, words, who):
    claims, actors = claims_of(text)
    c = next(c for c in claims if words in c.content)
    assert who in (name(c, actors) or ""), (name(c, actors), c.rule, trace(c))
    assert trace(c).get("speaker") == OCCASION


def test_occasion_read_as_a_purpose_clause_keeps_its_subject(claims_of):
    # the parse may hang the infinitive on the verb (a purpose clause): the subject speaks already
    claims, actors = claims_of("At the dinner, Mara Vik seized the moment to praise both camps for their restraint.")
    c = next(c for c in claims if "both camps" in c.content)
    assert name(c, actors) == "Mara Vik"


def test_other_noun_infinitive_is_no_occasion(claims_of):
    claims, _ = claims_of("Norland welcomed the decision to free the prisoners and the move to reopen the border.")
    assert all(trace(c).get("speaker") != OCCASION for c in claims)


# --- s40-speaker part 5: "beyond"/"besides" hold a second speaker's gerund report

@pytest.mark.parametrize("text, words, who", [
    ("No other details were given beyond the Kessel Shippers Association saying it “values the work of the "
     "dock crews.”", "dock crews", "Kessel Shippers Association"),
    ("Little was made public besides Ola Brandt saying the vote would be held in May.", "vote", "Ola Brandt"),
    ("Nothing was announced beyond the envoy Mara Lind insisting that talks would go on.", "talks", "Mara Lind"),
])
def test_gerund_report_after_beyond(claims_of, text, words, who):
    claims, actors = claims_of(text)
    c = next(c for c in claims if words in c.content)
    assert who in (name(c, actors) or ""), (name(c, actors), c.rule, trace(c))


# --- s40-speaker part 6: an indefinite report is the outlet that reports in the next sentences

@pytest.mark.parametrize("text, words, who", [
    ("The visit was one of several secret meetings between Norland officials and the gang, according to a new "
     "report.\n\nThe talks began after Ola Brandt took office, news outlet Tarn Faro reported.", "secret meetings",
     "Tarn Faro"),
    ("A report said the envoys had met twice in Kessel. The daily Vestposten published the minutes on Monday.",
     "met twice", "Vestposten"),
    ("The captives were moved to a farm, a report said on Sunday. The Kessel Herald reported that two were ill.",
     "farm", "Kessel Herald"),
])
def test_indefinite_report_is_the_outlet_named_next(claims_of, text, words, who):
    claims, actors = claims_of(text)
    c = next(c for c in claims if words in c.content)
    assert who in (name(c, actors) or ""), (name(c, actors), c.rule, trace(c))


@pytest.mark.parametrize("text, words", [
    # a report with an issuer of its own, and a person who reports next: no outlet
    ("A report by the Tarn Institute said the envoys had met twice. The Kessel Herald reported that two were ill.",
     "met twice"),
    ("The captives were moved to a farm, a report said on Sunday. Ola Brandt reported that two were ill.", "farm"),
])
def test_indefinite_report_not_taken_by_a_later_outlet(claims_of, text, words):
    claims, actors = claims_of(text)
    c = next(c for c in claims if words in c.content)
    assert "Herald" not in (name(c, actors) or "") and "Brandt" not in (name(c, actors) or "")


def test_medium_inside_a_tag_keeps_the_tag(claims_of):
    # the inner act is itself a medium's report: this rule hands nothing down to the paper
    claims, _ = claims_of("The Kessel Herald reports that the ruling party has lost ground among farmers, "
                          "according to the Tarn Institute for Polling.")
    assert all(trace(c).get("speaker") != RULE for c in claims)
