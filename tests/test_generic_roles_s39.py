"""Role nouns of the kind are no party (s39-precision, drop ``actors.generic_roles.generic_plural``); invented
sentences. Why: a bare plural role noun only ever after a preposition of relation ("the caveats of diplomats",
"the repatriation of captured soldiers", "less interventionist than mediators") means the kind, not a party.
Near-misses: a subject, an agent, a partner, a determiner, a number, a nationality, a body given by its members."""

from __future__ import annotations

import pytest


def _names(actors_by_name, text: str) -> set[str]:
    return {n.lower() for n in actors_by_name(text)}


@pytest.mark.parametrize("text,noun", [
    ("It was one of the typical caveats of diplomats, Lorvia's foreign minister said on Monday.", "diplomats"),
    ("The law requires the repatriation of captured soldiers after fighting ends, Lorvia said.", "soldiers"),
    ("Lorvia said the new verifier would be less interventionist than mediators.", "mediators"),
    ("The Marrow Front spoke at length about negotiators, Lorvia said on Monday.", "negotiators"),
])
def test_generic_plural_is_no_actor(actors_by_name, text: str, noun: str) -> None:
    assert not any(noun in n for n in _names(actors_by_name, text))


@pytest.mark.parametrize("text,noun", [
    ("Diplomats said the talks in Kessel would resume on Monday.", "diplomats"),  # a subject
    ("The convoy was stopped by soldiers near Kessel on Monday.", "soldiers"),  # an agent
    ("The caveats of the mediators worried Lorvia on Monday.", "mediators"),  # a determiner
    ("The release of 200 soldiers was delayed, Lorvia said.", "soldiers"),  # a number
    ("The recommendation by the forum of top ministers was made on Monday.", "ministers"),  # a body's members
])
def test_anchored_role_noun_stays(actors_by_name, text: str, noun: str) -> None:
    assert any(noun in n for n in _names(actors_by_name, text))
