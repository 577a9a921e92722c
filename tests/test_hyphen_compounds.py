"""A closed compound written with a hyphen is one word ("cease-fire", "go-between"), so the frames
and word lists that know "ceasefire" meet it; two words joined by a hyphen ("Peru-Chile talks",
"a Qatari-brokered truce") stay two. Sentences are invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, word, lemma", [
    ("Both sides signed a cease-fire on Monday.", "cease-fire", "ceasefire"),
    ("The cease-fires held for a week.", "cease-fires", "ceasefire"),
    ("A Swiss go-between carried the letters.", "go-between", "go-between"),
    ("Two peace-keepers were freed on Friday.", "peace-keepers", "peacekeeper"),
])
def test_a_hyphenated_closed_compound_is_one_token(nlp, text, word, lemma):
    doc = nlp(text)
    tok = next((t for t in doc if t.text == word), None)
    assert tok is not None, [t.text for t in doc]
    assert tok.lemma_ == lemma


@pytest.mark.parametrize("text", ["Peru-Chile talks resumed on Monday.", "They signed a Qatari-brokered truce.",
                                  "It was a long-awaited deal."])
def test_two_words_joined_by_a_hyphen_stay_two(nlp, text):
    assert "-" in [t.text for t in nlp(text)]


def test_a_hyphenated_ceasefire_is_an_agreement(acts_of):
    acts = [(i.type, i.source, i.target) for i in acts_of("Peru and Chile signed a cease-fire on Monday.")]
    assert ("agree", "peru", "chile") in acts, acts


def test_a_hyphenated_go_between_mediates(acts_of):
    acts = [(i.type, i.source, i.target) for i in acts_of("Qatar acted as a go-between for Peru and Chile.")]
    assert ("mediate", "qatar", "peru") in acts and ("mediate", "qatar", "chile") in acts, acts


def test_hyphen_pairs_still_name_both_sides(acts_of):
    acts = [(i.type, i.source, i.target) for i in acts_of("Peru-Chile talks resumed in Quito on Monday.")]
    assert ("negotiate", "peru", "chile") in acts, acts
