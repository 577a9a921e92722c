"""Scored coreference of non-pronoun mentions (extract/actors/corefer.py), on invented sentences.

Each join must keep its evidence in the surviving actor's trace; near-misses (two people sharing a
surname, short given names a vowel apart, a one-word name that fits two people) stay apart.
"""

from __future__ import annotations

import pytest

from backchannel.extract.actors.corefer import name_match, name_words, surname_match

NAME_VARIANT = "actors.corefer.name_variant"
APPOSED = "actors.corefer.apposed_description"


def _evidence(actor) -> dict[str, str]:
    return {k: v for k, v in (actor.trace or {}).items() if k.startswith("evidence:")}


@pytest.mark.parametrize("text, name, other", [
    ("Sheikh Ahmad Mahmud Gummi met the rebels on Monday. Gummi said the talks went well. Later, the "
     "governor said he had met Sheikh Ahmed Gumi to discuss the release.", "Ahmad Mahmud Gummi", "Ahmed Gumi"),
    ("Mohammed Salem Haddad arrived on Monday. Later Muhammad Haddad said the talks would resume.",
     "Mohammed Salem Haddad", "Muhammad Haddad"),
    ("Dr. Ahmad Gummi spoke first. Gumi said the talks went well.", "Ahmad Gummi", "Gumi"),
])
def test_name_variant_joins_two_spellings(actors_by_name, text, name, other):
    acts = actors_by_name(text)
    assert name in acts and other not in acts, list(acts)
    assert other in acts[name].aliases
    ev = _evidence(acts[name])
    assert ev and all(v.startswith(NAME_VARIANT) for v in ev.values()), acts[name].trace


@pytest.mark.parametrize("text, names", [
    ("Ahmed Gummi met Musa Gumi in Kessel on Monday to discuss the truce.", ["Ahmed Gummi", "Musa Gumi"]),
    ("Ali Hassan met Ala Hassan in Kessel on Monday to discuss the truce.", ["Ali Hassan", "Ala Hassan"]),
    ("The minister met Musa Gummi and Ahmad Gummi in Kessel. Gumi said the talks went well.",
     ["Musa Gummi", "Ahmad Gummi"]),
])
def test_name_variant_near_misses_stay_apart(actors_by_name, text, names):
    acts = actors_by_name(text)
    for n in names:
        assert n in acts, list(acts)
        assert not any(v.startswith(NAME_VARIANT) for v in _evidence(acts[n]).values())


def test_name_match_scores_each_word_pair():
    nw = name_words()
    ev = name_match(["ahmed", "gumi"], ["ahmad", "mahmud", "gummi"], nw)
    assert ev is not None and [e.kind for e in ev] == ["vowel", "doubled"]
    assert name_match(["ahmed", "gumi"], ["ahmad", "gumi"], nw) is not None
    assert name_match(["ahmad", "gumi"], ["ahmad", "gumi"], nw) is None  # identical: the name steps' join
    assert name_match(["omar", "gumi"], ["ahmad", "gummi"], nw) is None  # another first name
    assert name_match(["ahmed", "gami"], ["ahmad", "gummi"], nw) is None  # two vowel changes
    assert surname_match("gumi", ["ahmad", "gummi"], nw) is not None
    assert surname_match("gami", ["ahmad", "gumi"], nw) is None  # a vowel alone is too weak


@pytest.mark.parametrize("text, name, desc", [
    ("Brandt's Lorvian counterpart Tomas Kellner said the resupply would go ahead.",
     "Tomas Kellner", "Brandt's Lorvian counterpart"),
    ("Okafor's Ghanaian counterpart Tomas Kellner told reporters the resupply would go ahead.",
     "Tomas Kellner", "Okafor's Ghanaian counterpart"),
    ("On Monday, Osei's Lorvian counterpart Tomas Kellner said the ferry would sail.",
     "Tomas Kellner", "Osei's Lorvian counterpart"),
])
def test_apposed_description_is_the_named_person(actors_by_name, text, name, desc):
    acts = actors_by_name(text)
    assert name in acts and desc not in acts, list(acts)
    assert desc in acts[name].aliases
    assert any(v.startswith(APPOSED) for v in _evidence(acts[name]).values()), acts[name].trace


@pytest.mark.parametrize("text", [
    "Ostrian negotiators and their Lorvian counterparts, Ida Marwick and Tomas Kellner, said the deal would hold.",
    "The mediator met a senior commander, Tavo Rikan and Pella Varnsen on Monday.",
    "A Lorvian official, speaking on condition of anonymity, said Tomas Kellner would travel to Oslo.",
])
def test_apposed_description_near_misses(actors_by_name, text):
    acts = actors_by_name(text)
    assert not any(v.startswith(APPOSED) for a in acts.values() for v in _evidence(a).values())
