"""Session 36 (inter): the swap a release is told in, on invented sentences.

Why: a release told in a swap with a named party ("freed in a swap with X", "a swap with X that
freed A for B") was left with no source; the partner held the captives. "freed A for B" in a swap
frees B too, "in return for B" is a trade like "in exchange for B", and a trade for a thing (maps,
money) frees nobody else.
"""

from __future__ import annotations

import pytest

SIDES = "Chile and Peru held talks in May. "


def _partner(i) -> bool:
    return isinstance(i.trace, dict) and i.trace.get("source") == "interactions.swaps.partner_release"


def _releases(acts: list) -> list[tuple[str | None, str | None, str]]:
    return [(i.source, i.target, i.rule) for i in acts if i.type == "release"]


@pytest.mark.parametrize("text", [
    "Five Chilean engineers were freed in a swap with Peru on Monday.",
    "The Chilean reporter Ana Berg was released in a prisoner exchange with Peru on Monday.",
    "President Karl Lund has approved a prisoner swap with Peru that freed seven Chileans for two Peruvians.",
    "Five prisoners sought by Chile in a swap with Peru were freed Monday.",
    "Five Chilean sailors freed in last week's prisoner-swap deal with Peru reached Lima.",
    "Three Chilean sailors were released on Friday as part of an exchange with Peru.",
])
def test_the_swap_partner_frees_the_captives(acts_of, text):
    acts = acts_of(SIDES + text)
    rel = [i for i in acts if i.type == "release" and i.source == "peru"]
    assert rel and _partner(rel[0]), _releases(acts)
    assert "source" in rel[0].inferred


@pytest.mark.parametrize("text", [
    "Five Peruvians were freed in a swap with Peru on Monday.",  # Peru's own people come home
    "Chile freed five Peruvian fishermen in a swap with Peru.",  # the subject frees them
    "Five Chilean engineers were freed on Monday after talks with Peru.",  # no swap
    "Five Chilean engineers were freed in a raid with Peru's help.",  # no swap noun
])
def test_no_partner_release_without_a_swap_partner_holding_them(acts_of, text):
    acts = acts_of(SIDES + text)
    assert not [i for i in acts if i.type == "release" and _partner(i)], _releases(acts)


def test_freed_a_for_b_in_a_swap_frees_b_by_the_other_side(acts_of):
    acts = acts_of(SIDES + "President Karl Lund has approved a prisoner swap with Peru that freed seven Chileans "
                          "for two Peruvians.")
    traded = [i for i in acts if i.rule == "interactions.swaps.traded_for"]
    assert traded and traded[0].source == "chile", _releases(acts)


@pytest.mark.parametrize("text", [
    "The rebels freed two Chilean engineers for humanitarian reasons.",
    "Peru freed two Chilean engineers for the second time this year.",
])
def test_a_bare_for_outside_a_swap_frees_nobody_else(acts_of, text):
    acts = acts_of(SIDES + text)
    assert len([i for i in acts if i.type == "release"]) == 1, _releases(acts)


@pytest.mark.parametrize("text", [
    "The rebels released two Chilean engineers in return for 250 Peruvian nationals held in Bolivia.",
    "The rebels released two Chilean engineers in exchange for 40 prisoners held by Peru.",
    "Peru freed the Chilean pilot Ana Berg in return for three detained fishermen.",
])
def test_a_trade_for_people_frees_them_too(acts_of, text):
    acts = acts_of(SIDES + text)
    assert [i for i in acts if i.rule == "interactions.build.exchange_other_release"], _releases(acts)


@pytest.mark.parametrize("text", [
    "Peru handed over to Chile 15 detained Chileans in exchange for the maps of the minefields.",
    "The rebels released two Chilean engineers in return for the money.",
    "Peru freed the Chilean pilot Ana Berg in exchange for fuel and medicine.",
])
def test_a_trade_for_a_thing_frees_nobody_else(acts_of, text):
    acts = acts_of(SIDES + text)
    assert not [i for i in acts if i.rule == "interactions.build.exchange_other_release"], _releases(acts)
