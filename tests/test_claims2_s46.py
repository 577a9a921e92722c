"""Attribution inside a relative clause whose pronoun is the reporting verb's object ("…, which she
denies", ``claims.relative.object_relative``): the speaker vouches for (or against) the predicate the
clause hangs on. Invented sentences of several shapes; near misses: a noun antecedent (a topic, no
claim), a cue with a complement of its own ("which she described as crowded"), a relative with no
reporting verb, a relative pronoun that is the subject."""

from __future__ import annotations

import pytest

RULE = "claims.relative.object_relative"


@pytest.mark.parametrize("text,speaker,content", [
    ("Westmark accused Anna Berg of spying for the Ostland navy, which she denies.",
     "anna-berg", "spying for the Ostland navy"),
    ("According to the Ostland presidency, the Free Hill Front has promised to halt its march on Lund "
     "and free the sailors, which Ola Brandt confirmed in a post.",
     "ola-brandt", "has promised to halt its march on Lund and free the sailors"),
    ("The rebels kidnapped two sailors from Ostland, which the Free Hill Front denied on Monday.",
     "free-hill-front", "kidnapped two sailors from Ostland"),
])
def test_object_relative_content(claims_of, text: str, speaker: str, content: str) -> None:
    claims, _actors = claims_of(text)
    found = [c for c in claims if c.rule == RULE]
    assert len(found) == 1, claims
    assert found[0].speaker == speaker and found[0].content == content, found


@pytest.mark.parametrize("text", [
    "Ostland holds Ola Brandt on smuggling charges, which Westmark disputes.",
    "Anna Berg visited the prison in Lund, which she described as crowded.",
    "The port of Lund is near the old stadium, which is full on Sundays.",
    "Anna Berg thanked the Westmark envoy, who said the talks would resume.",
    "The talks in Lund collapsed, which the envoy blamed on the rebels.",
])
def test_no_object_relative(claims_of, text: str) -> None:
    claims, _actors = claims_of(text)
    assert not any(c.rule == RULE for c in claims), claims


def test_outer_content_stops_before_the_object_relative(claims_of) -> None:
    """The "according to" speaker's words end before the relative clause another speaker confirmed."""
    claims, _actors = claims_of("According to Westmark, the Front freed the sailors, which Anna Berg confirmed in a post.")
    outer = [c for c in claims if c.rule != RULE and c.speaker != "anna-berg"]
    assert outer and all("confirmed" not in c.content for c in outer), claims
    assert any(c.rule == RULE and c.speaker == "anna-berg" for c in claims), claims


def test_outer_content_keeps_a_relative_nobody_says(claims_of) -> None:
    claims, _actors = claims_of("According to Westmark, the Front freed the sailors, which is a relief.")
    assert any(c.content.endswith("which is a relief") for c in claims), claims


@pytest.mark.parametrize("text,speaker,content", [
    ("Anna Berg is a former Westmark sailor accused of spying for Ostland, which she denies.",
     "anna-berg", "spying for Ostland"),
    ("Ola Brandt was jailed in Ostland for smuggling arms to the Front, which he denies.",
     "ola-brandt", "smuggling arms to the Front"),
])
def test_pronoun_speaker_is_the_subject(claims_of, text: str, speaker: str, content: str) -> None:
    """"X is accused of Y, which he denies": the pronoun is X, the one the predicate is said of
    (``claims.relative.pronoun_is_subject``), and the agentless "accused" keeps no copy of the content."""
    claims, _actors = claims_of(text)
    found = [c for c in claims if c.content == content]
    assert len(found) == 1 and found[0].speaker == speaker, claims
    assert (found[0].trace or {}).get("speaker") == "claims.relative.pronoun_is_subject", found


def test_pronoun_speaker_not_a_state_subject(claims_of) -> None:
    """A subject that is no person's name ("Westmark") is not what "she" stands for."""
    claims, _actors = claims_of("Westmark was accused of sheltering the rebels in Lund, which she denies.")
    assert not any((c.trace or {}).get("speaker") == "claims.relative.pronoun_is_subject" for c in claims), claims


@pytest.mark.parametrize("text,speaker", [
    ("Ostland freed Anna Berg, a Norwegian sailor, on Monday. The Norwegian said she was well.", "anna-berg"),
    ("Ostland freed Norwegian sailor Anna Berg on Monday. The Norwegian said the guards were kind.", "anna-berg"),
    ("Norwegian engineer Ola Brandt landed in Lund after a year in captivity. "
     "The Norwegian told reporters that the Free Hill Front had treated him well.", "ola-brandt"),
])
def test_demonym_is_the_person_of_that_country(claims_of, text: str, speaker: str) -> None:
    """"the Norwegian said": the one person just named and introduced as one (``claims.epithets.demonym_holder``)."""
    claims, _actors = claims_of(text)
    said = [c for c in claims if c.speaker == speaker]
    assert said and all((c.trace or {}).get("speaker") == "claims.epithets.demonym_holder" for c in said), claims


@pytest.mark.parametrize("text", [
    "Ostland freed Anna Berg and Ola Brandt, two Norwegian sailors, on Monday. The Norwegian said she was well.",
    "Ostland freed Anna Berg on Monday. The Norwegian said she was well.",
    "Norwegian sailor Anna Berg met Ola Brandt in Lund. The British said the talks went well.",
])
def test_no_demonym_holder(claims_of, text: str) -> None:
    claims, _actors = claims_of(text)
    assert not any((c.trace or {}).get("speaker") == "claims.epithets.demonym_holder" for c in claims), claims
