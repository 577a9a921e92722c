"""An organisation's full name as its bracketed acronym spells it (s45-actors, ``actors.names.acronym_gloss_name``,
extract/actors/gloss_names.py); invented text only.

Why: the tagger cuts long names at a demonym or a hyphen, so the organisation came out under its last words or
not at all; the acronym's letters say where the name begins.
"""

from __future__ import annotations

import pytest

from backchannel.extract.actors.gloss_names import _spells, words


@pytest.mark.parametrize("parts,acr,ok", [
    ([["free"], ["hill"], ["front"]], "fhf", True),
    ([["inter", "regional"], ["authority"], ["on"], ["trade"]], "irat", True),   # a hyphened word gives two letters
    ([["inter", "regional"], ["authority"], ["on"], ["trade"]], "iat", True),    # or one
    ([["kenyans"], ["united"], ["for"], ["peace"], ["and"], ["justice"]], "kupj", True),  # function words skipped
    ([["front"], ["for"], ["the"], ["liberation"]], "ffl", True),
    ([["free"], ["hill"], ["front"]], "fh", False),
])
def test_initials_spell_the_acronym(parts: list[list[str]], acr: str, ok: bool) -> None:
    assert _spells(parts, acr, words()) is ok


@pytest.mark.parametrize("text,name,acr", [
    # the tagger cut the name at its hyphen: the actor takes the whole
    ("Envoys of the Inter-regional Council on Trade (Irct) met the rebels in Kampala. Kenya welcomed the talks.",
     "Inter-regional Council on Trade", "Irct"),
    # a demonym opens the name: no state from it, one organisation
    ("Two rebel groups, the Kenyans United for Peace and Justice (KUPJ) and a newer group called Tide, are fighting "
     "the government.", "Kenyans United for Peace and Justice", "KUPJ"),
    # no actor at all before: made when the acronym comes back and an organisation word is in the name
    ("Talks brokered by the Inter-governmental Authority on Trade (Igat) resumed. Igat envoys met both sides.",
     "Inter-governmental Authority on Trade", "Igat"),
])
def test_the_acronym_gives_the_full_name(actors_by_name, text: str, name: str, acr: str) -> None:
    got = actors_by_name(text)
    assert name in got and acr in got[name].aliases, [(n, a.aliases) for n, a in got.items()]


def test_a_demonym_inside_the_name_is_no_state(actors_by_name) -> None:
    got = actors_by_name("Two rebel groups, the Kenyans United for Peace and Justice (KUPJ) and a newer group "
                         "called Tide, are fighting the government.")
    assert "Kenya" not in got


def test_a_document_name_makes_no_organisation(actors_by_name) -> None:
    got = actors_by_name("Both sides signed the Framework Accord on Trade (FAT) in May. The FAT froze the tariffs.")
    assert not any(a.rule == "actors.names.acronym_gloss_name" for a in got.values())


@pytest.mark.parametrize("text,name,wrong", [
    # (review s45 #9) an "and" between two tagged names ends the run
    ("On Monday Ostland Airways and Hill Front (OAHF) staff met in Vale. Ostland welcomed the talks.", "Hill Front",
     "Ostland Airways and Hill Front"),
])
def test_a_longer_run_does_not_rename_another_party(actors_by_name, text: str, name: str, wrong: str) -> None:
    got = actors_by_name(text)
    assert wrong not in got
