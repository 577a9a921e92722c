"""Session 36: a mediation verb that only describes an agreement noun ("a jet deal brokered by X", "an
X-brokered deal", "a deal that X mediated") stands between the story's sides only when the deal is told as
theirs (spec ``told_sides``, the tests of ``told_pair``, rule interactions.role_nouns.brokered_noun); else
between the deal's own parties in its sentence, or nobody: the gold has no mediation without a party.
Every text here is invented."""

from __future__ import annotations

import pytest

SIDES = "Norway and Chile traded fire for weeks. "


def _med(acts: list) -> set[tuple[str, str | None]]:
    return {(i.source, i.target) for i in acts if i.type == "mediate"}


@pytest.mark.parametrize("text", [
    "Separately, Olan Brisk praised a $40 billion jet deal brokered by Tam Vell during his visit to Oslo.",
    "On Monday, the king hailed an investment deal brokered by Tam Vell.",
    "Brazil praised a mining deal mediated by Peru.",
    "Brazil praised a Peruvian-brokered mining deal.",
    "Brazil praised a mining deal facilitated by Peru.",
    "Brazil praised a mining deal that Peru brokered.",
    "Olan Brisk and Ana Vell praised a jet deal brokered by Peru.",
])
def test_the_broker_of_anyones_deal_mediates_between_nobody(acts_of, text):
    acts = acts_of(SIDES + text)
    assert not _med(acts), [(i.source, i.target, i.rule, i.trace if hasattr(i, "trace") else "") for i in acts]


@pytest.mark.parametrize("text", [
    "A truce brokered by Peru took effect in June.",
    "The deal brokered by Peru collapsed in June.",
    "Officials in Norway and Chile welcomed a deal brokered by Peru.",
    "Under the deal mediated by Peru, Chile gave Norway maps of the border.",
    "Peru brokered the talks.",
])
def test_the_broker_of_the_sides_deal_still_mediates_between_them(acts_of, text):
    assert _med(acts_of(SIDES + text)) == {("peru", "norway"), ("peru", "chile")}


@pytest.mark.parametrize("text", [
    "Brazil and Ecuador signed a jet deal that Peru brokered.",
    "Peru brokered a deal between Brazil and Ecuador.",
])
def test_the_broker_of_a_deal_its_sentence_gives_parties_mediates_between_them(acts_of, text):
    assert _med(acts_of(SIDES + text)) == {("peru", "brazil"), ("peru", "ecuador")}
