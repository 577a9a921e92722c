"""``actors.government.modifier_government`` (extract/actors/government_modifiers.py): "<demonym> government"
inside a larger noun phrase is an alias of the state, only of a state the report already has; invented text.

Why (review s45 #10): the rule shipped without a test of its own; a possessor ("<State>'s government ...") must
give no alias.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Kenya and Peru held talks in Lima on Monday. A Kenyan government negotiator said the talks went well.",
    "Kenya and Peru held talks in Lima on Monday. The Kenyan government team flew home on Friday.",
])
def test_a_demonym_government_modifier_is_the_states_alias(actors_by_name, text: str) -> None:
    kenya = actors_by_name(text)["Kenya"]
    assert "Kenyan government" in kenya.aliases


def test_a_possessor_gives_no_such_alias(actors_by_name) -> None:
    text = "Kenya and Peru held talks in Lima on Monday. Kenya's government negotiator said the talks went well."
    kenya = actors_by_name(text)["Kenya"]
    assert not [a for a in kenya.aliases if a.lower().endswith("government")]

