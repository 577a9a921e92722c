"""Who does an infinitive on a noun of intent (syntax/roles.py ``_intent_holder``, session 32):
"X made a flying visit to meet Y", "X took steps to negotiate with Y" -> X. The noun is no
actor, so before this the act had no doer (or the story's guess).

Every sentence is invented for these tests (invented parties, or real state names in invented
events), with near-misses on which the noun's infinitive must not take the verb's subject.
"""

from __future__ import annotations

import pytest

from interaction_helpers import find


@pytest.mark.parametrize("sentence, type_, source, target", [
    ("Ola Brandt made a flying visit to meet Jon Berg in Kessel.", "meet", "ola-brandt", "jon-berg"),
    ("Norland took steps to negotiate with Vesterland.", "negotiate", "norland", "vesterland"),
    ("Eva Strand had the chance to meet Lars Dahl on Monday.", "meet", "eva-strand", "lars-dahl"),
    ("The Norland Supreme Court announced plans to offer amnesty to Karl Moen.", "propose",
     "norland-supreme-court", "karl-moen"),
    # future tense, a second object noun on the infinitive's own agent phrase
    ("Ostland will make another attempt to free the hostages held by the Red Hand.", "release", "ostland",
     "hostages-held-by-the-red-hand"),
    # perfect tense, an owner pronoun on the noun (the subject's own promise)
    ("Vesterland has broken its promise to release the prisoners.", "release", "vesterland", "prisoners"),
])
def test_intent_noun_infinitive_takes_the_verb_subject(acts_of, sentence, type_, source, target):
    find(acts_of(sentence), type_, source, target)


def test_intent_noun_as_predicate(acts_of):
    acts = acts_of("Anna Lind called it a great honour to meet Jon Berg in Kessel.")
    assert any(i.type == "meet" and i.source == "anna-lind" for i in acts), acts


@pytest.mark.parametrize("sentence", [
    # another verb: whose decision it is stays open
    "Nils Ek welcomed the decision to meet Sven Aas.",
    # the noun has its own owner
    "Nils Ek criticised Ostland's plan to meet Sven Aas.",
    "Nils Ek opposed a plan by Ostland to meet Sven Aas.",
])
def test_intent_noun_near_misses(acts_of, sentence):
    acts = acts_of(sentence)
    assert not any(i.type == "meet" and i.source == "nils-ek" for i in acts), \
        [(i.type, i.source, i.target, i.rule) for i in acts]


def test_sent_envoy_is_unchanged(acts_of):
    """A sent envoy's purpose infinitive is still the envoy's (``purpose_control``)."""
    find(acts_of("Norland sent an envoy to meet Sven Aas."), "meet", "envoy", "sven-aas")


@pytest.mark.parametrize("sentence, holder", [
    # a noun of several parties: the announcer is not the doer (s32 review)
    ("Norway's foreign minister announced an agreement to free the prisoners held by Sweden.", "sweden"),
    # a plan announced or unveiled: the holder named by "held by" stays the releaser
    ("Norland unveiled a plan to free the hostages held by the Red Hand.", "red-hand"),
    ("Norland announced plans to free the prisoners held by Vesterland.", "vesterland"),
])
def test_announced_intent_keeps_the_named_holder(acts_of, sentence, holder):
    acts = [i for i in acts_of(sentence) if i.type == "release"]
    assert acts and all(i.source == holder for i in acts), [(i.type, i.source, i.target, i.rule) for i in acts]


def test_agreement_makes_no_announcer_releaser(acts_of):
    """"Qatar announced an agreement to release Z": who releases is not said; never the announcer."""
    acts = acts_of("Qatar announced an agreement to release the hostages held by the rebels.")
    assert not any(i.type == "release" and i.source == "qatar" for i in acts), \
        [(i.type, i.source, i.target, i.rule) for i in acts]


def test_own_attempt_on_held_captives_is_still_the_subjects(acts_of):
    """Near-miss: a verb of doing ("took steps", "made an attempt") keeps its subject as the doer even
    when the captives' holder is named."""
    find(acts_of("Norland took steps to free the prisoners held by the Red Hand."), "release", "norland",
         "prisoners-held-by-the-red-hand")
