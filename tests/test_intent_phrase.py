"""Who does an infinitive or gerund hung on a noun of intent that is no object of the doer's verb
(syntax/inherit.py ``intent_phrase_verb`` and ``purpose_noun``, session 43):

- rule interactions.inherit.intent_phrase: "X flew to Z in a bid to free Y", "in an effort to persuade
  Y, X sent an envoy", "X is looking for a way to pressure Y" -> X;
- rule interactions.inherit.purpose_participle: "X launched a campaign aimed at pressuring Y", "its
  campaign aimed at pressuring Y" -> X (the noun's owner);
- the session-32 intent holder with a verb of seeking: "X sought a way to convince Y" -> X.

Every sentence is invented for these tests (invented parties), with near-misses where the noun's
owner is not known and the act keeps no doer from the clause.
"""

from __future__ import annotations

import pytest

from interaction_helpers import find


@pytest.mark.parametrize("sentence, type_, source, target, rule", [
    # a fronted intent phrase, past tense
    ("In an effort to persuade the Free Hill Front, Ostland sent its foreign minister to Valdor.",
     "persuade", "ostland", "free-hill-front", "interactions.inherit.intent_phrase"),
    # a trailing one, a person as the doer
    ("Anna Berg travelled to Valdor on Monday in a bid to persuade the Free Hill Front.",
     "persuade", "anna-berg", "free-hill-front", "interactions.inherit.intent_phrase"),
    # after an object of the verb's own
    ("Ostland freed ten prisoners in an attempt to pressure the Free Hill Front.",
     "pressure", "ostland", "free-hill-front", "interactions.inherit.intent_phrase"),
    # a verb of searching with its preposition, progressive
    ("Ostland is looking for a way to pressure the Free Hill Front.",
     "pressure", "ostland", "free-hill-front", "interactions.inherit.intent_phrase"),
])
def test_intent_phrase_takes_the_verb_subject(acts_of, sentence, type_, source, target, rule):
    act = find(acts_of(sentence), type_, source, target)
    assert act.trace.get("source") == rule, act.trace


@pytest.mark.parametrize("sentence, source", [
    # the object of a verb of intent
    ("Ostland launched a campaign aimed at pressuring the Free Hill Front.", "ostland"),
    # a possessor, in a reported clause
    ("The Ostland government says the raids are part of its campaign aimed at pressuring the Free Hill Front.",
     "ostland-government"),
    # an infinitive under the participle
    ("Anna Berg launched a campaign designed to pressure the Free Hill Front.", "anna-berg"),
])
def test_purpose_participle_takes_the_noun_owner(acts_of, sentence, source):
    act = find(acts_of(sentence), "pressure", source, "free-hill-front")
    assert act.trace.get("source") == "interactions.inherit.purpose_participle", act.trace


def test_seeking_a_way_is_the_seekers(acts_of):
    find(acts_of("For weeks the Free Hill Front sought a way to convince Anna Berg."), "persuade",
         "free-hill-front", "anna-berg")


@pytest.mark.parametrize("sentence", [
    # another preposition: the phrase says nothing of the verb's subject's aim
    "Tom Hale criticised the Front after an attempt to pressure Ostland.",
    # the campaign is nobody's named: its subject criticises it, it does not pressure
    "Tom Hale criticised a campaign aimed at pressuring Ostland.",
])
def test_near_misses_take_no_doer_from_the_clause(acts_of, sentence):
    acts = acts_of(sentence)
    assert not any(i.type == "pressure" and i.source == "tom-hale" for i in acts), \
        [(i.type, i.source, i.target, i.rule) for i in acts]


@pytest.mark.parametrize("sentence, type_, negated", [
    ("Ostland has no way to contact the Free Hill Front.", "contact", True),
    ("Anna Berg had no chance to meet Tom Hale in Valdor.", "meet", True),
    # near-miss: an indefinite noun of intent leaves the act as told
    ("Anna Berg had a chance to meet Tom Hale in Valdor.", "meet", False),
])
def test_no_before_the_noun_of_intent_denies_the_act(acts_of, sentence, type_, negated):
    """Rule interactions.modality.negative_determiner on the noun of intent ("no way to contact Y"), s43: the act
    the noun's infinitive names is not open to its doer."""
    acts = [i for i in acts_of(sentence) if i.type == type_]
    assert acts and all(bool(i.negated) == negated for i in acts), [(i.type, i.source, i.target, i.negated) for i in acts]


@pytest.mark.parametrize("sentence", [
    "Qatar, which flew to Valdor in a bid to mediate, met Karl Vogt.",
    "Oman, which flew to Valdor on Monday in an effort to mediate, met Anna Berg.",
])
def test_intransitive_mediate_takes_no_window_party(acts_of, sentence):
    """Near-miss (review s43): a bid to mediate that names no sides gives the bidder no window parties; the
    one it met for another end is no side it stands between."""
    assert not [i for i in acts_of(sentence) if i.type == "mediate"], acts_of(sentence)


def test_mediate_between_named_sides_keeps_them(acts_of):
    """Positive: a bid to mediate between named sides still makes the mediation with them."""
    med = {(i.source, i.target) for i in acts_of(
        "Qatar, which flew to Valdor in a bid to mediate between Egypt and Jordan, met Karl Vogt.") if i.type == "mediate"}
    assert med == {("qatar", "egypt"), ("qatar", "jordan")}, med
