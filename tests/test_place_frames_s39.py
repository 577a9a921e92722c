"""Names in a place frame are places (s39-precision, veto ``actors.names.place_frame``); invented sentences.
Why: the small model tags regions and provinces PERSON or ORG; "the oblasts of <A>, <B> and <C>", "the <A> and
<B> prefectures", "<A> and <B>, two remote counties of <State>", "Northwest and Southwest" say they are places.
Near-misses: a name that is a subject, an "of" phrase on a noun that is no place ("the heads of <Org>"), a
person's name, and a possessive "of" on a singular place noun ("the territory of the <Name> Movement", whose
territory): that name stays an actor (review s39)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,place", [
    ("Curfews were lifted across the oblasts of Denvik, Ferro and Halm on Tuesday.", "Halm"),
    ("Curfews were lifted across the oblasts of Denvik, Ferro and Halm on Tuesday.", "Denvik"),
    ("The envoy visited the prefectures of Pellan and Quist before the vote.", "Quist"),
    ("Aid convoys finally reached the Tarvel and Omsa prefectures after a week.", "Omsa"),
    ("Floods cut off Pellan and Quist, two remote counties of Tarvia, last week.", "Quist"),
    ("Patrols resumed in both Northwest and Southwest after the storm.", "Northwest and Southwest"),
    ("Curfews remain in force across Northwest and Southwest, where separatists are active.", "Northwest"),
])
def test_place_frame_is_no_actor(actors_by_name, text: str, place: str) -> None:
    assert place not in actors_by_name(text)


@pytest.mark.parametrize("text,name", [
    # a subject elsewhere keeps the name an actor
    ("The talks covered the districts of Narabo and Velcua. Velcua Front said it would disarm.", "Velcua Front"),
    # an "of" phrase on a noun that is no place
    ("Delegates of Ola Brandt and Kari Lund met in Kessel on Monday.", "Kari Lund"),
    ("The leader of the Marrow Movement met envoys in Kessel on Monday.", "Marrow Movement"),
    # a person's name beside a place noun that it does not name
    ("Ola Brandt, the governor of the province, met the rebels on Monday.", "Ola Brandt"),
    # a possessive "of" on a singular place noun: the group owning the land (review s39)
    ("Troops advanced into the territory of the Kestrel Movement. Qatar urged Lorvia to open talks with the "
     "Kestrel Movement.", "Kestrel Movement"),
    ("Mines cover the territory of the Tarn Alliance, and Norland asked the Tarn Alliance for maps.",
     "Tarn Alliance"),
    ("Our reporter crossed the territory of Kestrel Front. The UN then invited Kestrel Front to the talks.",
     "Kestrel Front"),
])
def test_name_outside_place_frame_stays(actors_by_name, text: str, name: str) -> None:
    assert name in actors_by_name(text)


def test_possessive_of_keeps_the_talks(named_acts) -> None:
    """The group named after a possessive "of" keeps its part in the talks it is urged to open."""
    acts = named_acts("Troops advanced into the territory of the Kestrel Movement. Qatar urged Lorvia to open "
                      "talks with the Kestrel Movement.")
    assert any("Kestrel Movement" in (src, tgt) for _, src, tgt, _ in acts), acts
