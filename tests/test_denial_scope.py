"""What a denial denies: an act in the clause, the gerund, the object or the report a denial verb
takes did not happen by the denier's word, and the denier is one of its parties.

Rules: ``interactions.modality.denied_clause`` (the clause of "deny"; the act is the denier's
word, so it is reported), ``interactions.modality.denied_report`` ("dismissed reports that ..."),
``interactions.specs.avowed_act`` ("X denied / confirmed talks with Y": X is a party), the
``contact`` noun frame, and two parser repairs in ``syntax``: a participle hung on a noun with
its own subject or auxiliary ("reports that it had met Y") is a finite clause, not a passive
reduced relative. All sentences are invented.
"""

from __future__ import annotations

import pytest


def _acts(acts_of, text: str) -> list[tuple[str, str | None, str | None, bool, str]]:
    return [(i.type, i.source, i.target, i.negated, i.modality) for i in acts_of(text)]


@pytest.mark.parametrize("text, kind", [
    ("Peru denied holding talks with Chile on Monday.", "negotiate"),          # gerund (parsed as a modifier)
    ("Peru denied that it had held talks with Chile.", "negotiate"),           # that-clause
    ("Peru denied it had negotiated with Chile.", "negotiate"),                # bare clause
    ("Peru denied any contact with Chile.", "contact"),                        # act noun as object
    ("Peru has denied reports of secret talks with Chile.", "negotiate"),      # report noun + of
    ("Peru dismissed reports that it had met Chile.", "meet"),                 # report noun + clause
    ("Peru denied doing a deal with Chile.", "agree"),                         # support verb
])
def test_an_act_a_party_denies_is_negated_and_its_own(acts_of, text, kind):
    acts = _acts(acts_of, text)
    hit = [a for a in acts if a[0] == kind and {a[1], a[2]} == {"peru", "chile"}]
    assert hit and all(a[3] for a in hit), acts
    assert all(a[4] == "reported" for a in hit), acts  # the denier's word, not the report's


def test_rejecting_a_claim_denies_its_act_and_rejects_no_one(acts_of):
    acts = _acts(acts_of, "Chile said Peru had rejected claims that it met Bolivia.")
    assert [a for a in acts if a[0] == "meet" and {a[1], a[2]} == {"peru", "bolivia"} and a[3]], acts
    assert not [a for a in acts if a[0] == "reject"], acts


def test_a_denial_that_is_itself_negated_denies_nothing(acts_of):
    acts = _acts(acts_of, "Peru did not deny that it had held talks with Chile.")
    assert [a for a in acts if a[0] == "negotiate" and not a[3]], acts
    assert not [a for a in acts if a[3]], acts


def test_a_confirmed_act_is_the_confirmers_and_happened(acts_of):
    acts = _acts(acts_of, "Peru confirmed talks with Chile on Monday.")
    assert [a for a in acts if a[0] == "negotiate" and {a[1], a[2]} == {"peru", "chile"} and not a[3]], acts


def test_a_rejected_offer_is_still_a_rejection(acts_of):
    acts = _acts(acts_of, "Peru rejected Chile's offer of a truce on Monday.")
    assert [a for a in acts if a[0] == "reject" and a[1] == "peru" and not a[3]], acts


def test_a_reduced_relative_is_still_passive(acts_of):
    """Near-miss of the parser repair: "talks hosted by X" keeps X as the host of the talks."""
    acts = _acts(acts_of, "Chile and Bolivia ended talks hosted by Peru on Friday.")
    assert [a for a in acts if a[0] == "mediate" and a[1] == "peru"] or \
        [a for a in acts if a[0] == "negotiate" and {a[1], a[2]} == {"chile", "bolivia"}], acts
    assert not [a for a in acts if a[3]], acts


# --- acts told by a phrase around them (same commit family; invented sentences) ----------------

@pytest.mark.parametrize("text, src", [
    ("Chile was kept in the dark about the talks.", None),
    ("Peru kept Chile in the dark about the talks.", "peru"),
    ("Chile was left out of the loop on the deal.", None),
])
def test_kept_in_the_dark_is_not_informed(acts_of, text, src):
    acts = _acts(acts_of, text)
    assert [a for a in acts if a[0] == "inform" and a[2] == "chile" and a[1] == src and a[3]], acts


def test_in_the_dark_without_a_keeper_is_no_act(acts_of):
    assert not [a for a in _acts(acts_of, "Peru was in the dark about the plan.") if a[0] == "inform"]


def test_under_pressure_from_a_party(acts_of):
    acts = _acts(acts_of, "Under pressure from Peru, Chile agreed to talks.")
    assert [a for a in acts if a[0] == "pressure" and (a[1], a[2]) == ("peru", "chile")], acts


def test_under_pressure_from_no_party_is_no_act(acts_of):
    acts = _acts(acts_of, "Under pressure at home, Chile agreed to talks with Peru.")
    assert not [a for a in acts if a[0] == "pressure"], acts


@pytest.mark.parametrize("text", [
    "Peru held talks with Chile via Norway.",
    "Peru freed two Chilean pilots through Norway.",
])
def test_through_a_state_on_an_act_is_its_go_between(acts_of, text):
    got = [i for i in acts_of(text) if i.type in ("negotiate", "release")]
    assert got and all("norway" in i.via for i in got), [(i.type, i.source, i.target, i.via) for i in got]


def test_through_a_state_after_motion_is_a_route(actors_of):
    assert "norway" not in actors_of("The Peruvian envoy flew through Norway to Chile.")
