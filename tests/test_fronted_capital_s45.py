"""A sentence opening "In <Capital>," sets where its office-holder speaks from (s45-actors,
``actors.side.fronted_capital``), and "<demonym> government" inside a larger phrase is the state's alias
(``actors.government.modifier_government``); invented text only.

Why: wire copy turns to a government's reaction with "In <Capital>, President X said" as with the state's own
name, where the nearest state in the text was the other side (s45 census). The government word modifying
another noun ("a <demonym> government negotiator") is written as the golds' alias of the state.
"""

from __future__ import annotations

import pytest

from actor_helpers import actor_named, side_of


@pytest.mark.parametrize("text,person,state", [
    ("The three hikers were freed in Iran on Wednesday. In Washington, President Ivo Marr welcomed the release.",
     "Ivo Marr", "United States"),
    ("Kenya freed the men after talks with Uganda. In Kampala, Foreign Minister Ola Brandt said the deal held.",
     "Ola Brandt", "Uganda"),
    ("Chile and Peru met in Quito. In Lima, however, Prime Minister Anna Berg said nothing had been agreed.",
     "Anna Berg", "Peru"),
])
def test_a_fronted_capital_gives_the_office_holder_its_state(actors_of, text: str, person: str, state: str) -> None:
    assert side_of(actors_of(text), person) == state


def test_officials_in_a_fronted_capital_are_its_states(actors_of) -> None:
    got = actors_of("Kenya freed the men after talks with Uganda. In Kampala, officials said the deal had held.")
    assert side_of(got, "officials") == "Uganda"


@pytest.mark.parametrize("text,person", [
    # the subject's own nationality places it elsewhere
    ("Kenya freed the men after talks with Uganda. In Kampala, Kenyan Foreign Minister Ola Brandt said so.",
     "Ola Brandt"),
])
def test_a_subject_placed_elsewhere_keeps_its_own_side(actors_of, text: str, person: str) -> None:
    assert side_of(actors_of(text), person) == "Kenya"


@pytest.mark.parametrize("text,state,alias", [
    ("Anna Berg, the head of the Chilean government's crisis team, said the talks had ended. Chile and Peru signed "
     "the deal.", "Chile", "Chilean government"),
    ("The ship was freed on Monday, chief Peruvian government negotiator Ola Brandt said. Peru paid no ransom.",
     "Peru", "Peruvian government"),
    ("Kenya freed the men. Ola Brandt, a former Kenyan government adviser, said so.", "Kenya", "Kenyan government"),
])
def test_a_government_modifier_is_the_states_alias(actors_of, text: str, state: str, alias: str) -> None:
    assert alias in actor_named(actors_of(text), state).aliases


def test_a_government_modifier_makes_no_state_alone(actors_by_name) -> None:
    """The phrase only names a state the report already has."""
    got = actors_by_name("Ola Brandt, a former Ostlandic government adviser, said the talks had ended.")
    assert not any("government" in a for actor in got.values() for a in actor.aliases)


@pytest.mark.parametrize("text,state", [
    ("North Korea pardoned two reporters after a visit by a former leader of South Korea. In Pyongyang, the official "
     "Harbour News Agency reported that the men had been freed.", "North Korea"),
    ("Uganda pardoned two reporters held since March, Kenya said. In Kampala, the state-run Harbour News Agency "
     "reported that the men were freed.", "Uganda"),
    ("Kenya pardoned two reporters held by Uganda. In Kenya, the state-run Harbour News Agency reported that the "
     "men were freed.", "Kenya"),
])
def test_a_state_outlet_in_a_fronted_place_is_its_states(actors_of, text: str, state: str) -> None:
    assert side_of(actors_of(text), "Harbour News Agency") == state


def test_a_private_outlet_in_a_fronted_capital_takes_no_side(actors_of) -> None:
    got = actors_of("Kenya pardoned two reporters held by Uganda. In Kampala, the Harbour Times reported that the "
                    "men were freed.")
    assert all(a.affiliation is None for a in got.values() if a.name == "Harbour Times")
