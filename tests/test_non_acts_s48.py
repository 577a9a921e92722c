"""Shapes where a trigger word names no act (census s48, issue 12; interactions.non_acts): a talk noun that
labels a person, place or body (TALK_LABEL), "the talks" described by a verb of being or lasting
(DESCRIBED_TALKS), an agentless passive of telling (AGENTLESS_TELLING), telling someone titled as the press
(PRESS_AUDIENCE); and the frame changes of the census: a kidnapping told in a clause that describes the
captive is no act. Each with near misses where the same words do tell the act.

Every sentence is invented for these tests, with invented parties (Norland, Ostland, the Free Hill Front)
and invented people.
"""

from __future__ import annotations

import pytest
from interaction_helpers import has_act

# (type, text): no act of that type comes from the marked word
NO_ACT = [
    # a talk noun labelling who or where
    ("negotiate", "Norland and Ostland signed a truce on Monday. The names of the participants in the talks "
     "were not released."),
    ("negotiate", "Norland and Ostland signed a truce on Monday. A source close to the negotiations said the "
     "text was short."),
    ("negotiate", "Norland and Ostland signed a truce on Monday. Delegates at the talks praised the hosts."),
    ("negotiate", "Norland and Ostland signed a truce on Monday. A diplomat familiar with the negotiations said "
     "the text was short."),
    ("negotiate", "Norland and Ostland signed a truce on Monday. The account rests on interviews with six aides "
     "briefed on the negotiations."),
    ("negotiate", "Norland and Ostland signed a truce on Monday. Anna Berg met both delegations taking part in "
     "the peace talks."),
    ("negotiate", "Norland and Ostland signed a truce on Monday. Anna Berg spoke to reporters outside the talks "
     "venue."),
    # the talks described, not told
    ("negotiate", "Norland and Ostland signed a truce on Monday. The talks were not easy, Anna Berg said."),
    ("negotiate", "Norland and Ostland signed a truce on Monday. The talks lasted for eleven hours."),
    # telling with no teller, or telling the press
    ("inform", "Both states want to join the union, and the two were told to settle the border "
     "first."),
    ("inform", "Jonas Lund told reporter Anna Berg of the Norland Herald that the deal was weak."),
    # welcoming an event, not a guest
    ("meet", "Ostland freed Jonas Lund on Friday. In Norland, Anna Berg welcomed Jonas Lund's release."),
    ("meet", "Ostland freed Jonas Lund on Friday. Anna Berg greeted the news of his freedom with relief."),
    ("meet", "Ostland freed two men on Friday. In Lima, Anna Berg welcomed Jonas Lund and Ola Dahl's release."),
]

# (type, text, source, target): the same words where the act is told
STILL_ACTS = [
    ("negotiate", "Norland held talks with Ostland in Lima on Monday.", "Norland", "Ostland"),
    ("negotiate", "The talks between Norland and Ostland were tense.", "Norland", "Ostland"),
    ("negotiate", "Norland took part in the talks with Ostland.", "Norland", "Ostland"),
    ("negotiate", "Norland was involved in talks with Ostland in May.", "Norland", "Ostland"),
    # (review s48-1) the only mention of the talks, a label naming both sides, a table of talks
    ("negotiate", "The talks remain stalled, and Norland blamed Ostland on Friday.", "Norland", "Ostland"),
    ("negotiate", "Diplomats close to the negotiations between Norland and Ostland expect a deal soon.", "Norland",
     "Ostland"),
    ("negotiate", "Norland and Ostland came back to the negotiation table in May.", "Norland", "Ostland"),
    ("inform", "Westmark was told on Friday that its envoy must leave Norland.", None, "Westmark"),
    ("inform", "Jonas Lund was told by Anna Berg that the deal was off.", "Anna Berg", "Jonas Lund"),
    ("inform", "Anna Berg told Jonas Lund that the deal was off.", "Anna Berg", "Jonas Lund"),
    ("meet", "Anna Berg welcomed Jonas Lund at the airport.", "Anna Berg", "Jonas Lund"),
    ("meet", "Anna Berg received Jonas Lund in her office on Monday.", "Anna Berg", "Jonas Lund"),
    ("attack", "The Free Hill Front kidnapped Jonas Lund in May.", "Free Hill Front", "Jonas Lund"),
    ("attack", "Jonas Lund was kidnapped by the Free Hill Front in May.", "Free Hill Front", "Jonas Lund"),
]


@pytest.mark.parametrize("type_, text", NO_ACT)
def test_shape_names_no_act(analyze, type_, text):
    d = analyze(text)
    names = {a.id: a.name for a in d.actors}
    got = [(i.type, names.get(i.source), names.get(i.target), i.evidence.text if i.evidence else None)
           for i in d.interactions if i.type == type_]
    # the first sentence's truce may give talks of its own; none may come from the second sentence
    second = text.split(". ", 1)[-1]
    assert not [g for g in got if g[3] and second[:30] in g[3]], got


@pytest.mark.parametrize("type_, text, source, target", STILL_ACTS)
def test_act_is_still_read(named_acts, type_, text, source, target):
    acts = named_acts(text)
    assert has_act(acts, type_, source, target), acts


def test_kidnap_with_no_captor_is_background(named_acts):
    """"X, who was kidnapped in May, was freed": the kidnapping names no captor; no attack is made of it."""
    acts = named_acts("Norland freed Jonas Lund, who was kidnapped in May, on Friday.")
    assert not [a for a in acts if a[0] == "attack" and a[1] is None], acts
