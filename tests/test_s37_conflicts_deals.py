"""Session 37 (inter2): a conflict noun that pits two sides against each other is a mutual attack
(interactions.frames.attack.pit, conflict_sides.py); a deal a third party brokers or secures is an
agreement of the sides only when they are named (interactions.frames.agree.deal_noun_gov_arrange).
Invented sentences; the near-misses are the constructions the rules must leave alone."""

from __future__ import annotations

import pytest


def attacks(named_acts, text: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for ty, s, t, _ in named_acts(text) if ty == "attack"}


@pytest.mark.parametrize("text", [
    "The war pitted Chile against Peru for a decade.",
    "Thousands have died in the war, which pits the Brava Front against the government of Peru.",
    "The border standoff pitted Chile against Peru for months.",
])
def test_conflict_pits_both_ways(named_acts, text):
    got = attacks(named_acts, text)
    assert len(got) == 2 and {(t, s) for s, t in got} == got  # one act each way


def test_pit_relative_on_place_and_low_against(named_acts):
    """The relative hangs from the place after the noun, "against" from a participle of A's phrase."""
    got = attacks(named_acts, "Over 5,000 people have died in the fighting in Peru, which pits a Chilean-led "
                              "coalition of Andean states backing the government against the Brava Front.")
    assert ("Chilean-led coalition", "Brava Front") in got and ("Brava Front", "Chilean-led coalition") in got


def test_pit_negation_and_time_kept(acts_of, analyze):
    acts = [i for i in acts_of("The fighting has not pitted Chile against Peru.") if i.type == "attack"]
    assert len(acts) == 2 and all(i.negated for i in acts)
    acts = [i for i in analyze("The civil war pitted the Brava Front against Chile until 2019.").interactions
            if i.type == "attack"]
    assert len(acts) == 2 and all(i.time is not None for i in acts)
    assert {i.rule for i in acts} >= {"interactions.frames.attack.pit"}


@pytest.mark.parametrize("text", [
    "The election pits Mira Holt against Jonas Berg.",
    "The final pits Chile against Peru on Sunday.",
    "The dispute pitted Chile against Peru.",
])
def test_pit_without_conflict_noun_is_no_attack(named_acts, text):
    assert not attacks(named_acts, text)


def agrees(named_acts, text: str) -> list[tuple[str | None, str | None]]:
    return [(s, t) for ty, s, t, _ in named_acts(text) if ty == "agree"]


@pytest.mark.parametrize("text", [
    "Oman brokered the deal that allowed the transfer of funds to Peru.",
    "Mira Holt said that she and her fellow envoys had at last brokered a deal.",
    "A go-between helped secure the agreement to release the engineer.",
    "Five engineers, freed under a swap deal with Peru, reached Chile.",
])
def test_brokered_deal_without_sides_is_no_agreement(named_acts, text):
    assert not agrees(named_acts, text)


@pytest.mark.parametrize("text", [
    "The deal between Chile and Peru was brokered by Oman.",
    "Oman brokered a truce between Chile and Peru on Monday.",
    "Chile and Peru reached a deal brokered by Oman.",
    "Chile and Peru signed a deal on Monday.",
])
def test_deal_of_named_sides_stays(named_acts, text):
    assert agrees(named_acts, text) == [("Chile", "Peru")]


def releases(acts_of, text: str) -> list:
    return [i for i in acts_of(text) if i.type == "release"]


@pytest.mark.parametrize("text,groups", [
    ("Peru did not release the engineers on Monday, along with two nurses.", 2),
    ("The engineers were released by Peru on Friday, along with three other engineers.", 2),
    # a bare part listed after "including" is no party of its own (actors.listed_parts, s41: the read golds list
    # no such part; 6 false actors out in 4 reports, no gold actor lost): its release is the whole's
    ("Peru will release 36 prisoners, including 12 engineers, in exchange for a banker.", 1),
    ("Peru freed three engineers and two nurses on Friday.", 2),
    ("The Brava Front released five engineers, as well as two nurses, on Friday.", 2),
])
def test_joined_captive_groups_each_released(acts_of, text, groups):
    rel = releases(acts_of, text)
    assert len({i.target for i in rel}) == groups
    assert len({(i.source, i.negated, i.modality, i.time.value if i.time else None) for i in rel}) == 1


def test_joined_release_keeps_negation_and_rule(acts_of):
    rel = releases(acts_of, "Peru did not release the engineers on Monday, along with two nurses.")
    joined = [i for i in rel if i.rule == "interactions.captives.joined_release"]
    assert joined and all(i.negated and i.time is not None for i in joined)


@pytest.mark.parametrize("text", [
    "Peru released the engineers along with a statement.",
    "Chile, along with Peru, released the engineers.",
    "Peru released the engineers, including their leader.",
])
def test_no_joined_group_without_a_joined_plural_captive(acts_of, text):
    assert len({i.target for i in releases(acts_of, text)}) == 1


def test_joined_group_with_its_own_releaser_is_not_joined(named_acts):
    acts = named_acts("The Brava Front freed three engineers on Sunday, along with 90 fighters released by Peru.")
    by_front = {t for ty, s, t, _ in acts if ty == "release" and s == "Brava Front"}
    assert by_front == {"engineers"}


def test_joined_group_is_its_own_captive_group(analyze):
    d = analyze("The engineers were released by Peru on Friday, along with three other engineers.")
    names = {a.name for a in d.actors}
    assert {"engineers", "other engineers"} <= names
