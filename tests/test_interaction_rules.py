"""Provenance of the interactions stage: each test is named after the rule id it checks.

Why: a rule id is only useful if it names the rule that really produced an act;
these tests pin, on sentences written for them, the id recorded on the
interaction (``rule``) and in its ``trace``. Every interaction of the bundled
examples must carry a rule, and every literal id must be documented.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from backchannel.extract.interactions import lexicon
from backchannel.extract.interactions.rules import frame_id, frame_rule
from backchannel.model import Interaction

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src/backchannel/extract/interactions"


@pytest.fixture(scope="module")
def acts_of(act_tuples):
    """All interactions of a text, as (type, source, target, interaction) (conftest ``act_tuples``)."""
    return act_tuples


def by_rule(acts, rule: str) -> Interaction:
    found = [i for _, _, _, i in acts if i.rule == rule]
    assert found, f"no {rule} in {[(t, s, g, i.rule) for t, s, g, i in acts]}"
    return found[0]


def traced(acts, field: str, rule: str) -> Interaction:
    found = [i for _, _, _, i in acts if i.traced(field) == rule]
    assert found, f"no {field} by {rule} in {[(t, s, g, i.rule, i.trace) for t, s, g, i in acts]}"
    return found[0]


# -- frame ids -------------------------------------------------------------------
def test_frame_ids_are_unique_per_type_and_stable():
    rules = [frame_rule(f) for fs in lexicon().frames.values() for f in fs]
    assert len(rules) == len(set(rules))
    assert all(re.fullmatch(r"interactions\.frames\.[a-z]+\.[a-z0-9_]+", r) for r in rules)
    meet = [f for f in lexicon().frames["meet"] if f.type == "meet"]
    assert [frame_id(f) for f in meet] == ["meet"]  # the lemma's only frame of its type: the lemma


def test_interactions_frames_meet_meet(acts_of):
    acts = acts_of("Chile met Peru in Lima on Monday.")
    i = by_rule(acts, "interactions.frames.meet.meet")
    assert (i.type, i.source, i.target) == ("meet", "chile", "peru")
    assert i.trace is not None and not i.trace  # nothing changed by another rule (UNSET)


def test_interactions_frames_release_release_verb(acts_of):
    acts = acts_of("Bolivia released four Paraguayan truck drivers on Sunday.")
    i = by_rule(acts, "interactions.frames.release.release_verb")
    assert i.source == "bolivia"


def test_interactions_frames_mediate_host_verb_obj_dialogue(acts_of):
    acts = acts_of("Ghana hosted talks between Mali and Niger in Accra on Friday.")
    meds = [i for _, _, _, i in acts if i.rule == "interactions.frames.mediate.host_verb_obj_dialogue"]
    assert {(i.source, i.target) for i in meds} == {("ghana", "mali"), ("ghana", "niger")}


def test_interactions_derived_inform_find(acts_of):
    acts = acts_of("Latvia found out about the drill from the radio, not from Estonia.")
    i = by_rule(acts, "interactions.derived.inform.find")
    assert (i.type, i.source, i.target, i.negated) == ("inform", "estonia", "latvia", True)


# -- acts made by other rules ------------------------------------------------------
def test_interactions_expand_mutual_reverse(acts_of):
    acts = acts_of("Chad and Sudan clashed along their border last week.")
    fwd = by_rule(acts, "interactions.frames.attack.clash_verb")
    back = by_rule(acts, "interactions.expand.mutual_reverse")
    assert (back.source, back.target) == (fwd.target, fwd.source)


def test_interactions_expand_relay_both_ways(acts_of):
    acts = acts_of("Oman relayed messages between Iran and Bahrain.")
    fwd = by_rule(acts, "interactions.frames.message.relay")
    back = by_rule(acts, "interactions.expand.relay_both_ways")
    assert (fwd.source, fwd.target, fwd.via) == ("iran", "bahrain", ["oman"])
    assert (back.source, back.target, back.via) == ("bahrain", "iran", ["oman"])


def test_interactions_expand_hosted_talks(acts_of):
    acts = acts_of("Ghana hosted talks between Mali and Niger in Accra on Friday.")
    i = by_rule(acts, "interactions.expand.hosted_talks")
    assert (i.type, i.source, i.target, i.via) == ("negotiate", "mali", "niger", ["ghana"])
    # the talks the noun "talks" also told were merged into it, and the trace says so
    assert any(k.startswith("merged:") and v == "interactions.merge.same_act" for k, v in i.trace.items())


def test_interactions_build_exchange_other_release(acts_of):
    acts = acts_of("Kenya released 12 Somali fishermen in exchange for three Kenyan soldiers held by Somalia.")
    i = by_rule(acts, "interactions.build.exchange_other_release")
    assert (i.type, i.source) == ("release", "somalia")


def test_interactions_triggers_conditional_offer(acts_of):
    acts = acts_of("Chile would free the fishermen if Peru lifted the tariffs.")
    i = by_rule(acts, "interactions.triggers.conditional_offer")
    assert (i.type, i.source, i.target, i.inferred) == ("propose", "chile", "peru", ["type"])


# -- fields changed by other rules ---------------------------------------------------
def test_interactions_modality_future_aux(acts_of):
    acts = acts_of("Chile will meet Peru in Lima next month.")
    i = by_rule(acts, "interactions.frames.meet.meet")
    assert i.modality == "planned"
    assert i.trace == {"modality": "interactions.modality.future_aux"}


def test_interactions_modality_modal_aux(acts_of):
    acts = acts_of("Chile may meet Peru next month.")
    i = by_rule(acts, "interactions.frames.meet.meet")
    assert i.modality == "hypothetical" and i.trace == {"modality": "interactions.modality.modal_aux"}


def test_interactions_modality_planning_verb(acts_of):
    acts = acts_of("Chile plans to visit Peru in June.")
    i = by_rule(acts, "interactions.frames.meet.visit_verb")
    assert i.modality == "planned" and i.trace == {"modality": "interactions.modality.planning_verb"}


def test_interactions_modality_condition(acts_of):
    acts = acts_of("If Chile meets Peru, the border will reopen.")
    i = by_rule(acts, "interactions.frames.meet.meet")
    assert i.modality == "hypothetical" and i.trace == {"modality": "interactions.modality.condition"}


def test_interactions_modality_negator(acts_of):
    acts = acts_of("Chile did not meet Peru in March.")
    i = by_rule(acts, "interactions.frames.meet.meet")
    assert i.negated and i.trace == {"negated": "interactions.modality.negator"}


def test_interactions_modality_negative_determiner(acts_of):
    acts = acts_of("No talks between Chile and Peru took place in May.")
    i = traced(acts, "negated", "interactions.modality.negative_determiner")
    assert i.type == "negotiate" and i.negated


def test_interactions_assemble_in_claim_reported(acts_of):
    acts = acts_of("Mexico said that Cuba had freed two pilots.")
    i = traced(acts, "modality", "interactions.assemble.in_claim_reported")
    assert i.modality == "reported" and i.claim is not None
    assert i.rule == "interactions.frames.release.free"


def test_interactions_triggers_planned_complement(acts_of):
    acts = acts_of("Chile agreed to meet Peru in Lima.")
    i = traced(acts, "modality", "interactions.triggers.planned_complement")
    assert (i.type, i.modality) == ("meet", "planned")


def test_interactions_triggers_proposal_to_rejecter(acts_of):
    acts = acts_of("Brazil rejected a proposal from Argentina on Monday.")
    i = traced(acts, "target", "interactions.triggers.proposal_to_rejecter")
    assert (i.type, i.source, i.target) == ("propose", "argentina", "brazil")
    assert "target" in i.inferred


def test_interactions_timing_previous_sentence(acts_of):
    acts = acts_of("On Monday, Chile and Peru signed a border accord in Lima. Chile also freed two Peruvian fishermen.")
    i = traced(acts, "time", "interactions.timing.previous_sentence")
    assert i.type == "release" and i.time is not None and i.time.value == "2025-05-12"


def test_interactions_timing_speech_day(acts_of):
    acts = acts_of('"We will meet Peru today," Chilean minister Ana Soto said on Monday.')
    i = traced(acts, "time", "interactions.timing.speech_day")
    assert i.time is not None and i.time.value == "2025-05-12"  # the Monday she spoke, not the report's day


def test_interactions_specs_person_pair(acts_of):
    acts = acts_of("President Gabriel Boric of Chile and President Dina Boluarte of Peru spoke by phone on Monday. "
                   "The two leaders had not met since March.")
    i = traced(acts, "source", "interactions.specs.person_pair")
    assert (i.type, i.source, i.target, i.negated) == ("meet", "gabriel-boric", "dina-boluarte", True)
    assert i.traced("target") == "interactions.specs.person_pair"


def test_interactions_implicit_event_doer(acts_of):
    acts = acts_of("Chile freed six Peruvian soldiers on Monday, but Peru was not informed of the handover.")
    i = traced(acts, "source", "interactions.implicit.event_doer")
    assert (i.type, i.source, i.target, i.negated) == ("inform", "chile", "peru", True)
    assert "source" in i.inferred


def test_interactions_expand_story_sides(acts_of):
    acts = acts_of("Norway brokered talks between Chile and Peru. The two sides met in Oslo on Monday.")
    i = traced(acts, "source", "interactions.expand.story_sides")
    assert (i.type, {i.source, i.target}) == ("meet", {"chile", "peru"})
    assert "source" in i.inferred


def test_interactions_expand_talks_through_mediator(acts_of):
    acts = acts_of("Norway brokered talks between Chile and Peru. The two sides met in Oslo on Monday.")
    i = traced(acts, "via", "interactions.expand.talks_through_mediator")
    assert (i.type, i.via) == ("negotiate", ["norway"])


def test_interactions_expand_other_side(acts_of):
    # one side named ("Chile's envoy met"): the story's other side is the other party
    acts = acts_of("Norway brokered talks between Chile and Peru. Chile's envoy met again in Oslo in June.")
    i = traced(acts, "target", "interactions.expand.other_side")
    assert i.type == "meet" and "peru" in (i.source, i.target)


def test_interactions_merge_same_act(acts_of):
    acts = acts_of("Chile met Peru in Lima. Chile held a meeting with Peru on Monday in Lima.")
    meets = [i for t, _, _, i in acts if t == "meet"]
    assert len(meets) == 1
    i = meets[0]
    assert i.rule == "interactions.frames.meet.meet"
    merged = {k: v for k, v in i.trace.items() if k.startswith("merged:")}
    assert merged == {f"merged:{k.split(':')[1]}:interactions.frames.meet.meeting": "interactions.merge.same_act"
                      for k in merged}
    start, end = map(int, next(iter(merged)).split(":")[1].split("-"))
    text = "Chile met Peru in Lima. Chile held a meeting with Peru on Monday in Lima."
    assert text[start:end] == "meeting"
    assert i.time is not None and i.trace["time"] == "interactions.merge.same_act"


# -- every act is traced, every id documented ----------------------------------------
def _examples() -> list[Path]:
    ex = ROOT / "examples"
    return sorted(ex.glob("*.txt")) + sorted((ex / "synthetic").glob("*.txt")) + sorted((ex / "unseen").glob("*.txt"))


@pytest.mark.parametrize("path", _examples(), ids=lambda p: p.name)
def test_every_interaction_of_the_examples_has_a_rule(nlp, path):
    from backchannel.ingest import read_file
    from backchannel.pipeline import analyze_text

    item = next(iter(read_file(path)))
    doc = item.document
    dossier = analyze_text(doc.text, doc_id=doc.id, published=doc.published, title=doc.title, nlp=nlp)
    assert dossier.interactions
    for i in dossier.interactions:
        assert i.rule is not None and i.rule.startswith("interactions."), i
        assert i.backend == "rules"
        for f in i.inferred:  # every inferred field names its rule (its own rule, or a trace entry)
            assert i.traced(f) is not None and i.traced(f).startswith("interactions."), (i.id, f)


def test_every_literal_rule_id_of_the_interactions_stage_is_documented():
    """docs/rules.md lists every id written in the interactions stage, and no id the code no longer has."""
    code = "\n".join(p.read_text() for p in PACKAGE.glob("*.py"))
    pattern = r"interactions\.(?!frames\.|derived\.)[a-z_]+\.[a-z_]+"
    in_code = set(re.findall(rf'"({pattern})"', code))
    documented = set(re.findall(rf"`({pattern})`", (ROOT / "docs" / "rules.md").read_text()))
    assert in_code, "no literal ids found: the pattern is out of date"
    assert in_code - documented == set(), "document these rule ids in docs/rules.md"
    assert documented - in_code == set(), "these documented ids are no longer in the code"


# -- issue 12: coordination, mediated deals ------------------------------------------
def test_interactions_coordination_coordinated_modifiers(acts_of):
    # a coordinated premodifier: three parties, each mediating between the sides
    acts = acts_of("Chile and Peru held talks in Geneva. The talks were brokered by Swiss, Norwegian "
                   "and Omani diplomats.")
    med = {(s, t) for ty, s, t, i in acts if ty == "mediate"}
    assert {m for m, _ in med} == {"switzerland", "norway", "oman"}
    assert {t for _, t in med} == {"chile", "peru"}
    traced(acts, "source", "interactions.coordination.coordinated_modifiers")
    # the parser hangs the head noun as a conjunct of the first adjective
    acts = acts_of("Chile and Peru resumed talks. The efforts of Swiss, Norwegian, and Omani mediation "
                   "paid off on Monday.")
    med = {(s, t) for ty, s, t, i in acts if ty == "mediate"}
    assert {m for m, _ in med} == {"switzerland", "norway", "oman"}
    # one modifier is not a coordination: the group acts as itself
    acts = acts_of("Chile and Peru held talks. Swiss diplomats brokered the talks.")
    assert not any(i.traced("source") == "interactions.coordination.coordinated_modifiers" for *_, i in acts)


def test_interactions_expand_deal_reached_by_mediators(acts_of):
    acts = acts_of("Chile and Peru resumed talks in Lima. Months of Swiss and Norwegian mediation "
                   "finally succeeded in reaching a truce accord.")
    i = traced(acts, "via", "interactions.expand.deal_reached_by_mediators")
    assert (i.type, {i.source, i.target}, set(i.via)) == ("agree", {"chile", "peru"}, {"switzerland", "norway"})
    assert not any(t == "agree" and {s, g} == {"switzerland", "norway"} for t, s, g, _ in acts)


def test_interactions_frames_agree_approve(acts_of):
    # a body's approval of a deal is its agreement, with no other party
    for text in ("Peru's cabinet approved the ceasefire deal on Saturday.",
                 "Peru's senate voted to ratify the agreement.",
                 "Peru's parliament endorsed the truce with Chile."):
        acts = acts_of(text)
        agrees = [(s, t) for ty, s, t, _ in acts if ty == "agree"]
        assert agrees and all(t is None for _, t in agrees), (text, acts)
    # approving a budget is no deal
    assert not [a for a in acts_of("Peru's cabinet approved the budget.") if a[0] == "agree"]


def test_interactions_frames_reject_vote(acts_of):
    # voting against a deal: one rejection per voter
    acts = acts_of("Senators Ana Gomez and Luis Vargas voted against the deal with Chile.")
    rejects = {s for ty, s, t, _ in acts if ty == "reject"}
    assert len(rejects) == 2
    acts = acts_of("Senator Ana Gomez voted for the agreement.")
    assert [ty for ty, *_ in acts] == ["agree"]


def test_interactions_modality_negated_purpose(acts_of):
    acts = acts_of("Peru's senate will not meet to ratify the truce.")
    i = traced(acts, "negated", "interactions.modality.negated_purpose")
    assert (i.type, i.negated) == ("agree", True)
    # a met purpose is carried out
    acts = acts_of("Peru's cabinet met on Friday to approve the deal.")
    assert [i.negated for ty, _, _, i in acts if ty == "agree"] == [False]


def test_convening_body_is_no_meeting(acts_of):
    # a deliberative body convening meets no party; meeting someone named is a meeting
    assert not [a for a in acts_of("Chile and Peru signed a deal. Peru's cabinet met on Monday.") if a[0] == "meet"]
    acts = acts_of("Peru's cabinet met with Chile's envoy on Monday.")
    assert [ty for ty, *_ in acts] == ["meet"]


def test_interactions_frames_reject_going_back_on_a_deal(acts_of):
    # reneging, retracting, a refusal: a rejection with no target
    for text, rule in (("Chile and Peru signed a truce. Peru reneged on the truce.", "renege"),
                       ("Chile and Peru signed a deal. Peru is retracting its agreement.", "retract_verb_obj_agreement"),
                       ("Chile and Peru signed a deal. Peru is retracting from the deal.", "retract_verb_from"),
                       ("Chile and Peru held talks. The obstacle was Peru's refusal to sign.", "refusal")):
        acts = acts_of(text)
        i = by_rule(acts, f"interactions.frames.reject.{rule}")
        assert (i.source, i.target) == ("peru", None), text
    # retracting a statement is no rejection of a deal
    assert not [a for a in acts_of("Peru retracted the statement.") if a[0] == "reject"]


def test_interactions_frames_pressure_extortion(acts_of):
    acts = acts_of("Chile and Peru held talks in Lima. Peru stalled the talks in an attempt at extortion.")
    i = by_rule(acts, "interactions.frames.pressure.extortion")
    assert (i.source, i.target) == ("peru", "chile")


def test_interactions_build_exchange_other_release_measured(acts_of):
    # "in exchange of a number of prisoners": the prisoners are the other side's captives
    acts = acts_of("The Vargas militia will free 12 Chilean hostages in exchange of a number of Peruvian prisoners "
                   "held by Chile.")
    i = by_rule(acts, "interactions.build.exchange_other_release")
    assert i.source == "chile" and i.target is not None


def test_interactions_expand_captive_holder(acts_of):
    # an agentless release: the side that holds captives of that nationality frees them
    acts = acts_of("Chile and the Vargas militia signed a deal. The release of the Chilean hostages "
                   "took place on Monday.")
    i = traced(acts, "source", "interactions.expand.captive_holder")
    assert (i.type, i.source) == ("release", "vargas-militia")
    # captives of neither side: the side that is a state runs the prisons
    acts = acts_of("Chile and the Vargas militia signed a deal. Ninety Peruvian prisoners were freed on Monday.")
    i = traced(acts, "source", "interactions.expand.captive_holder")
    assert i.source == "chile"
    # a measure noun: a batch of prisoners are the prisoners
    acts = acts_of("Chile and the Vargas militia signed a deal. A second batch of 35 Peruvian inmates "
                   "were freed on Tuesday.")
    assert [i.source for t, _, _, i in acts if t == "release"] == ["chile"]


def test_interactions_frames_agree_deal_noun_between(acts_of):
    acts = acts_of("Buses left after the truce deal between Chile and Peru took effect.")
    i = by_rule(acts, "interactions.frames.agree.deal_noun_between")
    assert (i.source, i.target) == ("chile", "peru")
    # a ceasefire taking effect is a state of affairs, not the deal
    assert not [a for a in acts_of("The ceasefire between Chile and Peru will take effect at midnight.")
                if a[0] == "agree"]


def test_interactions_timing_announced_act(acts_of):
    acts = acts_of("Norway announced on Wednesday that long weeks of Swiss and Norwegian mediation had "
                   "at last succeeded in reaching an accord between Chile and Peru.")
    dated = {(i.type, i.time.value) for *_, i in acts if i.traced("time") == "interactions.timing.announced_act"}
    assert ("agree", "2025-05-07") in dated
    # other report verbs never date their content; a planned act is not dated by its announcement
    acts = acts_of("Norway said on Wednesday that Chile and Peru had reached a deal.")
    assert [i.time for t, _, _, i in acts if t == "agree"] == [None]
    acts = acts_of("Norway announced on Wednesday that Chile and Peru will sign a deal.")
    assert all(i.traced("time") != "interactions.timing.announced_act" for *_, i in acts)


def test_contribution_adjective_subject_is_no_party(acts_of):
    # "X was critical to reaching the truce": X helped, the sides agreed
    acts = acts_of("Chile and Peru held talks in Lima. Norway's envoy was critical to "
                   "reaching the truce.")
    agrees = [(s, t) for ty, s, t, _ in acts if ty == "agree"]
    assert agrees and all({s, t} == {"chile", "peru"} for s, t in agrees), acts


def test_misparsed_conjuncts_name_the_parties(acts_of):
    # "A and B's C": the party is C, what the possessor B has
    acts = acts_of("Progress came quickly once Chile and Bolivia's Vargas militia agreed to a truce "
                   "in June.")
    agrees = [(s, g) for t, s, g, _ in acts if t == "agree"]
    assert agrees and all(s == "chile" and g not in (None, "bolivia") for s, g in agrees), agrees
    # "Minister X and Minister Y voted": Y after its title, however the parser hung it
    acts = acts_of("Foreign Minister Ana Gomez and Interior Minister Luis Vargas voted against the accord in the senate.")
    assert {s for t, s, _, _ in acts if t == "reject"} == {"ana-gomez", "luis-vargas"}


def test_warring_parties_are_the_story_sides(acts_of):
    acts = acts_of("Chile and Peru held talks in Lima. Norwegian envoys met several times with the warring "
                   "parties in Bergen.")
    sides = [({s, t} & {"chile", "peru"}) for ty, s, t, _ in acts if ty == "meet"]
    assert sorted(x.pop() for x in sides if len(x) == 1) == ["chile", "peru"], acts  # one meeting with each


def test_two_named_parties_need_no_other_side(acts_of):
    # "A and B agreed to a ceasefire" is between A and B, whoever the story's sides are
    acts = acts_of("Chile and Bolivia held talks. Later, Chile and Peru agreed to a truce in March.")
    agrees = {(s, t) for ty, s, t, _ in acts if ty == "agree"}
    assert ("chile", "peru") in agrees and not any("bolivia" in p for p in agrees), agrees
    # agreeing to a deal is the agreement itself, not a plan: one act, dated
    march = [i for ty, s, t, i in acts if ty == "agree" and {s, t} == {"chile", "peru"}]
    assert len(march) == 1 and march[0].modality == "asserted" and march[0].time is not None


def test_mediation_sides_leave_out_the_press_and_the_mediators_own_state(acts_of):
    # no party around the mediator: the two parties the text names most often; never the
    # reporters waiting for the news nor the mediator's own state
    acts = acts_of("Reporters gathered in Oslo to hear Norway's foreign minister announce that he had finally "
                   "brokered a deal. Earlier, Chile's negotiators had left the room. Peru's delegation raised a "
                   "new demand about Chile's troops.")
    targets = {t for ty, s, t, _ in acts if ty == "mediate"}
    assert targets == {"chile", "peru"}, acts


def test_raising_passive_subject_acts(acts_of):
    # "X was set / expected to V": X does V (no by-agent says otherwise)
    acts = acts_of("Peru's senate was set to gather on Tuesday to endorse the accord.")
    agrees = [(s, t, i.modality) for ty, s, t, i in acts if ty == "agree"]
    assert agrees and agrees[0][0] is not None and agrees[0][1] is None and agrees[0][2] == "planned", acts
    acts = acts_of("Chile and Peru signed a deal. Twelve Peruvian inmates are set to be freed by Chile.")
    assert [s for ty, s, t, _ in acts if ty == "release"] == ["chile"]


def test_interactions_timing_narrative_run(acts_of):
    text = ("Inside her hotel suite in Bergen on Wednesday night, Norway's envoy felt sure of an accord.\n\n"
            "Reporters waited downstairs.\n\n"
            "In a room upstairs, Chile's delegation met Peru's delegation.")
    acts = acts_of(text)
    i = traced(acts, "time", "interactions.timing.narrative_run")
    assert i.type == "meet" and i.time.value == "2025-05-07"
    # a time inside a phrase ("the release ... on Monday") sets no scene; a later time ends the run
    acts = acts_of("The talks ended with the freeing of Chile's envoy on Monday.\n\nChile's delegation met "
                   "Peru's delegation.")
    assert all(i.traced("time") != "interactions.timing.narrative_run" for *_, i in acts)


def test_background_fighting_is_no_clash(acts_of):
    # the fighting as a time or as what a deal ends is background, not a new clash
    for text in ("Chile and Peru signed a deal. The deal will pave the way for an end to the fighting.",
                 "Chile and Peru signed a deal. A soldier died during the fighting.",
                 "Chile and Peru signed a deal that would pause the war."):
        assert not [a for a in acts_of(text) if a[0] == "attack" and a[2] in ("chile", "peru")
                    and a[1] in ("chile", "peru")], text
    acts = acts_of("Chile and Peru signed a deal. Heavy fighting between Chile and Peru resumed on Monday.")
    assert {(s, t) for ty, s, t, _ in acts if ty == "attack"} == {("chile", "peru"), ("peru", "chile")}


def test_interactions_frames_demand_call_on_and_ask(acts_of):
    acts = acts_of("Chile called on Peru to release the fishermen.")
    i = by_rule(acts, "interactions.frames.demand.call_verb_on")
    assert (i.source, i.target) == ("chile", "peru")
    acts = acts_of("Chile asked Peru to stop the shelling.")
    i = by_rule(acts, "interactions.frames.demand.ask")
    assert (i.source, i.target) == ("chile", "peru")
    # a question is no demand
    assert not [a for a in acts_of("Chile asked Peru about the fishermen.") if a[0] == "demand"]


def test_speaker_of_a_trailing_participle_accuses(acts_of):
    # "X said [Y will not meet], blaming Z": the speaker blames Z, not the reported subject
    acts = acts_of("Chile's president said Peru's cabinet will not meet, blaming Bolivia for the delay.")
    accusations = [(s, g) for t, s, g, _ in acts if t == "accuse"]
    assert len(accusations) == 1 and accusations[0][1] == "bolivia"
    assert accusations[0][0] not in (None, "peru-cabinet", "peru")


def test_interactions_modality_negative_determiner_on_the_subject(acts_of):
    # "neither side met the other": no meeting, between the story's sides
    acts = acts_of("Chile and Peru held talks in Lima in May. Neither side has met the other since then.")
    meets = [(s, t, i.negated) for ty, s, t, i in acts if ty == "meet"]
    assert meets == [("chile", "peru", True)]
    i = traced(acts, "negated", "interactions.modality.negative_determiner")
    assert i.type == "meet"


def test_interactions_modality_denying_head_called_off(acts_of):
    acts = acts_of("Chile and Peru held talks in Lima in May. Chile later called off the meeting with Peru.")
    i = traced(acts, "negated", "interactions.modality.denying_head")
    assert (i.type, i.negated) == ("meet", True)


# -- issue 12 round 2: who runs the talks ------------------------------------------------
def test_interactions_frames_mediate_lead(acts_of):
    # whoever leads (oversees, chairs) the talks between two sides stands between them
    for text, who in (("Chile and Peru resumed talks in Quito. The talks will be led by Norway.", {"norway"}),
                      ("The negotiations between Chile and Peru were overseen by Norway and Ghana.",
                       {"norway", "ghana"}),
                      ("Chile and Peru met again. Ghana chaired the talks in Accra.", {"ghana"})):
        acts = acts_of(text)
        med = {(s, t) for ty, s, t, _ in acts if ty == "mediate"}
        assert med == {(m, p) for m in who for p in ("chile", "peru")}, (text, med)
        talks = [i for ty, s, t, i in acts if ty == "negotiate" and {s, t} == {"chile", "peru"}]
        assert talks and set(talks[0].via) == who, text
    # a side's own negotiator leading its delegation's talks is no mediator
    acts = acts_of("Chile and Peru resumed talks in Quito. Chile's foreign minister Ana Rojas led the talks.")
    assert not [1 for ty, *_ in acts if ty == "mediate"]


def test_interactions_coordination_role_companions(acts_of):
    acts = acts_of("Chile and Peru reopened negotiations in Quito this week. The negotiations are chaired by "
                   "ex-Ghanaian president Kwame Boateng, along with a former Norwegian premier, Ingrid Dahl, and "
                   "Togo's one-time leader, Ama Dossou.")
    i = traced(acts, "source", "interactions.coordination.role_companions")
    assert i.type == "mediate"
    meds = {s for ty, s, t, _ in acts if ty == "mediate"}
    assert len(meds) == 3 and all(t in ("chile", "peru") for ty, s, t, _ in acts if ty == "mediate")
    acts = acts_of("Chile and Peru met in Lima. The talks were overseen by Norway together with Ghana.")
    assert {s for ty, s, t, _ in acts if ty == "mediate"} == {"norway", "ghana"}


def test_interactions_frames_mediate_guarantor(acts_of):
    # the object of "named X as guarantors" holds the role (object control), the sides of its sentence
    acts = acts_of("Negotiators for Chile and Peru agreed on Friday to ratify Cuba and Norway as guarantor "
                   "countries in the talks.")
    med = {(s, t) for ty, s, t, _ in acts if ty == "mediate"}
    assert {m for m, _ in med} == {"cuba", "norway"} and {t for _, t in med} <= {"chile", "peru"}
    acts = acts_of("Chile and Peru resumed talks. Norway, a guarantor of the process, welcomed the step.")
    assert {(s, t) for ty, s, t, _ in acts if ty == "mediate"} == {("norway", "chile"), ("norway", "peru")}


def test_interactions_frames_mediate_host_verb_obj_dialogue_over_venue(acts_of):
    # the participle hung on the venue, or the talks being the setting of a deal, not its terms
    for text in ("Chile and Peru reached a deal during weekend talks in Quito hosted by Norway.",
                 "Chile and Peru held talks in Quito hosted by Norway on Monday."):
        acts = acts_of(text)
        med = {(s, t) for ty, s, t, _ in acts if ty == "mediate"}
        assert med == {("norway", "chile"), ("norway", "peru")}, (text, med)
    acts = acts_of("The delegates from Chile arrived in Quito, hosted by Norway.")
    assert not [1 for ty, *_ in acts if ty == "mediate"]


def test_interactions_build_swap_holders(acts_of):
    acts = acts_of("Chile and Peru have exchanged jailed Chilean journalist Ana Berg for arms dealer Ivan Kolev, "
                   "held in a Chilean prison for ten years.")
    rel = {(s, t) for ty, s, t, _ in acts if ty == "release"}
    assert rel == {("peru", "ana-berg"), ("chile", "ivan-kolev")}, rel
    traced(acts, "source", "interactions.build.swap_holders")
    acts = acts_of("The US and Russia exchanged jailed US basketball player Ana Berg for arms dealer Ivan Kolev.")
    rel = {(s, t) for ty, s, t, _ in acts if ty == "release"}
    assert rel == {("russia", "ana-berg"), ("united-states", "ivan-kolev")}, rel


def test_interactions_expand_each_source_each_target(acts_of):
    for text in ("Chile and Peru resumed talks. Brazil and Norway urged both parties to show restraint.",
                 "Brazil and Norway called on Chile and Peru to return to the table."):
        acts = acts_of(text)
        dem = {(s, t) for ty, s, t, _ in acts if ty == "demand"}
        assert dem == {(a, b) for a in ("brazil", "norway") for b in ("chile", "peru")}, (text, dem)
        traced(acts, "source", "interactions.expand.each_source_each_target")


def test_interactions_frames_mediate_negotiate(acts_of):
    # who helps negotiate stands between the sides; who is helped negotiates
    acts = acts_of("Peru and Chile resumed talks. Peru thanked Brazil and Norway for helping negotiate the deal.")
    med = {(s, t) for ty, s, t, _ in acts if ty == "mediate"}
    assert med == {(m, p) for m in ("brazil", "norway") for p in ("peru", "chile")}, med
    assert not any(ty == "negotiate" and {s, t} == {"brazil", "norway"} for ty, s, t, _ in acts)
    acts = acts_of("Norway helped Peru negotiate a truce with Chile.")
    assert [(ty, s, t) for ty, s, t, _ in acts] == [("negotiate", "peru", "chile")]


def test_interactions_frames_propose_invite(acts_of):
    # an invitation to act is an offer; an invitation to the talks stays a contact
    acts = acts_of("Peru and Chile resumed talks. The negotiators decided to invite Brazil and Mexico to join "
                   "the process.")
    assert {t for ty, s, t, _ in acts if ty == "propose"} == {"brazil", "mexico"}
    acts = acts_of("Chile was not invited to the talks.")
    assert [(ty, t, i.negated) for ty, s, t, i in acts] == [("contact", "chile", True)]


def test_interactions_frames_attack_battle_verb_2(acts_of):
    acts = acts_of("Two truces later, the army and the Coastal Liberation Army are still battling each "
                   "other over the port city.")
    att = {(s, t) for ty, s, t, _ in acts if ty == "attack"}
    assert len(att) == 2 and {s for s, _ in att} == {t for _, t in att}
    by_rule(acts, "interactions.frames.attack.battle_verb_2")


def test_interactions_frames_mediate_facilitate(acts_of):
    acts = acts_of("Norway facilitated the conversations between Peru and the Rapid Defense Front.")
    assert {s for ty, s, t, _ in acts if ty == "mediate"} == {"norway"}
    assert len([1 for ty, *_ in acts if ty == "mediate"]) == 2


def test_interactions_frames_demand_need(acts_of):
    acts = acts_of('"They need to show that they are serious," the Peruvian minister said of the rebels of '
                   'the Rapid Defense Front.')
    # one demand, made by the minister who speaks
    assert [(ty, s) for ty, s, t, _ in acts if ty == "demand"] == [("demand", "peruvian-minister")], acts
    acts = acts_of('"He needs rest and quiet to heal," Peru\'s first lady said.')
    assert not [1 for ty, *_ in acts if ty == "demand"]


def test_interactions_expand_mediation_window_parties(acts_of):
    # a state and another state's president in the window: the sides are the two states
    acts = acts_of("Peru freed five Chilean fishermen on Monday. Chilean President Ana Rojas praised Norway "
                   "for helping negotiate the truce.")
    med = {(s, t) for ty, s, t, _ in acts if ty == "mediate"}
    assert med == {("norway", "peru"), ("norway", "chile")}, med


def test_interactions_frames_mediate_auspices(acts_of):
    for text in ("Peru and the Rapid Defense Front resumed talks under the auspices of Norway.",
                 "Peru and Chile held talks in Oslo under Norway's auspices."):
        acts = acts_of(text)
        assert {s for ty, s, t, _ in acts if ty == "mediate"} == {"norway"}, text
        assert len([1 for ty, *_ in acts if ty == "mediate"]) == 2, text
        talks = [i for ty, s, t, i in acts if ty == "negotiate"]
        assert talks and talks[0].via == ["norway"], text


def test_interactions_frames_mediate_mediation(acts_of):
    # "with the mediation of X": X mediates and is no party to the deal; "with the mediators" is
    acts = acts_of("Peru and the Rapid Defense Front signed a truce with the mediation of Norway.")
    assert {(s, t) for ty, s, t, _ in acts if ty == "agree"} == {("peru", "rapid-defense-front")}
    assert {s for ty, s, t, _ in acts if ty == "mediate"} == {"norway"}


def test_interactions_frames_mediate_manage(acts_of):
    acts = acts_of("Diplomats from Ghana are expected to manage the negotiations between Peru and the Coastal Liberation Army.")
    med = [(s, t, i.modality) for ty, s, t, i in acts if ty == "mediate"]
    assert len(med) == 2 and {t for _, t, _ in med} == {"peru", "coastal-liberation-army"}
    assert all(m == "planned" for *_, m in med)


# -- round 3: sides of a story ---------------------------------------------------------
@pytest.mark.parametrize("text, backer", [
    ("Norway called on the government and the Chile-backed rebels of Bolivia to hold talks. "
     "The talks in Oslo are overseen by the United Nations.", "chile"),
    ("Angola urged the Cuba-aligned guerrillas and the government of Colombia to negotiate. "
     "The talks are supervised by the Vatican.", "cuba"),
])
def test_interactions_sides_modifier_agent(acts_of, text, backer):
    """The backer inside "the X-backed rebels" is never a side of the talks or of the mediation."""
    acts = acts_of(text)
    talks = [(s, g) for t, s, g, _ in acts if t in ("negotiate", "mediate")]
    assert talks, acts
    assert all(backer not in (s, g) for s, g in talks), talks


def test_interactions_sides_modifier_agent_keeps_a_named_side(acts_of):
    """A hyphenated compound that is an actor itself ("the Argentina-led coalition") stays a side."""
    acts = acts_of("The Argentina-led coalition and Uruguay are holding talks. The talks are mediated by Brazil.")
    meds = {g for t, s, g, _ in acts if t == "mediate" and s == "brazil"}
    assert "uruguay" in meds and "argentina" not in meds


@pytest.mark.parametrize("text, captor, captive", [
    ("The Tarn Front held American hostage John Pell for a year. Talks led to the release of Pell on Monday.",
     "tarn-front", "john-pell"),
    ("Talks led to Pell's release on Monday, a year after the Tarn Front kidnapped him.", "tarn-front", "pell"),
])
def test_interactions_implicit_agentless_release_captor_noun(acts_of, text, captor, captive):
    """A release noun with no doer is by whoever the neighbouring sentence says held the captive."""
    rel = [(s, g) for t, s, g, _ in acts_of(text) if t == "release"]
    assert rel == [(captor, captive)]


def test_interactions_implicit_agentless_release_captor_noun_keeps_by(acts_of):
    """"The release of X by Y" names its doer: the captor of the sentence before does not replace it."""
    acts = acts_of("The Tarn Front held American hostage John Pell for a year. "
                   "The release of Pell by the Zorvan army was announced.")
    assert [(s, g) for t, s, g, _ in acts if t == "release"] == [("zorvan-army", "john-pell")]


MINISTERS = "Chilean Foreign Minister Ana Ruiz and her Peruvian counterpart Jorge Vela held talks in Quito on Monday. "


@pytest.mark.parametrize("text, kind, pairs", [
    (MINISTERS + "The two sides agreed to meet again next month.", "agree", {("chile", "peru")}),
    (MINISTERS + "Brazil, which brokered the 2019 truce, was not invited.", "mediate",
     {("brazil", "chile"), ("brazil", "peru")}),
])
def test_interactions_expand_state_sides(acts_of, text, kind, pairs):
    """"The two sides" of two ministers of two states are the states, not the ministers."""
    acts = acts_of(text)
    got = {(s, g) for t, s, g, _ in acts if t == kind}
    assert got == pairs, acts
    assert traced(acts, "source" if kind == "agree" else "target", "interactions.expand.state_sides")


def test_interactions_expand_state_sides_not_for_the_meeting_they_held(acts_of):
    """"X, who hosted the meeting": the meeting the two ministers held, between the persons."""
    acts = acts_of(MINISTERS + "Ecuadorian President Luis Mora, who hosted the meeting, praised both ministers.")
    meds = {g for t, s, g, _ in acts if t == "mediate" and s == "luis-mora"}
    assert meds == {"ana-ruiz", "jorge-vela"}


@pytest.mark.parametrize("text, kind", [
    ("Negotiators for Chile and the Tarn Front on Friday agreed in Lima to name Brazil as guarantor.", "agree"),
    ("Envoys for Peru and the Kestrel Front on Sunday agreed to resume talks.", "negotiate"),
    ("Negotiators for Peru and remnants of the Kestrel guerrillas Friday agreed to name Brazil as guarantor.",
     "mediate"),
])
def test_interactions_timing_subject_final_time(analyze, text, kind):
    """"X and Y on Friday agreed": the date the parser hangs on the subject dates the verb."""
    doc = analyze(text)
    acts = [i for i in doc.interactions if i.type == kind]
    assert acts and acts[0].time is not None and acts[0].time.value
    assert acts[0].traced("time") == "interactions.timing.subject_final_time"


@pytest.mark.parametrize("text, value", [
    ("In late April, Chile entered a truce under which the Tarn Front released 40 Chilean soldiers it was holding.",
     "2025-04"),
    ("On Monday, Chile signed a deal under which the Tarn Front freed 12 Chilean engineers.", "2025-05-12"),
])
def test_interactions_timing_under_agreement(analyze, text, value):
    """An act done "under which" an agreement sets its terms is dated by the agreement."""
    rel = [i for i in analyze(text).interactions if i.type == "release"]
    assert rel and rel[0].time is not None and rel[0].time.value == value
    assert rel[0].traced("time") == "interactions.timing.under_agreement"


def test_interactions_timing_under_agreement_not_for_future_terms(analyze):
    """"A deal under which X will free Y": the release is still to come, not dated by the deal."""
    doc = analyze("On Monday, Chile signed a deal under which the Tarn Front will free 12 Chilean engineers.")
    rel = [i for i in doc.interactions if i.type == "release"]
    assert rel and rel[0].time is None


@pytest.mark.parametrize("text, pair", [
    # a state named earlier in the report: the act's own sentence gives the order
    ("Peru accused Chile of delay. On Monday, Chile and Peru signed a deal in Lima.",
     ("chile", "peru")),
    ("Norway criticised Bolivia. On Friday, Bolivia and Norway agreed to resume the talks.", ("bolivia", "norway")),
    # a place named in passing before the parties ("jailed in X") is a venue, not X's turn
    ("Chile thanked Ecuador. Two sailors jailed in Chile went home after a deal between Ecuador and Chile.",
     ("ecuador", "chile")),
])
def test_interactions_expand_sentence_order(acts_of, text, pair):
    acts = acts_of(text)
    i = traced(acts, "source", "interactions.expand.sentence_order")
    assert (i.source, i.target) == pair


def test_interactions_expand_sentence_order_not_for_story_sides(acts_of):
    """Talks whose parties come from the story keep the order of the story."""
    acts = acts_of("Bolivia and Norway held talks in Lima on Monday. Norway's envoy said the talks would go on.")
    sym = [(t, s, g) for t, s, g, _ in acts if t in ("negotiate", "meet", "agree")]
    assert sym and all((s, g) == ("bolivia", "norway") for _, s, g in sym)


@pytest.mark.parametrize("text, holder, captive", [
    ("The Sarn Brigade held talks with envoy Lena Varga of Canada. Varga met the Sarn Brigade again on "
     "Monday. The talks led to the release of a Canadian engineer, Tom Ruddle.", "sarn-brigade", "tom-ruddle"),
    ("Envoy Pablo Ortiz of Chile negotiated with the Kadar Front for weeks. Ortiz met the Kadar Front in "
     "May. The release of the Chilean pilot Luis Mena followed.", "kadar-front", "luis-mena"),
])
def test_interactions_expand_captive_holder_side_of_state(acts_of, text, holder, captive):
    """Captives of a state whose side in the story is one of its people: held by the other side."""
    acts = acts_of(text)
    i = traced(acts, "source", "interactions.expand.captive_holder")
    assert (i.type, i.source, i.target) == ("release", holder, captive)


@pytest.mark.parametrize("text, pair", [
    ("In a call with Chilean President Marta Solis, her Peruvian counterpart Jorge Pardo also thanked "
     "Bolivia for its help.", ("jorge-pardo", "marta-solis")),
    ("In a phone call with Austrian Chancellor Eva Gruber, her Czech counterpart Petr Novak also welcomed "
     "the deal.", ("petr-novak", "eva-gruber")),
])
def test_interactions_repair_swallowed_subject(acts_of, text, pair):
    """A subject the parser hung on the fronted phrase's last name as an apposition is still the
    subject of the verb: the doer of the call."""
    acts = acts_of(text)
    i = traced(acts, "source", "interactions.repair.swallowed_subject")
    assert (i.type, i.source, i.target) == ("contact", *pair)


def test_interactions_repair_swallowed_subject_not_for_a_true_apposition(acts_of):
    acts = acts_of("Jorge Pardo held a call with Marta Solis, the Chilean president, on Monday.")
    assert [(t, s, g) for t, s, g, _ in acts if t == "contact"] == [("contact", "jorge-pardo", "marta-solis")]
    assert not [i for _, _, _, i in acts if i.traced("source") == "interactions.repair.swallowed_subject"]


@pytest.mark.parametrize("text, rep, other", [
    ("Chile and Peru opened talks in Lima on Monday. Representing Chile at the talks was its foreign "
     "minister Ana Ruiz.", "ana-ruiz", "peru"),
    ("Norway and the Kadar Front resumed negotiations in Oslo. Representing the Kadar Front at those "
     "negotiations was its envoy Omar Said.", "omar-said", "norway"),
])
def test_interactions_represent_representative(acts_of, text, rep, other):
    acts = acts_of(text)
    i = traced(acts, "source", "interactions.represent.representative") if any(
        i.traced("source") == "interactions.represent.representative" for _, _, _, i in acts) else \
        traced(acts, "target", "interactions.represent.representative")
    assert i.type == "negotiate" and {i.source, i.target} == {rep, other}


def test_interactions_represent_representative_only_in_its_sentence(acts_of):
    acts = acts_of("Chile and Peru opened talks in Lima on Monday. Ana Ruiz represents Chile at the UN.")
    assert ("negotiate", "chile", "peru") in [(t, s, g) for t, s, g, _ in acts]


@pytest.mark.parametrize("text, value", [
    ("Chile and Peru exchanged four detained sailors at the border crossing on Wednesday, officials said.",
     "2026-06-03"),
    ("Peru freed three Chilean fishermen at the Tacna border crossing on Tuesday, officials said.", "2026-06-02"),
])
def test_interactions_timing_place_phrase_time(analyze, text, value):
    """A date the parser hung on the verb's place phrase dates the act."""
    acts = [i for i in analyze(text, published="2026-06-05").interactions if i.type == "release"]
    assert acts and all(i.time is not None and i.time.value == value for i in acts)
    assert acts[0].traced("time") == "interactions.timing.place_phrase_time"


def test_interactions_timing_place_phrase_time_not_across_a_verb(analyze):
    acts = analyze("Chile freed four sailors at a port where talks began on Monday.", published="2026-06-05").interactions
    assert all(i.traced("time") != "interactions.timing.place_phrase_time" for i in acts if i.type == "release")


@pytest.mark.parametrize("text", [
    "Chile and Peru held talks in Lima on Monday. The leaders of the two Andean states reached an agreement.",
    "Chile and Peru held talks in Lima on Monday. The presidents of the two states reached a deal on Tuesday.",
])
def test_interactions_expand_story_sides_leaders_of_the_two_states(acts_of, text):
    """"The leaders of the two states reached an agreement": the story's two sides agreed."""
    acts = acts_of(text)
    i = traced(acts, "source", "interactions.expand.story_sides")
    assert (i.type, {i.source, i.target}) == ("agree", {"chile", "peru"})


def test_interactions_expand_third_party_proposal_only_at_talks_or_by_a_mediator(acts_of):
    """An outsider's offer rejected by one side was made to that side; a proposal at the
    sides' talks is to both."""
    acts = acts_of("Chile and Peru held talks in Lima. Peru had rejected a Norwegian offer to mediate last year.")
    assert ("propose", "norway", "peru") in [(t, s, g) for t, s, g, _ in acts]
    acts = acts_of("Chile and Peru ended two days of talks on Thursday after Lima rejected a Norwegian proposal "
                   "on the border.")
    i = traced(acts, "target", "interactions.expand.third_party_proposal")
    assert (i.type, i.source, i.target) == ("propose", "norway", None)


@pytest.mark.parametrize("text, speaker, side", [
    ("Peru's foreign minister Luis Vela spoke before leaving for Quito. \u201cWe do not believe Chile is serious. "
     "They need to show real intent,\u201d Vela told reporters.", "luis-vela", "chile"),
    ("\u201cBolivia keeps breaking its word. They need to free the engineers now,\u201d said Norway's envoy "
     "Ida Berg.", "ida-berg", "bolivia"),
])
def test_interactions_quoted_they_other_side(acts_of, text, speaker, side):
    """"They" in a quote: the side the speaker named just before, not the speaker's own."""
    acts = acts_of(text)
    i = traced(acts, "target", "interactions.quoted.they_other_side")
    assert (i.type, i.source, i.target) == ("demand", speaker, side)


def test_interactions_quoted_they_other_side_not_outside_quotes(acts_of):
    acts = acts_of("Chile criticised the Kadar Front on Monday. They need to show real intent, Chile said later.")
    assert not [i for _, _, _, i in acts if i.traced("target") == "interactions.quoted.they_other_side"]


def test_interactions_coordination_role_companions_on_the_governing_verb(acts_of):
    """"X played a central role in the mediation, along with Y": Y mediates too."""
    acts = acts_of("Chile and Peru swapped prisoners on Monday. Norwegian Prime Minister Ola Lund played a central "
                   "role in the mediation, along with Swiss President Anna Keller.")
    traced(acts, "source", "interactions.coordination.role_companions")
    assert {(s, t) for ty, s, t, _ in acts if ty == "mediate"} == {
        (m, side) for m in ("ola-lund", "anna-keller") for side in ("chile", "peru")}


@pytest.mark.parametrize("text, pair", [
    ("Hostages were seized during Peru's assault on southern Chile on Oct. 7, 2023.", ("peru", "chile")),
    ("The talks stalled after an assault on Bolivia by Chile in March.", ("chile", "bolivia")),
])
def test_interactions_frames_attack_assault(acts_of, text, pair):
    acts = acts_of(text)
    i = by_rule(acts, "interactions.frames.attack.assault")
    assert (i.type, i.source, i.target) == ("attack", *pair)


@pytest.mark.parametrize("text, pair", [
    ("Chile threatened to withdraw its trade offer if Peru did not free the sailors.", ("chile", "peru")),
    ("On Monday Norway threatened new sanctions if Bolivia refused to reopen the border.", ("norway", "bolivia")),
])
def test_interactions_specs_conditional_target(acts_of, text, pair):
    acts = acts_of(text)
    i = traced(acts, "target", "interactions.specs.conditional_target")
    assert (i.type, i.source, i.target) == ("pressure", *pair)


@pytest.mark.parametrize("text, kind, pair", [
    ("The only states that negotiated this accord were Chile and Peru, the minister said.", "negotiate",
     ("chile", "peru")),
    ("The state that hosted the talks was Norway, officials said.", "mediate", ("norway", None)),
])
def test_interactions_document_copula_specified(acts_of, text, kind, pair):
    """A subject named only through the copula's attribute ("the countries that ... were A and B")."""
    acts = acts_of(text)
    i = traced(acts, "source", "interactions.document.copula_specified")
    assert (i.type, i.source) == (kind, pair[0]) and (pair[1] is None or i.target == pair[1])


@pytest.mark.parametrize("text, pair", [
    ("The talks were cut short by the start of fighting on March 3 between General Ana Ruiz, who controls the army, "
     "and General Hugo Diaz.", ("ana-ruiz", "hugo-diaz")),
    ("Officials blamed the outbreak of fighting between Chile and Peru on a border dispute.", ("chile", "peru")),
])
def test_interactions_frames_attack_fighting_gerund_under_aspect_noun(acts_of, text, pair):
    """A gerund in a noun's place takes the noun's frame; its arguments may hang on the phase noun
    that governs it ("the start of fighting between A and B")."""
    acts = acts_of(text)
    got = {(s, t) for ty, s, t, _ in acts if ty == "attack"}
    assert got == {pair, pair[::-1]}
    if "start" in text:  # (the parser hung "between" on the phase noun)
        traced(acts, "source", "interactions.specs.aspect_noun_arguments")


@pytest.mark.parametrize("text, source", [
    ("QUITO (AFP) — Peruvian intelligence chief Luis Vela handed Chilean leaders a revised ceasefire draft on "
     "Wednesday, two Peruvian officials said, as a Bolivian delegation prepared to travel to Quito for talks.",
     "luis-vela"),
    ("OSLO (AFP) — Norwegian envoy Ida Berg handed Chilean leaders a new draft on Monday, two officials said, "
     "as a Peruvian team prepared to fly to Oslo.", "ida-berg"),
])
def test_interactions_document_dateline_subject(acts_of, text, source):
    """The subject the parser hung on the dateline as an apposition is still the subject."""
    acts = acts_of(text)
    i = traced(acts, "source", "interactions.document.dateline_subject")
    assert (i.type, i.source, i.target) == ("propose", source, "chilean-leaders")


def test_interactions_timing_next_statement_day(analyze):
    text = ("Norway's foreign minister Ida Berg declared the joint mediation work of Norway and Cuba had "
            "secured a ceasefire deal between Chile and Peru.\n\nSpeaking to reporters on Wednesday, Berg said "
            "the accord would take effect on Sunday.")
    acts = [i for i in analyze(text, published="2025-01-16").interactions if i.type == "agree"]
    assert acts and acts[0].time is not None and acts[0].time.value == "2025-01-15"
    assert acts[0].traced("time") == "interactions.timing.next_statement_day"


def test_interactions_timing_next_statement_day_only_for_the_same_speaker(analyze):
    text = ("Norway's foreign minister Ida Berg declared the joint mediation work of Norway and Cuba had "
            "secured a ceasefire deal between Chile and Peru.\n\nSpeaking to reporters on Wednesday, Peru's "
            "envoy Luis Vela said the accord would take effect on Sunday.")
    acts = [i for i in analyze(text, published="2025-01-16").interactions if i.type == "agree"]
    assert acts and all(i.traced("time") != "interactions.timing.next_statement_day" for i in acts)


@pytest.mark.parametrize("text, subjects, other", [
    ("Chile and Peru held talks with Bolivia on Monday.", ("chile", "peru"), "bolivia"),
    ("Uruguay and Paraguay met Bolivia in La Paz last week.", ("uruguay", "paraguay"), "bolivia"),
    ("Ecuador and Colombia signed a border accord with Venezuela.", ("ecuador", "colombia"), "venezuela"),
])
def test_interactions_expand_each_subject(acts_of, text, subjects, other):
    """A coordinated subject acting with a named counterpart: one act per conjunct."""
    acts = acts_of(text)
    pairs = {frozenset((s, t)) for ty, s, t, _ in acts if ty in ("negotiate", "meet", "agree")}
    assert {frozenset((s, other)) for s in subjects} <= pairs, (text, pairs)
    assert frozenset(subjects) not in pairs, "the conjuncts did not act with each other"
    traced(acts, "source", "interactions.expand.each_subject")


def test_interactions_expand_each_subject_not_for_a_reciprocal_subject(acts_of):
    acts = acts_of("Chile and Peru met in Lima on Monday.")
    assert [(ty, s, t) for ty, s, t, _ in acts] == [("meet", "chile", "peru")]


@pytest.mark.parametrize("text", [
    "Chile and Peru held talks in Lima on Monday. On Friday, after a week of talks mediated by Brazil, "
    "Ecuador and Colombia agreed to reopen their border.",
    "Chile and Peru held talks in Lima on Monday. Norway said a truce between Ecuador and Colombia followed "
    "talks mediated by Brazil.",
])
def test_interactions_expand_mediation_sentence_sides(acts_of, text):
    """A mediation's sides are those its own sentence names together, not the story's earlier pair."""
    acts = acts_of(text)
    med = {(s, t) for ty, s, t, _ in acts if ty == "mediate"}
    assert med == {("brazil", "ecuador"), ("brazil", "colombia")}, med
    traced(acts, "target", "interactions.expand.mediation_sentence_sides")


def test_interactions_expand_mediation_sentence_sides_not_those_the_mediator_acts_on(acts_of):
    acts = acts_of("Chile and Peru held talks in Lima on Monday. Brazil mediated the talks, and thanked "
                   "Ecuador and Colombia for their support.")
    med = {(s, t) for ty, s, t, _ in acts if ty == "mediate"}
    assert med == {("brazil", "chile"), ("brazil", "peru")}, med


@pytest.mark.parametrize("text, rule", [
    ("Chile and Peru held talks in Lima on Monday. The senate lauded Norway's role in facilitating the "
     "agreement, calling it a peacemaker.", "interactions.frames.mediate.facilitate"),
    ("Chile and Peru held talks in Lima on Monday. Norway played a central role in brokering the truce.",
     "interactions.frames.mediate.broker_any"),
    ("Chile and Peru held talks on Monday. Norway played a decisive role in helping to broker the truce.",
     "interactions.frames.mediate.broker_any"),
])
def test_interactions_role_nouns_role_holder(acts_of, text, rule):
    """The holder of the role mediates, not whoever praises the role."""
    acts = acts_of(text)
    med = {(s, t) for ty, s, t, _ in acts if ty == "mediate"}
    assert med == {("norway", "chile"), ("norway", "peru")}, med
    i = traced(acts, "source", "interactions.role_nouns.role_holder")
    assert i.rule == rule


def test_interactions_expand_no_captive_side(acts_of):
    acts = acts_of("Chile released 40 prisoners on Monday following mediation by Brazil.")
    assert ("release", "chile") in {(ty, s) for ty, s, _, _ in acts}
    med = {(s, t) for ty, s, t, _ in acts if ty == "mediate"}
    assert med == {("brazil", "chile")}, med


@pytest.mark.parametrize("text, captive", [
    ("Norway helped secure the release of the aid worker Ana Berg from Peru on Tuesday.", "ana-berg"),
    ("The journalist Ivan Kolev was released from Peruvian custody on Monday.", "ivan-kolev"),
])
def test_interactions_implicit_released_from(acts_of, text, captive):
    acts = acts_of(text)
    i = traced(acts, "source", "interactions.implicit.released_from")
    assert (i.type, i.source, i.target) == ("release", "peru", captive)


def test_interactions_implicit_released_from_not_a_place(acts_of):
    acts = acts_of("Two fishermen were released from prison in Lima on Monday.")
    assert all(i.traced("source") != "interactions.implicit.released_from" for _, _, _, i in acts)


def test_interactions_sides_mediator_not_side(acts_of):
    """Talks a mediator's people hold with one side do not make the mediator a side of the story."""
    acts = acts_of("Brazil is mediating between Chile and Peru. Neither Peru nor the Brazilian mediators "
                   "commented before going into talks on Monday. The talks resumed on Tuesday.")
    got = {(ty, s, t) for ty, s, t, _ in acts}
    assert {("mediate", "brazil", "chile"), ("mediate", "brazil", "peru"), ("negotiate", "chile", "peru")} <= got
    assert ("negotiate", "brazil", "peru") not in got


@pytest.mark.parametrize("text", [
    "Chile and Peru resumed talks in Quito on Monday. The two countries agreed to a ceasefire.",
    "Chile and Peru resumed talks in Quito on Monday. Both nations agreed to a truce on Tuesday.",
])
def test_interactions_document_pair_nations(acts_of, text):
    acts = acts_of(text)
    agree = [i for ty, s, t, i in acts if ty == "agree" and {s, t} == {"chile", "peru"}]
    assert agree, acts
    assert agree[0].traced("source") == "interactions.expand.story_sides" or \
        agree[0].traced("target") == "interactions.expand.story_sides"


@pytest.mark.parametrize("text", [
    "The agreement also requires the Peruvian government to release 20 political prisoners.",
    "The accord compels Peru to release the detained fishermen.",
])
def test_interactions_frames_release_release_verb_object_control(acts_of, text):
    """"requires X to release": X releases (object control, syntax.object_control)."""
    acts = acts_of(text)
    i = by_rule(acts, "interactions.frames.release.release_verb")
    assert i.source == "peru"


def test_interactions_build_swap_each(acts_of):
    acts = acts_of("Chile and Peru swapped 150 prisoners each on Monday.")
    rel = {(s, t) for ty, s, t, _ in acts if ty == "release"}
    assert rel == {("chile", "prisoners"), ("peru", "prisoners")}, rel
    i = traced(acts, "target", "interactions.build.swap_each")
    assert i.count is not None and i.count.value == 150
    acts = acts_of("Chile and Peru swapped 300 prisoners on Monday.")  # a total: the other group unnamed
    assert all(i.traced("target") != "interactions.build.swap_each" for _, _, _, i in acts)


def test_interactions_implicit_released_from_held_territory(acts_of):
    acts = acts_of("Chile and Peru completed an exchange of prisoners on Monday. Chile said 150 Chilean soldiers were "
                   "returned from territory held by Peru.")
    i = traced(acts, "source", "interactions.implicit.released_from")
    assert (i.type, i.source, i.target) == ("release", "peru", "chilean-soldiers")


def test_interactions_expand_story_order(acts_of):
    """Parties filled in from the story keep the order the story names its sides in."""
    acts = acts_of("Peru's president Luis Vela spoke on Monday. Chile and Peru resumed talks in Quito on "
                   "Tuesday. Both countries agreed to a ceasefire on Friday.")
    agree = [i for ty, s, t, i in acts if ty == "agree"]
    assert agree and all((i.source, i.target) == ("chile", "peru") for i in agree), acts
    traced(acts, "source", "interactions.expand.story_order")


@pytest.mark.parametrize("text, captive", [
    ("The aid worker Ana Berg, held by Peru since May, landed in Santiago on Friday.", "ana-berg"),
    ("Peru and Chile agreed to a prisoner swap on Monday. The journalist Ivan Kolev, who had been jailed in "
     "Peru since 2021, returned home on Wednesday.", "ivan-kolev"),
])
def test_interactions_implicit_arrival_release(acts_of, text, captive):
    acts = acts_of(text)
    i = traced(acts, "source", "interactions.implicit.arrival_release")
    assert (i.type, i.source, i.target) == ("release", "peru", captive)


def test_interactions_implicit_arrival_release_not_a_delegation(acts_of):
    acts = acts_of("Peru and Chile agreed to a prisoner swap on Monday. The Chilean delegation returned home "
                   "on Wednesday.")
    assert not [1 for ty, *_ in acts if ty == "release"]


def test_interactions_implicit_held_in_state(acts_of):
    acts = acts_of("Peru and Chile agreed to a prisoner swap on Monday. The journalist Ivan Kolev, who had been "
                   "jailed in Peru since 2021, returned home on Wednesday.")
    assert ("release", "peru", "ivan-kolev") in {(ty, s, t) for ty, s, t, _ in acts}


def test_interactions_document_not_their_state(acts_of):
    acts = acts_of("Chile and Peru resumed talks on Monday. Peruvian rebels agreed to a ceasefire on Thursday.")
    assert not [1 for ty, s, t, _ in acts if ty == "agree" and "peru" in (s, t)], acts
    acts = acts_of("Chile and Peru resumed talks on Monday. Peruvian officials agreed to a ceasefire on Thursday.")
    assert [1 for ty, s, t, _ in acts if ty == "agree"], acts


@pytest.mark.parametrize("text, broker", [
    ("Tomas Reis, Brazil's foreign minister, held talks with Peruvian officials in Quito on Monday. "
     "On Friday Reis secured the truce.", "tomas-reis"),
    ("Brazil's foreign minister Tomas Reis met Peruvian officials in Quito on Monday. Brazil's prime minister "
     "Ana Lobo secured the truce on Friday.", "ana-lobo"),
    ("It was Brazil that persuaded the Peruvian government to accept a truce with Chile. "
     "Brazil's prime minister Tomas Reis held talks with Peruvian officials and secured the truce on Friday.",
     "tomas-reis"),
])
def test_interactions_sides_not_own_broker(acts_of, text, broker):
    """A deal secured through a state's minister is never a deal of that state or its people. (s37-inter2:
    "Reis secured the truce", the sides unnamed, is no agreement at all: the broker's work, with the
    truce as context; frame interactions.frames.agree.truce_noun_gov_arrange needs the sides.)"""
    acts = acts_of(text)
    agree = [i for ty, s, t, i in acts if ty == "agree"]
    assert not [i for i in agree if {i.source, i.target} & {"brazil", broker}
                          and broker in i.via], acts
    assert not [i for i in agree if "brazil" in (i.source, i.target)], acts
    through = [i for i in agree if broker in i.via]
    if through:  # (the third shape merges the truce into Peru's acceptance)
        assert through[0].source == "peru" and through[0].target is None
        # (merged with the persuaded acceptance, the record may credit interactions.expand.not_persuader,
        # which empties the same target: the persuader is the broker)
        assert through[0].traced("target") in ("interactions.sides.not_own_broker",
                                               "interactions.expand.not_persuader")


def test_interactions_sides_not_own_broker_keeps_plain_sides(acts_of):
    """Sides that are not the act's broker are filled in as before."""
    acts = acts_of("Brazil mediated between Chile and Peru on Monday. Chile and Brazil held talks in Quito on "
                   "Tuesday. The two sides agreed to a truce on Friday.")
    assert [1 for ty, s, t, _ in acts if ty == "agree" and (s, t) == ("chile", "peru")], acts


@pytest.mark.parametrize("text", [
    "Peru's stance reflects deep distrust of Brazilian mediation as much as a wish for calm.",
    "Opposition leaders in Peru voiced sharp criticism of Brazil's mediation between Peru and Chile on Monday.",
    "Peru voiced its distrust of Brazil's mediation and of the talks with Chile.",
])
def test_interactions_modality_attitude_object(acts_of, text):
    """A mediation that an attitude is about is no act."""
    assert not [1 for ty, *_ in acts_of(text) if ty == "mediate"]


def test_interactions_modality_attitude_object_keeps_acts(acts_of):
    acts = acts_of("Brazil mediated between Peru and Chile on Monday. Brazilian mediation ended the war.")
    assert {("brazil", "peru"), ("brazil", "chile")} <= {(s, t) for ty, s, t, _ in acts if ty == "mediate"}


@pytest.mark.parametrize("text", [
    "Brazil's efforts to broker a truce between Peru and Chile intensified on Monday.",
    "Brazil's foreign minister Ana Lobo flew to Quito on Monday to mediate between Peru and Chile.",
    "Two Brazilian envoys held calls with Peruvian officials to broker peace on Monday.",
])
def test_interactions_modality_purpose_attempt(acts_of, text):
    """A mediation told as a purpose or an attempt is kept, as planned."""
    med = [i for ty, _, _, i in acts_of(text) if ty == "mediate"]
    assert med and all(i.modality == "planned" for i in med)
    assert med[0].traced("modality") == "interactions.modality.purpose_attempt"


@pytest.mark.parametrize("text", [
    "Brazil used back channels to mediate the detainee swap between Peru and Chile.",
    "Brazil helped broker a truce between Peru and Chile on Monday.",
    "Brazil mediated between Peru and Chile on Monday.",
])
def test_interactions_modality_purpose_attempt_not_done_acts(acts_of, text):
    med = [i for ty, _, _, i in acts_of(text) if ty == "mediate"]
    assert med and all(i.modality == "asserted" for i in med)
