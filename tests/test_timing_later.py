"""Rule interactions.timing.later_mention: an undated past act dated by a definite mention of the
same event one or two sentences later (invented names, places and sentences only).

Why: a lead often tells the main act undated and dates it in the next sentence, naming it again
("On Friday, the signing took place in Lund"); the negative tests pin the near misses (a later
phase, a plan, an act that dates itself, a run that moved on).
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
import spacy

from interaction_helpers import dated_to
from backchannel.docindex import DocIndex

PUB = "2026-06-05"  # a Friday
RULE = "interactions.timing.later_mention"


@pytest.fixture(scope="module")
def acts(dated_acts):
    return dated_acts(PUB)


@pytest.mark.parametrize("text, kind, target, value", [
    # a retelling noun, the date opening the next paragraph
    ("Norland and Vesterland signed a grain export deal with Ostmark.\n\nOn Friday, the development "
     "came in Lund, with both ministers present.", "agree", "ostmark", "2026-06-05"),
    # the same kind of noun, date on its verb, passive
    ("Rebels in Vesterland have freed the engineer Ola Brandt. The release was completed on Wednesday "
     "near the border.", "release", "ola-brandt", "2026-06-03"),
    # a possessive time two sentences on
    ("The Korvan militia has freed the pilot Ola Brandt, officials said.\n\nHis family thanked the "
     "mediators.\n\nCalling yesterday's release a relief, the minister praised Ostmark.",
     "release", "ola-brandt", "2026-06-04"),
    # the date on the noun itself
    ("Norland met the Vesterland delegation in Lund. The meeting on Tuesday lasted two hours.",
     "meet", "vesterland-delegation", "2026-06-02"),
    # a verb-less telling: "the signing ceremony"
    ("Norland signed a truce with Vesterland. The signing ceremony took place on Thursday in Lund.",
     "agree", "vesterland", "2026-06-04"),
    # a month
    ("Vesterland reached a ceasefire agreement with Norland. The deal was signed in May in Lund.",
     "agree", "norland", "2026-05"),
])
def test_interactions_timing_later_mention(acts, text, kind, target, value):
    found = dated_to(acts(text), kind, target)
    assert (value, RULE) in found


@pytest.mark.parametrize("text, kind, target", [
    # a later phase of the accord, not its signing
    ("Norland signed a truce with Vesterland. The truce took effect on Sunday.", "agree", "vesterland"),
    # planned: the date is after the report
    ("Norland signed a truce with Vesterland. The signing ceremony will take place next Tuesday.",
     "agree", "vesterland"),
    # the run moved on to another time before any mention
    ("Rebels in Vesterland freed the engineer Ola Brandt. On Monday, the army shelled Lund. "
     "The release was welcomed on Tuesday.", "release", "ola-brandt"),
    # a reaction to the event, dated on its own verb
    ("Rebels in Vesterland freed the engineer Ola Brandt. The release was welcomed on Tuesday by the "
     "minister.", "release", "ola-brandt"),
    # the act's own sentence dates it (another rule), never the later mention
    ("Rebels in Vesterland freed the engineer Ola Brandt on Monday. The release was completed on "
     "Tuesday.", "release", "ola-brandt"),
    # an indefinite noun names another event
    ("Rebels in Vesterland freed the engineer Ola Brandt. A release of other captives came on Tuesday.",
     "release", "ola-brandt"),
])
def test_interactions_timing_later_mention_near_misses(acts, text, kind, target):
    found = dated_to(acts(text), kind, target)
    assert not any(r == RULE for _, r in found)


# -- a lead adverb before a time phrase ("Earlier on Friday, ..."): the phrase dates the verb --
@pytest.mark.parametrize("text, kind, target, value", [
    ("Earlier on Friday, the Norland delegation held talks with Vesterland in Lund.",
     "negotiate", "vesterland", "2026-06-05"),
    ("Later on Monday, rebels in Vesterland freed the engineer Ola Brandt.", "release", "ola-brandt",
     "2026-06-01"),
    ("Late on Tuesday, Norland and Vesterland signed a truce in Lund.", "agree", "vesterland", "2026-06-02"),
    ("Early on Thursday, the Norland envoy met Ola Brandt in Lund.", "meet", "ola-brandt", "2026-06-04"),
    ("Earlier on Wednesday the rebels had freed the engineer Ola Brandt, officials said.",
     "release", "ola-brandt", "2026-06-03"),
    ("Late in May, Norland met the Vesterland delegation in Lund.", "meet", "vesterland-delegation",
     "2026-05"),
])
def test_time_phrase_led_by_an_adverb(acts, text, kind, target, value):
    assert value in [v for v, _ in dated_to(acts(text), kind, target)]


@pytest.mark.parametrize("text, kind, target", [
    # the adverb alone is a vague time
    ("Earlier, the Norland delegation held talks with Vesterland in Lund.", "negotiate", "vesterland"),
    ("Rebels in Vesterland later freed the engineer Ola Brandt.", "release", "ola-brandt"),
])
def test_lead_adverb_alone_dates_nothing(acts, text, kind, target):
    assert [v for v, _ in dated_to(acts(text), kind, target)] in ([], [None])


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)


@pytest.mark.parametrize("lead", ["Earlier", "Later", "Late", "Early"])
def test_time_phrase_hung_on_its_lead_adverb_attaches_to_the_verb(lead):
    # the parse a longer context gives: "on" hangs on the adverb, the adverb on the verb
    doc = _parsed([lead, "on", "Friday", ",", "Norland", "met", "Vesterland", "."],
                  [5, 0, 1, 5, 5, 5, 5, 5], ["advmod", "prep", "pobj", "punct", "nsubj", "ROOT", "dobj", "punct"],
                  ["ADV", "ADP", "PROPN", "PUNCT", "PROPN", "VERB", "PROPN", "PUNCT"])
    assert DocIndex.attachment(doc[1:3]).text == "met"


def test_time_phrase_on_another_adverb_stays_there():
    # "soon after Friday": not a lead adverb of a time phrase; the phrase stays on the adverb
    doc = _parsed(["Norland", "met", "Vesterland", "soon", "after", "Friday", "."],
                  [1, 1, 1, 1, 3, 4, 1], ["nsubj", "ROOT", "dobj", "advmod", "prep", "pobj", "punct"],
                  ["PROPN", "VERB", "PROPN", "ADV", "ADP", "PROPN", "PUNCT"])
    assert DocIndex.attachment(doc[4:6]).text == "soon"


# -- interactions.timing.previous_sentence: a fronted participle's date is background ----------
PREVIOUS = "interactions.timing.previous_sentence"


@pytest.mark.parametrize("text, kind, target, value", [
    ("Kidnapped in Lund in May 2024, Ola Brandt was freed late on Tuesday. The rebels handed him over "
     "to Norland.", "release", "ola-brandt", "2026-06-02"),
    ("Captured in March, the pilot Ola Brandt was released on Monday. Vesterland handed him over to "
     "Norland.", "release", "ola-brandt", "2026-06-01"),
    ("Arrested during a raid in 2023, the engineer Ola Brandt was freed by rebels on Wednesday. He was "
     "handed over to the Norland embassy.", "release", "ola-brandt", "2026-06-03"),
    ("Abducted in January, the journalist Ola Brandt was set free on Thursday. The rebels handed her "
     "over to the Norland envoy in Lund.", "release", "ola-brandt", "2026-06-04"),
    ("Seized off the coast in 2022, the engineer Ola Brandt was released on Monday. Vesterland handed "
     "him over to Ostmark.", "release", "ola-brandt", "2026-06-01"),
    ("Taken hostage near Lund in 2024, the pilot Ola Brandt was freed yesterday. Vesterland's army "
     "handed him over to Norland.", "release", "ola-brandt", "2026-06-04"),
])
def test_interactions_timing_previous_sentence_main_clause_first(acts, text, kind, target, value):
    assert value in [v for v, _ in dated_to(acts(text), kind, target)]



# -- the mention's own participle or relative clause tells it happen, with the date ----------
@pytest.mark.parametrize("text, kind, target, value", [
    ("Norland has agreed to a ceasefire with Vesterland. The deal, signed by both leaders in Lund on "
     "Tuesday, sets out a border line.", "agree", "vesterland", "2026-06-02"),
    ("Norland has agreed to a ceasefire with Vesterland. The agreement, which was reached in Lund on "
     "Wednesday, covers the northern border.", "agree", "vesterland", "2026-06-03"),
    ("Rebels in Vesterland have freed the engineer Ola Brandt. The release, which took place near Lund "
     "on Monday, was welcomed by Ostmark.", "release", "ola-brandt", "2026-06-01"),
])
def test_mention_dated_by_its_happening_clause(acts, text, kind, target, value):
    assert (value, RULE) in dated_to(acts(text), kind, target)


@pytest.mark.parametrize("text, kind, target", [
    # the clause tells a reaction, not the event happening
    ("Norland has agreed to a ceasefire with Vesterland. The deal, welcomed by Ostmark on Tuesday, "
     "calls for a halt to the shelling.", "agree", "vesterland"),
    # an indefinite noun: another deal
    ("Norland has agreed to a ceasefire with Vesterland. A deal signed by Ostmark on Tuesday calls for "
     "a halt to the shelling.", "agree", "vesterland"),
    # the clause tells a later phase
    ("Norland has agreed to a ceasefire with Vesterland. The truce, which came into force on Tuesday, "
     "is fragile.", "agree", "vesterland"),
])
def test_mention_clause_near_misses(acts, text, kind, target):
    assert not any(r == RULE for _, r in dated_to(acts(text), kind, target))


# -- a mention that a verb of announcing news takes as its object: the announcement's day ------------
@pytest.mark.parametrize("text, kind, target, value", [
    ("Norland has agreed to a prisoner swap with Vesterland that freed seven engineers. The two "
     "governments announced the exchange in twin statements on Saturday.", "release", "engineers", "2026-05-30"),
    ("Rebels in Vesterland have freed the engineer Ola Brandt. On Wednesday the Norland ministry "
     "announced the release in a statement.", "release", "ola-brandt", "2026-06-03"),
    ("Rebels in Vesterland have freed the engineer Ola Brandt. The Norland ministry reported the "
     "handover on Thursday.", "release", "ola-brandt", "2026-06-04"),
])
def test_mention_announced_as_news(acts, text, kind, target, value):
    assert (value, RULE) in dated_to(acts(text), kind, target)


@pytest.mark.parametrize("text, kind, target", [
    # a reaction in a statement is no announcement
    ("Rebels in Vesterland have freed the engineer Ola Brandt. The Norland ministry welcomed the release "
     "in a statement on Wednesday.", "release", "ola-brandt"),
    # an indefinite noun: other captives
    ("Rebels in Vesterland freed the engineer Ola Brandt. The ministry announced a release of other "
     "captives on Wednesday.", "release", "ola-brandt"),
    # the mention inside what was said, not the object of the announcing verb
    ("Rebels in Vesterland have freed the engineer Ola Brandt. The Norland ministry said on Wednesday "
     "that the release was a relief.", "release", "ola-brandt"),
])
def test_mention_announced_near_misses(acts, text, kind, target):
    assert not any(r == RULE for _, r in dated_to(acts(text), kind, target))
