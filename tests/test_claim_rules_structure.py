"""Attribution structure (issue 12, class C3): nested speech, documents, relays, datelines and
anonymous descriptions. Each test is named after the rule id it pins, on invented sentences
of several shapes (invented people, places and events).
"""

from __future__ import annotations

import pytest

from claim_helpers import first_by_content, trace
from backchannel.export.polnear import pred_lines
from backchannel.model import Actor, Claim, Document, Dossier


def speaker_name(c: Claim, actors: dict[str, Actor]) -> str:
    return actors[c.speaker].name if c.speaker in actors else ""


# -- claims.nesting.inner_speech ---------------------------------------------------

@pytest.mark.parametrize("text, inner, speaker, outer", [
    ('"Marta Olvide told the envoys that the front will stay away from the next round," spokesman '
     'Teo Brandt told reporters.', "the front will stay away", "Olvide", "Brandt"),
    ("Spokesman Teo Brandt said that Marta Olvide had informed the envoys that the front would "
     "stay away from the next round.", "the front would stay away", "Olvide", "Brandt"),
    ('"Orlan Vesk promised the mediators that his party would reconsider," the spokeswoman Ida Morn said.',
     "his party would reconsider", "Vesk", "Morn"),
])
def test_claims_nesting_inner_speech(claims_of, text, inner, speaker, outer):
    claims, actors = claims_of(text)
    c = [x for x in claims if trace(x).get("nesting") == "claims.nesting.inner_speech"]
    assert len(c) == 1, [(x.rule, x.content, x.trace) for x in claims]
    assert inner in c[0].content and not c[0].direct
    assert speaker in speaker_name(c[0], actors)
    # the outer speaker keeps the whole report
    assert any(outer in speaker_name(x, actors) and "nesting" not in trace(x) for x in claims)


@pytest.mark.parametrize("text", [
    '"I told them that we would stay away," the negotiator Ivo Dal said.',         # first person
    "Ivo Dal said the mediators believed that the front would stay away.",         # a thought
    "Ivo Dal said the talks stay frozen until the envoys declare that the front accepts the map.",  # to come
    "Ivo Dal said the minister had not yet informed the council whether the front would stay.",  # negated
])
def test_claims_nesting_inner_speech_not(claims_of, text):
    claims, _ = claims_of(text)
    assert not [x for x in claims if "nesting" in trace(x)], [(x.rule, x.content) for x in claims]


def test_polnear_export_leaves_nested_claims_out(claims_of):
    text = ("Spokesman Teo Brandt said that Marta Olvide had informed the envoys that the front would "
            "stay away from the next round.")
    claims, actors = claims_of(text)
    assert any("nesting" in trace(c) for c in claims)
    d = Dossier(documents=[Document(id="t", text=text)], actors=list(actors.values()), claims=claims)
    (line,) = list(pred_lines(d))
    assert len(line["claims"]) == len([c for c in claims if "nesting" not in trace(c)])


# -- claims.relay.cited_source / claims.relay.relaying_outlet -----------------------

@pytest.mark.parametrize("text, outlet, source", [
    ("The Norland Courier, citing officials in Vesterby, reported that the border crossing would reopen "
     "on Friday.", "Courier", "officials"),
    ("The border crossing will reopen on Friday, the Norland Courier reported late on Thursday, citing a "
     "government source in Vesterby.", "Courier", "source"),
])
def test_claims_relay_cited_source(claims_of, text, outlet, source):
    # (s27) the outlet's claim only; the cited source is an actor of the dossier with no claim
    claims, actors = claims_of(text)
    same = [c for c in claims if "crossing" in c.content]
    assert len(same) == 1, [(c.rule, c.content, c.trace) for c in claims]
    assert outlet in speaker_name(same[0], actors) and "nesting" not in trace(same[0])
    assert any(source in a.name and not a.named for a in actors.values())


def test_claims_relay_citing_a_reason_is_one_claim(claims_of):
    claims, _ = claims_of("The Norland Courier, citing security concerns, reported that the crossing would close.")
    assert len([c for c in claims if "crossing" in c.content]) == 1


# -- documents: claims.speakers.document_author / same_document / announcing_speaker --

def test_claims_speakers_document_author_far_back(claims_of):
    text = ("The Vesterland presidency issued a statement on Friday saying the 14 fishermen were free. "
            "Relatives gathered at the harbour. Officials gave no timetable for the trial. "
            "Lawyers for the crew welcomed the news. The families thanked the mediators. "
            "The crew will travel home to Ostmark by ferry, the statement said.")
    claims, actors = claims_of(text)
    c = first_by_content(claims, "travel home to Ostmark")
    assert "presidency" in speaker_name(c, actors)
    assert trace(c).get("speaker") == "claims.speakers.document_author"


def test_claims_speakers_same_document(claims_of):
    text = ("\u201cThe two sides will meet again in Lunde in March,\u201d said the statement signed by "
            "envoys of Norland and Vesterland. A deal became possible when both foreign ministers "
            "stepped in, the statement said.")
    claims, actors = claims_of(text)
    c = first_by_content(claims, "A deal became possible")
    assert trace(c).get("speaker") == "claims.speakers.same_document"
    assert speaker_name(c, actors) == speaker_name(first_by_content(claims, "meet again in Lunde"), actors)


def test_claims_speakers_represented_party(claims_of):
    # one party in the "of" phrase; two coordinated parties are a joint group (tests/test_claims_joint.py)
    claims, actors = claims_of("The Lunde Front and the Vesterby Union met in Ostmark. Representatives of the Lunde "
                               "Front said the talks would resume in Ostmark.")
    c = first_by_content(claims, "talks would resume")
    assert speaker_name(c, actors) == "Lunde Front"
    assert trace(c).get("speaker") == "claims.speakers.represented_party"


def test_claims_speakers_announcing_speaker(claims_of):
    text = ("Governor Ilse Varn will not meet the rebel envoy today, the Norland cabinet office has announced. "
            "The envoy said he expected a meeting this week. "
            "The statement added that the governor's diary held no such meeting.")
    claims, actors = claims_of(text)
    c = first_by_content(claims, "held no such meeting")
    assert trace(c).get("speaker") == "claims.speakers.announcing_speaker"
    assert "cabinet office" in speaker_name(c, actors).lower()


# -- claims.assign.quoted_words_in_clause ---------------------------------------------

@pytest.mark.parametrize("text", [
    'Its defence council said the republic\'s forces had "forced" the rebels to "unconditionally" withdraw.',
    'The ministry said the convoy was "deliberately" delayed at a "closed" crossing.',
])
def test_claims_assign_quoted_words_in_clause(claims_of, text):
    claims, _ = claims_of(text)
    assert len(claims) == 1, [(c.rule, c.content) for c in claims]
    c = claims[0]
    assert trace(c).get("content") == "claims.assign.quoted_words_in_clause" and not c.direct
    assert len(c.content.split()) > 4


def test_claims_assign_partial_quote_each_stays_for_longer_quotes(claims_of):
    claims, _ = claims_of('The ministry said the convoy was "held up for no reason at all" at a crossing '
                          'that remains "closed to every aid truck".')
    assert len(claims) == 2 and all(c.direct for c in claims)


# -- claims.attribution.after_dateline -------------------------------------------------

@pytest.mark.parametrize("text", [
    "LUNDE, Norland \u2014 Norland's foreign minister said Friday that the two captives would be freed soon.",
    "OSTMARK, Vesterland \u2014 Vesterland's interior minister said the border would reopen next week.",
])
def test_claims_attribution_after_dateline(claims_of, text):
    claims, actors = claims_of(text)
    assert len(claims) == 1
    c = claims[0]
    # the dateline never speaks (the parse hangs it as the subject, or beside the minister)
    assert "minister" in text[c.spans.speaker[0]:c.spans.speaker[1]]
    assert trace(c).get("speaker") in ("claims.attribution.after_dateline", None)


def test_claims_attribution_after_dateline_traced(claims_of):
    claims, _ = claims_of("LUNDE, Norland \u2014 Norland's foreign minister said Friday that the two captives would "
                          "be freed soon.")
    assert trace(claims[0]).get("speaker") == "claims.attribution.after_dateline"


# -- claims.speakers.indefinite_source / unlinked_description ---------------------------

def test_claims_speakers_indefinite_source(claims_of):
    text = ("Governor Ilse Varn spoke by phone with the rebel envoy on Monday. "
            "According to a senior cabinet official, Varn initiated the call after the shelling stopped.")
    claims, actors = claims_of(text)
    c = first_by_content(claims, "initiated the call")
    assert "Varn" not in speaker_name(c, actors) and "official" in speaker_name(c, actors)


def test_claims_speakers_unlinked_description(claims_of):
    text = ("Mediators met in Lunde after a cabinet official briefing. The talks began after Governor Ilse "
            "Varn told the rebel envoy that the army would pull back, and asked for help, the official said.")
    claims, actors = claims_of(text)
    c = first_by_content(claims, "talks began")
    assert "Varn" not in speaker_name(c, actors)


def test_claims_speakers_named_official_keeps_the_name(claims_of):
    text = ("Teo Brandt, a senior cabinet official, met the envoys. The official said the talks would "
            "resume on Monday.")
    claims, actors = claims_of(text)
    c = first_by_content(claims, "talks would resume")
    # "X, a senior cabinet official": the name has that description, so the link is never undone
    assert trace(c).get("speaker") != "claims.speakers.unlinked_description"


# -- speech_subject: the nearest of two parsed subjects ------------------------------------

def test_speech_subject_nearest_of_two(claims_of):
    claims, actors = claims_of("Both camps now accept a plan to reopen the Lunde bridge, ex-OSCE chief Orlan Vesk "
                               "says.")
    assert len(claims) == 1 and "Vesk" in speaker_name(claims[0], actors)


# -- cues: caution, clarify ------------------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("The envoy Ida Morn cautions that Lorvia has promised a harbour truce twice before.", "promised a harbour truce"),
    ("Minister Ida Morn clarified that Norland still refuses to pull its boats from the fjord.", "still refuses"),
])
def test_new_cues(claims_of, text, words):
    claims, _ = claims_of(text)
    assert any(words in c.content for c in claims), [(c.rule, c.content) for c in claims]


# -- claims.content.trailing_gloss: an apposition naming the statement ---------------------

@pytest.mark.parametrize("text, kept, cut", [
    ("The envoy Teo Brandt claimed Norland and Vesterland had settled the quarrel over the dam, a statement "
     "the fishing towns greeted with open scorn.", "settled the quarrel over the dam", "scorn"),
    ("Minister Ida Morn said the border crossing at Lunde would reopen on Friday, a claim the rebels "
     "dismissed within hours.", "reopen on Friday", "dismissed"),
])
def test_claims_content_trailing_gloss_apposition(claims_of, text, kept, cut):
    claims, _ = claims_of(text)
    c = first_by_content(claims, kept)
    assert cut not in c.content


# -- claims.content.made_clear ------------------------------------------------------------------

@pytest.mark.parametrize("text, content", [
    ("The minister Ida Morn made it clear that Norland would not attend the talks.", "Norland would not attend"),
    ("Vesterland has made it plain that it will not sign the accord.", "it will not sign the accord"),
    ("The envoy Teo Brandt made clear that the offer stands.", "the offer stands"),
])
def test_claims_content_made_clear(claims_of, text, content):
    claims, _ = claims_of(text)
    assert len(claims) == 1 and claims[0].rule == "claims.content.made_clear"
    assert claims[0].content.startswith(content) and claims[0].cue.startswith("made")


@pytest.mark.parametrize("text", [
    "The council did not make it clear whether the vote would be held.",
    "The new rules made the border crossing clear of traffic.",
])
def test_claims_content_made_clear_not(claims_of, text):
    claims, _ = claims_of(text)
    assert claims == []


# -- claims.speakers.government_named_before -----------------------------------------------------

@pytest.mark.parametrize("text", [
    # ("Government and rebel delegates declared …", one joint description, is a group of its own:
    # claims.joint.joint_speakers, tests/test_claims_joint.py)
    "The Norland government and the Lunde Front spent a week of talks in Ostmark. On Tuesday the government "
    "and the rebels both stated that the two camps would gather again each spring.",
])
def test_claims_speakers_government_named_before(claims_of, text):
    claims, actors = claims_of(text)
    c = first_by_content(claims, "would gather again each spring")
    assert speaker_name(c, actors) == "Norland"
    assert trace(c).get("speaker") == "claims.speakers.government_named_before"


def test_claims_speakers_government_named_before_needs_the_state(claims_of):
    claims, actors = claims_of("Rebel and government delegates stated that the two camps would gather again each "
                               "spring.")
    assert all(trace(c).get("speaker") != "claims.speakers.government_named_before" for c in claims)
