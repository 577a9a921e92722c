"""Review s45 (second round) findings, pinned on invented sentences (s45-fix2).

Why: each rule merged in s45 read a construction too widely; these sentences say the same thing in the shape
the rule overreached on, and the act or actor the rule wrongly made must not come out.
"""

from __future__ import annotations

import pytest

TALKS = "Ostland and the Free Hill Front held talks in Vale on Monday. "


@pytest.mark.parametrize("text", [
    # the holder told in a by-phrase on the captives, or the freeing done by an agent (#6)
    TALKS + "Four Free Hill Front commanders held by Westmark were freed on Friday.",
    TALKS + "Four detained Free Hill Front commanders were freed by a Westmark court on Friday.",
    TALKS + "Six Front fighters jailed by the Kessel police were released by a judge.",
])
def test_side_members_with_a_told_holder_are_not_freed_by_the_other_side(named_acts, text: str) -> None:
    assert not [a for a in named_acts(text) if a[0] == "release" and a[1] == "Ostland"]


@pytest.mark.parametrize("text", [
    # the freed are the one captor's own men (#5)
    "The Free Hill Front has held Anna Berg since May. The Red Cross called for the release of Free Hill Front "
    "prisoners. Ostland and the Free Hill Front held talks in Vale.",
    # a holding clause the captor readers could not resolve (#5)
    "The Free Hill Front has held Anna Berg since May. Westmark demanded the freedom of the fishermen held in "
    "Kessel jails. Ostland and the Free Hill Front held talks in Vale.",
])
def test_an_aim_to_free_others_is_not_aimed_at_the_one_captor(named_acts, text: str) -> None:
    assert not [a for a in named_acts(text) if a[0] in ("demand", "negotiate", "pressure") and a[2] == "Free Hill Front"
                and a[1] != "Ostland"]


def test_an_aim_to_free_the_captors_hostages_still_reaches_it(named_acts) -> None:
    text = "The Free Hill Front has held Anna Berg since May. Westmark demanded the release of the hostages."
    assert [a for a in named_acts(text) if a[0] == "demand" and a[2] == "Free Hill Front"]


def test_a_captive_handed_on_is_not_freed_by_the_first_holder(analyze) -> None:
    # (#7) two captors in the report, so the report's one captor gives nothing either
    d = analyze(TALKS + "Westmark has held two Ostland fishermen since April. Anna Berg, held by the Free Hill "
                "Front since May, was handed over to Westmark in June. She was freed on Friday.")
    freed = [i for i in d.interactions if i.type == "release" and "Friday" in i.evidence.text]
    assert not [i for i in freed if i.source == "free-hill-front"], freed


@pytest.mark.parametrize("text", [
    # (#8) "it" after a thing: a plan's or a ship's ability or readiness is no party's
    "Ostland and the Free Hill Front held talks in Vale. Westmark drafted a new plan. Anna Berg said it was "
    "ready to free the hostages within a week.",
    "Ostland and the Free Hill Front held talks in Vale. Westmark sent a large ship to the port. Anna Berg said it "
    "was willing to free the trapped fishermen.",
    # (#8) an adjective of ability, not of will
    "Ostland and the Free Hill Front held talks in Vale. Westmark said it was able to free the hostages.",
])
def test_it_with_no_party_before_it_frees_no_one(named_acts, text: str) -> None:
    assert not [a for a in named_acts(text) if a[0] == "release" and a[1] == "Westmark"]


def test_it_after_a_party_is_the_party(named_acts) -> None:
    text = "Ostland and the Free Hill Front held talks in Vale. Westmark said it was prepared to free the nurses."
    assert [a for a in named_acts(text) if a[0] == "release" and a[1] == "Westmark"]
