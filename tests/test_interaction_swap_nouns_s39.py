"""A captive swap told by a noun that names its two sides (extract/interactions/swap_nouns.py; rule id
``interactions.swap_nouns.side_release``).

Every sentence is invented for these tests (real state names, invented events), with near-misses
on which the rule must not fire.
"""

from __future__ import annotations

import pytest

from interaction_helpers import find

SIDE_RELEASE = "interactions.swap_nouns.side_release"


@pytest.mark.parametrize("text", [
    "A long-delayed prisoner swap between Peru and Chile went ahead on Monday.",  # "between" on the noun
    "The Peru-Chile hostage exchange took place on Friday.",  # a hyphenated pair
    "Peru's prisoner swap with Chile was completed at the border.",  # possessor and "with"
    "The exchange of detainees between Peru and Chile ended the crisis.",  # "between" on the captives
])
def test_interaction_swap_nouns_side_release_each_side(acts_of, text):
    acts = acts_of(text)
    for source in ("peru", "chile"):
        i = find(acts, "release", source, None)
        assert i.rule == SIDE_RELEASE


def test_interaction_swap_nouns_side_release_frees_the_other_sides_captives(acts_of):
    acts = acts_of("Bolivia hosted the prisoner exchange between Peru and Chile, which freed four Chilean "
                   "prisoners.")
    i = find(acts, "release", "peru", "chilean-prisoners")
    assert i.rule == SIDE_RELEASE


@pytest.mark.parametrize("text", [
    "The land swap between Peru and Chile was signed.",  # no captives swapped
    "The exchanges between Lima and Santiago were tense.",  # words, not captives
    "A prisoner swap with Chile is under discussion.",  # one side only
    "Ecuador freed five Peruvian prisoners in a swap with Peru.",  # the verb tells the release
])
def test_interaction_swap_nouns_side_release_near_misses(acts_of, text):
    assert not [i for i in acts_of(text) if i.rule == SIDE_RELEASE]


def test_interaction_swap_nouns_side_release_support_verb_subject(acts_of):
    acts = acts_of("Peru and Chile carried out their largest prisoner swap on Monday.")
    assert {i.source for i in acts if i.rule == SIDE_RELEASE} == {"peru", "chile"}


def test_interaction_swap_nouns_side_release_no_since_date(acts_of):
    # a "since" date under a swap noun is a comparison's span, not the swap's date
    acts = [i for i in acts_of("Peru and Chile carried out the biggest hostage exchange since May 2022.")
            if i.rule == SIDE_RELEASE]
    assert acts and all(i.time is None for i in acts)
