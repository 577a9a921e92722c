"""Small readers the actor tests share: the one actor of a name, the name of its side, what a test shows
of every actor when it fails.

Why a module: the affiliation and unit tests of session after session had copied these lines; a change
to how an actor is looked up or shown in a failure message now happens once.
"""

from __future__ import annotations

from typing import Callable

from backchannel.model import Actor


def actor_named(actors: dict[str, Actor], name: str) -> Actor:
    """The one actor of this name; fails with every actor's name when there are none or several."""
    found = [a for a in actors.values() if a.name == name]
    assert len(found) == 1, (name, [a.name for a in actors.values()])
    return found[0]


def side_of(actors: dict[str, Actor], name: str) -> str | None:
    """The name of the side of the one actor of this name (its affiliation's name, or the affiliation as it
    stands when it is no actor of the text)."""
    aff = actor_named(actors, name).affiliation
    return actors[aff].name if aff in actors else aff


def shown(actors: dict[str, Actor]) -> list[tuple[str, str, list[str], str | None]]:
    """Every actor as (name, kind, aliases, affiliation): what a failing test prints."""
    return [(a.name, a.kind, a.aliases, a.affiliation) for a in actors.values()]


def names_of(actors_of: Callable[[str], dict[str, Actor]], text: str) -> set[str]:
    """The names of the actors of a text (``actors_of``: the conftest fixture)."""
    return {a.name for a in actors_of(text).values()}
