"""Plural anaphors of the story's two sides, session 47 (issue 12).

Why: a phrase that asks for two states ("both countries", "the two nations") took whatever pair
the story's sides came out as, two persons or a captive and the family that met him included
(rule ``interactions.reciprocal.pair_kind``); and the phrasal verbs of censure "lash out at" / "hit
out at" a party were no accusation, so "both sides lashed out at each other" was lost
(``interactions.frames.accuse.lash`` / ``.hit``). Invented sentences; real state names stand in
for parties (the actor stage knows them as states).
"""

from __future__ import annotations

from backchannel.pipeline import analyze_text


def acts(text: str, kind: str) -> list[tuple[str, str | None, str | None]]:
    return sorted((i.type, i.source, i.target) for i in analyze_text(text).interactions if i.type == kind)


def traced(text: str) -> set[str]:
    return {v for i in analyze_text(text).interactions if isinstance(i.trace, dict) for v in i.trace.values()}


def test_both_countries_after_talks_of_two_persons_are_their_states() -> None:
    text = ("Anna Berg, a Chilean diplomat, held talks with Peter Holm, a Peruvian envoy, in Lima on Monday. "
            "Both countries agreed to reopen their embassies.")
    assert acts(text, "agree") == [("agree", "chile", "peru")]
    assert "interactions.reciprocal.pair_kind" in traced(text)


def test_the_two_countries_skip_a_captive_and_his_family() -> None:
    text = ("Anna Berg, a Chilean captive, was met by her family at the airport. Chile and Peru had swapped "
            "prisoners on Monday. The two countries agreed to reopen their embassies.")
    assert acts(text, "agree") == [("agree", "chile", "peru")]


def test_near_miss_two_leaders_stay_persons() -> None:
    got = acts("Anna Berg and Peter Holm held talks in Lima on Monday. The two leaders agreed to meet again.",
               "agree")
    assert got == [("agree", "anna-berg", "peter-holm")]


def test_near_miss_states_of_the_story_stay() -> None:
    text = "Chile and Peru held talks in Lima on Monday. The two countries agreed to reopen their embassies."
    assert acts(text, "agree") == [("agree", "chile", "peru")]
    assert "interactions.reciprocal.pair_kind" not in traced(text)


def test_near_miss_one_state_named_makes_no_pair_of_states() -> None:
    got = acts("Anna Berg, a Chilean captive, was met by her family at the airport. Chile freed two fishermen "
               "on Monday. The two countries agreed to reopen their embassies.", "agree")
    assert ("agree", "chile", "peru") not in got and not any("chile" in a and "peru" in a for a in got)


def test_both_sides_lashed_out_at_each_other() -> None:
    got = acts("Chile and Peru held talks in Lima on Monday. Both sides lashed out at each other over the "
               "collapse of the talks.", "accuse")
    assert got == [("accuse", "chile", "peru"), ("accuse", "peru", "chile")]


def test_a_named_party_hit_out_at_another() -> None:
    text = ("Chile and Peru held talks in Lima on Monday. The Chilean president hit out at Peru on Tuesday "
            "for delaying the next round.")
    assert any(t == "peru" for _, _, t in acts(text, "accuse"))


def test_near_miss_lashing_out_at_a_decision_or_a_player() -> None:
    assert acts("Chile and Peru held talks in Lima on Monday. Chile lashed out at the decision on Tuesday.",
                "accuse") == []
    assert acts("Chile and Peru held talks in Lima on Monday. The striker hit out at the referee.", "accuse") == []


def test_near_miss_both_sides_of_the_border() -> None:
    assert acts("Chile and Peru held talks in Lima on Monday. Troops on both sides of the border lashed out "
                "at the heat.", "accuse") == []
