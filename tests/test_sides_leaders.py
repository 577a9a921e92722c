"""The sides' leaders, sides of a dividing line, and pronouns coordinated with parties (invented texts).

Rules: interactions.document.sides_leaders ("the two countries' leaders": each side's own leader
once the sides are known), interactions.specs.person_pair as a between-object,
interactions.document.sides_of_a_line ("both sides of the border" are places), and a group
pronoun that keeps its conjuncts ("they and Togo signed": the pronoun's parties and Togo).
"""

from __future__ import annotations

import pytest

TALKS = "Chad and Niger held talks in Lome on Monday. "
LEADERS = "Chad's president Ola Brandt and Niger's president Tor Lund have not spoken since May. "


def pairs(found: list, kind: str) -> set[frozenset[str | None]]:
    return {frozenset((s, t)) for k, s, t, _ in found if k == kind}


BRANDT_LUND = frozenset(("Ola Brandt", "Tor Lund"))


@pytest.mark.parametrize("text, kind", [
    # of-phrase with "both sides", a verb's subject, past
    (TALKS + LEADERS + "The leaders of both sides met in Lome on Friday.", "meet"),
    # possessive "the two countries'", future
    (TALKS + LEADERS + "The two countries' leaders will meet in Oslo next week.", "meet"),
    # the subject of the verb governing the act noun
    (TALKS + LEADERS + "The leaders of the two countries held talks in Oslo on Friday.", "negotiate"),
    # "both sides'" possessive, an accord
    (TALKS + LEADERS + "Both sides' leaders signed a truce in Oslo on Friday.", "agree"),
    # reported, a mutual act (both directions), the sides known from the leaders' own meeting
    ("Chad's prime minister Ola Brandt and Niger's president Tor Lund have not met since 2019. "
     "Officials said that the two countries' leaders were exchanging messages through Turkey.", "message"),
])
def test_sides_leaders(named_acts, text, kind):
    found = named_acts(text)
    assert BRANDT_LUND in pairs(found, kind), found
    assert any(k == kind and r == "interactions.document.sides_leaders" for k, _, _, r in found), found


def test_person_pair_between(named_acts):
    """"a direct meeting between the two leaders": the two people named last, as a between-object."""
    found = named_acts("Chad's president Ola Brandt and Niger's rebel commander Tor Lund have clashed for years. "
                       "Oman is pressing for a direct meeting between the two leaders.")
    assert BRANDT_LUND in pairs(found, "meet"), found


@pytest.mark.parametrize("text", [
    # no person of either side named: the sides stay
    TALKS + "The leaders of the two countries met in Lome on Friday.",
    # a person's own aide leads no side
    TALKS + "Chad's president Ola Brandt and his spokesman Tor Lund spoke on Friday. "
    "The leaders of the two countries met in Lome on Friday.",
])
def test_sides_stay_without_two_leaders(named_acts, text):
    found = named_acts(text)
    assert frozenset(("Chad", "Niger")) in pairs(found, "meet"), found
    assert not any(r == "interactions.document.sides_leaders" for *_, r in found), found


def test_one_side_persons_are_no_sides_leaders(named_acts):
    """Both persons of one side: no leaders' pair (and no pair of the aide and his chief)."""
    found = named_acts("Chad's prime minister Ola Brandt and his deputy Tor Lund visited Oslo. "
                       "The leaders of the two countries signed a truce in Oslo on Monday.")
    assert BRANDT_LUND not in pairs(found, "agree"), found


@pytest.mark.parametrize("text", [
    TALKS + "Families on both sides of the border met on Tuesday.",
    TALKS + "Farmers on the two sides of the river met on Tuesday.",
])
def test_sides_of_a_line(named_acts, text):
    found = named_acts(text)
    assert frozenset(("Chad", "Niger")) not in pairs(found, "meet"), found


# --- a pronoun coordinated with a party keeps both --------------------------------------

@pytest.mark.parametrize("text, kind, pair", [
    # a group pronoun coordinated with a named party, subject of a reported accord
    ("Niger and Mali said they and Togo would sign a truce in Lome.", "agree", ("Niger", "Togo")),
    # a group pronoun coordinated in the object
    ("Niger and Mali said Togo had met them and Chad in Lome.", "meet", ("Togo", "Chad")),
    # a singular pronoun first in a coordinated subject of talks
    ("Ola Brandt is Chad's envoy. He and Tor Lund held talks in Lome on Monday.", "negotiate",
     ("Ola Brandt", "Tor Lund")),
    # a singular pronoun in a coordinated object with a non-party
    ("Ola Brandt is Chad's envoy. Tor Lund met him and his deputy in Lome on Monday.", "meet",
     ("Tor Lund", "Ola Brandt")),
    # a passive release of a pronoun and a noun
    ("Ola Brandt was detained in Niger in 2019. He and a doctor were freed by Niger on Monday.", "release",
     ("Niger", "Ola Brandt")),
    # a plural pronoun for one group, coordinated with a person
    ("Niger's rebels spoke on Monday. They and Chad's envoy signed a truce in Lome.", "agree", None),
])
def test_pronoun_conjuncts(named_acts, text, kind, pair):
    found = named_acts(text)
    got = pairs(found, kind)
    assert got, found
    if pair is not None:
        assert frozenset(pair) in got, found


@pytest.mark.parametrize("text", [
    "Ola Brandt was detained in Chad in 2019. He and his family were relieved on Monday.",
    "Niger and Mali said they and their families were safe.",
])
def test_pronoun_conjuncts_no_act(named_acts, text):
    assert named_acts(text) == [] or all(k not in ("release", "agree", "meet") for k, *_ in named_acts(text))
