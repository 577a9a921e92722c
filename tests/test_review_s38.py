"""Mends of the session-38 review (invented names and sentences only).

Why: each case is a sentence shape on which a session-38 rule misfired on ordinary text:
- actors.unnamed.role_frame_predicate dropped people told before ("the role of the mediators");
- interactions.timing.part_of_event dated an act by a negated, put-off or proposed mention of its event;
- the lead's bare_dateline / bar_credit patterns (lead_datelines.py) made a headline's or a sentence's
  parties, or a ministry between bars, page furniture;
- across.entities.same_count read the holder of a counted group ("20 prisoners held by Sweden") as the
  group's side, so it joined the other side's group of the same count.
"""

from __future__ import annotations

import pytest

from backchannel.resolve.across.countgroups import count_match, count_sides, counted_forms

PUB = "2026-06-05"  # a Friday; "Monday" is 2026-06-01


# actors.unnamed.role_frame_predicate: a definite, possessed or named object is people, and an actor.
@pytest.mark.parametrize("text, noun", [
    ("Jonas Berg welcomed the role of the mediators in the talks.", "mediators"),
    ("The role of the Lundish envoys was crucial, the minister said.", "envoys"),
    ("Some of the delegates took part of the delegation home on Monday.", "delegation"),
    ("Ostland praised the role of its negotiators after the deal was signed.", "negotiators"),
])
def test_role_frame_keeps_people_told(actors_of, text, noun):
    a = actors_of(text)
    assert [x for x in a.values() if noun in x.name.lower()], [x.name for x in a.values()]


# ... while a bare or indefinite object is still the part played, no actor.
@pytest.mark.parametrize("text, noun", [
    ("The State of Ostland has taken on the role of an honest broker between the two sides.", "broker"),
    ("Sylvania acted in the capacity of a guarantor when the accord was signed.", "guarantor"),
    ("Vesterland took on the role of mediator while the Red Cross handled the transfer.", "mediator"),
])
def test_role_frame_still_predicate(actors_of, text, noun):
    a = actors_of(text)
    assert not [x for x in a.values() if not x.named and noun in x.name.lower()], [x.name for x in a.values()]


@pytest.fixture(scope="module")
def acts(dated_acts):
    return dated_acts(PUB)


# interactions.timing.part_of_event: a negated, put-off or proposed mention dates no act done "in the swap".
@pytest.mark.parametrize("text", [
    "Lund did not release the pilots on Monday. Mediators kept pressing. "
    "As part of the deal, the pilots were released by Lund.",
    "In the exchange, which Lund first proposed on Monday, twenty Norland soldiers were freed by Vesterland.",
    "The swap was postponed on Monday. Officials gave no reason. "
    "In the swap, twenty Norland soldiers were freed by Vesterland.",
    "The exchange was delayed on Monday. Families waited in Lund. "
    "As part of the exchange, six Norland pilots were released by Vesterland.",
])
def test_part_of_event_not_from_unhappened_mention(acts, text):
    last = [r for r in acts(text) if r[0] == "release"][-1]
    assert last[3] != "2026-06-01", last


# ... while a mention that says the event took place still dates it.
@pytest.mark.parametrize("text", [
    "The guards were freed on Monday and flown to Lund. Officials praised the mediators. "
    "As part of the deal, six Norland pilots were released by Vesterland.",
    "The swap took place on Monday. Families waited in Lund. "
    "In the swap, twenty Norland soldiers were freed by Vesterland.",
])
def test_part_of_event_still_from_dated_mention(acts, text):
    last = [r for r in acts(text) if r[0] == "release"][-1]
    assert last[3] == "2026-06-01", last


# lead_datelines.bare_dateline: a headline or a sentence that lists parties is no dateline.
@pytest.mark.parametrize("text, names", [
    ("OSTRAFRONT, Norway Agree To New Truce Talks\nThe two sides will meet in Kessel on Monday, mediators said.",
     ["Norway"]),
    ("NATO, Norway Sweden and Finland signed the pact on Monday.", ["NATO", "Norway"]),
    ("KELVOR, Sweden Officials Say Hostages Freed\nAid workers said the men were freed on Monday.", ["Sweden"]),
])
def test_bare_dateline_not_headline_or_list(actors_of, text, names):
    found = {x.name for x in actors_of(text).values()} | {al for x in actors_of(text).values() for al in x.aliases}
    assert all(any(n.lower() in f.lower() for f in found) for n in names), found


# ... the dateline itself is still furniture.
@pytest.mark.parametrize("text, place", [
    ("KESSELBY, Norway Swedish negotiators met the rebels on Monday.", "KESSELBY"),
    ("VARNHOLM, Finland Danish envoys trying to end the standoff have agreed to free the men.", "VARNHOLM"),
])
def test_bare_dateline_still_furniture(actors_of, text, place):
    assert not [x for x in actors_of(text).values() if place.lower() in x.name.lower()]


# lead_datelines.bar_credit: a body between bars with no outlet word and not in capitals is no outlet.
@pytest.mark.parametrize("text, name", [
    ("Kessel | Norland Defence Ministry | The ministry said talks would resume on Monday.", "Defence Ministry"),
    ("Lund, Ostland | Ostland Red Cross | The Red Cross said the men were safe.", "Red Cross"),
])
def test_bar_credit_needs_an_outlet(actors_of, text, name):
    assert [x for x in actors_of(text).values() if name.lower() in x.name.lower()], \
        [x.name for x in actors_of(text).values()]


def test_bar_credit_still_outlet(actors_of):
    text = "Kessel, Ostland | THE HARBOUR POST | Ostland freed ten fishermen on Monday, officials said."
    assert not [x for x in actors_of(text).values() if "harbour" in x.name.lower()]


# across.entities.same_count: a state after the head names the holder, not the group's side.
@pytest.mark.parametrize("text", [
    "20 prisoners held by Sweden", "20 soldiers freed by Norway", "20 prisoners released from Norwegian jails",
    "35 detainees in Swedish custody",
])
def test_counted_side_not_from_holder(text):
    assert all(c.side is None for c in counted_forms([text], None)), counted_forms([text], None)


@pytest.mark.parametrize("text, side", [
    ("20 Swedish soldiers", "sweden"), ("five freed Americans", "united states"),
    ("248 Norwegian servicemen", "norway"),
])
def test_counted_side_before_head(text, side):
    assert [c.side for c in counted_forms([text], None)] == [side]


def test_equal_counts_of_two_sides_do_not_join():
    held = counted_forms(["20 prisoners held by Sweden"], None)  # the other side's people
    swedes, norwegians = counted_forms(["20 Swedish soldiers"], None), counted_forms(["20 Norwegian soldiers"], None)
    sides = count_sides([held, swedes, norwegians])
    assert count_match(held, swedes, sides)[0] == 0.0


# ... nor does a put-off verb that carries no date take the event's own date away.
@pytest.mark.parametrize("text", [
    "The swap, which Lund had long opposed, took place on Monday. Families waited in Lund. "
    "In the swap, twenty Norland soldiers were freed by Vesterland.",
    "The exchange that mediators had discussed for weeks was held on Monday. Families waited in Lund. "
    "As part of the exchange, six Norland pilots were released by Vesterland.",
])
def test_part_of_event_date_on_another_verb(acts, text):
    last = [r for r in acts(text) if r[0] == "release"][-1]
    assert last[3] == "2026-06-01", last


# actors.parties.demonym_plural (peoples.proper_demonym_noun): "the <demonym>" with a plural of its own is one
# person, never the state; a demonym that is its own plural ("the Swiss", "the British") still is.
@pytest.mark.parametrize("text, state, word", [
    ("Rebels freed two hostages on Monday. The Israeli was taken to a hospital, and Israel thanked Qatar.",
     "Israel", "Israeli"),
    ("The kidnappers released the Filipino on Monday, and the Philippines thanked Oman for its help.",
     "Philippines", "Filipino"),
    ("Norway said on Monday that the Norwegian had been freed by the rebels.", "Norway", "Norwegian"),
])
def test_singular_demonym_not_the_state(actors_of, text, state, word):
    found = [x for x in actors_of(text).values() if x.name == state]
    assert not found or word not in found[0].aliases, [(x.name, x.aliases) for x in actors_of(text).values()]


@pytest.mark.parametrize("text, state, alias", [
    ("Qatar, Switzerland and Oman mediated the swap. The minister thanked the Qataris, Swiss, and Omanis "
     "for helping in the exchange.", "Switzerland", "Swiss"),
    ("Britain said it was grateful. In June the bodies of two guards were given to the British.",
     "United Kingdom", "British"),
])
def test_own_plural_demonym_still_the_state(actors_of, text, state, alias):
    found = [x for x in actors_of(text).values() if x.name == state]
    assert found and alias in found[0].aliases, [(x.name, x.aliases) for x in actors_of(text).values()]
