"""Rules interactions.release_aims.captive_holder and .named_holder (s45-ends): an act whose aim is freeing captives
("negotiated over the freeing of ...", "demanded the freeing of ...", "threatened to quit the talks to
free ...") is aimed at whoever holds them, when the text names no other party or names only the
captives themselves. Invented sentences of several shapes, with near misses where the freeing is no
aim, the captives' holder is the act's own source, or nobody is said to hold them.

The second rule gives an agentless release the holder the report tells on the captive elsewhere
("X, held by Y since May, ... X was freed"), where two holders are named and no one captor is.

Every sentence is invented for these tests, with invented parties (Ostland, Westmark, the Free Hill
Front, the Red Crescent of Lunde); no rule is keyed to any report's wording.
"""

from __future__ import annotations

import pytest

RULE = "interactions.release_aims.captive_holder"

# (type, text, one party, the other): the act holds both parties (either order: a symmetric act's order is
# the text's first mention)
ADDED = [
    # an over-phrase of a negotiation, the report's one captor named a sentence before
    ("negotiate", "The Free Hill Front seized forty miners in May. A Red Crescent team negotiated over the "
     "freeing of the miners.", "Red Crescent team", "Free Hill Front"),
    # the freeing as a demand's object, the captives called by a hostage noun
    ("demand", "The Free Hill Front kidnapped nine tourists last week. Ostland demanded the freeing of the "
     "hostages on Monday.", "Ostland", "Free Hill Front"),
    # the captives' holder told on the captives ("held in X's jails"), not the report's captor
    ("demand", "The rebels said they would demand the release of twelve prisoners held in Ostland's jails.",
     "rebels", "Ostland"),
    # a threat whose aim sits four steps down: quit -> talks -> to free
    ("pressure", "The Free Hill Front abducted six engineers in June. Westmark threatened to quit the talks to "
     "free the hostages unless progress was made.", "Westmark", "Free Hill Front"),
    # a call for the freeing, which named no addressee before
    ("demand", "The Free Hill Front seized six engineers in June. The Westmark Council called for the release "
     "of the engineers.", "Westmark Council", "Free Hill Front"),
]

# (type, text, source): no act of the type from that source is aimed by the rule
NEAR_MISSES = [
    # a freeing in a phrase of time is no aim
    ("demand", "The Free Hill Front seized six engineers in June. Westmark demanded fuel after the release of "
     "the hostages.", "Westmark"),
    # the holder's own demand is not aimed at itself
    ("demand", "The Free Hill Front abducted six engineers in June. The Front demanded the release of its "
     "fighters.", "Free Hill Front"),
    # nobody in the report is said to hold them
    ("demand", "Westmark demanded the release of the prisoners on Monday.", "Westmark"),
]


def _acts(analyze, text):
    d = analyze(text)
    names = {a.id: a.name for a in d.actors}
    return [(i.type, names.get(i.source), names.get(i.target), i.traced("target")) for i in d.interactions]


@pytest.mark.parametrize("type_, text, one, other", ADDED)
def test_aim_is_aimed_at_the_holder(analyze, type_, text, one, other):
    acts = _acts(analyze, text)
    assert any(t == type_ and {s, g} == {one, other} and r == RULE for t, s, g, r in acts), acts


@pytest.mark.parametrize("type_, text, source", NEAR_MISSES)
def test_no_aim_no_holder(analyze, type_, text, source):
    acts = _acts(analyze, text)
    assert not [a for a in acts if a[0] == type_ and a[3] == RULE], acts
    assert not [a for a in acts if a[0] == type_ and a[1] == source and a[2] == source], acts


def test_an_addressee_named_is_kept(analyze):
    """A frame's own addressee stays: the rule fills only an empty end or one naming the captives."""
    acts = _acts(analyze, "The Free Hill Front seized six engineers in June. Westmark pressed the Front hard for "
                          "the release of the engineers.")
    assert any(t == "pressure" and s == "Westmark" and g == "Free Hill Front" and r != RULE for t, s, g, r in acts), acts


NAMED = "interactions.release_aims.named_holder"

# (text, captive, holder): two holders named, the release of one captive told without a doer
HELD_BEFORE = [
    # a participle on the apposition, a passive release a sentence later
    ("Anna Berg, a teacher held by the Free Hill Front since 2019, and Jon Lund, a pilot jailed by Westmark, "
     "were part of the deal. Berg was released on Friday.", "Anna Berg", "Free Hill Front"),
    # a relative clause of being in someone's captivity, a bare release noun
    ("Norland thanked Ostland for the release of Anna Berg, who had been in Free Hill Front captivity since "
     "2019. Jon Lund, a pilot jailed by Westmark, went home too. Berg was freed on Friday.", "Anna Berg",
     "Free Hill Front"),
    # a holding verb conjoined to a relative clause of seizing
    ("Anna Berg, a teacher who was seized in May and held by the Free Hill Front, and Jon Lund, a pilot jailed "
     "by Westmark, were part of the deal. Berg was released on Friday.", "Anna Berg", "Free Hill Front"),
]


@pytest.mark.parametrize("text, captive, holder", HELD_BEFORE)
def test_release_by_the_told_holder(analyze, text, captive, holder):
    d = analyze(text)
    names = {a.id: a.name for a in d.actors}
    acts = [(i.type, names.get(i.source), names.get(i.target), i.traced("source")) for i in d.interactions]
    assert any(t == "release" and s == holder and g == captive and r == NAMED for t, s, g, r in acts), acts


def test_no_holder_told_no_source(analyze):
    """Nobody is said to hold the captive: the release keeps no doer."""
    d = analyze("Anna Berg, a teacher from Lunde, and Jon Lund were part of the deal. Berg was released on Friday.")
    assert not [i for i in d.interactions if i.traced("source") == NAMED], d.interactions
