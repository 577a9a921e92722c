"""A phrase for the two sides read from the pair told just before it, when the story has no
sides of its own (rule ``interactions.reciprocal.phrase_sides``, session 39).

Why: "both sides agreed", "the two countries agreed", "the two have agreed" took the story's
sides, and a story with no explicit talks between two parties has none, so the act was dropped.
The antecedent is local and evidence-bounded: the nearest sentence (the act's own, or at most
two before) that tells a pair, by an act between two named parties or by coordinating them, and
only when it tells exactly one. Invented sentences; real state names stand in for parties.
"""

from __future__ import annotations

from backchannel.pipeline import analyze_text


def acts(text: str) -> list[tuple[str, str | None, str | None]]:
    return sorted((i.type, i.source, i.target) for i in analyze_text(text).interactions
                  if i.type in ("agree", "meet", "negotiate", "attack"))


def traced(text: str) -> set[str]:
    return {v for i in analyze_text(text).interactions if isinstance(i.trace, dict) for v in i.trace.values()}


def test_the_two_countries_after_an_accusation() -> None:
    text = "Chile accused Peru of shelling a village. The two countries agreed to hold talks next week."
    assert ("agree", "chile", "peru") in acts(text)
    assert "interactions.reciprocal.phrase_sides" in traced(text)


def test_both_sides_after_a_coordinated_pair() -> None:
    got = acts("Chile and Peru have been at odds over fishing rights for years. Both sides agreed on Monday "
               "to meet in Quito.")
    assert ("agree", "chile", "peru") in got and ("meet", "chile", "peru") in got


def test_the_two_after_a_coordinated_pair() -> None:
    got = acts("Ecuador and Colombia have argued over the border for a decade. The two have also agreed to "
               "reopen their embassies.")
    assert got == [("agree", "ecuador", "colombia")]


def test_near_miss_two_pairs_in_the_nearest_sentence() -> None:
    assert acts("Chile and Peru disagree on fishing rights, while Bolivia and Ecuador urged calm. Both sides "
                "agreed on Monday to meet in Quito.") == []


def test_near_miss_pair_told_too_far_back() -> None:
    assert acts("Chile and Peru have been at odds over fishing rights for years. Fishermen protested. Prices "
                "rose. Boats stayed home. Both sides agreed on Monday to meet in Quito.") == []


def test_near_miss_one_party_is_no_pair() -> None:
    assert acts("Chile sent troops to the border on Sunday. The two sides clashed near the river.") == []


def test_the_story_sides_win_where_the_story_has_them() -> None:
    got = acts("Chile and Peru held talks in Quito. Bolivia accused Ecuador of spying. Both sides agreed to "
               "meet again in May.")
    assert ("agree", "chile", "peru") in got and ("agree", "bolivia", "ecuador") not in got
