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
    ("Sheikh Idris Bello Kallamu met the rebels on Monday. Kallamu said the talks went well. Later, the "
     "governor said he had met Sheikh Idres Kalamu to discuss the release.", "Idris Bello Kallamu", "Idres Kalamu"),
    ("Mohammed Salem Tarvani arrived on Monday. Later Muhammad Tarvani said the talks would resume.",
     "Mohammed Salem Tarvani", "Muhammad Tarvani"),
    ("Yusuf Abubakar Danjuma led the delegation to Kessel. The next day, Yusef Danjumma told reporters the "
     "pupils were safe.", "Yusuf Abubakar Danjuma", "Yusef Danjumma"),
])
def test_name_variant_joins_two_spellings(actors_by_name, text, name, other):
    acts = actors_by_name(text)
    assert name in acts and other not in acts, list(acts)
    assert other in acts[name].aliases
    ev = _evidence(acts[name])
    assert ev and all(v.startswith(NAME_VARIANT) for v in ev.values()), acts[name].trace


@pytest.mark.parametrize("text, names", [
    ("Idres Kallamu met Musa Kalamu in Kessel on Monday to discuss the truce.", ["Idres Kallamu", "Musa Kalamu"]),
    ("Ali Hassan met Ala Hassan in Kessel on Monday to discuss the truce.", ["Ali Hassan", "Ala Hassan"]),
    ("Maria Lopez met Mario Lopez in Kessel on Monday to discuss the truce.", ["Maria Lopez", "Mario Lopez"]),
    ("The minister met Musa Kallamu and Idris Kallamu in Kessel. Kalamu said the talks went well.",
     ["Musa Kallamu", "Idris Kallamu"]),
])
def test_name_variant_near_misses_stay_apart(actors_by_name, text, names):
    acts = actors_by_name(text)
    for n in names:
        assert n in acts, list(acts)
        assert not any(v.startswith(NAME_VARIANT) for v in _evidence(acts[n]).values())


def test_name_match_scores_each_word_pair():
    nw = name_words()
    ev = name_match(["idres", "kalamu"], ["idris", "bello", "kallamu"], nw)
    assert ev is not None and [e.kind for e in ev] == ["vowel", "doubled"]
    assert name_match(["idres", "kalamu"], ["idris", "kalamu"], nw) is not None
    assert name_match(["idris", "kalamu"], ["idris", "kalamu"], nw) is None  # identical: the name steps' join
    assert name_match(["omar", "kalamu"], ["idris", "kallamu"], nw) is None  # another first name
    assert name_match(["idres", "kalomu"], ["idris", "kallamu"], nw) is None  # two vowel changes
    assert surname_match("kalamu", ["idris", "kallamu"], nw) is not None
    assert surname_match("kalomu", ["idris", "kalamu"], nw) is None  # a vowel alone is too weak
    assert name_match(["maria", "lopez"], ["mario", "lopez"], nw) is None  # a changed ending


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


CLASS = "actors.corefer.class_description"


@pytest.mark.parametrize("text, name, alias", [
    ("The Lorvian Coordinating Headquarters for Detainees said on Monday that 40 captives had been freed, "
     "the agency was quoted as saying.", "Lorvian Coordinating Headquarters for Detainees", "agency"),
    ("The Kestrel Players Association met league officials on Monday. The union said the talks had stalled.",
     "Kestrel Players Association", "union"),
    ("The Northern Cooperation Council sent an envoy to Kessel. The coalition's head, Tomas Kellner, met the rebels.",
     "Northern Cooperation Council", "coalition"),
])
def test_class_description_is_the_one_named_body_of_its_class(actors_by_name, text, name, alias):
    acts = actors_by_name(text)
    assert alias in acts[name].aliases, acts[name]
    assert any(v.startswith(CLASS) for v in _evidence(acts[name]).values()), acts[name].trace


@pytest.mark.parametrize("text", [
    # two bodies of the class: no single antecedent
    "The Lorvian Relief Agency met the Kessel Refugee Bureau on Monday; the agency said 40 people were freed.",
    # another body introduced indefinitely in between
    "The Kestrel Players Association met on Monday. A new union of drivers formed in Kessel. The union said it would strike.",
    # the description has its own complement: another agency
    "The Lorvian Coordinating Headquarters for Detainees met on Monday. The agency of the Ostrian army disagreed.",
])
def test_class_description_near_misses(actors_by_name, text):
    acts = actors_by_name(text)
    assert not any(v.startswith(CLASS) for a in acts.values() for v in _evidence(a).values()), \
        {a.name: a.trace for a in acts.values()}


def test_name_head_is_the_word_before_the_first_preposition():
    from backchannel.extract.actors.corefer import body_words, name_head
    preps = body_words().name_preps
    assert name_head("Joint Headquarters for Missing Persons", preps) == "headquarters"
    assert name_head("Northern Cooperation Council", preps) == "council"
