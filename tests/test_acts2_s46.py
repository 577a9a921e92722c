"""Constructions the s46 census of missed acts found and s46-acts2 built: taking up another party's plan is agreeing
with it (interactions.frames.agree.endorse_verb_obj_blueprint, .back, .embrace); a nominal of one party's consent
is its agreement (interactions.frames.agree.consent_noun, .assent_noun, .blessing ...); dealing with parties is
negotiating with each (interactions.frames.negotiate.deal); knowing or hearing of a thing is learning it
(interactions.frames.learn.aware, .hear_*); telling a party through go-betweens passes it a message
(interactions.frames.message.tell_verb_via, .tell_verb_through). Each on invented sentences of several shapes,
with near misses where the same words tell something else.

Every sentence is invented for these tests, with invented parties (Norland, Ostland, the Free Hill Front) and
invented people; real states appear only where the rule needs a name the gazetteer knows.
"""

from __future__ import annotations

import pytest
from interaction_helpers import has_act

# (type, text, source name, target name; None = any target)
ADDED = [
    # a plan another party owns, taken up: possessor, of-phrase; three verbs
    ("agree", "Ostland endorsed Norland's peace plan on Friday.", "Ostland", "Norland"),
    ("agree", "The Free Hill Front backed the proposal of Norland at a press conference.", "Free Hill Front",
     "Norland"),
    ("agree", "Ostland backed the proposal of Peru.", "Ostland", "Peru"),
    ("agree", "After a long week Ostland embraced Norland's initiative.", "Ostland", "Norland"),
    # a nominal of one party's consent: possessor, of-phrase with the seeker as the governing verb's subject,
    # the story's other side
    ("agree", "Norland sought the consent of Ostland for the talks.", "Ostland", "Norland"),
    ("agree", "Norland and Ostland met in Lunde. The talks led to Norland's assent to a pause.", "Norland",
     "Ostland"),
    ("agree", "The deal went ahead with Ostland's consent.", "Ostland", None),
    # dealing with parties: a relative clause with a list, a plain clause
    ("negotiate", "The talks were led by Anna Berg, who dealt with Ostland, Norland and the kidnappers.",
     "Anna Berg", "Norland"),
    ("negotiate", "Anna Berg dealt with Peru, Chile and the kidnappers.", "Anna Berg", "Chile"),
    ("negotiate", "The envoy dealt with the Free Hill Front for two years.", "envoy", "Free Hill Front"),
    # knowing of a thing, hearing of it or hearing news of it
    ("learn", "The Red Cross was aware of Norland's plan to free 20 prisoners.", "Red Cross", None),
    ("learn", "Anna Berg heard of the deal on the radio.", "Anna Berg", None),
    ("learn", "Jonas Lund heard the news that he would be freed.", "Jonas Lund", None),
    # telling through go-betweens
    ("message", "Norland told Ostland via Westmark's envoys that it wanted to resume talks.", "Norland", "Ostland"),
    ("message", "Norland told Ostland through intermediaries that it wanted talks.", "Norland", "Ostland"),
]

# (type, text, source name, target name): an act the rule must not make
NOT_ADDED = [
    ("agree", "Norland backed its own plan.", "Norland", "Norland"),
    ("message", "Norland told Ostland that it wanted talks.", "Norland", "Ostland"),  # told directly: informs
]

# (type, text): the same words with no act of that type
NEAR_MISSES = [
    ("agree", "The cabinet backed the plan on Monday."),  # no owner of the plan: no one agreed with
    ("agree", "Norland backed the rebels in the war."),  # backing a party, not a plan
    ("negotiate", "Norland dealt with the crisis quickly."),  # no party dealt with
    ("learn", "Norland was aware that time was short."),  # a view, no of-phrase
    ("learn", "The court heard the case against Jonas Lund."),  # a hearing, no news
]

NEW_RULES = {"interactions.frames.agree.endorse_verb_obj_blueprint", "interactions.frames.agree.back",
             "interactions.frames.agree.embrace", "interactions.frames.negotiate.deal",
             "interactions.frames.learn.aware", "interactions.frames.message.tell_verb_via",
             "interactions.frames.message.tell_verb_through"} | {
    f"interactions.frames.agree.{w}" for w in ("consent_noun", "assent_noun", "blessing", "acquiescence", "go_ahead")} | {
    f"interactions.frames.learn.hear_verb_{q}" for q in ("of", "about", "obj_announcement")}


@pytest.mark.parametrize("type_, text, source, target", ADDED)
def test_added_construction_is_read(named_acts, type_, text, source, target):
    acts = named_acts(text)
    assert has_act(acts, type_, source, target), acts


@pytest.mark.parametrize("type_, text, source, target", NOT_ADDED)
def test_guarded_reading_is_not_made(named_acts, type_, text, source, target):
    acts = named_acts(text)
    assert not has_act(acts, type_, source, target), acts


@pytest.mark.parametrize("type_, text", NEAR_MISSES)
def test_near_miss_is_not_read(analyze, type_, text):
    d = analyze(text)
    assert not [i for i in d.interactions if i.type == type_ and i.rule in NEW_RULES], d.interactions


def test_rules_carry_their_ids(analyze):
    d = analyze("Ostland endorsed Norland's peace plan on Friday. Anna Berg heard of the deal on the radio.")
    assert {"interactions.frames.agree.endorse_verb_obj_blueprint", "interactions.frames.learn.hear_verb_of"} <= {
        i.rule for i in d.interactions}
