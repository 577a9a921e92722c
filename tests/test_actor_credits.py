"""The outlet's credits the datelines miss, and a person's title the tagger took for a body (s32-actors).

Why: the publishing outlet and its byline authors are never actors (gold README "Actors"), but credit
lines come in many shapes: a list of outlets and a date opening the report, a byline running into the
dateline, a dated dateline with the outlets in brackets or between slashes, an outlet and its city on a
line of their own, the outlet's line under a byline. Once a credit names the outlet, none of its
mentions is an actor ("told OPA"). And "the Minister of Information, Ola Brandt," names a person's
office, not a body. Invented names only.
"""

from __future__ import annotations

import pytest

from backchannel.extract import STAGES
from backchannel.extract.context import Context
from backchannel.model import Document


@pytest.fixture(scope="module")
def names(nlp):
    """Actor names of a report with a header title (the body's first line is then no title)."""
    def go(text: str) -> set[str]:
        ctx = Context(document=Document(id="t", text=text, title="Talks in Kessel"), doc=nlp(text))
        STAGES["actors"](ctx)
        return {a.name for a in ctx.actors.values()}
    return go


def test_credit_list_of_outlets_and_date(names):
    n = names("Harbour Online, Reuters, AFP, Friday 4 Mar 2011\n\nNorland's envoy Ola Brandt met "
              "Vesterland's foreign minister in Kessel. A diplomat told Reuters the talks went well.")
    assert not n & {"Harbour Online", "Reuters", "AFP"}
    assert "Ola Brandt" in n


def test_credit_list_with_place_running_into_story(names):
    n = names("OPA, Kessel, 11 October 2000. A Norland envoy met Ola Brandt on Tuesday. Brandt later told "
              "OPA that he was hopeful.")
    assert "OPA" not in n and "Ola Brandt" in n


def test_credit_list_published(names):
    n = names("Harbour Daily Published May 9, 2021 Updated May 9, 2021 11:02am\n\nNorland and Vesterland "
              "signed a truce, Ola Brandt told Harbour Daily.")
    assert "Harbour Daily" not in n and "Ola Brandt" in n


def test_bracket_credit_at_the_end(names):
    n = names("Norland's envoy Ola Brandt met rebel leaders in Kessel on Monday, Harbour Daily learned.\n\n"
              "(Harbour Daily January 28, 2005)")
    assert "Harbour Daily" not in n and "Ola Brandt" in n


def test_byline_running_into_dateline(names):
    n = names("By Jo Amsel and Per Lundgren KESSEL (Harbour Wire) - Norland's envoy Ola Brandt met the "
              "Vesterland delegation on Monday, officials told Harbour Wire.")
    assert not n & {"Jo Amsel", "Per Lundgren", "Harbour Wire"}
    assert "Ola Brandt" in n


def test_dated_dateline_outlets_in_brackets(names):
    n = names("Jo Amsel\n\nKESSEL (Harbour News / Valley Wire - 30th December, 2019) The Norland Liberation "
              "Front denied on Monday agreeing to a ceasefire, its spokesman Ola Brandt said.")
    assert not n & {"Harbour News", "Valley Wire", "Jo Amsel"}
    assert "Ola Brandt" in n


def test_dated_dateline_outlet_between_slashes(names):
    n = names("KESSEL, January 21. /OPA/. Norland's spokesman Ola Brandt has denied the reports. \"No one "
              "met anyone,\" Brandt told OPA.")
    assert "OPA" not in n and "Ola Brandt" in n


def test_outlet_and_city_line(names):
    n = names("Harbour News – Kessel (Updated at 15:11)\n\nThe Norland envoy, Ola Brandt, told Harbour News "
              "that the captives were freed.")
    assert "Harbour News" not in n and "Ola Brandt" in n


def test_outlet_line_under_byline(names):
    n = names("By Jo Amsel\nHarbour Post Foreign Service\nFriday, August 27, 2010\n\nNorland's former "
              "president Ola Brandt flew out of Vesterland on Friday after securing a pardon.")
    assert not n & {"Jo Amsel", "Harbour Post Foreign Service"}
    assert "Ola Brandt" in n


def test_bare_byline_under_header_title(names):
    n = names("Jo Amsel\n\nNorland's envoy Ola Brandt said on Monday that the talks with Vesterland would "
              "resume in Kessel next week.")
    assert "Jo Amsel" not in n and "Ola Brandt" in n


def test_near_miss_other_outlet_stays(names):
    n = names("Harbour Online, Tuesday 3 Mar 2026\n\nNorland's envoy Ola Brandt told the Valley Herald on "
              "Monday that the talks with Vesterland would resume.")
    assert "Valley Herald" in n and "Harbour Online" not in n


def test_near_miss_sentence_under_byline_stays(names):
    n = names("By Jo Amsel\nNorland's envoy Ola Brandt met the Vesterland delegation in Kessel on Monday.")
    assert "Ola Brandt" in n and "Jo Amsel" not in n


def test_near_miss_group_and_city_line_stays(names):
    n = names("Norland Liberation Front – Kessel\n\nThe Norland Liberation Front freed two captives on "
              "Monday, its spokesman Ola Brandt said.")
    assert "Norland Liberation Front" in n


def test_title_before_person_is_no_body(names):
    n = names("The girls were handed to the Minister of Information, Alhaji Ola Brandt, in Kessel on "
              "Wednesday. The Minister of Information later said all of them were safe.")
    assert "Minister of Information" not in n and "Ola Brandt" in n


def test_title_after_person_is_no_body(names):
    n = names("Special thanks go to our brother Per Lundgren, the National Security Adviser, for his "
              "leadership in the talks with the Norland Liberation Front.")
    assert "National Security Adviser" not in n


def test_title_through_an_operation_name(names):
    n = names("The Theatre Commander, Operation Northern Shield, Maj.-Gen. Ola Brandt, presented the freed "
              "girls to reporters in Kessel.")
    assert "Theatre Commander" not in n


def test_near_miss_ministry_stays(names):
    n = names("The Ministry of Information, led by Ola Brandt, said on Monday that the talks with the Norland "
              "Liberation Front had failed.")
    assert "Ministry of Information" in n


def test_written_by_byline(names):
    n = names("Written by Jo Amsel and Per Lundgren\n\nKESSEL - Norway's envoy Ola Brandt met the rebels on "
              "Monday to discuss the release of two captives.")
    assert not n & {"Jo Amsel", "Per Lundgren"} and "Ola Brandt" in n


def test_from_reporter_and_place_byline(names):
    n = names("From Jo Amsel, Kessel\n\nThe Islamic cleric Ola Brandt met the kidnappers in the forest on "
              "Thursday night, a source said.")
    assert "Jo Amsel" not in n and "Ola Brandt" in n


def test_near_miss_from_sentence_stays(names):
    n = names("From Ola Brandt, Norway received a letter asking for talks with the rebels in Kessel.")
    assert "Ola Brandt" in n


def test_credit_list_not_a_news_sentence(names):
    """Review s32: a name, a weekday and a verb is a sentence of the story, not a credit."""
    n = names("Ola Brandt Tuesday rejected the rebels' offer. He said the talks with Kari Lund would go on in "
              "Oslo next week without the rebels and without Norway.")
    assert {"Ola Brandt", "Kari Lund"} <= n
    n = names("Ola Brandt, Kari Lund, Monday said the hostages were safe.")
    assert {"Ola Brandt", "Kari Lund"} <= n
    n = names("Ola Brandt, Kessel, 3 May 2001 said the hostages held by the rebels were safe.")
    assert "Ola Brandt" in n


def test_credit_list_weekday_and_date_without_comma(names):
    """Near-miss kept: a weekday followed by a full date is a credit even without a comma before it."""
    n = names("Harbour Online Friday 4 Mar 2011 10:15 GMT\n\nNorland's envoy Ola Brandt met Vesterland's "
              "foreign minister. A diplomat told Harbour Online the talks went well.")
    assert "Harbour Online" not in n and "Ola Brandt" in n


@pytest.mark.parametrize("text", [
    "In a letter to the Minister of Information, Ola Brandt said Norway would not negotiate with the rebels.",
    "After meeting the Minister of Information, Kari Lund told reporters the hostages were safe.",
    "Speaking to the Minister of Defence, Ola Brandt said Norway wanted the hostages home.",
])
def test_fronted_object_title_is_not_the_subjects(nlp, text):
    """Review s32: the object of a fronted phrase is not the title of the clause's subject after the comma."""
    ctx = Context(document=Document(id="t", text=text, title="Talks in Kessel"), doc=nlp(text))
    STAGES["actors"](ctx)
    person = next(a for a in ctx.actors.values() if a.kind == "person" and a.named)
    assert not any(d.startswith("Minister") for d in person.descriptors)
    assert person.affiliation is None


@pytest.mark.parametrize("text", [
    "The Minister of Information, Ola Brandt, said Norway would not negotiate with the rebels.",
    "Norway's envoy met the Minister of Information, Ola Brandt, on Monday.",
])
def test_title_in_apposition_still_the_persons(nlp, text):
    """Near-miss kept: a title apposed to the name (subject or object) is the person's."""
    ctx = Context(document=Document(id="t", text=text, title="Talks in Kessel"), doc=nlp(text))
    STAGES["actors"](ctx)
    person = next(a for a in ctx.actors.values() if a.kind == "person" and a.named)
    assert "Minister of Information" in person.descriptors
    assert "Minister of Information" not in {a.name for a in ctx.actors.values()}
