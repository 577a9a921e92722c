"""Co-reference of non-pronoun mentions of a named body (session 38, s38-coref; invented text and names only).

Rules: a definite head noun that is the head of exactly one named organisation's name, also when the head
stands before the name's preposition ("the ministry" of "the Ministry of Defence",
``actors.institutions.named_body_again_of_head``; capitalised speaker "The Ministry said",
``claims.speaker_actors.body_head``); a mixed-case initialism whose lower-case letters are function words
("MoD" of "Ministry of Defence", ``actors.aliases.mixed_case_initials``), also when the long name ends in
"of <State>".
"""

from __future__ import annotations

import pytest

from backchannel.extract.actors.aliases import mixed_case_initialism
from backchannel.extract.actors.spans import initials_match, name_head_words
from backchannel.pipeline import analyze_text


def _named(d, name: str):  # noqa: ANN001, ANN202 - a dossier and its actor
    found = [a for a in d.actors if a.name == name]
    assert len(found) == 1, [(a.name, a.aliases) for a in d.actors]
    return found[0]


def _speakers(d) -> set[str]:  # noqa: ANN001
    return {c.speaker for c in d.claims}


@pytest.mark.parametrize("text, body", [
    ("The Zorlan Ministry of Foreign Affairs welcomed the deal. The Ministry said talks would resume in March.",
     "Zorlan Ministry of Foreign Affairs"),
    ("The Ministry of Defence of Norway welcomed the plan on Monday. The ministry said the convoy had left.",
     "Ministry of Defence of Norway"),
    ("On Friday the Vestian Ministry of Health counted the wounded. Later the Ministry told reporters that 30 "
     "people were in hospital.", "Vestian Ministry of Health"),
])
def test_a_definite_head_of_one_named_body_is_that_body(text: str, body: str) -> None:
    d = analyze_text(text, published="2031-05-04")
    a = _named(d, body)
    assert _speakers(d) == {a.id}
    assert not [x for x in d.actors if x.name.lower() == "ministry"]


def test_the_head_after_two_bodies_with_that_head_joins_neither() -> None:
    d = analyze_text("The Ministry of Defence of Norway and the Ministry of Finance of Kessel welcomed the deal. "
                     "The Ministry said talks would resume in March.", published="2031-05-04")
    for name in ("Ministry of Defence of Norway", "Ministry of Finance"):
        assert not any(m.rule and "body_head" in m.rule or m.rule and "of_head" in m.rule
                       for m in _named(d, name).mentions)


@pytest.mark.parametrize("text, body, short", [
    ("Zorlandia's Ministry of Defence welcomed the deal on Monday. The MoD said talks would resume in March.",
     "Ministry of Defence", "MoD"),
    ("The Ministry of Defence of Norway confirmed the exchange on Monday. The MoD said 40 soldiers were home.",
     "Ministry of Defence of Norway", "MoD"),
    ("The Department of Justice opened a case on Monday. The DoJ said the suspect had fled.",
     "Department of Justice", "DoJ"),
])
def test_a_mixed_case_initialism_is_the_body_it_abbreviates(text: str, body: str, short: str) -> None:
    d = analyze_text(text, published="2031-05-04")
    a = _named(d, body)
    assert short in a.aliases
    assert _speakers(d) == {a.id}


def test_an_initialism_of_another_name_stays_apart() -> None:
    d = analyze_text("The Ministry of Finance opened a case on Monday. The MoD said the suspect had fled.",
                     published="2031-05-04")
    assert "MoD" not in _named(d, "Ministry of Finance").aliases


@pytest.mark.parametrize("word, ok", [("MoD", True), ("DoJ", True), ("DfID", True), ("McCann", False),
                                      ("Moscow", False), ("MOD", False), ("LaGuardia", False)])
def test_mixed_case_initialism_shape(word: str, ok: bool) -> None:
    assert mixed_case_initialism(word) is ok


def test_initials_lower_case_letters_are_function_words_only() -> None:
    assert initials_match("MoD", "Ministry of Defence")
    assert not initials_match("MoD", "Ministry Overseas Development")
    assert initials_match("MOD", "Ministry of Defence")
    assert name_head_words("Zorlan Ministry of Foreign Affairs") == ("affairs", "ministry")
    assert name_head_words("Kessel Liberation Front") == ("front",)


@pytest.mark.parametrize("text, body", [
    # the body named with its owner's "of" phrase keeps that full first name (actors.bodies_of.body_of_owner, s41;
    # the read golds name such bodies so: "Ministry of Foreign Affairs of <State>", "Office of the President of
    # <State>"), the reordered name its alias
    ("The Ministry of Foreign Affairs of Norway welcomed the deal. The Norwegian Foreign Ministry said talks "
     "would resume in March.", "Ministry of Foreign Affairs of Norway"),
    ("Norway's Ministry of Foreign Affairs welcomed the deal. The Norwegian Foreign Ministry said talks would "
     "resume in March.", "Ministry of Foreign Affairs"),
    ("The Ministry of Foreign Affairs welcomed the success of Norway's mediation. The Norwegian Foreign Ministry "
     "said talks would resume in March. The Ministry thanked both sides for their patience.",
     "Norwegian Foreign Ministry"),
])
def test_reordered_names_of_one_ministry_are_one_actor(text: str, body: str) -> None:
    d = analyze_text(text, published="2031-05-04")
    a = _named(d, body)
    assert len([x for x in d.actors if "inistry" in x.name]) == 1, [x.name for x in d.actors]
    assert _speakers(d) == {a.id}


@pytest.mark.parametrize("text", [
    "The Ministry of Foreign Affairs of Kenya welcomed the deal. The Norwegian Foreign Ministry said talks would "
    "resume in March.",
    "The Ministry of Foreign Affairs welcomed the deal. The Norwegian Foreign Ministry and the Kenyan Foreign "
    "Ministry said talks would resume in March.",
])
def test_a_ministry_of_another_state_or_of_two_candidates_stays_apart(text: str) -> None:
    d = analyze_text(text, published="2031-05-04")
    assert not any(m.rule == "actors.bodies.stateless_same_body" for a in d.actors for m in a.mentions)
    assert not any(n.startswith("Ministry of Foreign Affairs") for a in d.actors if a.name != "Ministry of Foreign Affairs"
                   and not a.name.startswith("Ministry") for n in a.aliases)
