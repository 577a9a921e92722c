"""Session 46 claims rules on invented sentences: thanks addressed to someone is a claim about them
(``claims.content.thanks_object``), also inside another speaker's words; a tail attribution is not read
from a cue with an object inside another speaker's clause; an unnamed speaker placed by a phrase after
its head keeps that phrase in its name (``claims.placed_source.located_name``)."""

from __future__ import annotations

import pytest


def _content(claims: list, words: str) -> list:
    """The claims whose content holds ``words``."""
    return [c for c in claims if words in c.content]


@pytest.mark.parametrize("text,content", [
    ("Anna Berg expressed her gratitude to the Westmark mediators.", "gratitude to the Westmark mediators"),
    ("The Ostland ministry expressed the thanks of the government to Westmark for its patience.",
     "thanks of the government to Westmark"),
    ("On Monday the Free Hill Front voiced its appreciation to the church envoys.", "appreciation to the church envoys"),
])
def test_thanks_to_someone_is_a_claim(claims_of, text: str, content: str) -> None:
    claims, actors = claims_of(text)
    assert _content(claims, content), claims


def test_concern_to_someone_is_no_thanks(claims_of) -> None:
    claims, _ = claims_of("Anna Berg expressed concern to the envoys.")
    assert not any(c.rule == "claims.content.thanks_object" for c in claims), claims


@pytest.mark.parametrize("text,outer,inner", [
    ("Anna Berg said that when she spoke by phone with the envoy, the Ostland official expressed his gratitude "
     "to the Westmark president.", "anna-berg", "gratitude to the Westmark president"),
    ("Ola Brandt said that during the call the rebel leader had expressed his thanks to the church mediators.",
     "ola-brandt", "thanks to the church mediators"),
])
def test_thanks_inside_reported_words(claims_of, text: str, outer: str, inner: str) -> None:
    claims, actors = claims_of(text)
    assert any(c.speaker == outer for c in claims), claims
    inside = _content(claims, inner)
    assert inside and all(c.speaker != outer for c in inside if c.content.startswith(inner.split()[0])), claims
    assert not any(c.rule == "claims.attribution.tail_said" for c in claims), claims


@pytest.mark.parametrize("text,name,bare", [
    ("Sources in the President's Office said Anna Berg insisted on keeping the prisoners.",
     "Sources in the President's Office", "Sources"),
    ("An official with the country's security directorate told reporters that the prisoners were flown north.",
     "official with the country's security directorate", "official"),
    ("A legislator in Kessel told the Westmark Herald that many prisoners had arrived.", "legislator in Kessel",
     "legislator"),
    ("Diplomats at the Ostland embassy said the talks would resume on Monday.", "Diplomats at the Ostland embassy",
     "Diplomats"),
])
def test_placed_source_keeps_its_place(claims_of, text: str, name: str, bare: str) -> None:
    claims, actors = claims_of(text)
    spoke = [actors[c.speaker] for c in claims if c.speaker in actors]
    assert any(a.name == name and bare in a.aliases for a in spoke), (claims, actors)


def test_unplaced_earlier_telling_keeps_the_bare_head(claims_of) -> None:
    claims, actors = claims_of("Officials said the talks would resume. Officials in Westmark later said the "
                               "prisoners were safe.")
    first = _content(claims, "the talks would resume")
    assert first and all(actors[c.speaker].name == "Officials" for c in first), (claims, actors)


@pytest.mark.parametrize("text", [
    "An official with knowledge of the talks said the prisoners were safe.",
    "Sources in the talks said the prisoners were safe.",
])
def test_a_knowledge_or_event_phrase_places_no_source(claims_of, text: str) -> None:
    claims, actors = claims_of(text)
    assert not any(a.trace and a.trace.get("name") == "claims.placed_source.located_name"
                   for a in actors.values()), actors


@pytest.mark.parametrize("text,name", [
    ("Officials in March said the talks had stalled.", "Officials"),
    ("Anna Berg, a lawyer in Kessel, said the talks had stalled.", "Anna Berg"),
])
def test_time_or_named_speaker_unchanged(claims_of, text: str, name: str) -> None:
    claims, actors = claims_of(text)
    assert any(c.speaker in actors and actors[c.speaker].name == name for c in claims), (claims, actors)


@pytest.mark.parametrize("text,content", [
    ("Anna Berg welcomed the release of the two sailors on Monday.", "the release of the two sailors"),
    ("A senior Free Hill Front official welcomed the Ostland move and called for more prisoners to be freed.",
     "the Ostland move"),
    ("In Kessel, President Ola Brandt welcomed Berg and Lund's release, saying it was overdue.", "Berg and Lund's release"),
])
def test_welcomed_act_is_a_claim(claims_of, text: str, content: str) -> None:
    claims, _ = claims_of(text)
    assert any(c.content == content and c.rule == "claims.content.welcomed_act" for c in claims), claims


@pytest.mark.parametrize("text", [
    "Ola Brandt welcomed the freed sailors at the airport.",
    # (review1 #4) an act noun greeted at a place is a physical greeting too
    "The Westmark envoy welcomed the return of the sailors at the airport.",
    "Anna Berg welcomed the release of the two sailors home on Monday.",
])
def test_welcomed_people_is_no_claim(claims_of, text: str) -> None:
    claims, _ = claims_of(text)
    assert not any(c.cue == "welcomed" for c in claims), claims


def test_condolences_are_no_thanks(claims_of) -> None:
    # (review1 #4) sympathy offered to someone says nothing about them
    claims, _ = claims_of("The Westmark envoy expressed his condolences to the families of the victims.")
    assert not any(c.rule == "claims.content.thanks_object" for c in claims), claims


@pytest.mark.parametrize("text,content", [
    ("The Ostland army said it freed forty prisoners from the Free Hill Front in a move that could revive the talks.",
     "it freed forty prisoners from the Free Hill Front"),
    ("Mediators said the two sides had agreed to sign a truce on Friday, a move that would open the door for peace talks.",
     "the two sides had agreed to sign a truce on Friday"),
    ("Westmark announced that it would reopen its embassy in Kessel, a step that may ease the standoff.",
     "it would reopen its embassy in Kessel"),
    ("The Free Hill Front said it handed 12 soldiers to church envoys in a move that may further hopes of a settlement.",
     "it handed 12 soldiers to church envoys"),
])
def test_closing_appraisal_is_the_reporters(claims_of, text: str, content: str) -> None:
    claims, _ = claims_of(text)
    assert any(c.content == content and c.trace and c.trace.get("content") == "claims.appraisal.closing_move"
               for c in claims), claims


@pytest.mark.parametrize("text,words", [
    ("Anna Berg said the release was a step that both sides had wanted.", "a step that both sides had wanted"),
    ("Ola Brandt said Westmark had made a move that surprised the envoys.", "a move that surprised the envoys"),
])
def test_appraisal_noun_inside_the_words_stays(claims_of, text: str, words: str) -> None:
    claims, _ = claims_of(text)
    assert any(c.content.endswith(words) for c in claims), claims


@pytest.mark.parametrize("text", [
    "Ostland has refused to release the two sailors held in Kessel.",
    "The Free Hill Front refused to hand over its weapons, and the talks stalled.",
])
def test_refused_act_is_no_claim(claims_of, text: str) -> None:
    claims, _ = claims_of(text)
    assert not any(c.cue and c.cue.startswith("refus") for c in claims), claims


def test_bare_welcomed_act_is_a_topic(claims_of) -> None:
    claims, _ = claims_of("Ola Brandt welcomed the decision on Monday.")
    assert not any(c.rule == "claims.content.welcomed_act" for c in claims), claims


@pytest.mark.parametrize("text", [
    "Westmark said it freed 20 men in a move that it said showed good faith.",
    "The Free Hill Front said it handed 12 soldiers to church envoys, a step that Anna Berg called overdue.",
])
def test_an_appraisal_told_by_a_speaker_is_kept(claims_of, text: str) -> None:
    # (review1 #16) the appraisal's own speech cue makes it a speaker's words, not the writer's
    claims, _ = claims_of(text)
    assert not any(c.trace and c.trace.get("content") == "claims.appraisal.closing_move" for c in claims), claims
