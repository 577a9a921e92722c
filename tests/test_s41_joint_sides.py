"""Two parties written as one coordinated subject (review s41 #5, #6): the joint verbs ("X and Y
discussed the border", interactions.joint_subject.coordinated_subject) and the needs_two verb frames
("X and Y jointly decided to ...", interactions.frames.agree.decide) tell of an act between the two only
when the subject is one joint "and" list, with no distributive word ("separately", "each"), and when the
two are not one side (a state's president and its prime minister, a leader and "her deputy").
Invented sentences and names.
"""

from __future__ import annotations

import pytest

from backchannel.pipeline import analyze_text

JOINT = "interactions.joint_subject.coordinated_subject"
DECIDE = "interactions.frames.agree."  # .decide, .resolve: the needs_two verb frame


def acts(text: str) -> list[tuple[str, str | None, str | None, str, str | None]]:
    return [(i.type, i.source, i.target, i.rule, i.trace.get("target") if isinstance(i.trace, dict) else None)
            for i in analyze_text(text).interactions]


def test_joint_discussion_comes_from_the_coordination_rule() -> None:
    for text in ("Norland and Ostrava discussed the border dispute on Monday.",
                 "Norland and Pell will discuss a prisoner exchange."):
        got = acts(text)
        assert any(a[0] == "negotiate" and a[4] == JOINT for a in got), got


def test_joint_decision_is_an_agreement() -> None:
    for text in ("Norland and Ostrava jointly decided to freeze troop movements.",
                 "Norland and Ostrava resolved to reopen the crossings."):
        got = acts(text)
        assert any(a[:3] == ("agree", "norland", "ostrava") and a[3].startswith(DECIDE) for a in got), got


@pytest.mark.parametrize("text", [
    "Norland and Pell discussed the plan separately on Monday.",
    "Norland and Pell each discussed the plan on Monday.",
    "Norland or Pell will discuss the plan next week.",
])
def test_near_miss_no_joint_discussion(text: str) -> None:
    assert not [a for a in acts(text) if a[0] == "negotiate"]


@pytest.mark.parametrize("text", [
    "Norland and Pell separately decided to close their embassies.",
    "Norland and Pell each decided to reopen the crossings.",
    "Norland or Pell will decide to close the embassies.",
])
def test_near_miss_no_joint_decision(text: str) -> None:
    assert not [a for a in acts(text) if a[0] == "agree"]


@pytest.mark.parametrize("text", [
    "Norland President Ana Varga and Prime Minister Tomas Brel decided to raise fuel taxes.",
    "Norland President Ana Varga and her deputy Tomas Brel discussed the budget on Monday.",
    "Pell signed a truce with Norland. Pell and its army discussed the plan on Monday.",
    "Pell President Ana Varga and Pell Prime Minister Tomas Brel discussed the budget.",
    "Norland Foreign Minister Ana Varga and her deputy Tomas Brel discussed the plan.",
])
def test_near_miss_one_side_is_no_pair(text: str) -> None:
    assert not [a for a in acts(text) if a[0] in ("agree", "negotiate") and a[2] is not None
                and a[3] != "interactions.frames.agree.sign_verb_obj_accord"]


@pytest.mark.parametrize("text, pair", [
    ("Norland's Ana Varga and Pell's Tomas Brel discussed the border on Monday.", ("ana-varga", "tomas-brel")),
    ("Ana Varga and her Pell counterpart Tomas Brel discussed the border on Monday.", ("ana-varga", "tomas-brel")),
    ("Norland President Ana Varga and Tomas Brel, the leader of Pell, discussed the border on Monday.",
     ("ana-varga", "tomas-brel")),
    ("Pell signed a truce with Norland. Norland and Pell's army discussed the border on Monday.",
     ("norland", "pell-army")),
])
def test_two_sides_keep_the_pair(text: str, pair: tuple[str, str]) -> None:
    assert any(a[0] == "negotiate" and a[1:3] == pair for a in acts(text)), acts(text)
