"""Review 1 of the s48 merges (actors/affiliation, parties, plural pronouns, non-acts; notes:
/work/notes/s48/review1.md): invented texts on which the merged rules give a worse answer than the
base (4e9a461e), or, where marked, a wrong answer both give. Each assert FAILS on 1f298045."""

from __future__ import annotations

import pytest


def _acts(d, kind=None):
    return [i for i in d.interactions if kind is None or i.type == kind]


def _actor(d, name):
    return next((a for a in d.actors if a.name == name), None)


# F1 interactions.non_acts.described_talks: a FIRST mention of "the talks" is dropped (no earlier talks told)
def test_f1_described_talks_first_mention(analyze):
    d = analyze("The talks proved difficult, but Norland and Ostland agreed on a truce on Monday.")
    assert _acts(d, "negotiate"), [(i.type, i.source, i.target) for i in d.interactions]


# F6 actors.abductions.named_taker_again: a later, separate kidnapping's "kidnappers" become the old taker
def test_f6_named_taker_of_an_earlier_abduction(analyze):
    d = analyze("The Free Hill Front kidnapped two engineers in 2019. Last week a nurse was kidnapped in Ostland. "
                "The kidnappers demanded a ransom of one million dollars.")
    assert not any(i.type == "demand" and i.source == "free-hill-front" for i in d.interactions)


# F5 interactions.non_acts.talk_label: "returned to the negotiation table" is talks, not a label
def test_f5_negotiation_table(analyze):
    d = analyze("Norland and Ostland returned to the negotiation table on Monday after a year.")
    assert _acts(d, "negotiate")


# F4 interactions.non_acts.agentless_telling: "X was not told of" dropped although "not informed of" is kept
def test_f4_not_told_of_like_not_informed_of(analyze):
    d = analyze("Ostland was not told of the deal, its foreign minister said.")
    assert any(i.type == "inform" and i.negated for i in d.interactions)


# F7 interactions.non_acts.agentless_telling: dropping the tell frame frees a plan into a release act
def test_f7_plan_to_free_no_release_act(analyze):
    d = analyze("Ostland's foreign minister said he had not been told of Norland's plan to free the prisoners.")
    assert not any(i.type == "release" and not i.negated for i in d.interactions)


# F2 interactions.non_acts.talk_label: the only mention of the talks, with both sides, under "a source close to"
def test_f2_source_close_to_talks_between_sides(analyze):
    d = analyze("A source close to the negotiations between Norland and Ostland said a deal was near.")
    assert _acts(d, "negotiate")


# F8 actors.descriptors.gov_title_side (FM): the state before "FM" is lost and gives no side
def test_f8_fm_title_loses_party(analyze):
    d = analyze("Norland FM Anna Berg met Ostland PM Ivan Holm in Westmark on Monday.")
    berg = _actor(d, "Anna Berg")
    assert _actor(d, "Norland") is not None or (berg is not None and berg.affiliation == "norland")


# F3 interactions.non_acts.agentless_telling: a named party told, the teller evident from the clause
def test_f3_party_was_told(analyze):
    d = analyze("Ostland was told on Monday that Norland would free the prisoners, the Ostland foreign ministry said.")
    assert _acts(d, "inform")


# F9 actors.unnamed.split_party_bodies (also fails on base): the split delegations are not the two sides
@pytest.mark.xfail(reason="fails at the base too (4e9a461e): split delegations are not made the two sides of their talks", strict=True)
def test_f9_split_delegations_face_each_other(analyze):
    d = analyze("Talks between Norland and Ostland delegations began in Westmark on Monday.")
    assert any(i.type == "negotiate" and i.source and i.target for i in d.interactions)


# F10 coref.number.plural_coordination (also fails on base): "they" after "thanked A and B for their help"
@pytest.mark.xfail(reason="fails at the base too: they after thanked A and B is not resolved to the pair", strict=True)
def test_f10_they_after_thanked_pair(analyze):
    d = analyze("Norland thanked Ostland and Westmark for their help. It said they had urged the Front to free "
                "the hostages.")
    assert not any(i.type == "demand" and i.source == "norland" for i in d.interactions)


# F11 attack.kidnap describing clause (also fails on base): a relative clause whose subject is the taker
@pytest.mark.xfail(reason="fails at the base too: the Front kidnapped two engineers gives no attack act", strict=True)
def test_f11_relative_clause_kidnapper(analyze):
    d = analyze("The Free Hill Front, which kidnapped two engineers last week, said it wanted talks with Norland.")
    assert any(i.type == "attack" and i.source == "free-hill-front" for i in d.interactions)
