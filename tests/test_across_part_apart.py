"""Rule ``across.entities.part_apart``: a description with a word that makes it a part of a group ("several
girls", "the remaining hostages", "three farmers") is not another report's description without it, as a part
is not the whole; one with another word ("kidnapped girls", "other mediators") still is."""

from __future__ import annotations

import pytest

from backchannel.resolve.across.name_evidence import description_match
from backchannel.resolve.across.records import actor_record


def _group(doc: str, name: str):
    return actor_record(doc, name.lower().replace(" ", "-"), name, "group", False)


@pytest.mark.parametrize("a, b", [
    ("Several girls", "girls"),
    ("the remaining hostages", "hostages"),
    ("three farmers", "farmers"),
    ("Dozens of prisoners", "prisoners"),
    ("some villagers", "kidnapped villagers"),
])
def test_a_part_is_not_the_whole(a, b):
    assert description_match(_group("d1", a), _group("d2", b))[0] == 0.0


@pytest.mark.parametrize("a, b", [
    ("kidnapped girls", "girls"),
    ("other mediators", "mediators"),
    ("the remaining hostages", "remaining hostages"),
    ("Vesterland soldiers", "soldiers"),
])
def test_other_words_still_join(a, b):
    assert description_match(_group("d1", a), _group("d2", b))[0] == 5.0
