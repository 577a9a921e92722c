"""Disputes over a mediation across reports, session 36 (every text here is invented).

Rules: ``across.links.denial_mediation_sides`` (a side's "there was no mediation" against tellings that name the
other side, or only the mediators), ``across.links.denial_that_clause`` ("denied that Pell had mediated"),
``across.links.denial_no_role`` ("Kessia said it played no role": Kessia's part only),
``across.links.denial_mediation_told`` ("as a result of joint Pell-Kessia mediation", "thanked Pell for its
mediation"), ``across.links.denial_mediation_once`` (one dispute per pair of reports), ``across.links.actor_sides``
(two reports' go-betweens compared on a side either sentence names), ``across.links.contra_once_per_passages``, and
in the extractor ``coref.for_object_group`` and ``interactions.specs.compound_possessor``.
"""

from __future__ import annotations

import pytest
from across_helpers import Report
from interaction_helpers import pairs_of_type

from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.denial import asserts, denies


# -- text: what denies a go-between, what tells one ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "There was no mediation in the release of the sailors",
    "The release was negotiated directly between Norland and Lorvia, without intermediaries",
    "the exchange was agreed without mediation",
    "denied that Vesterland had mediated the release",
    "dismissed reports that Kessia had mediated between the two governments",
    "rejected claims that Pell mediated the exchange",
    "it played no role in the release of the crew",
    "Kessia had no role in the talks",
    "denied playing any role in the negotiations",
])
def test_a_go_between_is_denied(text):
    assert denies(text, "mediation") and not asserts(text, "mediation"), text


@pytest.mark.parametrize("text", [
    "denied that the talks had stalled after Kessia mediated",  # the denial is of the stall
    "Norland dismissed the envoy who had mediated the talks",  # no that-clause: a dismissal, no denial
    "the army has no role in politics",  # no act word after "role"
    "Kessia played a central part in the freeing of the crew",
    "Lorvia asked for mediation by a third state",
])
def test_near_misses_deny_no_go_between(text):
    assert not denies(text, "mediation"), text


@pytest.mark.parametrize("text", [
    "The release came as a result of joint Vesterland-Kessia mediation efforts between the two sides",
    "Lorvia thanked Vesterland and Kessia for their mediation",
    "Kessia acted as a mediator between the two governments",
    "the swap went ahead thanks to Pell's patient mediation",
])
def test_a_go_between_is_told(text):
    assert asserts(text, "mediation") and not denies(text, "mediation"), text


@pytest.mark.parametrize("text", [
    "Lorvia rejected the offer of mediation",
    "Kessia had a big role in the handover",  # "role" tells no go-between: any party plays one
    "Lorvia asked for mediation through the envoy",
])
def test_near_misses_tell_no_go_between(text):
    assert not asserts(text, "mediation"), text


# -- across: a side's denial against the tellings of a mediation -----------------------------------------------
def _mediators_statement(doc: str = "r1") -> Report:
    """The mediators' joint statement: it names no side, only themselves."""
    r = Report(doc, "Vesterland and Kessia said the release came as a result of their joint mediation efforts "
                    "between the two sides. Norland freed eleven sailors on Tuesday.", published="2031-03-04")
    r.actor("v", "Vesterland", kind="state")
    r.actor("k", "Kessia", kind="state")
    r.actor("n", "Norland", kind="state")
    r.actor("s", "sailors", kind="group", named=False, mention="eleven sailors")
    r.act("i1", "release", "n", "s", "Norland freed eleven sailors on Tuesday.")
    r.say("c1", "v", "the release came as a result of their joint mediation efforts between the two sides")
    return r


def _side_denial(doc: str = "r2", text: str = "There was no mediation") -> Report:
    r = Report(doc, f"{text}, a Norland official said. Norland freed the sailors.", published="2031-03-05")
    r.actor("n", "Norland", kind="state")
    r.actor("o", "Norland official", kind="person", named=False, affiliation="n", mention="a Norland official")
    r.say("c1", "o", text)
    return r


def _contras(*reports: Report) -> list[dict]:
    res = resolve_dossiers([r.d for r in reports])
    return [lk for lk in res.links if lk["kind"] == "contradicts"]


def _pairs(links: list[dict]) -> set[tuple[str, str]]:
    return {tuple(sorted((lk["a"]["doc"], lk["b"]["doc"]))) for lk in links}  # type: ignore[misc]


def test_a_sides_denial_meets_the_mediators_statement_naming_no_side():
    links = _contras(_mediators_statement(), _side_denial())
    assert ("r1", "r2") in _pairs(links)


@pytest.mark.parametrize("telling", [
    "Kessia mediated the release of the Lorvian sailors held by Norland.",
    "Ostrava mediated between Norland and Lorvia to free the sailors.",
])
def test_a_sides_denial_meets_a_mediation_told_with_its_side_in_the_sentence(telling):
    r3 = Report("r3", telling, published="2031-03-05")
    go = "Kessia" if telling.startswith("Kessia") else "Ostrava"
    r3.actor("m", go, kind="state")
    r3.actor("n", "Norland", kind="state")
    r3.actor("l", "Lorvia", kind="state", mention="Lorvia")
    r3.act("i1", "mediate", "m", "l", telling)  # one side at the target: the other is in the sentence only
    assert ("r2", "r3") in _pairs(_contras(_side_denial(), r3))


@pytest.mark.parametrize("telling", [
    "In a separate case, Ostrava mediated the release of a pilot held by Norland.",  # another case
    "Ostrava mediated between Dunmere and Lorvia over the border.",  # another dispute: the denier is no side of it
])
def test_near_misses_a_sides_denial_leaves_other_mediations(telling):
    r3 = Report("r3", telling, published="2031-03-05")
    r3.actor("m", "Ostrava", kind="state")
    r3.actor("l", "Lorvia" if "Lorvia" in telling else "Norland", kind="state")
    r3.act("i1", "mediate", "m", "l", telling)
    assert _pairs(_contras(_side_denial(), r3)) == set()


def test_a_mediation_told_three_times_by_one_report_is_disputed_once():
    r1 = _mediators_statement()
    r1.act("i2", "mediate", "v", "n", "the release came as a result of their joint mediation efforts")
    r1.act("i3", "mediate", "k", "n", "the release came as a result of their joint mediation efforts")
    links = [lk for lk in _contras(r1, _side_denial()) if _pairs([lk]) == {("r1", "r2")}]
    assert len(links) == 1


def test_a_party_denying_its_role_disputes_only_the_report_that_credits_it():
    r2 = Report("r2", "Kessia said it played no role in the release.", published="2031-03-05")
    r2.actor("k", "Kessia", kind="state")
    r2.say("c1", "k", "it played no role in the release")
    credits = Report("r3", "Kessia mediated the release of the sailors held by Norland.", published="2031-03-05")
    credits.actor("k", "Kessia", kind="state")
    credits.actor("n", "Norland", kind="state")
    credits.act("i1", "mediate", "k", "n", "Kessia mediated the release of the sailors held by Norland.")
    other = Report("r4", "Ostrava mediated the release of the sailors held by Norland.", published="2031-03-05")
    other.actor("o", "Ostrava", kind="state")
    other.actor("n", "Norland", kind="state")
    other.act("i1", "mediate", "o", "n", "Ostrava mediated the release of the sailors held by Norland.")
    pairs = _pairs([lk for lk in _contras(r2, credits, other) if "denies" in lk.get("note", "")])
    assert ("r2", "r3") in pairs and ("r2", "r4") not in pairs


# -- across: who mediated, when the reports put different sides at their acts' targets -----------------------
def _credit(doc: str, go: str, text: str, target: str, release: bool) -> Report:
    r = Report(doc, text, published="2031-03-05")
    r.actor("m", go, kind="state")
    r.actor("n", "Norland", kind="state")
    r.actor("l", "Lorvia", kind="state")
    r.actor("s", "sailors", kind="group", named=False)
    r.act("i1", "mediate", "m", "l" if target == "Lorvia" else "n", text)
    if release:
        r.act("i2", "release", "n", "s", text)
    return r


def test_two_go_betweens_of_one_release_dispute_though_their_targets_differ():
    a = _credit("r1", "Vesterland", "Lorvia thanked Vesterland for its mediation as Norland freed the sailors.",
                "Norland", False)
    b = _credit("r2", "Ostrava", "Ostrava mediated the release of the sailors held by Norland, said Lorvia.",
                "Lorvia", True)
    actor = [lk for lk in _contras(a, b) if lk["on"] == "actor"]
    assert _pairs(actor) == {("r1", "r2")}


def test_near_miss_a_go_between_of_another_release_is_no_dispute():
    a = _credit("r1", "Vesterland", "Lorvia thanked Vesterland for its mediation as Norland freed the sailors.",
                "Norland", False)
    b = Report("r2", "Ostrava mediated the release of a pilot held by Dunmere, said Kessia.", published="2031-03-05")
    b.actor("m", "Ostrava", kind="state")
    b.actor("d", "Dunmere", kind="state")
    b.actor("k", "Kessia", kind="state")
    b.actor("p", "pilot", kind="person", named=False, mention="a pilot")
    b.act("i1", "mediate", "m", "k", "Ostrava mediated the release of a pilot held by Dunmere, said Kessia.")
    b.act("i2", "release", "d", "p", "Ostrava mediated the release of a pilot held by Dunmere, said Kessia.")
    assert [lk for lk in _contras(a, b) if lk["on"] == "actor"] == []


# -- the extractor: who the possessive of a mediation stands for -----------------------------------------------
@pytest.fixture(scope="module")
def acts_of(act_tuples):
    return act_tuples


@pytest.mark.parametrize("text", [
    "Sudan thanked Ghana and Kenya for their mediation.",
    "Sudan praised Ghana and Kenya for their mediation between Chad and Sudan.",
])
def test_coref_for_object_group(acts_of, text):
    """A possessive in the "for" phrase of a coordinated object is all of the object's parties."""
    sources = {s for s, _ in pairs_of_type(acts_of(text), "mediate")}
    assert {"ghana", "kenya"} <= sources and "sudan" not in sources


@pytest.mark.parametrize("text", [
    "Sudan thanked Ghana for its mediation efforts.",
    "Chad credited Ghana for its mediation work in the release of the crew held by Sudan.",
])
def test_interactions_specs_compound_possessor(acts_of, text):
    """A mediation noun that modifies "efforts" / "work": the head's possessor mediates."""
    assert "ghana" in {s for s, _ in pairs_of_type(acts_of(text), "mediate")}


@pytest.mark.parametrize("text", [
    "Sudan thanked Ghana for its help.",  # no mediation noun
    "Ghana welcomed Chad's release efforts.",  # not a mediation: the possessor of a release effort frees no one
])
def test_near_misses_compound_possessor(acts_of, text):
    assert pairs_of_type(acts_of(text), "mediate") == set()


# -- a report's own voice denying a go-between ------------------------------------------------------------------
def test_a_reports_own_voice_denial_meets_the_mediation_told_elsewhere():
    own = Report("r2", "The sailors came home. There was no mediation in the release: Norland and Lorvia dealt "
                       "with each other through their coast guards.", published="2031-03-05")
    own.actor("n", "Norland", kind="state")
    own.actor("l", "Lorvia", kind="state", mention="Lorvia dealt")
    r3 = Report("r3", "Kessia mediated the release of the sailors held by Norland.", published="2031-03-05")
    r3.actor("k", "Kessia", kind="state")
    r3.actor("n", "Norland", kind="state")
    r3.act("i1", "mediate", "k", "n", "Kessia mediated the release of the sailors held by Norland.")
    links = [lk for lk in _contras(own, r3) if "own voice" in lk.get("note", "")]
    assert _pairs(links) == {("r2", "r3")} and "start" in (links[0]["a"] | links[0]["b"])


def test_near_miss_an_own_voice_mediation_told_is_left_to_the_acts():
    """A sentence of the report's own voice that tells a mediation is kept for the denial rule only: its acts carry
    what it tells, so a denial elsewhere answers the act, not the sentence as well."""
    told = Report("r1", "Kessia mediated the release of the sailors held by Norland.", published="2031-03-04")
    told.actor("k", "Kessia", kind="state")
    told.actor("n", "Norland", kind="state")
    told.act("i1", "mediate", "k", "n", "Kessia mediated the release of the sailors held by Norland.")
    links = [lk for lk in _contras(told, _side_denial()) if _pairs([lk]) == {("r1", "r2")}]
    assert len(links) == 1 and "interaction" in (links[0]["a"] | links[0]["b"])


def test_a_denial_naming_both_sides_answers_a_telling_naming_one_side_and_the_go_between():
    from backchannel.resolve.across.denialtext import counterpart_fits
    deny = "There was no mediation between Norland and Lorvia"
    assert counterpart_fits("mediation", frozenset({"norland", "lorvia"}), {"kessia", "norland"}, deny,
                            "Kessia mediated the release of the sailors held by Norland", {"kessia"})
    # near miss: a side the denial does not name is another dispute's
    assert not counterpart_fits("mediation", frozenset({"norland", "lorvia"}), {"kessia", "norland", "dunmere"},
                                deny, "Kessia mediated between Norland and Dunmere", {"kessia"})


def test_near_miss_a_part_denied_is_no_denial_of_a_mediation_that_party_is_a_side_of():
    """"Lorvia said Norland's pressure played no role in the release" denies Norland's part, and Norland is a side of
    the mediation told elsewhere, not its go-between: no dispute."""
    r2 = Report("r2", "Lorvia said Norland's pressure played no role in the release.", published="2031-03-05")
    r2.actor("l", "Lorvia", kind="state")
    r2.actor("n", "Norland", kind="state")
    r2.say("c1", "l", "Norland's pressure played no role in the release")
    r3 = Report("r3", "Kessia mediated the release of the sailors held by Norland.", published="2031-03-05")
    r3.actor("k", "Kessia", kind="state")
    r3.actor("n", "Norland", kind="state")
    r3.act("i1", "mediate", "k", "n", "Kessia mediated the release of the sailors held by Norland.")
    r3.say("c1", None, "Kessia mediated the release of the sailors held by Norland")
    assert [lk for lk in _contras(r2, r3) if "denies" in lk.get("note", "")] == []
