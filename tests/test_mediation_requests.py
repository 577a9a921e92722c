"""Mediation told through asking, appointing or accepting (interactions.mediation_requests), on
invented sentences: one test group per rule id, with near misses on which the rule must not fire.

Why: a mediation in the complement of "asked X to ..." was read as the content of a demand and
dropped, and one hanging on "a mandate to ..." had no subject; these pin the readings.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def acts_of(analyze):
    def run(text: str):
        return analyze(text).interactions

    return run


def _pairs(acts, ty: str, negated: bool = False) -> set[tuple[str | None, str | None]]:
    return {(i.source, i.target) for i in acts if i.type == ty and bool(i.negated) == negated}


def _rules(acts) -> set[str]:
    return {i.rule for i in acts} | {v for i in acts for v in (i.trace or {}).values()}


# -- interactions.mediation_requests.requested_role ---------------------------------------
@pytest.mark.parametrize("text, asker, asked, sides", [
    ("President Ana Lobo of Peru on Monday asked Bishop Carlos Mendez to serve as a mediator in talks "
     "between Peru and the Shining Dawn rebels.", "ana-lobo", "carlos-mendez", {"peru", "shining-dawn-rebels"}),
    ("Norway was asked by Peru to facilitate a dialogue between Peru and the Shining Dawn rebels.",
     "peru", "norway", {"peru", "shining-dawn-rebels"}),
    ("Peru's foreign minister asked the Vatican to help mediate in its border dispute with Bolivia.",
     None, "vatican", {"peru", "bolivia"}),
])
def test_interactions_mediation_requests_requested_role(acts_of, text, asker, asked, sides):
    """The asker proposes the role to the one asked; the one asked mediates between the named
    sides, planned (asked, not done)."""
    acts = acts_of(text)
    props = [i for i in acts if i.type == "propose" and i.target == asked]
    assert props, [(i.type, i.source, i.target) for i in acts]
    if asker:
        assert props[0].source == asker
    med = [i for i in acts if i.type == "mediate" and i.source == asked]
    assert {i.target for i in med} == sides
    assert all(i.modality == "planned" for i in med)


def test_interactions_mediation_requests_requested_role_talks_through_the_one_asked(acts_of):
    acts = acts_of("Norway was asked by Peru to facilitate a dialogue between Peru and the Shining Dawn rebels.")
    assert any(i.type == "negotiate" and i.via == ["norway"] for i in acts)


def test_interactions_mediation_requests_requested_role_negated(acts_of):
    """"denied asking any neighbour to mediate": a denied proposal to nobody named, no mediation."""
    acts = acts_of("Peru denied asking any neighbour to mediate in its border conflict with Bolivia.")
    assert ("peru", None) in _pairs(acts, "propose", negated=True)
    assert not _pairs(acts, "mediate")


@pytest.mark.parametrize("text", [
    "Peru asked Chile to release the prisoners held near the border.",
    "Peru asked Chile to explain its position on the talks between Bolivia and Ecuador.",
    "Peru did not ask Chile to mediate between Bolivia and Ecuador.",
])
def test_interactions_mediation_requests_requested_role_near_misses(acts_of, text):
    """A request of something else stays a demand; a denied request makes no mediator."""
    acts = acts_of(text)
    assert not [i for i in acts if i.type == "mediate" and i.source == "chile"]
    assert not [i for i in acts if i.type == "propose" and not i.negated and i.target == "chile"]


# -- interactions.mediation_requests.appointed_role ----------------------------------------
@pytest.mark.parametrize("text, mediator, sides", [
    ("Peru appointed Chile to broker a truce between Bolivia and the Shining Dawn rebels.", "chile",
     {"bolivia", "shining-dawn-rebels"}),
    ("Chile has been tasked with mediating between Peru and Bolivia.", "chile", {"peru", "bolivia"}),
])
def test_interactions_mediation_requests_appointed_role(acts_of, text, mediator, sides):
    """The one appointed mediates; the appointer neither mediates nor proposes."""
    acts = acts_of(text)
    assert {t for s, t in _pairs(acts, "mediate") if s == mediator} == sides
    assert not [i for i in acts if i.type == "mediate" and i.source == "peru"]
    assert not _pairs(acts, "propose")


@pytest.mark.parametrize("text", [
    "Peru appointed Chile to lead its delegation to the talks with Bolivia.",
    "Peru named Ana Lobo to negotiate with Bolivia on the border.",
])
def test_interactions_mediation_requests_appointed_role_near_misses(acts_of, text):
    acts = acts_of(text)
    assert "interactions.mediation_requests.appointed_role" not in _rules(acts)
    assert not _pairs(acts, "mediate")


# -- interactions.mediation_requests.taken_mandate -----------------------------------------
@pytest.mark.parametrize("text", [
    "Chile confirmed it accepted the mandate to facilitate negotiations between Peru and Bolivia.",
    "Chile took on the task of mediating between Peru and Bolivia.",
])
def test_interactions_mediation_requests_taken_mandate(acts_of, text):
    acts = acts_of(text)
    assert {("chile", "peru"), ("chile", "bolivia")} <= _pairs(acts, "mediate")


def test_interactions_mediation_requests_taken_mandate_request(acts_of):
    """"received a formal request to help with a peace process": a proposal to the receiver, by nobody named."""
    acts = acts_of("Brazil has received a formal request to help with a peace process, its envoy said.")
    assert (None, "brazil") in _pairs(acts, "propose")


@pytest.mark.parametrize("text", [
    "Chile accepted a mandate to monitor the border between Peru and Bolivia.",
    "Brazil received a request to extradite the suspect to Peru.",
])
def test_interactions_mediation_requests_taken_mandate_near_misses(acts_of, text):
    acts = acts_of(text)
    assert "interactions.mediation_requests.taken_mandate" not in _rules(acts)


# -- interactions.mediation_requests.request_owner -----------------------------------------
@pytest.mark.parametrize("text, who, owner", [
    ("Bishop Carlos Mendez agreed to Peru's request.", "carlos-mendez", "peru"),
    ("After a week, Chile finally agreed to Bolivia's invitation.", "chile", "bolivia"),
])
def test_interactions_mediation_requests_request_owner(acts_of, text, who, owner):
    acts = acts_of(text)
    assert (who, owner) in _pairs(acts, "agree")


@pytest.mark.parametrize("text", [
    "Bishop Carlos Mendez agreed to the request.",
    "Chile agreed to Bolivia's plan for the border.",
])
def test_interactions_mediation_requests_request_owner_near_misses(acts_of, text):
    acts = acts_of(text)
    assert "interactions.mediation_requests.request_owner" not in _rules(acts)


# -- interactions.frames.mediate.bring ("brought together") --------------------------------
@pytest.mark.parametrize("text", [
    "Peru and Bolivia were brought together by Chile.",
    "Chile brought Peru and Bolivia together in Quito last week.",
])
def test_interactions_frames_mediate_bring(acts_of, text):
    """Whoever brings two parties together stands between them."""
    acts = acts_of(text)
    assert {("chile", "peru"), ("chile", "bolivia")} <= _pairs(acts, "mediate")
    assert any(i.rule == "interactions.frames.mediate.bring" for i in acts)


@pytest.mark.parametrize("text", [
    "The summit brought together forty experts from Peru.",
    "The drought brought Peru and Bolivia together.",
])
def test_interactions_frames_mediate_bring_near_misses(acts_of, text):
    """No actor brought them (a drought), or those brought are no parties (experts)."""
    assert not _pairs(acts_of(text), "mediate")


# -- interactions.modality.role_subject ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Peru and Bolivia held talks in Quito. Speaking to reporters, the Chilean mediator failed to reveal his proposals.",
    "Peru and Bolivia held talks in Quito. The intermediary, Ana Lobo of Chile, declined to comment.",
])
def test_interactions_modality_role_subject(acts_of, text):
    """A mediator who failed or declined to do something is still the mediator."""
    acts = acts_of(text)
    assert _pairs(acts, "mediate") and not _pairs(acts, "mediate", negated=True)


@pytest.mark.parametrize("text", [
    "Peru and Bolivia held talks in Quito. Chile denied any mediation between them.",
    "Peru and Bolivia held talks in Quito. Chile refused to act as a mediator between them.",
])
def test_interactions_modality_role_subject_near_misses(acts_of, text):
    """A denied or refused mediation (the role noun is no subject of the denying verb) stays denied."""
    acts = acts_of(text)
    assert not [(s, t) for s, t in _pairs(acts, "mediate") if s == "chile"]
