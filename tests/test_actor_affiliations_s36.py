"""Actors and affiliations of s36-affil, each test named after the rule id it checks; invented sentences
and names. Why: each rule covers a construction; the tests give several shapes of it and near-misses on
which it must not fire."""

from __future__ import annotations

import pytest


def _named(actors, name: str):
    return [a for a in actors.values() if a.name == name]


def _side(actors, name: str) -> str | None:
    found = _named(actors, name)
    assert len(found) == 1, (name, [a.name for a in actors.values()])
    aff = found[0].affiliation
    return actors[aff].name if aff in actors else aff


# actors.unnamed.split_state_modifiers: "<A> and <B> officials" are two groups, one per state
@pytest.mark.parametrize("text,groups", [
    # two demonyms, the description a subject
    ("Norwegian and Chilean officials met in Lima on Monday.",
     {"Norwegian officials": "Norway", "Chilean officials": "Chile"}),
    # the object of "between", with a venue phrase after it
    ("The deal was reached after talks between Peruvian and Bolivian negotiators in Quito.",
     {"Peruvian negotiators": "Peru", "Bolivian negotiators": "Bolivia"}),
    # an adjective before the coordination, in a passive agent phrase
    ("Officials said the plan was drafted by senior Danish and Swiss diplomats.",
     {"senior Danish diplomats": "Denmark", "senior Swiss diplomats": "Switzerland"}),
    # a demonym and a state's short name
    ("Chilean and US officials have been told of the transfer by Norway.",
     {"Chilean officials": "Chile", "US officials": "United States"}),
])
def test_actors_unnamed_split_state_modifiers(actors_of, text, groups):
    a = actors_of(text)
    for name, state in groups.items():
        assert _side(a, name) == state, (text, name)


@pytest.mark.parametrize("text,whole", [
    # "or": no group that acted
    ("Norwegian or Chilean officials may attend the talks.", None),
    # an organisation among the modifiers: one joint team
    ("Norwegian and European Union mediators met the rebels on Monday.", "Norwegian and European Union mediators"),
    # the states in the head's own "from" phrase
    ("Officials from Norway and Chile met on Monday.", "Officials"),
])
def test_actors_unnamed_split_state_modifiers_near_misses(actors_of, text, whole):
    a = actors_of(text)
    assert not [x for x in a.values() if x.traced("name") == "actors.unnamed.split_state_modifiers"
                or x.rule == "actors.unnamed.split_state_modifiers"], text
    if whole is not None:
        assert _named(a, whole), (text, [x.name for x in a.values()])


def test_split_groups_join_an_earlier_group(actors_of):
    a = actors_of("Chilean officials said on Friday that Peruvian and Chilean officials would meet again.")
    assert len(_named(a, "Chilean officials")) == 1
    assert _side(a, "Peruvian officials") == "Peru"
