"""``actors.parties.misspelt_surname`` in session 27: a swap across one letter ("Aromek" for
"Amorek"), a sound-alike first letter of a transliteration ("Vandel" for "Fandel"), and the stray
one-mention "organisation" the tagger makes of such a word.

Why: reports (and translations of agency copy) misspell a named person's surname once; the
tagger then makes a second person or an organisation of it, and the person loses the alias.
Every sentence is invented; near misses are two real people with surnames that differ, and words
that are organisations.
"""

from __future__ import annotations

import pytest


def persons(actors):
    return [x for x in actors.values() if x.kind == "person" and x.named]


@pytest.mark.parametrize("text, alias", [
    ("Mediator Tomas Amorek flew to Lunde on Monday. Local sources said Aromek had flown on to "
     "Ostmark.", "Aromek"),
    ("Norland freed the teacher Ola Fandel on Tuesday. “These contacts led to Vandel's release,” the envoy "
     "said.", "Vandel"),
    ("Norland freed the teacher Ola Fandel on Tuesday. Officials said Vandel would fly home on Friday.", "Vandel"),
    ("Envoy Jan Karsten met the rebels in Lunde. The talks, Carsten said later, were useful.", "Carsten"),
    ("Kari Zellner met the envoy in Lunde. A week later Sellner said the talks had failed.", "Sellner"),
    ("Envoy Erik Sandvik met the rebels. Later, Sindvak told reporters the talks were useful.", "Sindvak"),
])
def test_misspelt_surname_joins(actors_of, text, alias):
    found = [p for p in persons(actors_of(text)) if alias in p.aliases]
    assert len(found) == 1, [(p.name, p.aliases) for p in persons(actors_of(text))]


@pytest.mark.parametrize("text, word", [
    # a sound-alike initial with another letter changed; a surname four letters long; a swap that
    # moves the first letter
    ("Ola Fandel met the envoy in Lunde. Officials said Vandek would fly home on Friday.", "Vandek"),
    ("Ola Kahn met the envoy in Lunde. Officials said Cahn would fly home on Friday.", "Cahn"),
    ("Mediator Tomas Amorek flew to Lunde. Local sources said Omarek had flown on to Ostmark.", "Omarek"),
])
def test_misspelt_surname_near_misses(actors_of, text, word):
    assert not any(word in p.aliases for p in persons(actors_of(text)))


def test_an_organisation_named_often_is_never_a_slip(actors_of):
    a = actors_of("Tomas Hamad met the envoy. Hamas rejected the plan. Hamas said on Monday it would not sign.")
    assert not any("Hamas" in p.aliases for p in persons(a))
