"""Mediators named by a role word with no between-phrase, and mediation parties that are no party,
on invented sentences (rules interactions.mediator_names.mediating_head / role_compound /
acting_mediators, interactions.mediation_checks.own_body_target / no_clear_sides).

Why: "the mediating countries, A and B", "the efforts of mediators", "Q's facilitation role" name who
stands between the sides without naming the sides; they stand between the story's two sides, or
between nobody when the story has none. A mediator's own state or member is never its party.
"""

from __future__ import annotations

import pytest
from interaction_helpers import pairs_of_type

TALKS = "Chad and Sudan held talks in March on a prisoner exchange. "
SIDES = {"chad", "sudan"}


@pytest.mark.parametrize("text, mediators", [
    (TALKS + "Sudan expressed gratitude to the mediating countries, Ghana and Peru, for their efforts.",
     {"ghana", "peru"}),
    (TALKS + "Officials praised the mediating states—Ghana and Peru—after the exchange.", {"ghana", "peru"}),
    (TALKS + "Ghana's facilitation role reflects the trust the two governments place in it.", {"ghana"}),
    (TALKS + "Peru's mediation efforts were welcomed in both capitals.", {"peru"}),
    (TALKS + "The facilitation role of Ghana was decisive, officials said.", {"ghana"}),
])
def test_named_mediator_stands_between_sides(act_tuples, text, mediators):
    """Each mediator named by the role word mediates toward both sides of the story's talks."""
    found = pairs_of_type(act_tuples(text), "mediate")
    assert {(m, s) for m in mediators for s in SIDES} <= found


@pytest.mark.parametrize("text", [
    TALKS + "The swap was the result of the efforts of mediators, Sudan said.",
    TALKS + "The mediators' work paid off on Friday, Chad said.",
    TALKS + "Sudan said the release followed long efforts by mediators.",
])
def test_acting_mediators(act_tuples, text):
    """A bare plural mediator noun holding a role noun is told acting: the group mediates."""
    found = pairs_of_type(act_tuples(text), "mediate")
    assert {t for s, t in found if s and "mediator" in s} == SIDES


@pytest.mark.parametrize("text", [
    "The mediating countries, Ghana and Peru, met in Accra on Monday.",
    "Ghana's facilitation role was praised by the press.",
    "The efforts of mediators were praised in Accra.",
])
def test_no_sides_no_mediation(act_tuples, text):
    """No story with two sides: no mediation is made up from the names around the mediator."""
    assert not pairs_of_type(act_tuples(text), "mediate")


@pytest.mark.parametrize("text", [
    TALKS + "Sudan said the talks went on without mediators.",
    TALKS + "Ghana's role in the region is growing.",
    TALKS + "The mediation service in Ghana opened an office.",
])
def test_near_misses(act_tuples, text):
    """A mediator named in passing, a role with no mediation word, a mediation noun in a name:
    no mediator."""
    found = pairs_of_type(act_tuples(text), "mediate")
    assert not {s for s, _ in found} & {"ghana", "mediators"}


@pytest.mark.parametrize("text", [
    TALKS + "Ghanaian President Kofi Mensah agreed on Tuesday to mediate the dispute with Chad, Ghana's radio said.",
    "The two governments agreed on Tuesday to let Ghanaian President Kofi Mensah mediate the dispute, officials in "
    "Chad said.",
    TALKS + "Ghana said its president, Kofi Mensah, would mediate the dispute with Chad on Friday.",
])
def test_own_state_is_no_party(act_tuples, text):
    """A mediator's own state is never a party it stands between (rule own_body_target); the
    other party named stays."""
    found = pairs_of_type(act_tuples(text), "mediate")
    assert ("kofi-mensah", "ghana") not in found
    assert ("kofi-mensah", "chad") in found


@pytest.mark.parametrize("text", [
    "Kofi Mensah mediated between Chad and Ghana on Friday.",
    "Chad and Ghana held talks in May, mediated by Kofi Mensah.",
])
def test_named_or_talking_state_stays_a_party(act_tuples, text):
    """Near-misses: a state the between-phrase names, or one holding the story's talks, is a party
    (the mediator's own state in the talks: tests/test_mediation_role_mentions.py, called_mediator)."""
    found = pairs_of_type(act_tuples(text), "mediate")
    assert {("kofi-mensah", "chad"), ("kofi-mensah", "ghana")} <= found
