"""Session 35 (fixinter): review defects of the brokered-noun, mediation-doer and merge rules, on
invented sentences.

Why: an agreement noun with a broker but no parties is the story's sides' only when it says so (a
truce, a definite deal, two parties named in its sentence), not "a jet deal brokered by X"; a side
that boycotts, leaves or ignores a mediation is no mediator of it; one truce told twice with one
broker each is one act.
"""

from __future__ import annotations

import pytest

SIDES = "Norway and Chile traded fire for weeks. "


def _agree(acts: list) -> list:
    return [i for i in acts if i.type == "agree"]


@pytest.mark.parametrize("text", [
    "Separately, Olan Brisk praised a $40 billion jet deal brokered by Tam Vell during his visit to Oslo.",
    "On Monday, the king hailed an investment deal brokered by Tam Vell.",
    "Olan Brisk signed off on a trade agreement facilitated by Tam Vell, officials said.",
])
def test_an_unowned_brokered_deal_is_not_the_sides_agreement(acts_of, text):
    assert not [i for i in _agree(acts_of(SIDES + text)) if "tam-vell" in i.via], \
        [(i.source, i.target, i.via, i.rule) for i in _agree(acts_of(SIDES + text))]


@pytest.mark.parametrize("text", [
    "A truce brokered by Peru took effect in June.",
    "The deal brokered by Peru collapsed in June.",
    "Under the deal mediated by Peru, Chile gave Norway maps of the border.",
    "Officials in Norway and Chile welcomed a deal brokered by Peru.",
])
def test_a_brokered_agreement_told_as_the_sides_still_is(acts_of, text):
    agree = [i for i in _agree(acts_of(SIDES + text)) if "peru" in i.via]
    assert agree and {(i.source, i.target) for i in agree} <= {("norway", "chile"), ("chile", "norway")}, agree


@pytest.mark.parametrize("text", [
    "Norway boycotted the mediation, officials said.",
    "Chile withdrew from the mediation on Tuesday.",
    "Norway quit the mediation after the strike.",
    "Norway abandoned the mediation on Tuesday after a deadly strike.",
    "Chile ignored the mediation for weeks.",
    "Chile complained about the mediation, saying it favored Norway.",
    "Chile obstructed the mediation between Norway and Chile.",
])
def test_a_side_leaving_or_ignoring_a_mediation_is_no_mediator(acts_of, text):
    acts = acts_of(SIDES + text)
    assert not [i for i in acts if i.type == "mediate"], [(i.source, i.target, i.rule) for i in acts]


@pytest.mark.parametrize("text, doer", [
    ("Peru abandoned its mediation on Tuesday.", "peru"),
    ("Peru suspended its mediation after the strike.", "peru"),
    ("Peru led the mediation between Norway and Chile.", "peru"),
])
def test_a_mediator_stopping_or_leading_its_mediation_still_mediates(acts_of, text, doer):
    acts = acts_of(SIDES + text)
    assert doer in {i.source for i in acts if i.type == "mediate"}, [(i.source, i.target, i.rule) for i in acts]


@pytest.mark.parametrize("text", [
    "The truce brokered by Peru took effect on Sunday between Norway and Chile. Officials said the "
    "Brazilian-brokered truce between Norway and Chile was holding.",
    "A ceasefire mediated by Peru began in June. The Brazilian-brokered ceasefire held for a week.",
    "The truce, brokered by Peru, took effect on Sunday. Chile said the Brazilian-mediated truce was holding.",
])
def test_one_truce_with_a_broker_named_in_each_telling_is_one_act(acts_of, text):
    agree = _agree(acts_of(SIDES + text))
    assert len(agree) == 1, [(i.source, i.target, i.via, i.rule) for i in agree]


@pytest.mark.parametrize("text", [
    "Under the deal mediated by Peru, Chile returned the maps. In 2020 the war ended with a "
    "Brazilian-brokered ceasefire.",
    "The accord brokered by Peru set the border. Fighting stopped after a Brazilian-brokered truce in May.",
])
def test_a_deal_and_a_ceasefire_with_other_brokers_stay_two_acts(acts_of, text):
    vias = {tuple(i.via) for i in _agree(acts_of(SIDES + text))}
    assert {("peru",), ("brazil",)} <= vias, vias


def test_a_kept_apart_agreement_is_traced(acts_of):
    acts = acts_of(SIDES + "Under the deal mediated by Peru, Chile returned the maps. In 2020 the war "
                           "ended with a Brazilian-brokered ceasefire.")
    assert any(v == "interactions.merge.other_broker" for i in _agree(acts) for v in i.trace.values())
