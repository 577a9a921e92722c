"""Constructions the s47 census of missed acts found (s47-acts): a war told as a state its subject is in is
each side's attack on the other (interactions.war_states.state_sides / state_partner); "after four hours of
talks with Y" gives the talks to the clause's subject as "after talks with Y" does
(interactions.arguments.setting_span); the leader of a mediation, or of an effort marked one, mediates
(interactions.led_efforts.effort_leader); the verbs of killing a named or counted victim are attacks like
"kill" (interactions.frames.attack.shoot / execute / behead / murder / slay); wanting another party to act is a
demand on it (interactions.frames.demand.want, interactions.wanted_acts.wanted_doer). Each on invented sentences of
several shapes, with near misses where the same words tell something else.

Every sentence is invented for these tests, with invented parties (Norland, Ostland, the Free Hill Front) and
invented people.
"""

from __future__ import annotations

import pytest
from interaction_helpers import has_act

# (type, text, source name, target name; None = any target)
WARS = [
    # two sides in the subject; the other in a with-phrase on the noun or on the verb; a relative clause;
    # a passive verb of being caught; a predicative participle; a fronted parenthetical
    ("attack", "Norland and Ostland have been at war since 2019.", "Norland", "Ostland"),
    ("attack", "Norland and Ostland have been at war since 2019.", "Ostland", "Norland"),
    ("attack", "Norland has been at war with Ostland since 2019.", "Norland", "Ostland"),
    ("attack", "Norland has been at war with Ostland since 2019.", "Ostland", "Norland"),
    ("attack", "The Free Hill Front, which has been at war with Norland since 2001, signed the deal.",
     "Free Hill Front", "Norland"),
    ("attack", "Norland is locked in a long conflict with the Free Hill Front.", "Free Hill Front", "Norland"),
    ("attack", "Norland and the Free Hill Front have been locked in a bloody conflict for a decade.", "Norland",
     "Free Hill Front"),
    ("attack", "Norland remains embroiled in a war with the Free Hill Front.", "Norland", "Free Hill Front"),
    ("attack", "The Ostland army has been mired in a war with the Free Hill Front since May.",
     "Free Hill Front", "Ostland army"),
    ("attack", "Norland and Ostland, at war since 2019, signed a truce on Monday.", "Norland", "Ostland"),
]

TALKS = [
    # a span of time or a count of rounds whose "of" object is the talks, as the setting of an active clause
    ("negotiate", "Jonas Lund emerged with a plan after four hours of talks with Anna Berg.", "Jonas Lund",
     "Anna Berg"),
    ("negotiate", "Norland signed the plan following weeks of negotiations with Ostland.", "Norland", "Ostland"),
    ("negotiate", "After three rounds of talks with Ostland, Norland agreed to the plan.", None, None),
]

EFFORTS = [
    # a reduced participle of leading on a mediation, or on an effort marked one by a modifier or a freeing verb
    ("mediate", "Norland and Ostland swapped prisoners on Friday. The exchange followed a successful mediation "
     "led by Anna Berg.", "Anna Berg", "Norland"),
    ("mediate", "Norland and Ostland swapped prisoners on Friday. The swap came after a diplomatic effort "
     "spearheaded by Anna Berg.", "Anna Berg", "Ostland"),
    ("mediate", "Norland and Ostland swapped prisoners on Friday. Mediation efforts led by Anna Berg made it "
     "possible.", "Anna Berg", "Ostland"),
    ("mediate", "Norland and Ostland held talks in May. A peace effort headed by Anna Berg brought them "
     "together.", "Anna Berg", "Norland"),
]

KILLINGS = [
    # active with a named victim, passive with an agent, agentless with the document's one captor
    ("attack", "The Free Hill Front shot dead Jonas Lund on Monday.", "Free Hill Front", "Jonas Lund"),
    ("attack", "The Free Hill Front executed Jonas Lund on Monday.", "Free Hill Front", "Jonas Lund"),
    ("attack", "Anna Berg was murdered by the Free Hill Front in 2019.", "Free Hill Front", "Anna Berg"),
    ("attack", "The Free Hill Front released Anna Berg on Monday. She was kidnapped a year ago with Jonas Lund, "
     "who was later beheaded.", None, "Jonas Lund"),
]

WANTS = [
    # wanting another party to act: active, in reported speech, negated, past
    ("demand", "The Free Hill Front wants Norland to revisit the agreement.", "Free Hill Front", "Norland"),
    ("demand", "Ostland said it wanted Norland to withdraw its troops first.", "Ostland", "Norland"),
    ("demand", "Norland did not want Ostland to join the talks.", "Norland", "Ostland"),
    ("demand", "Anna Berg wants Jonas Lund to step down by June.", "Anna Berg", "Jonas Lund"),
]

ADDED = WARS + EFFORTS + KILLINGS + WANTS

# (type, text): the same words with no act of that type from the session's rules
NEAR_MISSES = [
    ("attack", "Norland has been at war for decades."),  # one side named
    ("attack", "Norland and Ostland are engaged in a war of words."),  # no armed conflict
    ("attack", "Norland and Ostland are locked in a trade war."),
    ("attack", "Norland signed a deal with Ostland in the conflict."),  # an act set in the war
    ("mediate", "Norland and Ostland swapped prisoners on Friday. The war effort led by Ostland continued."),
    ("mediate", "Norland and Ostland swapped prisoners on Friday. An effort led by Anna Berg to rebuild the port "
     "began."),
    ("attack", "Norland executed the plan on Monday."),  # no victim
    ("mediate", "Norland and Ostland held talks in May. The Ostland effort came first."),  # no leader named
    # an effort marked only by what it freed names no sides of its own: the story's may be wider
    ("mediate", "Norland and Ostland swapped prisoners on Friday. It was an effort led by Anna Berg that freed 40 "
     "prisoners."),
    ("attack", "The Free Hill Front shot a video of the town."),
    ("demand", "The Norland government wants the children to have some rest."),  # a state wished for them
    ("demand", "Norland wants to meet Ostland next week."),  # its own plan
    ("demand", "Norland wants peace with Ostland."),
]

NEW_RULES = {f"interactions.frames.attack.{lemma}" for lemma in ("shoot", "execute", "behead", "murder", "slay")} | {
    "interactions.frames.demand.want"}
NEW_TRACES = {"interactions.war_states.state_sides", "interactions.war_states.state_partner",
              "interactions.arguments.setting_span", "interactions.led_efforts.effort_leader",
              "interactions.wanted_acts.wanted_doer"}


@pytest.mark.parametrize("type_, text, source, target", ADDED)
def test_added_construction_is_read(named_acts, type_, text, source, target):
    acts = named_acts(text)
    assert has_act(acts, type_, source, target), acts


@pytest.mark.parametrize("type_, text, source, target", TALKS)
def test_talks_span_gives_the_clause_subject(analyze, type_, text, source, target):
    d = analyze(text)
    names = {a.id: a.name for a in d.actors}
    acts = [i for i in d.interactions if i.type == type_ and i.source and i.target]
    # a symmetric act goes in order of first mention, so the subject's end may be the target
    assert acts and any("interactions.arguments.setting_span" in (i.traced("source"), i.traced("target"))
                        for i in acts), acts
    if source is not None:
        assert any({names[i.source], names[i.target]} == {source, target} for i in acts), acts


@pytest.mark.parametrize("type_, text", NEAR_MISSES)
def test_near_miss_is_not_read(analyze, type_, text):
    d = analyze(text)
    assert not [i for i in d.interactions if i.type == type_ and (i.rule in NEW_RULES or NEW_TRACES & set(
        (i.trace or {}).values()))]


def test_passive_subject_is_no_party_of_the_talks(analyze):
    """"The prisoners were freed after months of talks with Norland": the freed are no party of the talks."""
    d = analyze("The prisoners were freed after months of negotiations with Norland.")
    assert not [i for i in d.interactions
                if "interactions.arguments.setting_span" in (i.traced("source"), i.traced("target"))]


def test_war_state_is_traced(analyze):
    d = analyze("Norland has been at war with Ostland since 2019.")
    acts = [i for i in d.interactions if i.type == "attack"]
    assert acts and acts[0].traced("source") == "interactions.war_states.state_sides"
    assert acts[0].traced("target") == "interactions.war_states.state_partner"


def test_mediation_of_phrase_still_read(named_acts):
    """The mediation frame keeps its of-phrase reading; the led participle is tried last."""
    acts = named_acts("Ostland freed the sailors thanks to the mediation of Anna Berg.")
    assert has_act(acts, "mediate", "Anna Berg", None), acts
