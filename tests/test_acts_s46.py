"""Constructions the s46 census of missed acts found (s46-acts): an act hung on a description set beside a
name is the named party's (interactions.described.named_referent); a person kept on charges stands accused
(interactions.frames.accuse.hold / .jail / .detain / ...); a release retold by listing whom it freed
(interactions.frames.release.include, interactions.listed_releases.listed_freer); an ultimatum's for-clause
names whom it asks (interactions.appeals.for_clause_subject on the noun); a meeting told as an event is the
story's sides' (interactions.held_meetings.event_sides). Each on invented sentences
of several shapes, with near misses where the same words tell something else.

Every sentence is invented for these tests, with invented parties (Norland, Ostland, the Free Hill Front) and
invented people; real states appear only where the rule needs a demonym the gazetteer knows.
"""

from __future__ import annotations

import pytest
from interaction_helpers import has_act

# (type, text, source name, target name; None = any target)
ADDED = [
    # a description beside the name: relative clause on an apposition, participle on a copula's attribute or on
    # an apposition, a relative object pronoun
    ("accuse", "Norland freed Jonas Lund, an accountant who was charged with fraud.", None, "Jonas Lund"),
    ("accuse", "Jonas Lund is a ship's cook accused of smuggling tobacco into Ostland.", None, "Jonas Lund"),
    ("accuse", "Norland released Jonas Lund, a mechanic accused of selling stolen tyres.", None, "Jonas Lund"),
    ("accuse", "Ostland fined Jonas Lund, a trader whom Norland has blamed for the port delays.", "Norland",
     "Jonas Lund"),
    # kept on charges: passive, reduced clause on a description, active with the keeper named
    ("accuse", "Jonas Lund has been held on fraud charges since May.", None, "Jonas Lund"),
    ("accuse", "Anna Berg, a banker jailed on charges of bribery, went home on Monday.", None, "Anna Berg"),
    ("accuse", "Peru is holding Jonas Lund on spying charges.", "Peru", "Jonas Lund"),
    ("accuse", "The Free Hill Front is holding Jonas Lund on charges of spying.", "Free Hill Front", "Jonas Lund"),
    ("accuse", "Karl Moe, who was detained on tax charges, left Lunde.", None, "Karl Moe"),
    # a release retold as a list: nationals (the story's other side), the by-phrase, the one freer so far
    ("release", "Peru and Chile held talks in Lima. The freed Peruvians included Jonas Lund, a teacher, and Anna "
     "Berg, a nurse.", "Chile", "Anna Berg"),
    ("release", "Peru and Chile held talks in Lima. The freed Peruvians included the cook Anna Berg, whose trawler "
     "sank off Arica in May, the pilot Jonas Lund and the deckhand Ola Dahl.", "Chile", "Ola Dahl"),
    ("release", "The prisoners freed by Norland on Monday include Jonas Lund and Anna Berg.", "Norland",
     "Anna Berg"),
    ("release", "The Free Hill Front freed Anna Berg on Monday. The released hostages include two nurses, Jonas "
     "Lund and Eva Holm.", "Free Hill Front", "Jonas Lund"),
]

ULTIMATUMS = [
    # an ultimatum's for-clause names the one asked (interactions.appeals.for_clause_subject, now on the noun too)
    ("demand", "Peru issued an ultimatum for Chile to pull its ships out of the bay by Friday.", "Peru", "Chile"),
    ("demand", "Peru sent a final ultimatum for the Chilean navy to leave the bay.", "Peru", "Chilean navy"),
    ("demand", "On Monday Peru delivered an ultimatum for Chile to withdraw its troops from the border.", "Peru", "Chile"),
]
ADDED += ULTIMATUMS

MEETINGS = [
    # a meeting told as an event with no party named: the story's two sides
    ("meet", "Peru and Chile began talks in Lima in August. Their second meeting took place in Quito in early "
     "May.", "Peru", "Chile"),
    ("meet", "Peru and Chile began talks in Lima in August. A second meeting was held in Quito.", "Peru", "Chile"),
]
ADDED += MEETINGS

# (type, text, source name, target name): an act the rule must not make
NOT_ADDED = [
    # the clause may be the of-object's: the description's of-person is accused, not the one it describes
    ("accuse", "Jonas Lund, the brother of Anna Berg who was accused of spying, spoke on Monday.", None,
     "Jonas Lund"),
]

# (type, text): the same words with no act of that type
NEAR_MISSES = [
    ("accuse", "Jonas Lund was arrested on drug charges in Lunde."),  # the arrest is the act told
    ("accuse", "The talks were held on Monday in Lunde."),  # "held" with no charges
    ("accuse", "The judge ruled on the charges against Jonas Lund."),  # no verb of keeping someone
    ("release", "The talks included Jonas Lund and Anna Berg."),  # no freed subject
    ("demand", "Peru issued an ultimatum for the hostages to be freed."),  # captives are asked nothing
    ("meet", "Peru and Chile began talks in Lima in August. Chile held a meeting on Monday."),  # one who met
    ("meet", "Peru and Chile began talks in Lima in August. The meeting of the cabinet took place on Monday."),
    ("release", "The freed hostages included no one from Norland."),  # no party listed
    ("release", "The Free Hill Front freed Anna Berg on Monday. Her released diaries include letters to Jonas "
     "Lund."),  # things listed, no one freed
]


@pytest.mark.parametrize("type_, text, source, target", ADDED)
def test_added_construction_is_read(named_acts, type_, text, source, target):
    acts = named_acts(text)
    assert has_act(acts, type_, source, target), acts


@pytest.mark.parametrize("type_, text, source, target", NOT_ADDED)
def test_guarded_reading_is_not_made(named_acts, type_, text, source, target):
    acts = named_acts(text)
    assert not has_act(acts, type_, source, target), acts


# the ids of this session's frames
NEW_RULES = {f"interactions.frames.accuse.{lemma}" for lemma in ("hold", "jail", "imprison", "detain",
                                                               "incarcerate")} | {"interactions.frames.release.include"}
NEW_TRACES = {"interactions.described.named_referent", "interactions.appeals.for_clause_subject",
              "interactions.held_meetings.event_sides"}


@pytest.mark.parametrize("type_, text", NEAR_MISSES)
def test_near_miss_is_not_read(analyze, type_, text):
    d = analyze(text)
    assert not [i for i in d.interactions if i.type == type_ and (i.rule in NEW_RULES or NEW_TRACES & set(
        (i.trace or {}).values()))]


def test_description_reading_is_traced(analyze):
    d = analyze("Norland released Jonas Lund, a mechanic accused of selling stolen tyres.")
    acts = [i for i in d.interactions if i.type == "accuse"]
    assert acts and acts[0].traced("target") == "interactions.described.named_referent"


def test_listed_release_rule_and_freer_trace(analyze):
    d = analyze("The Free Hill Front freed Anna Berg on Monday. The released hostages include two nurses, Jonas "
                "Lund and Eva Holm.")
    acts = [i for i in d.interactions if i.rule == "interactions.frames.release.include"]
    assert acts and acts[0].traced("source") == "interactions.listed_releases.listed_freer"


def test_negated_held_meeting(analyze):
    d = analyze("Peru and Chile began talks in Lima in August. No meeting occurred in Quito.")
    acts = [i for i in d.interactions if i.type == "meet"]
    assert acts and acts[0].negated and acts[0].traced("sides") == "interactions.held_meetings.event_sides"
