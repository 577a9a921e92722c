"""A symmetric act that names no party at all ("the talks will focus on pay", "negotiations began",
"discussions were held") in a story with no sides of its own takes the pair its own sentence tells,
as "both sides" takes a pair told nearby (rule ``interactions.reciprocal.partyless_sides``, session
41): exactly one pair (two parties as one act's ends, or coordinated). Two pairs, three parties, none,
or a pair told only in a sentence before: no act. Its parties are inferred.

Invented sentences with invented parties (Ostland, the Westland Liberation Front, Norway, Lorvia).
"""

from __future__ import annotations

from backchannel.pipeline import analyze_text

PAIR = ("ostland", "westland-liberation-front")


def acts(text: str) -> list[tuple[str, str | None, str | None, set[str]]]:
    return [(i.type, i.source, i.target, set(i.trace.values()) if isinstance(i.trace, dict) else set())
            for i in analyze_text(text).interactions if i.type in ("agree", "negotiate", "meet")]


def test_talks_after_an_act_between_the_two() -> None:
    got = acts("Talks resumed in Bergen on Monday, a week after Ostland accused the Westland Liberation Front "
               "of shelling a village.")
    assert [(t, s, o) for t, s, o, _ in got] == [("negotiate", *PAIR)]
    assert "interactions.reciprocal.partyless_sides" in got[0][3]


def test_talks_despite_an_act_between_the_two() -> None:
    got = acts("Peace talks will go ahead in Oslo this weekend despite fears that Ostland sent troops to "
               "attack the Westland Liberation Front last month.")
    assert ("negotiate", *PAIR) in [(t, s, o) for t, s, o, _ in got]


def test_pair_of_a_sentence_before_is_not_taken() -> None:
    assert acts("Ostland and the Westland Liberation Front resumed contacts last week. Talks resumed "
                "on Tuesday.") == []
    got = acts("Ostland accused the Westland Liberation Front of shelling a village. The talks will focus on "
               "prisoners, an official said.")
    assert ("negotiate", *PAIR) not in [(t, s, o) for t, s, o, _ in got]


def test_same_sentence_coordination() -> None:
    got = acts("Ostland and the Westland Liberation Front are at odds over the border, but negotiations on "
               "two crossings began on Friday.")
    assert ("negotiate", *PAIR) in [(t, s, o) for t, s, o, _ in got]


def test_three_parties_no_act() -> None:
    assert acts("Ostland, Norway and the Westland Liberation Front issued a statement. The talks will focus "
                "on prisoners.") == []


def test_no_pair_no_act() -> None:
    assert acts("Ostland's parliament met on Monday. Talks resumed on Tuesday.") == []


def test_pair_too_far_back_no_act() -> None:
    text = ("Ostland and the Westland Liberation Front resumed contacts last week. The weather was cold. "
            "Schools stayed shut. Markets were quiet. Talks resumed on Tuesday.")
    assert acts(text) == []


def test_sides_of_the_border_are_no_pair() -> None:
    assert acts("Villages on both sides of the border were shelled. Talks resumed on Tuesday.") == []


def test_one_named_party_is_not_partyless() -> None:
    # "talks with Lorvia": one party named; the pair told before is not filled in for it
    got = acts("Ostland and the Westland Liberation Front resumed contacts last week. Norway held talks "
               "with Lorvia on Tuesday.")
    assert all(PAIR != (s, o) for t, s, o, _ in got if t == "negotiate")


def test_co_subjects_of_a_one_way_act_are_no_pair() -> None:
    # Lorvia and Norway attack the negotiation together: one side of that act, not the two sides of the talks
    got = acts("The rounds will take place monthly, and Lorvia and Norway harshly attack the negotiation.")
    assert [g for g in got if g[0] == "negotiate"] == []
