"""An act that names one party takes the other from a compatible act told just before it
(rules ``interactions.slots.answered_maker`` and ``interactions.slots.dialogue_partner``,
session 40, extract/interactions/discourse_slots.py).

Why: an answer ("Y refused", "Y agreed to the demand") leaves the one answered to the sentence
before, and a conversation told with one party ("Y was later informed") has the partner that
party just talked with. Invented sentences; real state names stand in for parties, as elsewhere.
"""

from __future__ import annotations

from backchannel.pipeline import analyze_text

ANSWERED = "interactions.slots.answered_maker"
PARTNER = "interactions.slots.dialogue_partner"


def acts(text: str, kind: str) -> list[tuple[str | None, str | None, str | None]]:
    """(source, target, rule that filled an end) of the acts of ``kind``."""
    out = []
    for i in analyze_text(text).interactions:
        if i.type == kind:
            trace = i.trace if isinstance(i.trace, dict) else {}
            out.append((i.source, i.target, trace.get("target") or trace.get("source")))
    return out


def test_rejection_answers_the_proposal_before() -> None:
    assert acts("Chile proposed a ceasefire to Peru on Monday. Peru rejected it on Tuesday.", "reject") == [
        ("peru", "chile", ANSWERED)]


def test_agreement_to_a_demand_told_before() -> None:
    got = acts("Bolivia demanded that Paraguay withdraw its troops. Paraguay agreed to the demand on Friday.", "agree")
    assert got == [("paraguay", "bolivia", ANSWERED)]


def test_refusal_of_an_urging_two_sentences_on() -> None:
    text = "Chile and Peru signed a truce in Lima. Bolivia urged Ecuador to free the hostages. Ecuador refused."
    assert acts(text, "reject") == [("ecuador", "bolivia", ANSWERED)]


def test_bare_refusal_after_a_demand_for_a_release() -> None:
    got = acts("Ecuador demanded the release of the fishermen from Colombia. Colombia refused.", "reject")
    assert got == [("colombia", "ecuador", ANSWERED)]


def test_informed_after_a_phone_call() -> None:
    text = ("Chile and Peru signed a truce in Lima. Bolivia spoke with Ecuador by phone on Monday. "
            "Bolivia was later informed that the plan was ready.")
    assert acts(text, "inform") == [("ecuador", "bolivia", PARTNER)]


def test_filled_end_is_marked_inferred() -> None:
    d = analyze_text("Chile proposed a ceasefire to Peru on Monday. Peru rejected it on Tuesday.")
    rej = [i for i in d.interactions if i.type == "reject"]
    assert rej and "target" in rej[0].inferred
    assert any(k.startswith("antecedent:") for k in rej[0].trace)  # type: ignore[union-attr]


def test_near_miss_no_proposal_to_answer() -> None:
    assert acts("Chile rejected the plan.", "reject") == [("chile", None, None)]


def test_near_miss_proposal_addressed_to_someone_else() -> None:
    # the proposal was made to Peru: Bolivia's rejection answers nobody the text names
    assert acts("Chile proposed a ceasefire to Peru. Bolivia rejected the idea.", "reject") == [
        ("bolivia", None, None)]


def test_near_miss_answerer_made_the_proposal() -> None:
    got = acts("Chile proposed a ceasefire to Peru. Later, Chile agreed to extend the deadline.", "agree")
    assert all(t is None for _, t, _ in got)


def test_near_miss_conversation_of_another_party() -> None:
    text = "Chile and Peru signed a truce in Lima. Bolivia held talks with Ecuador on Monday. Venezuela was informed."
    assert all(s is None for s, _, _ in acts(text, "inform"))


def test_near_miss_antecedent_too_far_back() -> None:
    text = ("Ecuador demanded the release of the fishermen from Colombia. Chile and Peru met in Lima. "
            "Chile and Peru signed a truce. Chile and Peru held talks on Monday. Colombia refused.")
    assert acts(text, "reject") == [("colombia", None, None)]


def test_answer_by_a_member_of_the_addressed_side() -> None:
    text = "Chile offered Peru a new truce plan on Monday. Peru's president refused on Tuesday."
    assert acts(text, "reject") == [("peru-president", "chile", ANSWERED)]


def test_informed_member_of_the_partner_side() -> None:
    text = ("Bolivia held talks with Ecuador on Monday. Ecuador's foreign minister was later informed "
            "that the plan was ready.")
    assert acts(text, "inform") == [("bolivia", "ecuador-foreign-minister", PARTNER)]


def test_near_miss_member_of_the_proposing_side() -> None:
    # the proposer's own minister answers no one: the maker is on the answerer's side
    text = "Chile offered Peru a new truce plan on Monday. Chile's foreign minister later rejected it."
    got = acts(text, "reject")
    assert got  # (the rejection is extracted: the near miss is about its target, not about the act)
    assert all(t is None for _, t, _ in got)


def test_near_miss_go_between_is_no_partner() -> None:
    # Qatar mediates: Bolivia's talks through it give Ecuador's briefing no Qatari partner
    text = ("Qatar mediated between Bolivia and Ecuador. Bolivia held talks with Qatar on Monday. "
            "Bolivia was later informed that the plan was ready.")
    assert all(s != "qatar" for s, _, _ in acts(text, "inform"))


# review s40 finding 1: a slot the sentence fills itself, an answer about something else

def test_near_miss_meeting_with_its_own_subject() -> None:
    text = "Chile held talks with Peru on Monday. On Friday, a stranger met Peru's president."
    assert acts(text, "meet") == [(None, "peru-president", None)]


def test_near_miss_meeting_with_its_own_agent() -> None:
    text = "Chile held talks with Peru on Monday. Peru's president was later visited by a stranger."
    assert all(s is None for s, _, _ in acts(text, "meet"))


def test_near_miss_agreement_to_a_clause_of_its_own() -> None:
    assert acts("Chile proposed a ceasefire to Peru. Peru agreed to buy more wheat.", "agree") == [
        ("peru", None, None)]


def test_near_miss_rejection_of_someone_elses_plan() -> None:
    assert acts("Chile proposed a ceasefire to Peru. Peru rejected the stranger's plan.", "reject") == [
        ("peru", None, None)]


def test_rejection_of_the_plan_still_answers_the_maker() -> None:
    assert acts("Chile proposed a truce to Peru. Peru rejected the plan.", "reject") == [("peru", "chile", ANSWERED)]


def test_refusal_to_accept_it_answers_the_maker() -> None:
    assert acts("Chile proposed a ceasefire to Peru. Peru refused to accept it.", "reject") == [
        ("peru", "chile", ANSWERED)]


# review s40 finding 10: the window counts sentences; an act told later in the same sentence is no antecedent

def test_near_miss_antecedent_past_act_less_sentences() -> None:
    text = ("Ecuador demanded the release of the fishermen from Colombia. The weather was cold. Markets were "
            "quiet. The river rose. A year later, Colombia rejected the plan.")
    assert acts(text, "reject") == [("colombia", None, None)]


def test_antecedent_across_one_act_less_sentence() -> None:
    text = "Ecuador demanded the release of the fishermen from Colombia. The weather was cold. Colombia rejected the plan."
    assert acts(text, "reject") == [("colombia", "ecuador", ANSWERED)]


def test_near_miss_proposal_told_after_the_answer() -> None:
    assert acts("Lorvia agreed, and then Zembla proposed a truce.", "agree") == [("lorvia", None, None)]


def test_near_miss_demand_told_after_the_refusal() -> None:
    text = "Colombia refused, and then Ecuador demanded the release of the fishermen."
    assert acts(text, "reject") == [("colombia", None, None)]


def test_refusal_after_a_demand_in_its_own_sentence() -> None:
    text = "Ecuador demanded the release of the fishermen, but Colombia refused."
    assert acts(text, "reject") == [("colombia", "ecuador", ANSWERED)]


def test_offer_told_inside_the_rejection_is_its_antecedent() -> None:
    # the offer comes after the trigger but inside its own object: it is what the rejection answers
    assert acts("Peru had rejected a Chilean offer to mediate last year.", "reject") == [("peru", "chile", ANSWERED)]


# follow-ups on read reports: an answer's own clause that repeats what was asked still answers it;
# a later act hanging from the answer's clause (not coordinated with it) is still its antecedent

def test_agreement_to_do_what_was_demanded() -> None:
    text = "Chile demanded that Peru halt its radio broadcasts. Peru agreed to halt them on Friday."
    assert acts(text, "agree") == [("peru", "chile", ANSWERED)]


def test_agreement_to_do_what_a_demand_noun_asked() -> None:
    text = "Chile's demand to halt the radio broadcasts was met. In return, Peru agreed to halt the broadcasts."
    assert acts(text, "agree") == [("peru", "chile", ANSWERED)]


def test_proposal_in_a_clause_under_the_agreement() -> None:
    assert acts("Peru agreed to the deal after Chile proposed a truce.", "agree") == [("peru", "chile", ANSWERED)]
