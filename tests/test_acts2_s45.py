"""Constructions of the s45 census of missed acts, second part (s45-acts2): a deal made final in an
agentless or by-phrase passive ("the accord was signed / initialled / finalised (by X and Y)"), under a
raising verb ("is expected to be signed"), the initialling of a deal, the act noun of signing ("the
signing of the truce (between X and Y)"), and "it" as the subject of an adjective of will or readiness
("X said it was ready to free them"), and the holder of captives told as one side's members ("Front
commanders were freed": the other side), an agreement to an act of one's own ("X agreed to free them": no
partner), each on invented sentences of several shapes, with near misses.

Every sentence is invented for these tests, with invented parties (Ostland, Norland, the Free Hill
Front) and invented people; a real state's name where the gazetteer must know it. No rule is keyed to
any report's wording.
"""

from __future__ import annotations

import pytest
from interaction_helpers import has_act

TALKS = "Ostland and the Free Hill Front held talks in Lunde for months. "

# (type, text, source name, target name; None = any)
ADDED = [
    # an agentless passive: the story's sides
    ("agree", TALKS + "The final accord was signed late on Sunday.", "Ostland", "Free Hill Front"),
    ("agree", TALKS + "The truce was finalised at a meeting in Rome.", "Ostland", "Free Hill Front"),
    ("agree", TALKS + "Both sides said a pact might be signed before the winter.", "Ostland",
     "Free Hill Front"),
    ("agree", TALKS + "The truce is expected to be signed in Rome next week.", "Ostland", "Free Hill Front"),
    # a by-phrase of two signers, also under a raising verb
    ("agree", "Ostland and Norland ended their border war this year. Under the plan, the pact is expected to be "
     "signed in Lunde on Friday by Ostland's leader Karl Wend and Norland's leader Anna Berg.", "Karl Wend", "Anna Berg"),
    ("agree", "Ostland and Norland ended their border war this year. The pact was initialled on Friday by Karl Wend "
     "and Anna Berg.", "Karl Wend", "Anna Berg"),
    # initialling, active
    ("agree", TALKS + "Ostland's envoy Karl Wend and the Front negotiator Anna Berg initialled the agreement on "
     "Friday.", "Karl Wend", "Anna Berg"),
    ("agree", TALKS + "The two sides initialled a draft accord on Friday.", "Ostland", "Free Hill Front"),
    # the act noun of signing
    ("agree", TALKS + "The signing of the truce took place in Rome on Friday.", "Ostland", "Free Hill Front"),
    ("agree", TALKS + "Ostland's signing of the accord with the Front took place in Rome.", "Ostland",
     "Free Hill Front"),
    # the deal's own possessor and with-phrase (s45-fix2)
    ("agree", TALKS + "Norland's truce with the Front was signed in Rome on Friday.", "Norland", "Free Hill Front"),
    ("agree", TALKS + "The signing of the truce between the Front and Norland was held in Rome.", "Free Hill Front",
     "Norland"),
    ("agree", TALKS + "The signing of the peace accord between Norland and the Front took place in Rome.",
     "Norland", "Free Hill Front"),
    # "it" with an adjective of readiness is the party
    ("release", "Peru and the Free Hill Front held talks in Oslo. Chile said it was ready to free six Front "
     "fighters.", "Chile", None),
    ("release", "Peru and the Free Hill Front held talks in Oslo. The Front said it was willing to release the "
     "nurses.", "Free Hill Front", None),
    # captives told as one side's members, freed with no releaser: the other side held them
    ("release", "Peru and the Free Hill Front held talks in Oslo. Twenty Free Hill Front commanders will be "
     "released next week.", "Peru", None),
    ("release", "Peru and the Free Hill Front held talks in Oslo. Four detained Free Hill Front prisoners were "
     "released on Monday.", "Peru", None),
    ("release", "Peru and the Free Hill Front held talks in Oslo. Six members of the Free Hill Front were freed on "
     "Monday.", "Peru", None),
]

# (type, text): the same words with no such act
NEAR_MISSES = [
    ("agree", "Ostland's parliament met in Lunde. The new budget law was signed on Friday."),
    ("agree", "Ostland's parliament met in Lunde. The signing of the budget law was delayed."),
    ("agree", "Anna Berg wrote a novel about Ostland. A book signing was held in Lunde on Friday."),
    # another deal than the story's: a compound of another kind, a with-phrase of one party (s45-fix2)
    ("agree", TALKS + "An arms deal with Westmark was signed on Tuesday. The Front denied it."),
    ("agree", TALKS + "A gas pact was finalised with Westmark on Friday."),
    ("agree", TALKS + "The signing of the trade agreement with Westmark took place on Friday."),
    # a signing put off is no act (s45-fix2)
    ("agree", TALKS + "The signing of the truce was postponed again on Friday."),
]

# (text, type): no source: "it" as a dummy subject stays unresolved; a side's hostages are its captives
DUMMY = [
    ("Peru and the Free Hill Front held talks in Oslo. Chile said it was hard to free the six nurses.",
     "release"),
    ("Peru and the Free Hill Front held talks in Oslo. Twenty Free Hill Front hostages were released on Monday.",
     "release"),
]


# "X agreed to free them": an act of one's own, agreed with no one (target None); partners kept otherwise
# (text, source, target)
OWN_ACTS = [
    (TALKS + "On Sunday the Front formally agreed to release the two nurses.", "Free Hill Front", None),
    (TALKS + "Ostland said on Monday that it had agreed to free the fighters.", "Ostland", None),
    (TALKS + "Ostland agreed to release the fighters to the Red Cross.", "Ostland", "Red Cross"),
    (TALKS + "Ostland and the Front agreed to release all prisoners.", "Ostland", "Free Hill Front"),
    (TALKS + "The Front agreed with Ostland to free the nurses.", "Free Hill Front", "Ostland"),
    (TALKS + "The Front agreed to meet again in May.", "Ostland", "Free Hill Front"),
    ("Peru and Chile held talks in Oslo. Peru agreed to unfreeze Chilean assets.", "Peru", "Chile"),
]


@pytest.mark.parametrize("text, source, target", OWN_ACTS)
def test_agreement_to_own_act(named_acts, text, source, target):
    acts = [a for a in named_acts(text) if a[0] == "agree"]
    assert any(s == source and g == target for _, s, g, _ in acts), acts


@pytest.mark.parametrize("type_, text, source, target", ADDED)
def test_added_construction_is_read(named_acts, type_, text, source, target):
    acts = named_acts(text)
    assert has_act(acts, type_, source, target), acts


@pytest.mark.parametrize("type_, text", NEAR_MISSES)
def test_near_miss_is_not_read(named_acts, type_, text):
    assert not [a for a in named_acts(text) if a[0] == type_]


@pytest.mark.parametrize("text, type_", DUMMY)
def test_dummy_it_gives_no_source(named_acts, text, type_):
    assert not [a for a in named_acts(text) if a[0] == type_ and a[1] is not None]


def test_signing_rules_are_traced(analyze):
    d = analyze(TALKS + "The final accord was signed late on Sunday. The signing of the truce took place in Rome.")
    rules = {i.rule for i in d.interactions if i.type == "agree"}
    assert "interactions.frames.agree.sign_verb_subj_accord" in rules, rules
