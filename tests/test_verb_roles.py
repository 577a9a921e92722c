"""The default argument structure of verb triggers by interaction type
(extract/interactions/verb_roles.py, nominal_specs.obj_partner; rule ids ``interactions.verb_roles.*``).

Every sentence is invented for these tests (invented parties, or real state names in invented
events); each test is named after the rule id it checks, and every rule has near-miss sentences on
which it must not fire.
"""

from __future__ import annotations

import pytest

from interaction_helpers import find

PARTNER = "interactions.verb_roles.object_partner"
OWNER = "interactions.arguments.place_owner"
CONTEXT = "Norland and Vesterland fought a border war in May. "


# -- interactions.verb_roles.object_partner --------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Norland refused talks with Vesterland on Monday.",  # act noun object, its "with" phrase
    "Norland rejected any contacts or negotiations with Vesterland.",  # coordinated act nouns
    "Norland turned down a deal with Vesterland.",  # "with" hung on the verb right after the object
    "Norland has refused to negotiate with Vesterland.",  # infinitive of a symmetric act verb
    "Norland refused to sign a truce with Vesterland.",  # infinitive whose object is an act noun
    "Talks with Vesterland were rejected by Norland.",  # passive: the agent rejects
    "Norland, which rejected talks with Vesterland last week, is under pressure.",  # relative clause
    "Norland had refused direct talks with Vesterland, officials said.",  # reported
])
def test_interactions_verb_roles_object_partner(acts_of, sentence):
    i = find(acts_of(CONTEXT + sentence), "reject", "norland", "vesterland")
    assert i.traced("target") == PARTNER


@pytest.mark.parametrize("sentence", [
    # the "with" phrase belongs to the relative clause's verb, not to the rejected talks
    "Norland refused the talks that Vesterland held with Ostia.",
    # the object is no act: criticism of talks is not the talks
    "Norland rejected criticism of its talks with Ostia.",
    # no partner named: nothing to fill
    "Vesterland said Norland had rejected talks.",
])
def test_interactions_verb_roles_object_partner_near_misses(acts_of, sentence):
    acts = acts_of(CONTEXT + sentence)
    assert not [i for i in acts if i.traced("target") == PARTNER]
    assert not [i for i in acts if i.type == "reject" and i.target == "ostia"]


# -- interactions.verb_roles.default_target ---------------------------------------------------------
@pytest.mark.parametrize("sentence, source, target", [
    # the frame of "shell" reads no owner of a place; its type does
    ("Norland shelled Kestrel Front positions near the border.", "norland", "kestrel-front"),
    ("Chilean positions were shelled by Peru on Sunday.", "peru", "chile"),
])
def test_interactions_verb_roles_default_target_attack(acts_of, sentence, source, target):
    acts = acts_of(sentence)
    i = find(acts, "attack", source, target)
    assert i.traced("target") in (OWNER, "interactions.verb_roles.default_target")


def test_interactions_verb_roles_default_target_seized_captives(acts_of):
    # taking captives is an attack on them: the seize frame reads a place's holder, its type the object
    acts = acts_of("The Tupac Front seized twelve Chilean hostages in May.")
    i = find(acts, "attack", "tupac-front", "chilean-hostages")
    assert i.traced("target") == "interactions.verb_roles.default_target"


@pytest.mark.parametrize("sentence", [
    "The Norland army shelled the town on Monday.",  # a place no party owns: no target
    "Norland seized the weapons at the border.",  # things are no target
])
def test_interactions_verb_roles_default_target_near_misses(acts_of, sentence):
    acts = acts_of(sentence)
    assert not [i for i in acts if i.type == "attack" and i.target is not None]


# -- a commitment not to act (triggers: planned complement) -------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Norland agreed not to seize any more Vesterland towns.",
    "Vesterland agreed not to shell Norland's towns.",
    "They agreed that Norland would not attack Vesterland again.",
])
def test_negated_act_in_a_commitment_is_no_act(acts_of, sentence):
    acts = acts_of(CONTEXT + "The two sides agreed to a truce on Monday. " + sentence)
    assert not [i for i in acts if i.type == "attack" and i.negated]


def test_planned_act_in_a_commitment_is_kept(acts_of):
    acts = acts_of(CONTEXT + "Norland and Vesterland agreed to meet in Calvia next week.")
    i = find(acts, "meet", "norland", "vesterland")
    assert i.modality == "planned"


# -- interactions.verb_roles.agentless_sides -----------------------------------------------------------
SIDES = "Peru and Chile have fought since May. "


@pytest.mark.parametrize("sentence, modality", [
    ("An interim truce was negotiated over the summer.", "asserted"),
    ("The next stage will be negotiated while the first holds.", "planned"),
    ("The rest go home in a later stage that will be negotiated next month.", "planned"),  # relative
    ("The prisoner swap was quietly negotiated over two months, Ola Brandt said.", None),  # reported
])
def test_interactions_verb_roles_agentless_sides(acts_of, sentence, modality):
    i = find(acts_of(SIDES + sentence), "negotiate", "peru", "chile")
    assert i.rule == "interactions.frames.negotiate.negotiate"
    # the rule leaves the story's pair, which the story step fills in (and traces) as for "the two sides"
    assert i.traced("source") in ("interactions.verb_roles.agentless_sides", "interactions.expand.story_sides")
    assert modality is None or i.modality == modality


@pytest.mark.parametrize("text", [
    SIDES + "The deal was negotiated by Brazil.",  # an agent names the doer
    SIDES + "Nothing has been negotiated yet, Ola Brandt said.",  # no act
    "An interim truce was negotiated over the summer.",  # no sides known
])
def test_interactions_verb_roles_agentless_sides_near_misses(acts_of, text):
    assert not [i for i in acts_of(text) if i.rule == "interactions.frames.negotiate.negotiate"
                and i.source in ("peru", "chile")]
