"""Session 36: with a captor never the antecedent of its captive's pronoun (resolve/captivity.py), "X freed
them" with no other antecedent still tells a release by X, its captives unnamed (matching: a captive pronoun
is a captive object, as a counted plural is). Invented sentences only."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, captor", [
    ("Forty pupils reached their village on Monday, a day after the Korvan militia freed them.", "korvan-militia"),
    ("The Kestrel Front seized a convoy in May and freed them in June.", "kestrel-front"),
    ("Tired and hungry, the sailors came ashore after Norland released them.", "norland"),
])
def test_an_unresolved_captive_pronoun_still_tells_the_release(analyze, text, captor):
    d = analyze(text)
    rel = [(i.source, i.target) for i in d.interactions if i.type == "release"]
    assert (captor, None) in rel, rel
    assert all(t != s for s, t in rel), rel  # the captor never frees itself


@pytest.mark.parametrize("text", [
    "The Kestrel Front freed the road of mines on Monday.",  # an object that is no captive
    "Norland freed it from the sanctions list.",  # "it" is no captive pronoun
])
def test_no_release_of_a_thing(analyze, text):
    assert not [i for i in analyze(text).interactions if i.type == "release"]
