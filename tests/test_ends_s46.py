"""Session 46 (s46-ends): three rules that choose an act's ends. Every text here is invented.

- interactions.mediation_counterparts.talked_with: a mediation whose parties were only guessed from the
  story's sides takes the party its sentence says the mediator dealt with (talks between A and the
  mediators; a deal brokered with A), in place of the side A belongs to;
- interactions.role_appositions.late_apposition: "talks with the head of the Front, Anna Berg" and "spoke
  with the envoy of Ostland in the north, Tam Vell," name the person, however the parser hung the name;
- interactions.frames.pressure.pressure_noun_under_after: "Y resigned after (amid, following) pressure
  from X": X pressed Y, the subject of the clause the phrase belongs to.
"""

from __future__ import annotations

import pytest

SIDES = "The Free Hill Front and Ostland fought for a year. "
WAR = "Ostland and Westmark fought for a year. "
TALKED = "interactions.mediation_counterparts.talked_with"
LATE = "interactions.role_appositions.late_apposition"
AFTER = "interactions.frames.pressure.pressure_noun_under_after"


def _trace(i) -> dict:
    """The act's trace (unset when no field was inferred)."""
    return dict(i.trace) if isinstance(i.trace, dict) else {}


def _of(acts: list, type_: str) -> set[tuple[str | None, str | None]]:
    return {(i.source, i.target) for i in acts if i.type == type_}


def test_the_mediators_talks_with_a_party_outside_the_guessed_sides(acts_of):
    acts = acts_of(SIDES + "The Free Hill Front and Ostland later signed a truce. "
                   "The truce followed hours of talks between Tam Vell and Nordic mediators.")
    assert _of(acts, "mediate") == {("nordic-mediators", "tam-vell")}
    assert all(_trace(i).get("target") == TALKED for i in acts if i.type == "mediate")


def test_a_deal_brokered_with_a_sides_leader_takes_the_leader_for_the_side(acts_of):
    acts = acts_of(SIDES + "Anna Berg, the leader of the Free Hill Front, halted the march. "
                   "Westmark's president Jon Dahl said he had brokered a deal with Anna Berg.")
    assert _of(acts, "mediate") == {("jon-dahl", "anna-berg"), ("jon-dahl", "ostland")}


@pytest.mark.parametrize("text", [
    "Jon Dahl brokered an agreement with the Free Hill Front on Monday.",  # the counterpart is a side
    "Jon Dahl mediated between the Free Hill Front and Ostland on Monday.",  # the parties are named
])
def test_sides_already_right_are_kept(acts_of, text):
    acts = acts_of(SIDES + text)
    assert _of(acts, "mediate") == {("jon-dahl", "free-hill-front"), ("jon-dahl", "ostland")}
    assert not any(_trace(i).get("target") == TALKED for i in acts)


@pytest.mark.parametrize("text", [
    "Qatar, which held talks with Ostland on trade on Sunday, mediated on Monday.",  # a relative clause
    "Qatar mediated on Monday, a day after Qatar held talks with Ostland on trade.",  # another clause
])
def test_the_mediators_other_talks_keep_the_guessed_sides(acts_of, text):
    acts = acts_of("Lorvia and the Front have fought for two years. Lorvia and the Front held talks in Vesta "
                   "last week. " + text)
    assert _of(acts, "mediate") == {("qatar", "lorvia"), ("qatar", "front")}, _of(acts, "mediate")


@pytest.mark.parametrize("text, act", [
    ("Jon Dahl held long talks with the head of the Free Hill Front, Anna Berg, in the capital.", "negotiate"),
    ('"An hour ago I spoke with the special envoy of Ostland in the north, Mr Tam Vell," Anna Berg said.',
     "contact"),
])
def test_a_role_named_by_a_name_the_parser_hung_elsewhere(acts_of, text, act):
    acts = acts_of(SIDES + text)
    named = [i for i in acts if i.type == act and LATE in _trace(i).values()]
    assert named and {"anna-berg", "tam-vell"} & {named[0].source, named[0].target}, [(i.type, i.source, i.target) for i in acts]


@pytest.mark.parametrize("text", [
    '"We met the envoy of Ostland in May," Tam Vell said.',  # no name after the role
    "Anna Berg met the envoy of Ostland, Tam Vell said on Monday.",  # the name is the speaker
    "Anna Berg met the envoy of the Ostland president, Tam Vell, on Monday.",  # the name may be the president's
    # the role closes a fronted clause; the name is the main clause's subject
    "After she met the envoy of Westmark on Monday, Anna Berg, the Front's leader, said the talks were over.",
    "After talks with the head of the Front, Tam Vell, an Ostland minister, said the truce would hold.",
])
def test_no_late_apposition(acts_of, text):
    assert not any(LATE in _trace(i).values() for i in acts_of(SIDES + text))


def test_a_fronted_clauses_role_keeps_its_party(acts_of):
    acts = acts_of(SIDES + "After she met the envoy of Westmark on Monday, Anna Berg, the Front's leader, "
                   "said the talks were over.")
    assert ("anna-berg", "envoy-of-westmark") in _of(acts, "meet"), [(i.type, i.source, i.target) for i in acts]


@pytest.mark.parametrize("text", [
    "Ostland's president Tam Vell seemed to backtrack on the plan after pressure from nationalist groups.",
    "Tam Vell resigned after pressure from the Free Hill Front.",
    "Anna Berg said Tam Vell had resigned amid pressure from the Free Hill Front.",
])
def test_pressure_after_or_amid_presses_the_clauses_subject(acts_of, text):
    acts = acts_of(WAR + text)
    pressed = [i for i in acts if i.type == "pressure" and i.rule == AFTER]
    assert pressed and pressed[0].target == "tam-vell", [(i.type, i.source, i.target, i.rule) for i in acts]


def test_pressure_with_no_party_is_no_act(acts_of):
    assert not [i for i in acts_of(WAR + "Tam Vell quit after pressure at home.") if i.type == "pressure"]


def test_pressure_after_presses_no_speaker(acts_of):
    # (review1 #7) the truce held: the one who only says so was not pressed
    acts = acts_of(WAR + "Tam Vell said the truce held after pressure from the Free Hill Front.")
    assert not [i for i in acts if i.type == "pressure" and i.target == "tam-vell"], [(i.type, i.source, i.target) for i in acts]


@pytest.mark.parametrize("text, pressed", [
    ("Tam Vell said prices rose amid pressure from Qatar on the Free Hill Front.", "free-hill-front"),
    ("The Free Hill Front freed the hostages after pressure from Qatar on Ostland.", "ostland"),
])
def test_pressure_on_names_the_pressed(acts_of, text, pressed):
    acts = acts_of(SIDES + text)
    assert {i.target for i in acts if i.type == "pressure" and i.source == "qatar"} == {pressed}, \
        [(i.type, i.source, i.target) for i in acts]
