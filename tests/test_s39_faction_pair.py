""""The two factions", "both factions", "the two warring factions" stand for the story's two
sides as "the two sides" does (``pair_words`` in data/frames.toml, session 39).

Why: a civil conflict's sides are often told as factions ("the country's two warring factions
signed a truce"); the possessor alone ("the country's") took the act, a party of one side.
Invented sentences and names.
"""

from __future__ import annotations

from backchannel.pipeline import analyze_text


def acts(text: str) -> list[tuple[str, str | None, str | None]]:
    return sorted((i.type, i.source, i.target) for i in analyze_text(text).interactions
                  if i.type in ("agree", "meet", "negotiate"))


def test_the_two_factions_after_talks() -> None:
    assert ("agree", "chile", "peru") in acts("Chile and Peru held talks in May. The two factions signed a truce on "
                                              "Friday.")


def test_a_country_s_two_warring_factions() -> None:
    got = acts("Peru's two warring factions signed a truce on Friday after talks between the Lima Front and the "
               "Andean Army.")
    assert ("agree", "lima-front", "andean-army") in got and not any(a[1] == "peru" for a in got)


def test_both_factions_met() -> None:
    got = acts("The Lima Front and the Andean Army held talks in Quito. Both factions met again on Sunday.")
    assert ("meet", "lima-front", "andean-army") in got


def test_near_miss_factions_of_one_body() -> None:
    # two factions inside one party are no two sides of the story
    assert acts("Two factions of the Lima Front met on Friday.") == []
