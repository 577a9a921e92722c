"""Session 47 speaker rules on invented sentences: "<A> and <B> officials" who speak stay one joint group
(``claims.joint.joint_speakers``; the s47 split of a plain "<A> and <B> officials said" was backed out); a title
speaker is not the holder its own quotation names (``claims.speakers.quoted_holder``); "<State>'s top
diplomat" is the one person introduced as its foreign minister (``claims.office_epithets.office_holder``);
"<demonym> government officials said" stays an unnamed group (``actors.parties.party_description``)."""

from __future__ import annotations

import pytest

from claim_helpers import first_by_content, name, trace


@pytest.mark.parametrize("text,content", [
    ("Russian and Turkish officials said in a joint statement that the talks would resume on Monday.", "talks would resume"),
    ("Government and rebel officials said the Westmark talks would resume.", "talks would resume"),
    # a plain "<A> and <B> officials said", the speaker after its content: one joint group too (s47 backed out
    # the split into the first state's people: measured on held-aside reports, it cost a speaker)
    ("Three captives left Westmark on Sunday, Iranian and US officials said.", "Three captives left"),
])
def test_joint_speakers_stay_one_group(claims_of, text: str, content: str) -> None:
    claims, actors = claims_of(text)
    c = first_by_content(claims, content)
    assert trace(c).get("speaker") == "claims.joint.joint_speakers", c


@pytest.mark.parametrize("text,content,speaker", [
    ("Ostland's President Anna Berg said she would sign a deal on Friday with rebel leader Ola Brandt. "
     "\"Tomorrow I will sign the accord with the Front President Ola Brandt in the hills,\" the president said.",
     "Tomorrow I will sign", "Anna Berg"),
    ("Prime Minister Jan Holm arrived in Westmark on Monday. "
     "\"We thank Prime Minister Tomas Varga for his patience,\" the prime minister told reporters.",
     "We thank Prime Minister", "Jan Holm"),
])
def test_title_speaker_is_not_the_holder_quoted(claims_of, text: str, content: str, speaker: str) -> None:
    claims, actors = claims_of(text)
    c = first_by_content(claims, content)
    assert name(c, actors) == speaker
    assert trace(c).get("speaker") == "claims.speakers.quoted_holder"


def test_title_speaker_after_a_meeting_keeps_coreference(claims_of) -> None:
    claims, actors = claims_of("President Anna Berg met the Westmark envoy. \"The talks went well,\" the president said.")
    c = first_by_content(claims, "The talks went well")
    assert name(c, actors) == "Anna Berg" and trace(c).get("speaker") != "claims.speakers.quoted_holder"


@pytest.mark.parametrize("text,content,speaker", [
    ("Iran's top diplomat confirmed on Monday that Ostland released the envoy. "
     "\"He is on his way home,\" Foreign Minister Jan Holm said.", "Ostland released the envoy", "Jan Holm"),
    ("Foreign Secretary Anna Berg flew to the capital. The country's chief diplomat told reporters the talks "
     "would go on.", "talks would go on", "Anna Berg"),
])
def test_top_diplomat_is_the_foreign_minister(claims_of, text: str, content: str, speaker: str) -> None:
    claims, actors = claims_of(text)
    c = first_by_content(claims, content)
    assert name(c, actors) == speaker
    assert trace(c).get("speaker") == "claims.office_epithets.office_holder"


@pytest.mark.parametrize("text", [
    "Iran's top diplomat said the talks would go on.",
    "Foreign Minister Anna Berg of Norway met the envoy. Iran's top diplomat said the talks would go on.",
])
def test_top_diplomat_without_one_holder(claims_of, text: str) -> None:
    claims, actors = claims_of(text)
    c = first_by_content(claims, "talks would go on")
    assert trace(c).get("speaker") != "claims.office_epithets.office_holder"


@pytest.mark.parametrize("text,content", [
    ("The handover happened at the airport late on Monday, Turkish government officials announced.", "The handover happened"),
    ("Norwegian government officials said the talks with the rebels would resume.", "talks with the rebels"),
])
def test_government_officials_who_speak_stay_a_group(claims_of, text: str, content: str) -> None:
    claims, actors = claims_of(text)
    c = first_by_content(claims, content)
    assert name(c, actors).endswith("government officials") and not actors[c.speaker].named


def test_government_officials_who_act_are_the_state(claims_of) -> None:
    _, actors = claims_of("Norwegian government officials began talks with the rebels on Monday.")
    norway = next(a for a in actors.values() if a.name == "Norway")
    assert "Norwegian government officials" in norway.aliases


def test_two_whole_phrases_are_no_joint_group(claims_of) -> None:
    claims, actors = claims_of("Officials from the Ostland government and leaders from the opposition said they "
                               "expect to reach a deal soon.")
    c = first_by_content(claims, "reach a deal soon")
    assert name(c, actors) == "Officials from the Ostland government"
    assert trace(c).get("speaker") != "claims.joint.joint_speakers"


@pytest.mark.parametrize("text,content,speaker", [
    ("Earlier on Thursday, Ostland officials said that Westmark had released the pilot as part of a swap, "
     "according to the Daily Courier.", "Westmark had released the pilot", "Ostland officials"),
    ("In a rare interview, Anna Berg said the rebels had freed the pilot, according to state radio.",
     "the rebels had freed the pilot", "Anna Berg"),
])
def test_fronted_adverbial_before_a_relayed_speaker(claims_of, text: str, content: str, speaker: str) -> None:
    claims, actors = claims_of(text)
    c = first_by_content(claims, content)
    assert name(c, actors) == speaker and trace(c).get("speaker") == "claims.nesting.according_relay"


def test_opening_according_to_keeps_its_own_account(claims_of) -> None:
    claims, _ = claims_of("According to her, after examining the envoy's leg, she insisted that he go to the hospital.")
    assert not any(trace(c).get("speaker") == "claims.nesting.according_relay" for c in claims), claims
