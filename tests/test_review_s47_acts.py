"""The review's acts findings (s47 review 1, R4-R8 and R12): invented sentences where the s47 act rules
gave an act that is not there, lost a party, or negated a demand. Copied from the review branch (s47-review,
tests/test_review_s47.py) for the fix branch s47-fixacts; each names the finding it pins. Invented names and
sentences only.
"""

from __future__ import annotations

import pytest

PUB = "2026-06-10"  # a Wednesday: "Monday" is 2026-06-08


def _acts(analyze, text: str, published: str = PUB):
    d = analyze(text, published=published)
    names = {a.id: a.name for a in d.actors}
    return [(i.type, names.get(i.source) if i.source else None, names.get(i.target) if i.target else None,
             i.time.value if i.time else None, i.negated, i.traced("time")) for i in d.interactions]


# R4: wanting captives or relatives to come home is no demand on them
@pytest.mark.parametrize("text", [
    "Norland wants the hostages to return home safely.",
    "Norland wants the hostages to go home.",
    "Anna Berg wants her husband to come home.",
])
def test_r4_wanting_someone_home_is_no_demand_on_them(analyze, text):
    assert not [a for a in _acts(analyze, text) if a[0] == "demand"]


def test_r4_not_wanting_another_to_act_is_no_negated_demand(analyze):
    acts = [a for a in _acts(analyze, "Norland does not want Ostland to join the talks.") if a[0] == "demand"]
    assert not [a for a in acts if a[4]], acts  # a demand that Ostland stay out, not "no demand"


# R5: "in conflict with / over" a disagreement is no armed attack
@pytest.mark.parametrize("text", [
    "Norland and Ostland are in conflict over the dam.",
    "Norland has been in conflict with Ostland over fishing rights for years.",
    "Norland remains in conflict with Ostland over the border, but there has been no fighting since 1999.",
    "Anna Berg is in conflict with the Free Hill Front's leadership over the hostage list.",
])
def test_r5_in_conflict_is_no_attack(analyze, text):
    assert not [a for a in _acts(analyze, text) if a[0] == "attack"]


# R6: a feud at home "at war with" the press or a parliament, and a war that has ended
@pytest.mark.parametrize("text", [
    "Anna Berg has been at war with Ostland's parliament over the budget.",
    "Norland's government is at war with the Norland central bank over interest rates.",
])
def test_r6_political_feud_is_no_attack(analyze, text):
    assert not [a for a in _acts(analyze, text) if a[0] == "attack" and a[1] and a[2]]


def test_r6_no_longer_at_war_is_no_current_attack(analyze):
    acts = [a for a in _acts(analyze, "Norland and Ostland are no longer at war.") if a[0] == "attack"]
    assert all(a[4] for a in acts), acts


# R7: a humanitarian effort is no mediation; a side does not mediate between itself and the other
def test_r7_humanitarian_aid_is_no_mediation(analyze):
    acts = _acts(analyze, "Norland and Ostland swapped prisoners on Friday. A humanitarian effort led by the Red "
                          "Cross delivered food to the camps.")
    assert not [a for a in acts if a[0] == "mediate"], acts


@pytest.mark.parametrize("second", [
    "A diplomatic effort led by Ostland failed to free the hostages.",
    "A humanitarian effort led by Ostland to free the hostages collapsed last year.",
])
def test_r7_a_side_does_not_mediate(analyze, second):
    acts = _acts(analyze, "Norland and Ostland swapped prisoners on Friday. " + second)
    assert not [a for a in acts if a[0] == "mediate" and a[1] == "Ostland"], acts


def test_r7_every_leader_of_a_mediation(analyze):
    # (the review wrote "... and Westmark", a bare name the tagger does not take as a party in this sentence, so
    # no act could name it; "the Westmark government" is a party, and the test asks the same of it)
    acts = _acts(analyze, "Norland and Ostland swapped prisoners on Friday. The release followed a mediation led "
                          "by the Free Hill Front and the Westmark government.")
    assert {a[1] for a in acts if a[0] == "mediate"} >= {"Free Hill Front", "Westmark"}, acts


# R8: killing verbs where nobody is killed or shot
@pytest.mark.parametrize("text", [
    "The Free Hill Front shot a video of Anna Berg.",
    "The Free Hill Front shot footage of Anna Berg and released it on Monday.",
    "Ostland executed Norland's orders.",
    "Ostland executed an order from Norland to release the prisoners.",
])
def test_r8_no_victim_no_attack(analyze, text):
    assert not [a for a in _acts(analyze, text) if a[0] == "attack"]


def test_r8_shooting_down_keeps_its_shooter(analyze):
    acts = [a for a in _acts(analyze, "Ostland shot down a Norland drone on Monday.") if a[0] == "attack"]
    assert all(a[1] == "Ostland" for a in acts), acts


# R12: both partners of a war told as a state
def test_r12_each_partner_of_the_war(analyze):
    acts = _acts(analyze, "The Free Hill Front has been at war with Norland and Ostland since 2015.")
    pairs = {(a[1], a[2]) for a in acts if a[0] == "attack"}
    assert {("Free Hill Front", "Norland"), ("Free Hill Front", "Ostland")} <= pairs, acts


# The fixes keep what the rules are for (s47-fixacts): the near misses of each finding that are still acts
@pytest.mark.parametrize("text, kind, source, target", [
    ("Norland wants Ostland to return to the negotiating table.", "demand", "Norland", "Ostland"),
    ("Norland wants Ostland to return the hostages to their families.", "demand", "Norland", "Ostland"),
    ("Norland is locked in a long conflict with the Free Hill Front.", "attack", "Free Hill Front", "Norland"),
    ("The Free Hill Front has been at war with the Ostland Workers' Party since 2015.", "attack",
     "Free Hill Front", "Ostland Workers' Party"),
    ("Norland troops clashed with Ostland and the Free Hill Front on Monday.", "attack", "Free Hill Front",
     "Norland troops"),
    ("Ostland executed Anna Berg in 2019.", "attack", "Ostland", "Anna Berg"),
])
def test_fixed_rules_still_read_their_acts(analyze, text, kind, source, target):
    acts = _acts(analyze, text)
    assert [a for a in acts if a[0] == kind and a[1] == source and a[2] == target and not a[4]], acts


def test_no_longer_at_war_is_negated_not_lost(analyze):
    acts = [a for a in _acts(analyze, "Norland and Ostland are no longer at war.") if a[0] == "attack"]
    assert acts and all(a[4] for a in acts), acts
