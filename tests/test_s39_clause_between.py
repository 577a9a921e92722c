"""Reciprocal acts whose two parties stand in the clause's between-phrase, not on the act noun
(rule ``interactions.reciprocal.clause_between``, session 39).

Why: "fighting broke out between A and B" and "talks were held between A and B" hang the
between-phrase on the verb; the act noun named no party and the act was dropped. Invented
sentences; real state names stand in for parties, as elsewhere.
"""

from __future__ import annotations

from backchannel.pipeline import analyze_text


TYPES = ("attack", "negotiate", "meet", "agree")


def acts(text: str, types: tuple[str, ...] = TYPES) -> list[tuple[str, str | None, str | None]]:
    return sorted((i.type, i.source, i.target) for i in analyze_text(text).interactions if i.type in types)


def test_fighting_broke_out_between() -> None:
    got = acts("Fighting broke out between Chile and Peru in September.")
    assert ("attack", "chile", "peru") in got and ("attack", "peru", "chile") in got


def test_clashes_erupted_between() -> None:
    got = acts("Heavy clashes erupted on Monday between Ecuador and Colombia near the border post.")
    assert ("attack", "ecuador", "colombia") in got and ("attack", "colombia", "ecuador") in got


def test_talks_resumed_between() -> None:
    assert acts("Talks resumed between Chile and Peru on Monday.") == [("negotiate", "chile", "peru")]


def test_talks_took_place_between() -> None:
    assert acts("Negotiations took place between Bolivia and Paraguay last week in a hotel.") == [
        ("negotiate", "bolivia", "paraguay")]


def test_a_round_of_talks_was_held_between() -> None:
    assert acts("A new round of talks was held between Chile and Peru in Quito.") == [("negotiate", "chile", "peru")]


def test_near_miss_between_belongs_to_another_verb() -> None:
    # the between-phrase is the shuttling's: the mediator's parties, not a clause the talks are subject of
    got = acts("Talks resumed on Monday after Bolivia shuttled between Chile and Peru.", ("attack",))
    assert got == []


def test_near_miss_verb_with_its_own_object() -> None:
    # "produced a truce between A and B": the between-phrase is the truce's, not the talks'
    got = acts("The talks produced a lasting truce between Chile and Peru.", ("negotiate",))
    assert got == []


def test_near_miss_places_are_no_parties() -> None:
    assert acts("Fighting broke out between the two villages in May.") == []


def test_near_miss_verb_of_motion_names_places() -> None:
    # review (s39): only a verb of occurring lends its between-phrase; "moved between" two capitals names places
    assert acts("The talks moved between Santiago and Lima last week.", ("negotiate",)) == []
    assert acts("The negotiations shifted between Bolivia and Paraguay over the summer.", ("negotiate",)) == []
