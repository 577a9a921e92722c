"""Defects a review of the s45 rules found, each pinned on invented sentences (invented parties: Ostland,
Westmark, Norland, Peru's capital only as the gazetteer's, the Free Hill Front, Westair; invented people):
a part denied at the verb or played outside talks is no mediation (interactions.played_roles.played_role);
"hijack" said of talks, agendas or movements is no attack, and only the doer noun of the verb names the takers
(interactions.frames.attack.hijack*, interactions.hijacks.report_takers); a person's arrival is a visit only for
an official or for talks (interactions.arrivals.arriving_envoy); a time held is not a sentence passed, another person's or a part's time, a strike or a
refugee camp (across.links.held_for_differs)."""

from __future__ import annotations

import pytest

from backchannel.resolve.across.heldfor import durations

YEAR = 365


# -- 1 and 5: a part denied at the verb, or played outside the talks, is no mediation

@pytest.mark.parametrize("text", [
    # denied by a negator on the verb
    "Ostland and Westmark opened talks in Lunde in June; Norland, a neighbour, did not play a role in those talks.",
    "Westmark and Ostland negotiated for weeks. Norland has never played a role in those negotiations.",
    # a story of fighting only: a bare part is a part in the fighting
    "Westmark shelled Ostland's border posts in June, and Ostland fired back. Norland played a role too.",
    # an effort or process of war, a deal in arms, a release of a thing
    "Ostland mobilised against Westmark in June. Norland played a big role in the war effort.",
    "Ostland and Westmark traded fire for a week. Norland played a role in the process that led to the fighting.",
    "Ostland and Westmark held talks in Lunde. Norland played a role in the weapons deal between the two.",
    "Ostland and Westmark agreed on trade in May. Anna Berg played a role in the release of the new Westair jet.",
    # a hostile part, and a part in talks to come
    "Ostland and Westmark held talks in Lunde. Norland played an obstructive role in the negotiations.",
    "Ostland and Westmark held talks in Lunde. Norland has a role to play in the next round of negotiations.",
])
def test_no_mediation_is_read(named_acts, text):
    assert not [a for a in named_acts(text) if a[0] == "mediate"]


@pytest.mark.parametrize("text", [
    "Ostland and Westmark opened talks in Lunde in June. Norland played a quiet role in the talks.",
    "Ostland and Westmark held talks in Lunde. Anna Berg played a role in the peace process.",
    "Ostland and Westmark held talks in Lunde. Anna Berg played a role in the release of the two sailors.",
])
def test_a_part_in_talks_or_a_captive_s_release_is_still_mediation(named_acts, text):
    assert [a for a in named_acts(text) if a[0] == "mediate"]


# -- 4 and 9: "hijack" of no vehicle is no attack; only hijackers took an agentless participle's vehicle

@pytest.mark.parametrize("text", [
    "Anna Berg told reporters that hardliners in Ostland had hijacked the negotiations.",
    "According to Norland, the reform agenda was hijacked by Westmark.",
    "Westmark hijacked Ostland's student movement, Anna Berg wrote.",
    "Anna Berg warned against any hijacking of Ostland's peace process.",
    "Critics called the Free Hill Front the hijackers of Ostland's revolution.",
])
def test_a_figurative_hijack_is_no_attack(named_acts, text):
    assert not [a for a in named_acts(text) if a[0] == "attack"]


def test_captors_of_another_act_are_no_hijackers(named_acts):
    text = ("Kidnappers from the Free Hill Front freed Tomas Ferro on Monday. Years earlier a different gang had "
            "flown a hijacked Westair jet to Lunde.")
    assert not [a for a in named_acts(text) if a[0] == "attack"]


# -- 6: a person's arrival is a visit only for an official, one sent, or one who comes for talks

@pytest.mark.parametrize("text", [
    "Ostland and Peru held talks in May. The Ostland reporter Tomas Ferro arrived in Lima on Monday to cover the vote.",
    "Ostland and Peru quarrel over fishing. Tomas Ferro, an Ostland banker on the run, arrived in Lima on Monday.",
    "Peru said on Sunday it had let the Ostland sailor Tomas Ferro go. Tomas Ferro arrived in Lima on Monday.",
    "The Free Hill Front freed the Ostland diplomat Tomas Ferro on Sunday, and he arrived in Lima on Monday, Peru said.",
])
def test_a_non_envoy_s_arrival_is_no_visit(named_acts, text):
    assert not [a for a in named_acts(text) if a[0] == "meet"]


@pytest.mark.parametrize("text", [
    "Peru said Ostland's foreign minister Anna Berg arrived in Lima on Monday.",
    "Anna Berg arrived in Lima on Monday for talks with Peru.",
    "Anna Berg arrived in Lima on Friday to offer help with the talks, Peru said.",
    # the story's go-between: the one the captives were handed to
    "Two Ostland sailors held by Peru were released to the custody of Anna Berg on Sunday. The release crowned "
    "weeks of work by Anna Berg, who arrived in Lima on Friday.",
])
def test_an_official_s_or_a_visitor_for_talks_arrival_is_a_visit(named_acts, text):
    assert [a for a in named_acts(text) if a[0] == "meet" and a[1] == "Anna Berg" and a[2] == "Peru"]


# -- 3: a time held

@pytest.mark.parametrize("text", [
    "a Westmark engineer who was jailed for eight years in 2029 on drug charges",  # a sentence passed
    "a Westmark engineer who was imprisoned for eight years",
    "a Westmark engineer, jailed for eight years in 2029",
    "a Westmark engineer, imprisoned for eight years over smuggling charges",
    "a Westmark engineer who held a sit-in for eight months in his cell",  # an object after the holding word
    "a Westmark engineer who held a fast for eight years",
    "two Westmark engineers, one of them jailed for nearly eight years",  # a part of a group
    "a Westmark engineer who spent eight years in a transit camp",  # a camp of no captivity
    "a Westmark engineer detained for 3,5 years",  # a decimal comma is no thousands
])
def test_no_time_held_in_these(text):
    assert durations(text) == []


@pytest.mark.parametrize("text,years", [
    ("a Westmark engineer who has been jailed for eight years", 7.5),
    ("freed after almost eight years in an Ostland prison", 6.8),
    ("who spent eight years in a labour camp", 7.5),
    ("detained for 1,460 days", 4.0),
])
def test_a_time_held_still_read(text, years):
    got = durations(text)
    assert len(got) == 1 and round(got[0].low / YEAR, 1) == years


def test_a_relative_clause_on_another_noun_is_not_the_captive_s(resolved_held):
    first = "Ostland freed Anna Berg on Monday in return for an officer who had served eleven years in a Westmark jail"
    second = "Ostland freed Anna Berg, a nurse held for nearly eight years"
    assert resolved_held(first, second) == []


@pytest.fixture
def resolved_held():
    from across_helpers import Report

    from backchannel.resolve.across import resolve_dossiers

    def run(first: str, second: str) -> list[dict]:
        reports = []
        for doc, text in (("r1", first), ("r2", second)):
            r = Report(doc, text, published="2031-05-04", source=f"Outlet {doc}")
            r.actor("ostland", "Ostland", kind="state", mention="Ostland")
            r.actor("berg", "Anna Berg", kind="person", mention="Anna Berg")
            r.act("i1", "release", "ostland", "berg", text)
            reports.append(r)
        res = resolve_dossiers([r.d for r in reports])
        return [lk for lk in res.links if "held_for_differs" in lk.get("note", "")]

    return run
