"""``actors.surnames.surname_of_untyped_name`` in session 30: a one-word person is the one full name the
tagger alone called an organisation ("Soumo Ballo Kessé" ORG, then "Kessé" PERSON): one person.

Why: an unfamiliar full name is often tagged ORG while its surname alone is tagged PERSON; the report
then has an organisation and a person of one man, and the surname is lost as an alias. Every sentence
is invented; near misses are a name with a word of organisations and two full names with that last word.
"""

from __future__ import annotations

import pytest


def named_with(actors, word):
    return [a for a in actors.values() if a.named and word in a.name]


@pytest.mark.parametrize("text", [
    "Norland pardoned Soumo Ballo Kessé on Monday. Kessé thanked the mediators.",
    "Vesterland expelled Amadou Ballo Kessé on Monday. Kessé left for Lunde.",
    # coordinated with a person the tagger got right
    "Norland pardoned Soumo Ballo Kessé and Ola Brandt. Kessé thanked the mediators.",
])
def test_surname_joins_untyped_full_name(actors_of, text):
    found = named_with(actors_of(text), "Kessé")
    assert len(found) == 1 and found[0].kind == "person" and "Kessé" in found[0].aliases, \
        [(a.name, a.kind, a.aliases) for a in found]


@pytest.mark.parametrize("text", [
    # a word of organisations in the name: an organisation, not a person
    "Norland funded the Ballo Kessé Foundation on Monday. Kessé thanked the mediators.",
    # two untyped full names end with the word: neither
    "Norland pardoned Soumo Ballo Kessé and Amadou Lunde Kessé. Kessé thanked the mediators.",
])
def test_no_join(actors_of, text):
    found = named_with(actors_of(text), "Kessé")
    assert not any(a.kind == "person" and "Foundation" in a.name for a in found), \
        [(a.name, a.kind, a.aliases) for a in found]
