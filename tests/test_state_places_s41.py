"""A state named only as a place of origin, a possessor of a place or a sender's destination is no party
(s41-actprec: ``actors.states.name_venue`` for "25 individuals from <A>, <B> and <C>", "<State>'s capital",
"off <State>'s coast", "the envoy to <State>"); invented sentences with real state names. Why: on the
freshest read reports such uses made a party of every country in a crew's list of origins and of the country
whose capital or coast is the scene. Near-misses: a sender or a title before the phrase ("a mediator from
<State>", "the ambassador to <State>"), "<State>'s side", a government owned, the same state acting elsewhere."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,state", [
    ("The crew of the Sea Lark consisted of 25 individuals from Peru, Chile, Spain, and Norway. "
     "Oman thanked the Marrow Front for the release.", "Chile"),
    ("The crew of the Sea Lark consisted of 25 individuals from Peru, Chile, Spain, and Norway. "
     "Oman thanked the Marrow Front for the release.", "Norway"),
    ("Two teachers from Chile were freed on Monday, the Marrow Front said.", "Chile"),
    ("The hostages were held in Lebanon’s chaotic capital, a rebel leader said.", "Lebanon"),
    ("The tanker was seized off Yemen's coast by the Marrow Front in May.", "Yemen"),
    ("Ola Brandt, the UN special envoy to Yemen, welcomed the step by the Marrow Front.", "Yemen"),
])
def test_state_as_origin_or_place_is_no_actor(actors_by_name, text: str, state: str) -> None:
    assert state not in actors_by_name(text)


@pytest.mark.parametrize("text,state", [
    ("A mediator from Chile met the rebels on Monday.", "Chile"),
    ("Ola Brandt, the ambassador to Peru, met the Marrow Front.", "Peru"),
    ("Peru's side said the talks would resume next week.", "Peru"),
    ("Chile's government said it would release the prisoners.", "Chile"),
    ("25 individuals from Peru were freed. Peru thanked Oman for the release.", "Peru"),
    ("The talks were held in Lebanon's capital, and Lebanon urged both sides to agree.", "Lebanon"),
])
def test_state_acting_stays(actors_by_name, text: str, state: str) -> None:
    assert state in actors_by_name(text)


# a place an act names as its object: its owner is the party acted on (states._place_acted_on)
@pytest.mark.parametrize("text,state", [
    ("The Marrow Front shelled Chile's border towns on Monday.", "Chile"),
    ("Peru lifted its blockade of Chile's ports.", "Chile"),
    ("The Marrow Front launched strikes on Yemen's airspace.", "Yemen"),
])
def test_state_whose_place_is_acted_on_stays(actors_by_name, text: str, state: str) -> None:
    assert state in actors_by_name(text)


def test_state_whose_place_is_a_destination_is_no_actor(actors_by_name) -> None:
    """near miss: a verb of motion's goal is a place."""
    assert "Yemen" not in actors_by_name("The rebels fled to Yemen's capital on Monday.")
