"""Session 36 (s36-speaker): claim speakers of nested, joint, document and titled attributions (every
text invented).

Why: the unseen reports' weakest column was the speaker. A report that cites its own source
("according to a report by X citing a Y official") is the cited official's words
(``claims.relay.document_cited_source``); a cue inside the quoted words a medium relays does not
hand the claim on to a speaker inside the quotation; a capitalised title the tagger read as a
name gives the claim to the person apposed to it (``claims.speakers.title_before_person``); a
joint statement speaks for the parties as one group (``claims.joint_document.joint_document``);
a partial quotation a named person calls something is that person's words
(``claims.nesting.characterized_quote``); communiques, decrees and declarations speak for who
issued them, and an official one naming nobody for the state whose speaker spoke last
(``claims.speakers.official_document_state``). Near misses for each.
"""

from __future__ import annotations

import pytest

from claim_helpers import by_content, name, trace


# ---------------------------------------------------------------- a document citing its source

@pytest.mark.parametrize("text, content, speaker", [
    ("The cargo plane touched down in Kessel late on Tuesday, according to a report by Radio Norland "
     "citing a Vesterland official.", "cargo plane touched down", "Vesterland official"),
    ("According to a Norpress report citing two diplomats, the envoys will meet again next month.",
     "envoys will meet again", "diplomats"),
    ("The hostages are in good health, according to a report by the Lunde Post citing Jon Kessel.",
     "hostages are in good health", "Jon Kessel"),
])
def test_document_cited_source(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert name(c, actors) == speaker
    assert trace(c).get("speaker") == "claims.relay.document_cited_source"


@pytest.mark.parametrize("text, content, speaker", [
    # a reason cited, not a source; no citing at all
    ("The meeting was called off, according to a report by Radio Norland citing security concerns.",
     "meeting was called off", "Radio Norland"),
    ("The meeting was called off, according to a report by Radio Norland.", "meeting was called off",
     "Radio Norland"),
])
def test_document_citing_no_source(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert name(c, actors) == speaker
    assert trace(c).get("speaker") != "claims.relay.document_cited_source"


# ---------------------------------------------------------------- a cue inside relayed quoted words

@pytest.mark.parametrize("text, content, speaker", [
    ("\"Envoys of both sides have been informed by Lunde that every payment has reached the banks,\" "
     "the Norpress agency quoted an unnamed source as saying.", "every payment has reached", "unnamed source"),
    ("\"The crews were told by the Front that the convoy had left,\" Radio Kessel quoted a diplomat as saying.",
     "convoy had left", "diplomat"),
    ("\"We were notified by the mediators that the deal holds,\" the paper quoted an aide as saying.",
     "deal holds", "aide"),
])
def test_quoted_inner_cue_hands_nothing_down(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    assert name(by_content(claims, content), actors) == speaker


def test_relayed_speech_outside_quotes_still_innermost(claims_of):
    # near miss: the inner speech act is outside quotation marks, so the minister speaks
    claims, actors = claims_of("Radio Kessel reported that the minister said the convoy had crossed the border.")
    c = by_content(claims, "convoy had crossed")
    assert name(c, actors) == "minister"
    assert trace(c).get("speaker") == "claims.relay.innermost_speaker"


# ---------------------------------------------------------------- a title taken for a name

@pytest.mark.parametrize("text, content, speaker", [
    ("The Cardinal Archbishop of Kessel, Ola Brandt, said the bishops would join the dialogue.",
     "bishops would join", "Ola Brandt"),
    ("The Cardinal Archbishop of Lunde, Jon Kessel, told reporters the church would host the talks.",
     "church would host", "Jon Kessel"),
    ("The Grand Mufti of Norland, Jon Kessel, said the clerics backed the truce.",
     "clerics backed the truce", "Jon Kessel"),
])
def test_title_before_person(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    assert name(by_content(claims, content), actors) == speaker


@pytest.mark.parametrize("text, content, speaker", [
    # a body or a state apposed to another: no person's name
    ("The Kessel Front, the main militia in the north, said the convoy was safe.", "convoy was safe", "Kessel Front"),
    ("The Lunde Post, a daily owned by Ola Brandt, said the convoy was safe.", "convoy was safe", "Lunde Post"),
])
def test_title_before_person_near_miss(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert name(c, actors) == speaker
    assert trace(c).get("speaker") != "claims.speakers.title_before_person"


# ---------------------------------------------------------------- joint statements

JOINT = "claims.joint_document.joint_document"


@pytest.mark.parametrize("text, content, speaker", [
    ("Norway and the Kessel Front said in a joint statement that the ceasefire would hold until May.",
     "ceasefire would hold", "Norway and the Kessel Front"),
    ("In a joint statement, Norway and the Kessel Front said prisoner exchanges would start in June.",
     "prisoner exchanges would start", "Norway and the Kessel Front"),
    ("The border will reopen next week, Norway and the Kessel Front said in a joint statement.",
     "border will reopen", "Norway and the Kessel Front"),
    ("According to a joint statement by Norway and the Kessel Front, the border will reopen next week.",
     "border will reopen", "Norway and the Kessel Front"),
    # the report's own pair anaphor names the group, in the sentence or the ones after
    ("Norway and the Kessel Front met in March. The meetings were kept secret, according to a joint "
     "statement. The two sides also agreed to meet again in the autumn.", "meetings were kept secret", "sides"),
    ("Envoys of Norway, the Kessel Front and the Lunde Union met in March. The meetings were kept secret, "
     "according to a trilateral joint communique of the groups. In the communique, the three parties "
     "pledged to respect each other.", "meetings were kept secret", "parties"),
])
def test_joint_document(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert name(c, actors).replace("the ", "") == speaker.replace("the ", "")
    assert trace(c).get("speaker") == JOINT


@pytest.mark.parametrize("text, content, speaker", [
    # no joint document: the first conjunct speaks (claims.speakers.first_conjunct)
    ("Norway and the Kessel Front said the ceasefire would hold until May.", "ceasefire would hold", "Norway"),
    # a statement of one party
    ("Norway said in a statement that the ceasefire would hold until May.", "ceasefire would hold", "Norway"),
])
def test_joint_document_near_miss(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert name(c, actors) == speaker
    assert trace(c).get("speaker") != JOINT


def test_joint_document_without_issuers_or_anaphor(claims_of):
    # a joint statement that names no issuer and no later pair: no group is made up
    claims, actors = claims_of("Norway and the Kessel Front met in March. The meetings were kept secret, "
                               "according to a joint statement.")
    c = by_content(claims, "meetings were kept secret")
    assert trace(c).get("speaker") != JOINT


# ---------------------------------------------------------------- characterized quotations

CHAR = "claims.nesting.characterized_quote"


@pytest.mark.parametrize("text, content, speaker", [
    ("A senior Norland diplomat said Jon Kessel helped seal the deal. Kessel called it \"a first step "
     "towards lasting calm\", the diplomat added.", "first step towards lasting calm", "Jon Kessel"),
    ("Kari Lund described the talks as \"frank and useful\", a Vesterland official said.",
     "frank and useful", "Kari Lund"),
    ("A Front spokesman said Jon Kessel considered the offer \"a serious step\".", "serious step", "Jon Kessel"),
])
def test_characterized_quote(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert name(c, actors) == speaker
    assert trace(c).get("speaker") == CHAR


@pytest.mark.parametrize("text, content, speaker", [
    # a quotation under a verb of no calling; a pronoun subject; a state subject
    ("A Front spokesman said Jon Kessel helped arrange \"parallel gestures\" before the deal.",
     "parallel gestures", "Front spokesman"),
    ("He called it \"a first step\", the diplomat added.", "a first step", "diplomat"),
    ("Norway called the offer \"a provocation\", the envoy said.", "a provocation", "envoy"),
])
def test_characterized_quote_near_miss(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert name(c, actors) == speaker
    assert trace(c).get("speaker") != CHAR


# ---------------------------------------------------------------- communiques, decrees, official documents

@pytest.mark.parametrize("text, content, speaker", [
    ("Finnish President Jon Kessel signed a decree on Monday. The decree says every detainee will be "
     "freed by May.", "every detainee will be freed", "Jon Kessel"),
    ("The Kessel Front issued a communique on Monday. The communique said the convoy would leave at dawn.",
     "convoy would leave at dawn", "Kessel Front"),
    ("A declaration signed by Jon Kessel said the convoy would leave at dawn.", "convoy would leave", "Jon Kessel"),
])
def test_documents_speak_for_issuer(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    assert name(by_content(claims, content), actors) == speaker


def test_official_document_state(claims_of):
    claims, actors = claims_of("\"We welcome home our envoy,\" said Finnish Information Minister Jon Kessel. "
                               "The envoy was jailed for his work, according to an official communique.")
    c = by_content(claims, "envoy was jailed")
    assert name(c, actors) == "Finland"
    assert trace(c).get("speaker") == "claims.speakers.official_document_state"


@pytest.mark.parametrize("text", [
    # not official; no state spoke before and no dateline state
    "\"We welcome home our envoy,\" said Finnish minister Jon Kessel. The envoy was jailed for his work, "
    "according to a communique.",
    "The envoy was jailed for his work, according to an official communique.",
])
def test_official_document_state_near_miss(claims_of, text):
    claims, actors = claims_of(text)
    c = by_content(claims, "envoy was jailed")
    assert trace(c).get("speaker") != "claims.speakers.official_document_state"


# ---------------------------------------------------------------- a bare postposed relation adjective

@pytest.mark.parametrize("text, content, speaker", [
    ("Kari Lund also spoke to the Front negotiator Jon Kessel, according to a source familiar.",
     "also spoke to the Front negotiator", "source familiar"),
    ("The envoys left Kessel before dawn, according to officials familiar.", "envoys left Kessel",
     "officials familiar"),
    ("The pilot was moved twice in March, according to sources familiar.", "pilot was moved twice",
     "sources familiar"),
    # near misses: the adjective with its object keeps it; no adjective
    ("The pilot was moved twice, according to one source familiar with those talks.", "pilot was moved twice",
     "source familiar with those talks"),
    ("The pilot was moved twice, according to a source.", "pilot was moved twice", "source"),
])
def test_bare_relation_adjective_names_the_source(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    assert name(by_content(claims, content), actors) == speaker


# ---------------------------------------------------------------- "one official said": someone set apart

@pytest.mark.parametrize("text", [
    "A senior Norland official said the crew was safe. One official said the situation remained fragile.",
    "\"The crew is safe,\" a senior Norland official said. Norland officials told reporters the plane would "
    "land at noon. One official said the situation remained fragile.",
    "Norland officials said the crew was safe. One official said the situation remained fragile.",
])
def test_one_official_is_someone_else(claims_of, text):
    claims, actors = claims_of(text)
    first, later = by_content(claims, "crew"), by_content(claims, "situation remained fragile")
    assert later.speaker != first.speaker
    assert name(later, actors) == "official"


def test_the_official_is_the_same_source(claims_of):
    # near miss: a definite description repeats the earlier source
    claims, actors = claims_of("A senior Norland official said the crew was safe. The official said the situation "
                               "remained fragile.")
    assert by_content(claims, "crew was safe").speaker == by_content(claims, "situation remained").speaker
