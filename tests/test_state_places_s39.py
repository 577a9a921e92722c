"""A state named only as a place is no party (s39-precision: ``actors.states.inside_region``, origin, border and
visit uses of ``actors.states.name_venue``); invented sentences with real state names. Why: "who is from <State>",
"border regions with <State>" and "Central America" place someone or something; the
state does nothing there. Near-misses: the same state acting in the same text, "officials from <State>", a
state as the recipient of an act."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,state", [
    ("But Ola Brandt, who is from Bahrain, ended his visit to Kessel without a deal.", "Bahrain"),
    ("The rebels hold hostages in Arauzo, border regions with Peru, the Marrow Front said.", "Peru"),
    ("Ola Brandt served as envoy of the Marrow Front in Kessel and in Central America.", "United States"),
])
def test_state_as_place_is_no_actor(actors_by_name, text: str, state: str) -> None:
    assert state not in actors_by_name(text)


@pytest.mark.parametrize("text,state", [
    ("The minister visited Chile to press it to release the hostages. Chile refused.", "Chile"),
    ("Peru accused Chile of stalling. The envoy met officials from Chile on Monday.", "Chile"),
    ("Bahrain said on Monday it would host the talks between the two sides.", "Bahrain"),
    ("Peru signed a border deal with Chile on Monday.", "Chile"),
])
def test_state_acting_stays(actors_by_name, text: str, state: str) -> None:
    assert state in actors_by_name(text)
