"""Trigger words and light-verb expressions added to data/frames.toml from general knowledge of
English news language (s39 lexicon): each added expression on an invented sentence, plus near
misses where the same verb takes another object or the idiom is not the act.

Every sentence is invented for these tests, with invented parties (Norland, Ostrava, Lydia) and
invented people; the frames are not keyed to any report's wording.
"""

from __future__ import annotations

import pytest

# (type, text, source, target): an act of that type from source (to target; None = any target)
ADDED = [
    # agree: agreement nouns under the verbs of making a deal, "come to terms", "consent to"
    ("agree", "Norland and Ostrava reached an understanding on the border in May.", "norland", "ostrava"),
    ("agree", "Norland sealed an accord with Ostrava on Monday.", "norland", "ostrava"),
    ("agree", "Norland and Ostrava forged a pact on Monday.", "norland", "ostrava"),
    ("agree", "Norland and Ostrava concluded a treaty on Monday.", "norland", "ostrava"),
    ("agree", "Norland and Ostrava reached a compromise on Monday.", "norland", "ostrava"),
    ("agree", "Norland and Ostrava reached a settlement after weeks of talks.", "norland", "ostrava"),
    ("agree", "Norland and Ostrava hammered out a ceasefire in Geneva.", "norland", "ostrava"),
    ("agree", "Norland came to terms with Ostrava on Monday.", "norland", None),
    ("agree", "Norland consented to the exchange with Ostrava on Monday.", "norland", None),
    # reject: turning down an offer, undoing a deal or talks
    ("reject", "Norland rebuffed the Ostravan offer.", "norland", None),
    ("reject", "Norland spurned Ostrava's offer.", "norland", "ostrava"),
    ("reject", "Norland vetoed Ostrava's proposal.", "norland", "ostrava"),
    ("reject", "Norland shot down Ostrava's proposal.", "norland", "ostrava"),
    ("reject", "Norland declined Ostrava's offer.", "norland", "ostrava"),
    ("reject", "Norland dismissed Ostrava's proposal.", "norland", "ostrava"),
    ("reject", "Norland scrapped the deal with Ostrava.", "norland", None),
    ("reject", "Norland abandoned the deal with Ostrava.", "norland", None),
    ("reject", "Norland tore up the accord with Ostrava.", "norland", None),
    ("reject", "Norland repudiated the accord with Ostrava.", "norland", None),
    ("reject", "Norland broke off talks with Ostrava.", "norland", None),
    ("reject", "Norland suspended talks with Ostrava.", "norland", None),
    # release: repatriating, setting free, a repatriation or handover
    ("release", "Norland repatriated twelve Ostravan soldiers on Monday.", "norland", None),
    ("release", "Norland set three Ostravan soldiers free on Monday.", "norland", None),
    ("release", "Ola Brandt was set free by Norland on Monday.", "norland", "ola-brandt"),
    ("release", "Norland's repatriation of Ostravan soldiers came on Monday.", "norland", None),
    ("release", "Norland's handover of Ola Brandt came on Monday.", "norland", "ola-brandt"),
    # accuse: verbs of public censure aimed at a party
    ("accuse", "Norland denounced Ostrava over the raid.", "norland", "ostrava"),
    ("accuse", "Norland lambasted Ostrava over the raid.", "norland", "ostrava"),
    ("accuse", "Norland slammed Ostrava over the raid.", "norland", "ostrava"),
    ("accuse", "Norland rebuked Ostrava over the raid.", "norland", "ostrava"),
    ("accuse", "Norland faulted Ostrava for the collapse.", "norland", "ostrava"),
    ("accuse", "Norland castigated Ostrava over the raid.", "norland", "ostrava"),
    ("accuse", "Norland censured Ostrava over the raid.", "norland", "ostrava"),
    ("accuse", "Norland berated Ostrava over the raid.", "norland", "ostrava"),
    # pressure: making a party act, tariffs imposed
    ("pressure", "Norland forced Ostrava to accept the deal.", "norland", "ostrava"),
    ("pressure", "Norland compelled Ostrava to accept the deal.", "norland", "ostrava"),
    ("pressure", "Norland coerced Ostrava into a deal.", "norland", "ostrava"),
    ("pressure", "Norland bullied Ostrava into the deal.", "norland", "ostrava"),
    ("pressure", "Norland pushed Ostrava to accept the deal.", "norland", "ostrava"),
    ("pressure", "Norland imposed tariffs on Ostrava.", "norland", "ostrava"),
    # persuade: coaxing, talking into, prevailing on
    ("persuade", "Norland talked Ostrava into the deal.", "norland", "ostrava"),
    ("persuade", "Norland coaxed Ostrava into the deal.", "norland", "ostrava"),
    ("persuade", "Norland cajoled Ostrava into the deal.", "norland", "ostrava"),
    ("persuade", "Norland induced Ostrava to accept the deal.", "norland", "ostrava"),
    ("persuade", "Norland prevailed on Ostrava to accept the deal.", "norland", "ostrava"),
    # demand: imploring a party to act, telling it to
    ("demand", "Norland implored Ostrava to free the soldiers.", "norland", "ostrava"),
    ("demand", "Norland beseeched Ostrava to free the soldiers.", "norland", "ostrava"),
    ("demand", "Norland told Ostrava to free the soldiers.", "norland", "ostrava"),
]

# (type, text): the added trigger with another object, or an idiom that is not the act
NEAR_MISSES = [
    ("agree", "The accord is fragile, Norland said."),
    ("agree", "Norland explained the terms of the deal."),
    ("agree", "Norland came to the capital on Monday."),
    ("agree", "Norland has a good understanding of the region."),
    ("reject", "Norland declined to comment on the talks."),
    ("reject", "Norland dismissed the minister on Monday."),
    ("reject", "Norland shot down an Ostravan drone."),
    ("reject", "Norland abandoned the town of Lydia."),
    ("reject", "Norland broke off a branch of the tree."),
    ("reject", "Norland suspended the minister on Monday."),
    ("release", "Norland set the table for dinner."),
    ("release", "Norland set a deadline for Ostrava."),
    ("release", "A treaty obliges the repatriation of detained fighters once the war ends."),  # no doer named
    ("accuse", "Norland decried the violence in Lydia."),
    ("accuse", "Norland slammed the door on Monday."),
    ("pressure", "The war forced thousands of people to flee Lydia."),
    ("pressure", "Ola Brandt was forced to resign on Monday."),
    ("pressure", "Norland pushed the bill through parliament."),
    ("pressure", "Norland imposed a curfew on Lydia."),
    ("persuade", "Norland talked about the deal on Monday."),
    ("demand", "Norland begged to differ."),
    ("demand", "Norland told reporters that the talks were over."),
]


@pytest.mark.parametrize("type_, text, source, target", ADDED)
def test_added_expression_is_read(acts_of, type_, text, source, target):
    acts = [(i.type, i.source, i.target) for i in acts_of(text)]
    assert any(t == type_ and s == source and (target is None or g == target) for t, s, g in acts), acts


@pytest.mark.parametrize("type_, text", NEAR_MISSES)
def test_near_miss_is_not_read(acts_of, type_, text):
    assert not [i for i in acts_of(text) if i.type == type_]
