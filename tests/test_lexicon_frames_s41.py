"""Verb classes added to data/frames.toml from general knowledge of English news language (s41 frames):
the verbs of opposing a proposal (reject), committing to a deal (agree), driving a party
from power (attack), seeking what another party must grant (demand), two parties discussing (negotiate), each on invented sentences of several shapes (active,
passive, prepositional, nominal), plus near misses where the same verb takes another object.

Every sentence is invented for these tests, with invented parties (Norland, Ostrava) and invented
people; the frames are not keyed to any report's wording.
"""

from __future__ import annotations

import pytest

# (type, text, source, target): an act of that type from source (to target; None = any target)
ADDED = [
    # reject: the verbs of opposing a proposal, a deal or a demand
    ("reject", "Norland opposed Ostrava's proposal on Monday.", "norland", "ostrava"),
    ("reject", "The truce plan was opposed by Norland.", "norland", None),
    ("reject", "Norland has resisted calls for wider autonomy.", "norland", None),
    ("reject", "Norland resisted Ostrava's demand for a buffer zone.", "norland", "ostrava"),
    ("reject", "Norland objected to the proposal from Ostrava.", "norland", None),
    ("reject", "Norland pushed back against a key component of the deal.", "norland", None),
    ("reject", "Norland pushed back on Sunday against the Ostravan proposal.", "norland", None),
    ("reject", "Norland's opposition to the peace plan hardened.", "norland", None),
    # agree: committing to a deal or a course of action
    ("agree", "Norland committed to the ceasefire on Monday.", "norland", None),
    ("agree", "The rebels insist they are committed to a peaceful settlement.", "rebels", None),
    ("agree", "Norland commits to completing the withdrawal.", "norland", None),
    ("agree", "Norland reaffirmed its commitment to the peace deal.", "norland", None),
    ("agree", "Ostrava welcomed Norland's commitment to the truce.", "norland", None),
    ("agree", "Norland made a firm commitment to free the prisoners.", "norland", None),
    ("agree", "The rebels said they are committed to freeing the hostages.", "rebels", None),
    ("agree", "Norland gave a commitment to the talks with Ostrava.", "norland", None),
    ("agree", "Norland renewed its commitment to backing the peace process.", "norland", None),
    ("agree", "Norland and Ostrava reached a consensus on the border.", "norland", "ostrava"),
    ("agree", "Norland and Ostrava jointly decided to freeze troop movements.", "norland", "ostrava"),
    ("agree", "Norland and Ostrava resolved to reopen the crossings.", "norland", "ostrava"),
    # mediate: a third party's (non-military) intervention
    ("mediate", "Norland credited the swap with Ostrava to the humanitarian intervention of Qatar.", "qatar",
     "ostrava"),
    ("mediate", "The rebels met Norland officials under the intervention of Ivo Ranta, a cleric.", "ivo-ranta", None),
    # attack: driving a party from power (active, a doer named)
    ("attack", "Norland toppled the Ostravan government in 2001.", "norland", "ostravan-government"),
    ("attack", "The Ostravan army deposed President Ola Brandt.", "ostravan-army", "ola-brandt"),
    ("attack", "Norland ousted the Ostravan militia from the border town.", "norland", "ostravan-militia"),
    ("attack", "The Norland army toppled President Ola Brandt in a coup.", "norland-army", "ola-brandt"),
    # demand: seeking what another party must grant
    ("demand", "Norland is seeking the extradition of Ola Brandt from Ostrava.", "norland", "ostrava"),
    ("demand", "Ostrava sought Norland's withdrawal from the border.", "ostrava", "norland"),
    ("demand", "Norland sought an apology from Ostrava.", "norland", "ostrava"),
    ("demand", "Norland sought the return of the hostages on Monday.", "norland", None),
    ("demand", "Ostrava is seeking guarantees from Norland.", "ostrava", "norland"),
    # negotiate: two named parties discussing, with no "with"-phrase
    ("negotiate", "Norland and Ostrava discussed the border dispute on Monday.", "norland", "ostrava"),
    ("negotiate", "Lund said she and Brandt will discuss a prisoner exchange next week.", "lund", "brandt"),
]

# (type, text): the added trigger with another object, or a sense that is not the act
NEAR_MISSES = [
    ("reject", "Norland opposed the war from the start."),
    ("reject", "The rebels resisted arrest for hours."),
    ("reject", "Norland pushed back against the Ostravan troops."),
    ("reject", "Norland objected to the noise from the camp."),
    ("reject", "Norland's resistance to the occupation grew."),
    ("reject", "Ostrava met the opposition leader on Monday."),
    ("agree", "The rebels committed atrocities in the north."),
    ("agree", "Norland committed troops to the mission."),
    ("agree", "Ostrava doubted the commitment of troops to the mission."),
    ("agree", "Norland decided to withdraw its troops."),
    # (review s41 #9) "committed to" a goal that is no deal or act of the story
    ("agree", "Norland is committed to reducing inflation this year."),
    ("agree", "Norland remains committed to its allies."),
    ("agree", "Ostrava committed to the project in March."),
    ("agree", "Norland reaffirmed its commitment to economic growth."),
    ("mediate", "The military intervention of Norland in Ostrava began in March."),
    ("mediate", "Norland's intervention in Ostrava killed hundreds."),
    ("attack", "The crowd toppled the statue in the square."),
    ("attack", "The Ostravan leader was almost toppled in a rebel offensive."),
    # (review s41 #10) driven from power by a vote: no attack
    ("attack", "Parliament ousted Prime Minister Ana Varga in a no-confidence vote on Monday."),
    ("attack", "The Norland assembly unseated President Ola Brandt through an impeachment."),
    ("attack", "Norland deputies toppled Prime Minister Ana Varga with a censure motion."),
    ("attack", "The Ostravan senate ousted Ola Brandt by a vote of 60 to 12."),
    ("attack", "The Norland Labour Party ousted its leader Ana Varga on Monday."),
    ("attack", "The Front ousted its chief, Ola Brandt, after the defeat."),
    ("demand", "Ola Brandt sought asylum in Ostrava."),
    ("demand", "Norland sought to mediate between the sides."),
    ("demand", "Norland is seeking re-election next year."),
    # (review s41 #11) a thing sought back that no party holds or must grant
    ("demand", "The police sought the return of the stolen paintings from the museum."),
    ("demand", "The Norland ministry is seeking compensation for the flood damage."),
    ("demand", "Farmers sought guarantees on grain prices."),
    ("negotiate", "The Norland cabinet discussed the plan on Monday."),
]


@pytest.mark.parametrize("type_, text, source, target", ADDED)
def test_added_expression_is_read(acts_of, type_, text, source, target):
    acts = [(i.type, i.source, i.target) for i in acts_of(text)]
    assert any(t == type_ and s == source and (target is None or g == target) for t, s, g in acts), acts


@pytest.mark.parametrize("type_, text", NEAR_MISSES)
def test_near_miss_is_not_read(acts_of, type_, text):
    assert not [i for i in acts_of(text) if i.type == type_]


# (review s41 #13) which rule reads the two-party rows: the joint discussion comes from the coordination
# rule (interactions.joint_subject.coordinated_subject), the joint decision from the needs_two verb frame
RULE_ROWS = [
    ("Norland and Ostrava discussed the border dispute on Monday.", "target",
     "interactions.joint_subject.coordinated_subject"),
    ("Lund said she and Brandt will discuss a prisoner exchange next week.", "target",
     "interactions.joint_subject.coordinated_subject"),
    ("Norland and Ostrava jointly decided to freeze troop movements.", "rule", "interactions.frames.agree.decide"),
]


@pytest.mark.parametrize("text, where, rule", RULE_ROWS)
def test_two_party_rows_trace_their_rule(acts_of, text, where, rule):
    got = [i.rule if where == "rule" else (i.trace.get(where) if isinstance(i.trace, dict) else None)
           for i in acts_of(text)]
    assert rule in got, got
