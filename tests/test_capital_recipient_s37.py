"""Session 37 (actors): a capital in the "to"/"for" phrase of a noun of what a state is given, sold or
opened to names that state, a party (extract/actors/states.py ``_recipient_noun``, rule
``actors.states.capital_party``); a way, vehicle, place, title or sender there keeps it a venue.
Invented sentences only."""

from __future__ import annotations

import pytest


def _state(d, name):
    return next((a for a in d.actors if a.kind == "state" and a.name == name), None)


@pytest.mark.parametrize("text, state, capital", [
    ("The agreement extends sanctions relief for Lima while the talks go on.", "Peru", "Lima"),
    ("Kenya paid for the fuel through grain sales to Oslo, the ministry said.", "Norway", "Oslo"),
    ("A release would open the door to Nairobi pressing the rebels to agree.", "Kenya", "Nairobi"),
    ("The new concessions to Santiago came in return for the prisoners.", "Chile", "Santiago"),
    ("Kenya welcomed the military aid to Santiago announced on Monday.", "Chile", "Santiago"),
])
def test_a_capital_given_to_is_its_state(analyze, text, state, capital):
    d = analyze(text)
    s = _state(d, state)
    assert s is not None and capital in s.aliases, [(a.name, a.aliases) for a in d.actors]
    assert any(m.text == capital for m in s.mentions)


@pytest.mark.parametrize("text, capital", [
    ("Peru agreed to the swap. The prisoners were flown to Lima on Monday.", "Lima"),  # a verb of motion
    ("Peru agreed to the swap. The prisoners boarded a flight to Lima.", "Lima"),  # a noun of motion
    ("Peru agreed to the swap. The freed men were on their way to Lima.", "Lima"),  # a way there
    ("Peru agreed to the swap. The men boarded a jet to Lima.", "Lima"),  # a vehicle
    ("Peru agreed to the swap, the ambassador to Lima said.", "Lima"),  # a posting
    ("Peru agreed to the swap before a delegation to Lima arrived.", "Lima"),  # a sender's destination
])
def test_a_way_to_a_capital_stays_a_venue(analyze, text, capital):
    d = analyze(text)
    assert all(capital not in a.aliases and all(m.text != capital for m in a.mentions) for a in d.actors), \
        [(a.name, a.aliases) for a in d.actors]
