"""The story's sides read from its captives, and the implicit parties they fill (invented texts).

Rules: interactions.custody.held_by, interactions.story_sides.custody_sides / captive_states /
one_side_pair / one_side_parties, interactions.expand.captive_holder (named captives),
interactions.implicit.released_from (custody noun of a state).
"""

from __future__ import annotations

import pytest


def ends(found: list[tuple[str, str | None, str | None, str | None]], kind: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for k, s, t, _ in found if k == kind}


# --- custody: the holder of a captive frees it (HELD_BY) ---------------------------------

@pytest.mark.parametrize("text, holder, captive", [
    # an apposition with a captor participle, the release a noun with no releaser
    ("The Chilean foreign ministry secured the release of Ola Brandt, a Chilean engineer arrested in Peru "
     "in 2021, on Monday. Peru declined to comment.", "Peru", "Ola Brandt"),
    # the custody told in its own sentence (passive, a state as the place), the release later
    ("Ola Brandt was detained in Peru in 2019. Peru declined to comment. Chile welcomed the release of Ola Brandt on Friday.",
     "Peru", "Ola Brandt"),
    # a "by" agent under another verb: a state
    ("Ola Brandt, previously designated as wrongfully detained by Peru, returned to Chile. "
     "Chile thanked its diplomats for the release of Ola Brandt.", "Peru", "Ola Brandt"),
    # an active taking verb
    ("Peru jailed Ola Brandt in 2020. The release of Ola Brandt was announced by Chile on Monday.",
     "Peru", "Ola Brandt"),
    # a custody noun of a state the captive is freed from (RELEASED_FROM)
    ("Chile secured the release of Ola Brandt from a Peruvian prison on Monday. Peru declined to comment.",
     "Peru", "Ola Brandt"),
    # a relative clause with a "by" agent, a passive release
    ("Mira Solberg, who had been abducted by the Sarvan Liberation Front in May, was freed on Friday "
     "after talks with Chile.", "Sarvan Liberation Front", "Mira Solberg"),
    # coming home from a state after custody (a relative clause on the captive's apposition)
    ("The Vatican helped secure the release of Ola Brandt, an engineer who returned from Peru on Wednesday "
     "after five years' imprisonment. Peru declined to comment.", "Peru", "Ola Brandt"),
    ("Ola Brandt came back from Peru after two years in captivity. Peru declined to comment. Chile welcomed "
     "the release of Ola Brandt.", "Peru", "Ola Brandt"),
    # a stay in a state's custody, a prison term served in a state
    ("Ola Brandt, who had spent two years in a Peruvian jail, was freed on Monday. Peru declined to comment.",
     "Peru", "Ola Brandt"),
    ("Ola Brandt, a Chilean engineer, had been serving a ten-year sentence in Peru. Chile welcomed the release "
     "of Ola Brandt on Monday. Peru declined to comment.", "Peru", "Ola Brandt"),
])
def test_held_by_frees(named_acts, text: str, holder: str, captive: str) -> None:
    assert (holder, captive) in ends(named_acts(text), "release")


def test_named_releaser_is_kept(named_acts) -> None:
    """Near-miss: the release names its agent; custody elsewhere does not replace it."""
    found = named_acts("Ola Brandt, a Chilean engineer arrested in Peru in 2021, was freed by the Sarvan Liberation "
                       "Front on Monday.")
    assert ("Sarvan Liberation Front", "Ola Brandt") in ends(found, "release")
    assert ("Peru", "Ola Brandt") not in ends(found, "release")


def test_homecoming_after_talks_is_no_custody(named_acts) -> None:
    """Near-miss: coming back from a state after talks (not after custody) names no holder."""
    found = named_acts("Ola Brandt returned from Peru after two weeks of talks. Peru declined to comment. Chile "
                       "welcomed the release of Mira Solberg.")
    assert ("Peru", "Ola Brandt") not in ends(found, "release")
    assert ("Peru", "Mira Solberg") not in ends(found, "release")


def test_a_stay_in_a_state_is_no_custody(named_acts) -> None:
    """Near-miss: time spent in a state (no jail, no sentence) names no holder."""
    found = named_acts("Ola Brandt spent two years in Peru. Chile welcomed the release of Ola Brandt on Monday. "
                       "Peru declined to comment.")
    assert ("Peru", "Ola Brandt") not in ends(found, "release")


def test_venue_only_state_is_no_holder(named_acts) -> None:
    """Near-miss: a state named only as the place of detention is no actor of the report: no
    releaser is made up (the holder must be a party the report names)."""
    found = named_acts("Ola Brandt was detained in Peru in 2019. Chile welcomed the release of Ola Brandt on Friday.")
    assert ends(found, "release") == {(None, "Ola Brandt")}


def test_unknown_custody_guesses_nothing(named_acts) -> None:
    """Near-miss: a captive whose custody the report never places: no releaser is made up."""
    found = named_acts("Chile secured the release of Ola Brandt, an engineer, on Monday after months of effort.")
    assert all(s is None for s, t in ends(found, "release") if t == "Ola Brandt")


def test_two_captors_each_frees_its_own(named_acts) -> None:
    """Two captives held by two different captors: each release is by its own holder, and the two
    holders make no pair of story sides (the custody of each is its own)."""
    found = named_acts("Ola Brandt, a Chilean engineer, was arrested in Peru in 2021. Peru declined to comment. Mira Solberg, a Chilean nurse, "
                       "was abducted by the Sarvan Liberation Front in 2022. The release of Ola Brandt was announced "
                       "on Monday. The release of Mira Solberg came a week later.")
    rel = ends(found, "release")
    assert ("Peru", "Ola Brandt") in rel
    assert ("Sarvan Liberation Front", "Mira Solberg") in rel


# --- the story's sides from custody, and the one side's group (ONE_SIDE_PARTIES) -------

def test_one_side_group_negotiates_with_the_holder(named_acts) -> None:
    """No explicit talks: the captive's state and its holder are the sides; the president, her
    envoy and her advisers negotiated with the holder, each of them, the group first."""
    found = named_acts("Chile secured the release of Ola Brandt, a Chilean engineer arrested in Peru in 2021. "
                       "Peru declined to comment. Chile's President Lena Dahl, Chilean envoy Ivo Hansen and the "
                       "president's advisers negotiated an exchange, the ministry said.")
    neg = ends(found, "negotiate")
    assert ("Lena Dahl", "Peru") in neg
    assert ("president's advisers", "Peru") in neg
    assert ("Peru", "Ola Brandt") in ends(found, "release")


def test_passive_agents_of_one_side(named_acts) -> None:
    """The passive shape: "the deal was negotiated by A and B", A and B of one state."""
    found = named_acts("Ola Brandt, a Chilean engineer jailed in Peru, was freed on Tuesday. Peru declined to comment. The deal was negotiated "
                       "by Chile's foreign minister Lena Dahl and Chile's ambassador Ivo Hansen.")
    neg = ends(found, "negotiate")
    assert ("Lena Dahl", "Ivo Hansen") not in neg and ("Ivo Hansen", "Lena Dahl") not in neg


def test_two_sides_named_are_not_regrouped(named_acts) -> None:
    """Near-miss: a coordinated subject of two states' people negotiated with each other."""
    found = named_acts("Chile's foreign minister Lena Dahl and Peru's foreign minister Ivo Hansen negotiated the deal "
                       "in Lima on Monday.")
    neg = ends(found, "negotiate")
    assert [t for s, t in neg if s == "Lena Dahl"] and all(t is not None for s, t in neg if s == "Lena Dahl")


def test_meeting_of_one_side_is_kept(named_acts) -> None:
    """Near-miss: a president meeting her own envoy is a meeting (meet is no group act)."""
    found = named_acts("Ola Brandt, a Chilean engineer jailed in Peru, was freed on Tuesday. Peru declined to comment. "
                       "Chile's President Lena "
                       "Dahl met her envoy Ivo Hansen in Santiago on Wednesday.")
    assert ("Peru", "Ola Brandt") in ends(found, "release")
    assert not any(t == "Peru" for s, t in ends(found, "meet") if s == "Lena Dahl")


def test_three_states_keep_the_custody_sides(named_acts) -> None:
    """A report naming a third state: the sides stay the captive's state and its holder."""
    found = named_acts("Ola Brandt, a Chilean engineer jailed in Peru, was released on Tuesday and taken to Santiago "
                       "via Brazil. Peru declined to comment. Chile's President Lena Dahl and Chilean envoy Ivo Hansen "
                       "negotiated the exchange.")
    neg = ends(found, "negotiate")
    assert ("Ivo Hansen", "Peru") in neg
    assert not any("Brazil" in (s, t) for s, t in neg)


def test_named_captive_of_a_side_is_freed_by_the_other(named_acts) -> None:
    """CAPTIVE_STATES and CAPTIVE_HOLDER for a named captive: two states' nationals freed in an
    exchange are the sides; the Chilean teacher is freed by Peru."""
    found = named_acts("Peru announced that a Peruvian national was released in exchange for Chilean teacher Ola "
                       "Brandt. Chile's foreign minister welcomed the release of Ola Brandt.")
    assert ("Peru", "Ola Brandt") in ends(found, "release")


# --- "in a deal with X": one side's deal with X, the other side the story's ---------------

# Since session 33 a nationality before a private person's noun ("a Chilean engineer") makes no state actor alone
# (``private_heads``, as "a Chilean journalist" had since session 28: measured on the gold, which keeps no state
# for such a mention, and gives a captive no affiliation); the story's other side was read from the captive's side,
# so a deal with one side and a captive known only by nationality now names one party. Reading the captive's
# nationality as the story's latent side is not built: these shapes are xfail (strict: they report a fix).
@pytest.mark.parametrize("text", [
    pytest.param("Ola Brandt, a Chilean engineer jailed in Peru, came home on Friday in a deal with Peru.",
                 marks=pytest.mark.xfail(strict=True, reason="a private person's demonym makes no state (s33)")),
    pytest.param("Ola Brandt, a Chilean engineer jailed in Peru, was freed under an agreement with Peru on Friday.",
                 marks=pytest.mark.xfail(strict=True, reason="a private person's demonym makes no state (s33)")),
])
def test_deal_with_one_side(named_acts, text: str) -> None:
    assert ("Chile", "Peru") in ends(named_acts(text), "agree")


def test_deal_with_no_story_sides_names_one_party(named_acts) -> None:
    """Near-miss: no captives, no sides: the deal keeps its one named party, nobody is made up."""
    found = ends(named_acts("The shipment arrived in Santiago in a deal with Peru."), "agree")
    assert all(s is None for s, t in found if t == "Peru")


def test_homecoming_dates_the_release(analyze) -> None:
    """Rule HOMECOMING_TIME: the release of a captive who came home on a day is of that day."""
    d = analyze("Chile thanked Brazil for the release of Ola Brandt, an engineer who returned from Peru on "
                "Wednesday after five years' imprisonment. Peru declined to comment.", published="2025-05-15")
    rel = [i for i in d.interactions if i.type == "release"]
    assert rel and rel[0].time is not None and rel[0].time.value == "2025-05-14"
    assert rel[0].traced("time") == "interactions.custody.homecoming_time"


# --- a journey to the other side for the story's act is a visit (meet) -------------------

@pytest.mark.parametrize("text", [
    "In a bold move, Ola Brandt personally went to Peru to bring back Mira Solberg. Peru declined to comment.",
    "Chile's envoy Ola Brandt headed to Lima on Monday to negotiate the exchange. Peru declined to comment.",
    "Ola Brandt came to Peru last week to collect the freed engineers. Peru declined to comment.",
])
def test_journey_for_the_story_is_a_visit(named_acts, text: str) -> None:
    assert ("Ola Brandt", "Peru") in ends(named_acts(text), "meet")


@pytest.mark.parametrize("text", [
    "Ola Brandt went to Peru on holiday. Peru declined to comment.",
    "Ola Brandt went to Peru to study. Peru declined to comment.",
])
def test_journey_for_something_else_is_no_visit(named_acts, text: str) -> None:
    assert ("Ola Brandt", "Peru") not in ends(named_acts(text), "meet")


def test_place_of_a_kidnapping_is_no_holder(named_acts) -> None:
    """Near-miss: "kidnapped in Peru" names where the captives were taken, not who holds them."""
    found = named_acts("Four Chilean engineers kidnapped in Peru by gunmen were released on Monday. Peru declined "
                       "to comment.")
    assert not any(s == "Peru" for s, t in ends(found, "release"))


def test_jailed_in_a_state_is_held_by_it(named_acts) -> None:
    """The holding verbs keep the state as holder ("jailed in Peru")."""
    found = named_acts("Four Chilean engineers jailed in Peru were released on Monday. Peru declined to comment.")
    assert any(s == "Peru" for s, t in ends(found, "release"))


# --- talks "with" one side: the other side's (COUNTERPART_SIDES, COUNTERPART_OF_ONE_SIDE) --

@pytest.mark.parametrize("text", [
    "Three Chilean fishermen were freed on Monday after secret talks with Peru.",
    "After months of negotiations with Peru, two Chilean sailors were released on Friday.",
])
def test_talks_with_the_captors_side(named_acts, text: str) -> None:
    found = named_acts(text)
    neg = ends(found, "negotiate")
    assert ("Chile", "Peru") in neg or ("Peru", "Chile") in neg
    assert any(s == "Peru" for s, t in ends(found, "release"))


def test_talks_with_two_counterparts_make_no_sides(named_acts) -> None:
    """Near-miss: talks with two different states: no counterpart, no sides made up."""
    found = named_acts("Three Chilean fishermen were freed on Monday after talks with Peru and separate talks with "
                       "Bolivia.")
    assert not any(s == "Chile" for s, t in ends(found, "negotiate"))


# --- a deal brokered by one side's own person: that person negotiated it (OWN_BROKER) -------

@pytest.mark.parametrize("text", [
    "Ola Brandt, a Chilean engineer jailed in Peru, was freed on Friday in a deal brokered by Chile's envoy "
    "Ivo Hansen. Peru declined to comment.",
    "Ola Brandt, a Chilean engineer jailed in Peru, came home under an agreement negotiated by Chilean "
    "diplomat Ivo Hansen. Peru declined to comment.",
])
def test_deal_brokered_by_own_envoy(named_acts, text: str) -> None:
    found = named_acts(text)
    assert ("Ivo Hansen", "Peru") in ends(found, "negotiate")


def test_deal_brokered_by_a_third_state_is_no_negotiation(named_acts) -> None:
    """Near-miss: the broker is of a third state: it negotiated nothing with either side here."""
    found = named_acts("Ola Brandt, a Chilean engineer jailed in Peru, was freed on Friday in a deal brokered by "
                       "Brazil's foreign minister Ivo Hansen. Peru declined to comment.")
    assert not any(s == "Ivo Hansen" for s, t in ends(found, "negotiate"))


@pytest.mark.parametrize("text", [
    "Ivo Hansen brought Ola Brandt home after a brief stop in Peru on Monday. Peru declined to comment.",
    "During a trip to Peru, Ivo Hansen said the talks were going well. Peru declined to comment.",
])
def test_stop_or_trip_is_a_visit(named_acts, text: str) -> None:
    assert ("Ivo Hansen", "Peru") in ends(named_acts(text), "meet")


def test_trip_to_a_city_is_no_visit(named_acts) -> None:
    """Near-miss: a trip to a city (no actor) is no party's visit."""
    assert ends(named_acts("During a trip to Lisbon, Ivo Hansen said the talks were going well."), "meet") == set()
