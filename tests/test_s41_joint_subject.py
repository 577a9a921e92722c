"""A joint verb whose partners are one coordinated subject (s41-coord, interactions.joint_subject).

Why: "X discussed the border with Y" fired, "X and Y discussed the border" did not (the frame asks for
the with-phrase). Invented sentences and names; near misses that must stay silent.
"""

from __future__ import annotations

from backchannel.pipeline import analyze_text

RULE = "interactions.joint_subject.coordinated_subject"


def acts(text: str) -> list[tuple[str, str | None, str | None]]:
    return sorted((i.type, i.source, i.target) for i in analyze_text(text).interactions)


def traced(text: str) -> list[str]:
    return [i.trace.get("target", "") for i in analyze_text(text).interactions]


def test_two_states_discuss() -> None:
    assert ("negotiate", "chile", "peru") in acts("Chile and Peru discussed the border on Monday.")
    assert RULE in traced("Chile and Peru discussed the border on Monday.")


def test_sat_down_and_conferred() -> None:
    assert ("meet", "chile", "peru") in acts("Chile and Peru sat down in Lima on Monday.")
    assert ("meet", "chile", "peru") in acts("Chile and Peru conferred in Lima.")


def test_people_under_a_modal_and_a_raising_verb() -> None:
    assert ("negotiate", "brandt", "lund") in acts("Brandt and Lund would also discuss the formation of joint patrols.")
    assert ("negotiate", "brandt", "lund") in acts(
        "Cardinal Brandt and Lund were expected to discuss the situation, the spokesman said.")


def test_three_partners() -> None:
    got = acts("Chile, Peru and Bolivia conferred in Quito on Friday.")
    assert ("meet", "chile", "peru") in got and ("meet", "chile", "bolivia") in got


def test_with_phrase_still_each_subject() -> None:
    # the with-phrase names the partner: each conjunct talks with it, not with each other
    got = acts("Chile and Peru discussed the plan with Bolivia.")
    assert ("negotiate", "chile", "bolivia") in got and ("negotiate", "peru", "bolivia") in got
    assert ("negotiate", "chile", "peru") not in got


def test_near_miss_distributive_or_and_single_subject() -> None:
    assert acts("Chile and Peru discussed the plan separately.") == []
    assert acts("Chile or Peru will discuss the plan.") == []
    assert acts("The two envoys discussed the border.") == []
    assert acts("Chile and Peru, the mediators, flew in on Monday.") == []


def test_talk_is_a_joint_contact_and_haggle_needs_no_noun() -> None:
    assert acts("Chile and Peru talked for an hour.") == [("contact", "chile", "peru")]
    assert ("negotiate", "chile", "peru") in acts("Chile and Peru haggled over the price.")
    got = acts("Chile, Peru and Bolivia talked for an hour.")
    assert ("contact", "chile", "peru") in got and ("contact", "chile", "bolivia") in got


def test_near_miss_an_addressee_of_their_own() -> None:
    assert acts("Chile and Peru talked to reporters.") == []
    assert ("contact", "chile", "peru") not in acts("Chile and Peru talked with Bolivia.")
