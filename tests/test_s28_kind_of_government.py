"""Session 28 (set 10 read as development data): a government named by its kind, and the name apposed to a
description that names a party inside it. Every sentence here is invented.

- ``actors.names.leader_of_administration`` no longer reads a word of kind ("Federal", "Transitional",
  data/actors.toml ``government.modifiers``) as a leader's name: "the Federal Government" is an actor of its
  own when no state precedes it, and the state's alias when one does ("Norland's", "Nigerian").
- ``claims.speakers.name_in_apposition``: the name apposed to a description is the speaker, also when the
  description names a party ("negotiator between the Federal Government and the rebels, Ola Brandt, said").
"""

from __future__ import annotations

import pytest

from backchannel.pipeline import analyze_text


def names(text: str) -> dict[str, tuple[str, list[str]]]:
    d = analyze_text(text, published="2031-05-04")
    return {a.name: (a.kind, a.aliases) for a in d.actors}


@pytest.mark.parametrize("text, kind_name", [
    ("The Federal Government said it would talk to the kidnappers.", "Federal Government"),
    ("The Transitional Government announced that the talks in Lusaka would resume.", "Transitional Government"),
    ("Talks between the Interim Government and the rebels resumed on Monday.", "Interim Government"),
    ("A spokesman said the Federal Government had not paid a ransom.", "Federal Government"),
    ("Ola Brandt, who led talks for the Federal Government, said seven captives were freed.", "Federal Government"),
    ("The Unity Government and the rebels signed a truce in Addis Ababa.", "Unity Government"),
])
def test_a_government_named_by_its_kind_is_no_leader(text: str, kind_name: str) -> None:
    got = names(text)
    first = kind_name.split()[0]
    assert first not in got, got  # no person "Federal"
    assert any(n.endswith(kind_name.split()[-1]) and first in n for n in got) or any(
        kind_name in al for _, als in got.values() for al in als), got


def test_a_leader_s_administration_still_names_the_leader_and_a_state_keeps_its_government() -> None:
    got = names("The Halvorsen Administration welcomed the release.")
    assert any("Halvorsen Administration" in als for _, als in got.values()), got
    got = names("The Nigerian Federal Government said it would talk to the bandits.")
    assert "Nigeria" in got and "Federal Government" not in got, got


@pytest.mark.parametrize("text", [
    "The chief go-between for the Federal Government and the rebels, Ola Brandt, has said the captives "
    "were freed.",
    "The envoy of Norland to Vesterland, Ola Brandt, said the talks had failed.",
    "The head of the mediation team from Qatar, Ola Brandt, said a deal was close.",
    "A go-between for the families and the kidnappers, Ola Brandt, said the women had been freed.",
    "Chief negotiator for the Transitional Government, Ola Brandt, told reporters the truce would hold.",
    "The spokeswoman of the Norland foreign ministry, Ola Brandt, said the talks would resume.",
])
def test_the_name_apposed_to_a_description_speaks_not_a_party_inside_it(text: str) -> None:
    d = analyze_text(text, published="2031-05-04")
    names_of = {a.id: a.name for a in d.actors}
    assert d.claims and names_of.get(d.claims[0].speaker) == "Ola Brandt", [(c.speaker, c.content) for c in d.claims]


def test_a_description_with_no_apposed_name_keeps_its_party() -> None:
    d = analyze_text("A Norland official said the talks would resume.", published="2031-05-04")
    names_of = {a.id: a.name for a in d.actors}
    assert names_of.get(d.claims[0].speaker) == "Norland official"


@pytest.mark.parametrize("text, state", [
    ("Vesterland freed the Russian-Israeli researcher Ola Brandt on Tuesday.", "Russia"),
    ("A French charity worker, Ola Brandt, was released by the rebels.", "France"),
    ("The rebels said Ola Brandt, a Russian citizen, had been handed over to Vesterland.", "Russia"),
    ("Dr. Ola Brandt, a publisher of Pakistani origin, led the talks with the rebels.", "Pakistan"),
    ("American journalist Ola Brandt was freed after talks in Pell.", "United States"),
    ("The Japanese academic Ola Brandt thanked the mediators.", "Japan"),
])
def test_a_private_person_s_nationality_alone_makes_no_state_actor(text: str, state: str) -> None:
    assert state not in names(text)


@pytest.mark.parametrize("text, state", [
    ("The Canadian Prime Minister said the talks would resume.", "Canada"),
    ("Iranian militants were released in exchange for the researcher.", "Iran"),
    ("A Russian citizen was freed; Russia thanked the mediators.", "Russia"),  # the state acts elsewhere
])
def test_a_state_s_own_people_and_acts_still_make_it_an_actor(text: str, state: str) -> None:
    assert state in names(text)


@pytest.mark.parametrize("text, state", [
    ("The Israeli national security adviser, Ola Brandt, met the mediators.", "Israel"),
    ("The Lebanese national unity government said it would mediate.", "Lebanon"),
    ("The Iraqi national security council met on Monday to discuss the truce.", "Iraq"),
])
def test_a_private_word_inside_a_compound_keeps_the_state(text: str, state: str) -> None:
    assert state in names(text)
