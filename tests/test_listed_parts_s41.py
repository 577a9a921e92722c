"""Bare descriptions listed as parts of a whole are no parties (s41-actprec, ``actors.listed_parts``): "230
prisoners, including soldiers, border guards and navy personnel", "The released included soldiers and border
guards", "civil servants such as teachers and soldiers", "captives like soldiers". Invented sentences. Near-misses: a listed description
with a side of its own (a nationality, an organisation, an "of" phrase), the same noun acting elsewhere, a named
member ("officials, including Ola Brandt"), and the whole itself."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,name", [
    ("Kessel freed 230 Norlin prisoners, including soldiers, border guards and navy personnel.", "soldiers"),
    ("Kessel freed 230 Norlin prisoners, including soldiers, border guards and navy personnel.", "border guards"),
    ("The freed captives included cooks, border guards, and medics, the Marrow Front said.",
     "border guards"),
    ("The Marrow Front seized state employees such as clerks, soldiers and drivers.", "soldiers"),
    ("Kessel still holds captives like soldiers and border guards, the Marrow Front said.", "border guards"),
])
def test_listed_part_is_no_actor(actors_by_name, text: str, name: str) -> None:
    assert name not in actors_by_name(text)


@pytest.mark.parametrize("text,name", [
    ("Kessel freed 230 prisoners, including Norlin soldiers and border guards.", "Norlin soldiers"),
    ("The talks included representatives of the Marrow Front and Kessel officials.",
     "representatives of the Marrow Front"),
    ("Kessel freed 230 prisoners, including soldiers. The soldiers later accused Kessel of torture.", "soldiers"),
])
def test_part_with_a_side_or_acting_stays(actors_by_name, text: str, name: str) -> None:
    assert any(n.startswith(name) for n in actors_by_name(text))


def test_among_names_the_whole(actors_by_name) -> None:
    names = actors_by_name("The hijackers freed 12 passengers. Among the remaining hostages are three guards, "
                           "the Marrow Front said.")
    assert "remaining hostages" in names


def test_the_whole_stays(actors_by_name) -> None:
    names = actors_by_name("Kessel freed 230 Norlin prisoners, including soldiers, border guards and navy personnel.")
    assert any("prisoners" in n for n in names)
