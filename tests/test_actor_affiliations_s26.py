"""Affiliations read from syntax (s26-affil), each test named after the rule id it checks; invented
sentences and names. Why: each rule covers a construction; the tests give several shapes of it and
near-misses on which it must not fire."""

from __future__ import annotations

import pytest


def _side(actors, name: str) -> str | None:
    found = [a for a in actors.values() if a.name == name]
    assert len(found) == 1, (name, [a.name for a in actors.values()])
    aff = found[0].affiliation
    return actors[aff].name if aff in actors else aff


# actors.coalitions.member_of: members listed beside a coalition take the coalition
@pytest.mark.parametrize("text,members", [
    ("Representatives of the Lorvan Army, the Kessel Front and the Ostrak Liberation Army, collectively "
     "known as the Northern Alliance, met officials in Lima.", ["Lorvan Army", "Kessel Front", "Ostrak Liberation Army"]),
    ("The Northern Alliance of the Lorvan Army, the Kessel Front and the Ostrak Liberation Army rejected the offer.",
     ["Lorvan Army", "Kessel Front", "Ostrak Liberation Army"]),
    ("The Northern Alliance, made up of the Lorvan Army, the Kessel Front and the Ostrak Liberation Army, "
     "rejected the offer.", ["Lorvan Army", "Kessel Front", "Ostrak Liberation Army"]),
    ("The Northern Alliance, which comprises the Lorvan Army and the Kessel Front, has been fighting since October.",
     ["Lorvan Army", "Kessel Front"]),
    ("The Lorvan Army and the Kessel Front, both members of the Northern Alliance, signed the deal.",
     ["Lorvan Army", "Kessel Front"]),
    ("The Lorvan Army and the Kessel Front formed the Northern Alliance last year.", ["Lorvan Army", "Kessel Front"]),
    ("The Lorvan Army, a member of the Northern Alliance, signed the deal.", ["Lorvan Army"]),
    ("The Lorvan Army, the Kessel Front and the Ostrak Liberation Army, which make up the Northern Alliance, "
     "rejected the offer.", ["Lorvan Army", "Ostrak Liberation Army"]),
])
def test_actors_coalitions_member_of(actors_of, text, members):
    a = actors_of(text)
    for m in members:
        assert _side(a, m) == "Northern Alliance", (m, text)
        assert next(x for x in a.values() if x.name == m).traced("affiliation") == "actors.coalitions.member_of"


@pytest.mark.parametrize("text,outsiders", [
    # meeting a coalition is no membership
    ("The Lorvan Army and the Kessel Front met the Northern Alliance in Lima.", ["Lorvan Army", "Kessel Front"]),
    # the subject fights the coalition; only the coalition's own member joins it
    ("The Lorvan Army fought the Northern Alliance, which comprises the Kessel Front.", ["Lorvan Army"]),
])
def test_actors_coalitions_member_of_near_misses(actors_of, text, outsiders):
    a = actors_of(text)
    for m in outsiders:
        assert _side(a, m) != "Northern Alliance", (m, text)
