"""Session 37 review, interactions.thanked_roles on invented sentences: thanks for a part against the act
("its role in blocking the deal") or conditional thanks ("would be grateful ... for any role") make no
mediation; the act reached through a relative clause's preposition ("efforts that led to the release") or an
"on" phrase ("its work on the ceasefire") does, and so does thanks told as the subject of a passive ("gratitude
was expressed to X for its role")."""

from __future__ import annotations

import pytest
from interaction_helpers import pairs_of_type


# interactions.thanked_roles: a part against the act, a conditional thanks, and the act reached through a
# relative clause's preposition or an "on" phrase


@pytest.mark.parametrize("text", [
    "Kenya was grateful to Ghana for its role in blocking the deal with Peru.",
    "Kenya voiced gratitude to Ghana for its efforts to delay the talks with Peru.",
    "Kenya expressed thanks to Ghana for its efforts that failed to secure the release of the sailors held by Peru.",
    "Kenya said it would be grateful to Ghana for any role in the future talks with Peru.",
])
def test_thanks_for_no_part_in_a_done_act_mediates_nothing(act_tuples, text):
    assert not pairs_of_type(act_tuples(text), "mediate")


@pytest.mark.parametrize("text, pairs", [
    ("Kenya expressed its deep gratitude to Ghana for its tireless efforts that led to the release of the "
     "engineers held by Peru.", {("ghana", "kenya"), ("ghana", "peru")}),
    ("Kenya is grateful to Ghana for its efforts which resulted in the swap with Peru.",
     {("ghana", "kenya"), ("ghana", "peru")}),
    ("Kenya expressed thanks to Ghana for its work on the ceasefire between Chad and Sudan.",
     {("ghana", "chad"), ("ghana", "sudan")}),
])
def test_thanks_for_a_part_reached_through_a_clause_or_on(act_tuples, text, pairs):
    assert pairs <= pairs_of_type(act_tuples(text), "mediate")


@pytest.mark.parametrize("text, pairs", [
    ("Gratitude was expressed to Ghana for its role in the prisoner swap with Peru.", {("ghana", "peru")}),
    ("Thanks were extended to Ghana for its efforts in the talks between Chad and Sudan.",
     {("ghana", "chad"), ("ghana", "sudan")}),
    ("Special thanks were given to Ghana by Kenya for its role in the swap with Peru.",
     {("ghana", "kenya"), ("ghana", "peru")}),
])
def test_thanks_as_the_subject_of_a_passive(act_tuples, text, pairs):
    """The thanks noun as the subject of the verb of the for-phrase: the to-phrase is the one thanked,
    the by-phrase the thanker."""
    assert pairs <= pairs_of_type(act_tuples(text), "mediate")


def test_thanks_to_as_a_cause_mediates_nothing(act_tuples):
    assert not pairs_of_type(act_tuples("Thanks to its role in the swap with Peru, Ghana gained influence."),
                             "mediate")


def test_a_past_will_of_thanks_for_a_part_taken_mediates(act_tuples):
    """"said it would always be grateful to X for its role": the thanks are for a part taken."""
    text = "Kenya said it would always be grateful to Ghana for its role in the prisoner swap with Peru."
    assert ("ghana", "peru") in pairs_of_type(act_tuples(text), "mediate")
