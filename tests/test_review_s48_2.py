"""Review 2 of s48 (notes /work/notes/s48/review2.md): invented sentences where the s48 time, claims and across
rules give a worse answer than the base. One plain assert per finding; each fails on main 1f298045. Every text
and name is invented. Published dates: 2026-06-10, a Wednesday (Monday 06-08, Friday 06-05)."""

from __future__ import annotations

from backchannel.resolve.across import resolve_dossiers

PUB = "2026-06-10"


def _acts(analyze, text):
    d = analyze(text, published=PUB)
    names = {a.id: a.name for a in d.actors}
    return [(i.type, names.get(i.source), names.get(i.target), i.time.value if i.time else None, i.traced("time"))
            for i in d.interactions]


def _claims(analyze, text):
    d = analyze(text, published=PUB)
    names = {a.id: a.name for a in d.actors}
    return [(names.get(c.speaker), c.cue, c.content) for c in d.claims]


def _links(analyze, reports, rule):
    ds = [analyze(text, published=PUB, doc_id=doc) for doc, text in reports]
    return [lk for lk in resolve_dossiers(iter(ds)).links if rule in (lk.get("note") or "")]


# T1 purpose_day: "call on X to do Y on Friday" is a demand; Friday is the demanded act's day, not the call's
def test_t1_call_on_demand_takes_no_day_of_its_infinitive(analyze):
    acts = _acts(analyze, "Norland called on Ostland to release the captives on Friday.")
    assert [a for a in acts if a[0] == "demand" and a[3] is None], acts


# T2 purpose_day: "wrote to X to propose a meeting on Friday": Friday is the proposed meeting's
def test_t2_letter_not_dated_by_the_proposed_meeting(analyze):
    acts = _acts(analyze, "Anna Berg wrote to Ivan Holm to propose a meeting on Friday.")
    assert not [a for a in acts if a[0] == "message" and a[3] == "2026-06-05"], acts


# T3 adjunct_main_day: a day inside the main clause's object that names another event ("the June 2 ambush")
def test_t3_object_event_day_is_not_the_purpose_act_day(analyze):
    acts = _acts(analyze, "Ostland seized on the June 2 ambush to break off talks with the Free Hill Front.")
    assert not [a for a in acts if a[3] == "2026-06-02"], acts


# T7 adjunct_main_day (bare participle): the day of the event a document is about is not the accusation's day
def test_t7_document_topic_day_is_not_the_participle_act_day(analyze):
    acts = _acts(analyze, "Ostland released a report on the May 3 massacre, accusing the Free Hill Front of "
                          "killing 40 villagers.")
    assert not [a for a in acts if a[0] == "accuse" and a[3] == "2026-05-03"], acts


# T4 occasion_clause_day: a planned meeting takes the day the summit was announced, moved into the future
def test_t4_planned_meeting_not_dated_by_the_announcement(analyze):
    acts = _acts(analyze, "Anna Berg will meet Ivan Holm at a summit that was announced on Monday.")
    assert not [a for a in acts if a[0] == "meet" and a[4] == "interactions.timing.occasion_clause_day"], acts


# T5 occasion_clause_day: a summit that ends on (coming) Friday gives a done meeting last Friday
def test_t5_summit_end_day_does_not_date_the_meeting(analyze):
    acts = _acts(analyze, "Anna Berg met Ivan Holm at a summit that ends on Friday.")
    assert not [a for a in acts if a[0] == "meet" and a[3] == "2026-06-05"], acts


# T6 occasion_clause_day: the day talks were agreed is not the day of a meeting at them
def test_t6_agreed_day_is_not_the_meeting_day(analyze):
    acts = _acts(analyze, "Anna Berg met Ivan Holm at talks which were agreed on Monday.")
    assert not [a for a in acts if a[0] == "meet" and a[4] == "interactions.timing.occasion_clause_day"], acts


# C1 subordinate_report: a condition "until X says ..." is the speaker's words, not X's statement
def test_c1_condition_clause_makes_no_claim_of_the_condition(analyze):
    cl = _claims(analyze, "Anna Berg said Norland would not return to the talks, until the Free Hill Front "
                          "says it will disarm.")
    assert not [c for c in cl if c[0] == "Free Hill Front"], cl


# C1b subordinate_report: the same with "when": a condition, not the Front's statement
def test_c1b_when_condition_makes_no_claim_of_the_condition(analyze):
    cl = _claims(analyze, "Ivan Holm said Ostland would withdraw its troops, when the Front says it is ready.")
    assert not [c for c in cl if c[0] == "Front"], cl


# C2 negative_subject: "no fewer than 30 officials" spoke
def test_c2_no_fewer_than_is_a_speaker(analyze):
    cl = _claims(analyze, "No fewer than 30 Norland officials said the truce had collapsed.")
    assert [c for c in cl if c[1] == "said"], cl


# C3 negative_subject: "No 2" in a rank is no negation
def test_c3_number_two_negotiator_speaks(analyze):
    cl = _claims(analyze, "Ostland's No 2 negotiator said the talks had failed.")
    assert [c for c in cl if c[1] == "said"], cl


# C3b negative_subject: "No 10" (an office named by a number) spoke
def test_c3b_no_10_speaks(analyze):
    cl = _claims(analyze, "No 10 said the talks had been useful.")
    assert [c for c in cl if c[1] == "said"], cl


# C6 body_spoke_before: a letter quoted after a state tells of another party's offer is not the state's
def test_c6_letter_after_state_claim_is_not_the_states(analyze):
    cl = _claims(analyze, "Ostland said it was studying the Free Hill Front's offer. \"We are ready to talk,\" "
                          "the letter said.")
    assert not [c for c in cl if c[0] == "Ostland" and "ready" in c[2]], cl


# C4 statement_object: "did not reject allegations that ..." rejects nothing
def test_c4_negated_reject_makes_no_statement_object_claim(analyze):
    cl = _claims(analyze, "Ostland did not reject allegations that it had moved the captives.")
    assert not [c for c in cl if c[0] == "Ostland" and "allegations" in c[2]], cl


# C5 statement_object: a demand is no statement; rejecting it states nothing about its content
def test_c5_rejected_demand_is_no_claim_of_the_rejecter(analyze):
    cl = _claims(analyze, "The Free Hill Front rejected Ostland's demand that talks be held in Lund.")
    assert not [c for c in cl if c[0] == "Free Hill Front" and c[1] == "rejected"], cl


# X1 cause_denied: "talks were delayed because of bad weather" credits the weather, not talks
def test_x1_delay_because_of_weather_credits_no_talks(analyze):
    got = _links(analyze, [
        ("a", "The Free Hill Front freed Anna Berg on Monday. The release came after talks were delayed for a "
              "week because of bad weather, Ostland said."),
        ("b", "The Free Hill Front freed Anna Berg on Monday. The Front said the release was not a result of "
              "talks with Ostland."),
    ], "across.links.cause_denied")
    assert got == [], got


# X2 cause_denied: "fighting forced the suspension of talks": talks are what was forced, not a cause
def test_x2_forced_suspension_credits_no_talks(analyze):
    got = _links(analyze, [
        ("a", "The Free Hill Front freed Anna Berg on Monday. Fighting in the east forced the suspension of talks "
              "in May, Norland said."),
        ("b", "The Free Hill Front freed Anna Berg on Monday. The release had nothing to do with the talks, the "
              "Front said."),
    ], "across.links.cause_denied")
    assert got == [], got


# X3 announce_day: a truce and a prisoner deal are two agreements announced on two days
def test_x3_two_agreements_two_announcement_days(analyze):
    got = _links(analyze, [
        ("a", "Norland and Ostland announced a truce on Monday. Ostland freed 20 prisoners on Tuesday, Norland said."),
        ("b", "Ostland freed 20 prisoners on Tuesday. The prisoner exchange deal was announced on Saturday by "
              "Ivan Holm."),
    ], "across.links.announce_day")
    assert got == [], got


# X4 talks_undecided: "no decision on talks with the Front" does not deny talks agreed between two others
def test_x4_undecided_talks_of_another_pair(analyze):
    got = _links(analyze, [
        ("a", "Norland and Ostland signed a truce on Monday. Ostland agreed to begin talks with Norland on the "
              "captives, Anna Berg said."),
        ("b", "Norland and Ostland signed a truce on Monday. Ivan Holm said no decision had been made on talks "
              "with the Free Hill Front."),
    ], "across.links.talks_undecided")
    assert got == [], got


# X5 announce_day: one side announces on Sunday, the other confirms on Monday: two acts, no dispute
def test_x5_announced_then_confirmed_is_no_dispute(analyze):
    got = _links(analyze, [
        ("a", "Ostland announced the truce on Sunday. The Free Hill Front freed 20 prisoners on Tuesday, "
              "Norland said."),
        ("b", "The Free Hill Front freed 20 prisoners on Tuesday. The Front confirmed the truce on Monday."),
    ], "across.links.announce_day")
    assert got == [], got
