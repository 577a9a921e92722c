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
    # message: transmitting, forwarding, dispatching a letter; writing to a party; sending word
    ("message", "Norland transmitted a message to Ostrava.", "norland", "ostrava"),
    ("message", "Norland forwarded a letter to Ostrava.", "norland", "ostrava"),
    ("message", "Norland dispatched a letter to Ostrava.", "norland", "ostrava"),
    ("message", "Norland wrote to Ostrava on Monday.", "norland", "ostrava"),
    ("message", "Norland sent word to Ostrava on Monday.", "norland", "ostrava"),
    # mediate: arbitrating between, interceding with
    ("mediate", "Qatar arbitrated between Norland and Ostrava.", "qatar", "norland"),
    ("mediate", "Qatar arbitrated between Norland and Ostrava.", "qatar", "ostrava"),
    ("mediate", "Qatar interceded with Norland on behalf of Ostrava.", "qatar", "norland"),
    # negotiate: bargaining, haggling with
    ("negotiate", "Norland bargained with Ostrava over the soldiers.", "norland", "ostrava"),
    ("negotiate", "Norland haggled with Ostrava over the soldiers.", "norland", "ostrava"),
    # meet: a meal with a party
    ("meet", "Norland's envoy lunched with Ostrava's president on Monday.", "norland-envoy", "ostrava"),
    # inform: apprising, tipping off, keeping informed, sharing knowledge with
    ("inform", "Norland apprised Ostrava of the deal.", "norland", "ostrava"),
    ("inform", "Norland tipped off Ostrava about the raid.", "norland", "ostrava"),
    ("inform", "Ostrava was tipped off about the raid by Norland.", None, "ostrava"),
    ("inform", "Norland kept Ostrava informed.", "norland", "ostrava"),
    ("inform", "Norland shared intelligence with Ostrava.", "norland", "ostrava"),
    ("inform", "Norland shared the details with Ostrava.", "norland", "ostrava"),
    # learn: getting wind of
    ("learn", "Norland got wind of the talks.", "norland", None),
    ("learn", "Norland caught wind of the talks between Ostrava and Lydia.", "norland", None),
    # propose: floating, pitching, tabling, laying out a plan to a party
    ("propose", "Norland floated a ceasefire to Ostrava.", "norland", "ostrava"),
    ("propose", "Norland pitched a plan to Ostrava.", "norland", "ostrava"),
    ("propose", "Norland tabled a proposal to Ostrava.", "norland", "ostrava"),
    ("propose", "Norland laid out a plan to Ostrava.", "norland", "ostrava"),
    # attack: verbs of armed attack with both ends named, firing at a party, opening fire on it
    ("attack", "Norland pounded Ostrava on Monday.", "norland", "ostrava"),
    ("attack", "Norland raided Ostrava on Monday.", "norland", "ostrava"),
    ("attack", "Norland ambushed Ostravan soldiers.", "norland", None),
    ("attack", "Norland assassinated an Ostravan commander.", "norland", None),
    ("attack", "Norland fired rockets at Ostravan troops on Monday.", "norland", None),
    ("attack", "Norland opened fire on Ostravan troops.", "norland", None),
    # meet: an audience with a party; reject: quitting the talks
    ("meet", "Norland's envoy had an audience with Ostrava's president on Monday.", "norland-envoy", "ostrava"),
    ("meet", "Ola Brandt held an audience with Ostrava's foreign minister.", "ola-brandt", None),
    ("meet", "Norland's foreign minister obtained an audience with the Lydian president, Ivo Ranta.",
     "norland-foreign-minister", "ivo-ranta"),
    ("reject", "Norland quit the talks with Ostrava.", "norland", None),
    # mediate: bridging the gaps between the sides
    ("mediate", "Qatar has sought to bridge the gaps between Norland and Ostrava.", "qatar", "norland"),
    ("mediate", "Qatar bridged the divide between Norland and Ostrava last year.", "qatar", "ostrava"),
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
    ("message", "Norland forwarded its troops to the border."),
    ("message", "Norland wrote about the talks on Monday."),
    ("mediate", "The two judges arbitrated the case."),
    ("negotiate", "Norland bargained for time."),
    ("meet", "Norland dined at the palace on Monday."),
    ("inform", "Norland tipped off the ball."),
    ("inform", "Norland shared a border with Ostrava."),
    ("inform", "Norland shared a meal with Ostrava's envoy."),
    ("learn", "The wind of change swept Lydia."),
    ("propose", "Norland floated the currency."),
    ("propose", "Norland laid out a plan for the economy."),
    ("attack", "Reporters bombarded the minister with questions."),
    ("attack", "Norland pounded the table during the talks."),
    ("attack", "Norland fired the minister on Monday."),
    ("attack", "Norland fired questions at Ostrava's envoy."),
    ("attack", "The police raided the office of a newspaper in Lydia."),
    ("meet", "Norland's president spoke to an audience of thousands."),
    ("meet", "The film had an audience of millions."),
    ("reject", "Norland quit smoking last year."),
    ("mediate", "Norland bridged the river near Lydia."),
    ("mediate", "The gap between Norland and Ostrava has widened."),
]


@pytest.mark.parametrize("type_, text, source, target", ADDED)
def test_added_expression_is_read(acts_of, type_, text, source, target):
    acts = [(i.type, i.source, i.target) for i in acts_of(text)]
    assert any(t == type_ and s == source and (target is None or g == target) for t, s, g in acts), acts


@pytest.mark.parametrize("type_, text", NEAR_MISSES)
def test_near_miss_is_not_read(acts_of, type_, text):
    assert not [i for i in acts_of(text) if i.type == type_]
