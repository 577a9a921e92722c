"""Rules interactions.timing.standing_role (a role noun's act takes no date from the clause around
it) and interactions.timing.offset_clause (an act in a measured after/before phrase is the clause's
day shifted by the measure), time phrases led by an adverb of no time of its own ("Back in
February"), and "<month> last year" as one expression (invented names and sentences only).

Why: a mediator or a mediation effort is a standing role, not an event dated by the announcement
it sits in; "reached home on Monday, a day after Y freed them" says the release was on Sunday, and
"days after" or "a month after" says it was not on Monday without saying when. The near misses pin
a date on the role noun's own phrase, a verb of mediating, an own date inside the phrase, and
phrases that measure nothing.
"""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
import spacy
from spacy.tokens import Doc

from interaction_helpers import dated_to
from backchannel.extract.interactions.lexicon import lexicon
from backchannel.extract.interactions.timing_constructions import other_act
from backchannel.timex import find, resolve

PUB = "2026-06-05"  # a Friday
ROLE = "interactions.timing.standing_role"
OFFSET = "interactions.timing.offset_clause"


@pytest.fixture(scope="module")
def acts(dated_acts):
    return dated_acts(PUB)


# -- standing roles: the mediator's act is undated, the clause's own act keeps the date --------
@pytest.mark.parametrize("text, dated_kind", [
    # an apposition to the speaker of a dated statement
    ("Ola Brandt, the Omani mediator, said on Friday that Chad and Sudan had agreed to a truce.", None),
    # the mediation efforts inside a dated announcement (s37: a truce secured by mediators with its sides
    # not named at it is the mediators' work, no agreement of its own)
    ("Chad and Sudan announced on Tuesday that the combined mediation efforts of Kenya and Egypt had "
     "secured a truce.", None),
    # the efforts as the subject of a dated verb
    ("Kenya's mediation secured a truce between Chad and Sudan on Wednesday.",
     "agree"),
    # a premodified role noun before the name, the clause's verb dated
    ("The Norwegian facilitator Ola Brandt met Chad and Sudan on Monday.", "meet"),
    # a sentence-initial date, the role holder as the speaker at the end
    ("On Saturday the two militias agreed on a truce in Chad, the Kenyan facilitator Ola Brandt said.", "agree"),
])
def test_interactions_timing_standing_role(acts, text, dated_kind):
    found = acts(text)
    assert dated_to(found, "mediate"), "the role noun makes a mediate act"
    assert all(v is None for v, _ in dated_to(found, "mediate"))
    if dated_kind:
        assert any(v for v, _ in dated_to(found, dated_kind))


@pytest.mark.parametrize("text, value", [
    # a verb of mediating is an event: its date stays
    ("Oman mediated talks between Chad and Sudan on Monday.", "2026-06-01"),
    # a date inside the noun's own phrase (the parser hangs it on the verb after the subject)
    ("The mediation of Oman between Chad and Sudan in May failed.", "2026-05"),
    ("Oman's mediation in May ended the standoff between Chad and Sudan.", "2026-05"),
])
def test_interactions_timing_standing_role_near_misses(acts, text, value):
    assert value in [v for v, _ in dated_to(acts(text), "mediate")]


# -- measured after/before phrases ----------------------------------------------------------------
@pytest.mark.parametrize("text, kind, target, value, said", [
    # an after-clause in the passive, the measure on its verb
    ("Forty pupils reached their village in Norland on Monday, a day after the Korvan militia "
     "freed them.", "release", None, "2026-05-31", "a day after"),
    # fronted, with a count
    ("Two days after Vesterland released the pilot Ola Brandt, Norland freed ten prisoners on Thursday.",
     "release", "ola-brandt", "2026-06-02", "Two days after"),
    # before: the act came later; a noun argument of the phrase's verb takes the same date
    ("The ministers met in Lund on Tuesday, three days before Norland signed the deal with Vesterland.",
     "agree", "vesterland", "2026-06-05", "three days before"),
    # a week, the act's noun the subject of the phrase's verb
    ("Norland and Vesterland signed the truce on 12 May, a week after talks in Lund began.",
     "negotiate", "vesterland", "2026-05-05", "a week after"),
    # a noun after the preposition
    ("Norland freed Ola Brandt on Friday, a week after talks with Vesterland.", "negotiate", "vesterland",
     "2026-05-29", "a week after"),
    # "the day after", the clause dated by the previous sentence
    ("Ola Brandt on Thursday held a press conference in Lund. It took place the day after the Norland "
     "government secured the release of the journalist Eva Lund.", "release", "eva-lund", "2026-06-03",
     "the day after"),
])
def test_interactions_timing_offset_clause(analyze, text, kind, target, value, said):
    found = [i for i in analyze(text, published=PUB).interactions
             if i.type == kind and (target is None or i.target == target)]
    assert any(i.time and i.time.value == value and i.time.text == said and i.traced("time") == OFFSET
               for i in found), [(i.time, i.traced("time")) for i in found]


@pytest.mark.parametrize("text, kind, target", [
    # no count of days: not on Friday, but not said when
    ("Norland freed Ola Brandt on Friday, days after talks with Vesterland.", "negotiate", "vesterland"),
    ("Norland freed Ola Brandt on Friday, several days after talks with Vesterland.", "negotiate",
     "vesterland"),
    # a month cannot be counted back from a day
    ("Norland freed Ola Brandt on Friday, a month after talks with Vesterland.", "negotiate", "vesterland"),
    # the clause has no date to count from
    ("Norland freed Ola Brandt a day after talks with Vesterland.", "negotiate", "vesterland"),
])
def test_interactions_timing_offset_clause_dates_nothing(acts, text, kind, target):
    assert all(v is None for v, _ in dated_to(acts(text), kind, target))


@pytest.mark.parametrize("text, kind, target, value", [
    # the act's own date wins over the phrase
    ("Forty pupils reached their village on Monday, a day after the Korvan militia freed them on "
     "Saturday.", "release", None, "2026-05-30"),
    # "last year after X" is a time, not a measure
    ("Ola Brandt became president in April last year after Vesterland rebels killed his father.",
     "attack", None, "2025-04"),
])
def test_interactions_timing_offset_clause_near_misses(acts, text, kind, target, value):
    found = dated_to(acts(text), kind, target)
    assert value in [v for v, _ in found] and all(r != OFFSET for _, r in found)


# -- lead adverbs and "<month> last year" ----------------------------------------------------------
@pytest.mark.parametrize("text, kind, target, value", [
    ("Back in February, two Norland senators criticized Ola Brandt for praising Vesterland.",
     "accuse", "ola-brandt", "2026-02"),
    ("Also on Tuesday, Norland freed two Vesterland fishermen.", "release", "vesterland-fishermen",
     "2026-06-02"),
    ("Then on Monday, Norland signed a truce with Vesterland.", "agree", "vesterland", "2026-06-01"),
])
def test_time_phrase_led_by_an_adverb_of_no_time(acts, text, kind, target, value):
    assert value in [v for v, _ in dated_to(acts(text), kind, target)]


def test_adverb_with_no_time_phrase_dates_nothing(acts):
    found = dated_to(acts("Norland pushed back and rejected Vesterland's demands."), "reject")
    assert all(v is None for v, _ in found)


@pytest.mark.parametrize("text, value", [
    ("in April last year", "2025-04"), ("April of last year", "2025-04"), ("in March this year", "2026-03"),
    ("in January next year", "2027-01"), ("in April", "2026-04"), ("April 2019", "2019-04"),
])
def test_month_of_a_relative_year(text, value):
    found = find(f"They met {text} in Lund.")
    assert [t.text for t in found] == [text]
    assert resolve(text, date.fromisoformat(PUB)) == value


def test_a_relative_year_apart_from_a_month_stays_apart():
    assert [t.text for t in find("the talks of last year in May")] == ["last year", "in May"]


@pytest.mark.parametrize("text, found, value", [
    # a lower-case "may" before a relative year is the modal: the year is read on its own
    ("Norway may next year free the captives, Ola Brandt said.", "next year", "2027"),
    ("Norland may this year free the captives.", "this year", "2026"),
    ("Vesterland may last year have freed them.", "last year", "2025"),
    # the month, capitalised, keeps its year
    ("Norland will free the captives in May next year.", "in May next year", "2027-05"),
    ("May next year the talks resume in Lund.", "May next year", "2027-05"),
])
def test_modal_may_before_a_relative_year(text, found, value):
    assert [t.text for t in find(text)] == [found]
    assert resolve(found, date.fromisoformat(PUB)) == value


def test_modal_may_alone_is_no_time():
    assert find("Norland may free the captives.") == []


# -- acts planned by an agreement's complement (rule interactions.timing.planned_complement) ---------
PLANNED = "interactions.timing.planned_complement"
DEC = "2024-12-12"  # a Thursday in December: a month named ahead is next year's


@pytest.fixture(scope="module")
def dec_acts(dated_acts):
    return dated_acts(DEC)


@pytest.mark.parametrize("text, kind, target, value", [
    ("Norland and Vesterland agreed to hold talks in February.", "negotiate", "vesterland", "2025-02"),
    ("Norland agreed to free the captives in February.", "release", "captives", "2025-02"),
    ("Vesterland agreed to release Ola Brandt on Friday.", "release", "ola-brandt", "2024-12-13"),
    ("Norland and Vesterland agreed to meet again in January.", "meet", "vesterland", "2025-01"),
])
def test_interactions_timing_planned_complement(dec_acts, text, kind, target, value):
    assert (value, PLANNED) in dated_to(dec_acts(text), kind, target)


@pytest.mark.parametrize("text, kind, target, value", [
    # the agreement itself, not a plan: the past reading stays
    ("Norland agreed to a truce with Vesterland in February.", "agree", "vesterland", "2024-02"),
    # told in the past perfect, no agreement
    ("Norland had freed the captives by February, officials said.", "release", "captives", "2024-02"),
])
def test_interactions_timing_planned_complement_near_misses(dec_acts, text, kind, target, value):
    found = dated_to(dec_acts(text), kind, target)
    assert value in [v for v, _ in found] and all(r != PLANNED for _, r in found)


@pytest.fixture(scope="module")
def may_acts(dated_acts):
    return dated_acts("2025-05-13")


@pytest.mark.parametrize("text, kind, target, value", [
    # the agreement's own month: the plan is read forward from it, not from the report's day
    ("Norland and Vesterland agreed in January to hold talks in February.", "negotiate", "vesterland", "2025-02"),
    ("In March Norland agreed to free the captives in April.", "release", "captives", "2025-04"),
    # forward from the agreement's day: a month before it is next year's
    ("Norland and Vesterland agreed in March to meet again in January.", "meet", "vesterland", "2026-01"),
    ("Norland and Vesterland agreed on Monday to hold talks in February.", "negotiate", "vesterland", "2026-02"),
    # an undated agreement: forward from the report's day
    ("Norland and Vesterland agreed to hold talks in February.", "negotiate", "vesterland", "2026-02"),
])
def test_planned_complement_read_from_the_agreements_date(may_acts, text, kind, target, value):
    assert value in [v for v, _ in dated_to(may_acts(text), kind, target)]


@pytest.mark.parametrize("text, kind, target, value", [
    # an agreement dated by a year only: the date stays as told
    ("Last year the rebels agreed to free the captives in March, but they were not freed until April.",
     "release", "captives", "2025-03"),
    # no plan: the date as told
    ("Norland freed the captives in February.", "release", "captives", "2025-02"),
    # a date with one reading: "next week" is the report's, not the agreement's
    ("Norland and Vesterland agreed in January to meet again next week.", "meet", "vesterland", "2025-W21"),
])
def test_planned_complement_left_as_told(may_acts, text, kind, target, value):
    found = dated_to(may_acts(text), kind, target)
    assert [v for v, _ in found] == [value] and all(r != PLANNED for _, r in found)


@pytest.mark.parametrize("text", [
    "Norway and Sweden agreed in January to hold talks in February, and the talks took place in Oslo.",
    "Norland and Vesterland agreed to hold talks in February, and the talks took place in Lund.",
])
def test_planned_complement_told_done_later_is_one_act(may_acts, text):
    """A plan re-read forward and the act told as done on the told date are one act, dated as done."""
    found = [a for a in may_acts(text) if a[0] == "negotiate"]
    assert [a[3] for a in found] == ["2025-02"]


# -- a clause of a captive's history on an act noun (rule interactions.timing.other_act_clause) -----
def _verb(word: str, lemma: str):
    return Doc(spacy.blank("en").vocab, words=[word], lemmas=[lemma], pos=["VERB"])[0]


@pytest.mark.parametrize("word, lemma, kinds, other", [
    # "the release of pupils abducted on 7 March", the participle hung on "release"
    ("abducted", "abduct", {"release"}, True),
    ("kidnapped", "kidnap", {"release", "exchange"}, True),
    ("seized", "seize", {"release"}, True),
    # "the meeting held on Tuesday", "the deal signed on Friday": the noun's own event
    ("held", "hold", {"meet"}, False),
    ("signed", "sign", {"agree"}, False),
    # an attack noun keeps the date of a clause of its own kind
    ("abducted", "abduct", {"attack"}, False),
])
def test_interactions_timing_other_act_clause(word, lemma, kinds, other):
    assert other_act(SimpleNamespace(lex=lexicon()), _verb(word, lemma), kinds) is other


@pytest.mark.parametrize("text, kind, value", [
    # parsed as the noun's own clause: the date stays
    ("The meeting held on Tuesday between Norland and Vesterland ended without a deal.", "meet", "2026-06-02"),
    ("The deal signed on Friday by Norland and Vesterland ends the war.", "agree", "2026-06-05"),
    # the taking keeps its own date
    ("The governor of Lund announced the release of forty pupils abducted by gunmen in Tarn on 7 March.",
     "attack", "2026-03-07"),
])
def test_interactions_timing_other_act_clause_near_misses(acts, text, kind, value):
    assert value in [v for v, _ in dated_to(acts(text), kind)]
