"""A political party named once, then "his party" or "the <adj> party", is that party (s41-actprec,
``actors.party_anaphors``). Invented sentences. Near-misses: "his party" of a person who belongs to no named
organisation (stays an actor: the golds write "<Name>'s party"), "the other party" (a side), a plural."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,party", [
    ("Sami Varo, the Marrow Front president, said his party was talking to Kessel.",
     "Marrow Front"),
    ("The Marrow Party delegation met Sami Varo. The pro-Norlin party now mediates between them.",
     "Marrow Party"),
    ("The Kessel Unity Party left the talks. The Marrow Party stayed, and the ruling party said it would sign.",
     "Marrow Party"),
])
def test_party_description_is_the_named_party(actors_by_name, text: str, party: str) -> None:
    names = actors_by_name(text)
    assert party in names
    assert not any(n.endswith("party") for n in names), names


@pytest.mark.parametrize("text,kept", [
    ("Finance Minister Sami Varo of Kessel would not say if his party could quit the coalition.", "party"),
    ("The Marrow Party and the Kessel Unity Party met. The other party refused to sign.", "other party"),
])
def test_other_parties_stay(actors_by_name, text: str, kept: str) -> None:
    assert kept in actors_by_name(text)
