"""Session 35 (inter): acts told by event nouns and mediation nouns, on invented sentences.

Why: an agreement noun that carries a mediation participle ("under the deal mediated by X", "a
truce brokered by X took effect") is the sides' agreement through X whatever governs it; a
hyphenated pair on a conflict noun names the warring sides; a mediation noun's governing subject
is a mediator only when its verb does the mediation; "the role of X in mediating" is X's role.
"""

from __future__ import annotations

import pytest

SIDES = "Norway and Chile held talks in May. "


def _ends(acts: list, kind: str) -> set[tuple[str | None, str | None, tuple[str, ...]]]:
    return {(i.source, i.target, tuple(i.via)) for i in acts if i.type == kind}


@pytest.mark.parametrize("text, via", [
    ("Under the deal mediated by Peru, Chile gave Norway maps of the border.", ("peru",)),
    ("A truce brokered by Peru and Brazil took effect in June.", ("peru", "brazil")),
    ("Under an agreement facilitated by Peru, Chile freed ten soldiers.", ("peru",)),
    ("The deal, brokered by Peru, collapsed in June.", ("peru",)),
    ("Combat stopped in June with a Peruvian-brokered ceasefire that cost Chile land.", ("peru",)),
])
def test_brokered_agreement_noun_is_the_sides_agreement_via_the_broker(acts_of, text, via):
    acts = acts_of(SIDES + text)
    agree = [i for i in acts if i.type == "agree"]
    assert agree and {(i.source, i.target) for i in agree} <= {("norway", "chile"), ("chile", "norway")}
    assert any(tuple(i.via) == via for i in agree), [(i.source, i.target, i.via, i.rule) for i in agree]
    assert ("peru", "norway", ()) in _ends(acts, "mediate")


@pytest.mark.parametrize("text", [
    "A Brazilian-backed deal was rejected by the rebels.",  # a backer is no broker
    "The deal was discussed by Peru.",  # no mediation participle
    "The deal reached by the envoys was praised by Peru.",
])
def test_no_brokered_agreement_without_a_mediation_participle(acts_of, text):
    acts = acts_of(SIDES + text)
    assert not [i for i in acts if i.type == "agree" and i.via], [(i.type, i.via, i.rule) for i in acts]


@pytest.mark.parametrize("text", [
    "The talks are the first contact since the Norway-Chile conflict broke out in 2020.",
    "Peru said the Chile-Norway conflict had cost thousands of lives.",
    "The Norway-Chile conflict flared again in March.",
])
def test_hyphen_pair_conflict_is_a_mutual_attack(acts_of, text):
    assert {("norway", "chile", ()), ("chile", "norway", ())} <= _ends(acts_of(SIDES + text), "attack")


@pytest.mark.parametrize("text", [
    "The decades-old conflict was discussed.",
    "The Chile-based conflict monitor said little.",
    "The trade war between Norway and Chile went on.",
])
def test_no_attack_from_a_conflict_noun_without_two_named_sides(acts_of, text):
    assert not _ends(acts_of(SIDES + text), "attack")


@pytest.mark.parametrize("text, mediators", [
    ("Peru led the mediation between the two countries.", {"peru"}),
    ("Peru engaged in mediation between Norway and Chile.", {"peru"}),
    ("The mediation efforts of Brazil succeeded.", {"brazil"}),
    ("Peru said that joint mediation efforts of Brazil and Peru won a deal between Norway and Chile.",
     {"peru", "brazil"}),
    ("Chile has commended the role of Peru in mediating between Norway and Chile.", {"peru"}),
    ("Chile praised Peru's role in mediating between the two countries.", {"peru"}),
])
def test_mediator_of_a_mediation_noun_or_role(acts_of, text, mediators):
    found = {s for s, _, _ in _ends(acts_of(SIDES + text), "mediate")}
    assert found == mediators


@pytest.mark.parametrize("text", [
    "Chile discussed the role of mediation in the talks.",
    "Asked what gains she hoped would flow from mediation, Chile's envoy Ola Brandt said she could not "
    "say.",
    "Chile asked for mediation.",
])
def test_the_subject_of_another_verb_is_no_mediator(acts_of, text):
    assert not _ends(acts_of(SIDES + text), "mediate")


def test_two_agreements_with_other_brokers_are_two_acts(acts_of):
    acts = acts_of("Norway freed 15 prisoners of Chile on Saturday under the deal mediated by Peru. Fighting "
                   "broke out between Norway and Chile in 2020. Hostilities halted in November with a "
                   "Brazilian-brokered ceasefire that cost Chile land.")
    vias = {tuple(i.via) for i in acts if i.type == "agree"}
    assert {("peru",), ("brazil",)} <= vias, vias


def test_one_agreement_told_twice_with_its_broker_is_one_act(acts_of):
    acts = acts_of(SIDES + "A truce brokered by Peru took effect in June. The truce, mediated by Peru, "
                   "held for a week.")
    assert len([i for i in acts if i.type == "agree"]) == 1, [(i.via, i.rule) for i in acts if i.type == "agree"]
