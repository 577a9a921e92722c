"""Fixes from the review of session 42's merged change, each on invented sentences (Norway,
Sweden, Ostland, Westmark, Bergen, Anna Berg, Karl Lind are invented stand-ins).

- ``interactions.merge.distinct_terms``: an agreement told again with a pronoun, a definite noun or
  a synonym is one act, not two.
"""

from __future__ import annotations

import pytest

from backchannel.pipeline import analyze_text


def _acts(text: str, kind: str) -> list[tuple[str | None, str | None]]:
    return [(i.source, i.target) for i in analyze_text(text, published="2024-03-01").interactions
            if i.type == kind]


@pytest.mark.parametrize("text", [
    "Norway and Sweden agreed to a truce on Monday. Sweden later confirmed that it had agreed to it.",
    "Norway and Sweden agreed to a truce on Monday. Sweden later confirmed that it had agreed to the deal.",
    "Norway and Sweden agreed to a ceasefire on Monday. Sweden later confirmed that it had agreed to the truce.",
    "Norway and Sweden agreed to free the prisoners on Monday. Sweden later confirmed that it had agreed "
    "to release them.",
])
def test_agreement_told_again_is_one_act(text: str) -> None:
    assert len(_acts(text, "agree")) == 1


def test_agreement_and_a_new_point_are_two_acts() -> None:
    got = _acts("Norway and Sweden agreed to a two-phase plan on Monday. Sweden said they also agreed "
                "to meet monthly.", "agree")
    assert len(got) == 2


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in analyze_text(text, published="2024-03-01").actors}


def test_a_city_s_authorities_make_no_state() -> None:
    # review s42 #6: "authorities" is no government noun of a state (a city has them)
    assert _kinds("Norway met the authorities of Bergen on Monday.").get("Bergen") != "state"


def test_a_government_s_descriptive_name_is_no_state() -> None:
    # review s42 #6: "the Government of National Unity" names the government's kind
    assert _kinds("The government of National Unity met Norway on Monday.").get("National Unity") != "state"
    assert _kinds("The government of Ostland released two Westmarkers.").get("Ostland") == "state"


@pytest.mark.parametrize("text", [
    "Both Sweden and Norway have signed the convention against torture.",
    "Sweden and Norway signed the charter of the league in 1945.",
])
def test_signing_a_multilateral_text_is_no_agreement_between_signers(text: str) -> None:
    # review s42 #7: a convention or charter is signed by many, not agreed between the two named
    assert _acts(text, "agree") == []


def test_speech_verb_object_that_is_the_told_clause_s_subject_is_no_party() -> None:
    # review s42 #8: "warned the rebels would attack": the rebels are told of, not told
    text = "Anna Berg warned the rebels would attack Kessel."
    assert "rebels" not in _kinds(text)
    assert _acts(text, "inform") == []


def test_speech_verb_object_before_an_infinitive_stays_the_addressee() -> None:
    assert "rebels" in _kinds("Anna Berg warned the rebels to leave Kessel.")


def test_definite_term_defined_by_its_own_phrase_is_a_new_point() -> None:
    got = _acts("Norway and Sweden agreed to a truce on Monday. Sweden said they also agreed on the timing of "
                "the elections.", "agree")
    assert len(got) == 2
