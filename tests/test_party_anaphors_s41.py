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
    ("The Kessel Unity Party left the talks. The Marrow Party stayed, and the party said it would sign.",
     "Marrow Party"),
    ("Sami Varo joined the Marrow Party in May. Last week the party said it would sign the truce.",
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


# near misses (s41 review #7): a party picked by its role, two parties that fit
@pytest.mark.parametrize("text,kept", [
    ("Tomas Brel, a member of the Green Party, met Pell's envoy. The Labour Party said the talks were useless. "
     "The ruling party rejected the proposal.", "ruling party"),
    ("The Kessel Unity Party left the talks. The Marrow Party stayed, and the main opposition party said it "
     "would sign.", "main opposition party"),
    ("Ana Varga, the leader of the Labour Party, met the Green Party on Monday. She said the party would vote "
     "against the deal.", "party"),
    ("Sami Varo of the Marrow Party met the envoy on Monday. The largest party walked out of the talks.",
     "largest party"),
])
def test_party_not_told_by_the_text_stays(actors_by_name, text: str, kept: str) -> None:
    assert kept in actors_by_name(text), actors_by_name(text)
