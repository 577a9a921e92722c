"""Which tellings are one act across reports (issue 14, event quality). Every text here is invented."""

from __future__ import annotations

from across_helpers import Report
from backchannel.resolve.across import resolve_dossiers


def parties(r: Report) -> None:
    r.actor("lorvia", "Lorvia", kind="state", mention="Lorvia")
    r.actor("karst-front", "Karst Front", kind="organization")


def shared(res) -> list[list[str]]:  # noqa: ANN001
    return sorted(e["reports"] for e in res.events if len(e["reports"]) > 1)


def test_a_body_of_a_state_and_the_state_are_one_counterpart() -> None:
    r1 = Report("r1", "The Karst Front agreed with Lorvia on the exchange.", published="2031-02-01")
    r2 = Report("r2", "The Karst Front agreed with the Lorvian cabinet on the exchange.", published="2031-02-02")
    for r in (r1, r2):
        parties(r)
    r2.actor("cabinet", "Lorvian cabinet", kind="organization", affiliation="lorvia")
    r1.act("i1", "agree", "karst-front", "lorvia", "agreed with Lorvia")
    r2.act("i1", "agree", "karst-front", "cabinet", "agreed with the Lorvian cabinet")
    res = resolve_dossiers([r1.d, r2.d])
    assert shared(res) == [["r1", "r2"]]
    assert {"lorvia", "lorvian-cabinet"} <= {e["id"] for e in res.entities}  # the entities stay apart
    r3 = Report("r3", "The Karst Front agreed, its envoy said.", published="2031-02-03")
    r4 = Report("r4", "The Lorvian cabinet agreed, a minister said.", published="2031-02-03")
    r3.actor("karst-front", "Karst Front", kind="organization")
    r4.actor("cabinet", "Lorvian cabinet", kind="organization", affiliation="lorvia")
    r4.actor("lorvia", "Lorvia", kind="state", mention="Lorvian")
    r3.act("i1", "agree", "karst-front", None, "The Karst Front agreed")
    r4.act("i1", "agree", "cabinet", None, "The Lorvian cabinet agreed")
    res = resolve_dossiers([r1.d, r2.d, r3.d, r4.d])
    assert not any({"r3", "r4"} <= set(e["reports"]) for e in res.events)  # one party told alone per event


def test_a_plan_that_slipped_is_one_act_and_two_days_never_chain() -> None:
    r1 = Report("r1", "The Lorvian cabinet was set to vote on Thursday.", published="2031-02-04")
    r2 = Report("r2", "The Lorvian cabinet voted on Saturday to approve it.", published="2031-02-09")
    r3 = Report("r3", "Lorvia met the Karst Front on Monday.", published="2031-02-03")
    r4 = Report("r4", "Lorvia met the Karst Front, aides said.", published="2031-02-05")
    r5 = Report("r5", "Lorvia met the Karst Front again on Friday.", published="2031-02-07")
    for r in (r1, r2):
        r.actor("cabinet", "Lorvian cabinet", kind="organization")
    r1.act("i1", "agree", "cabinet", None, "set to vote on Thursday", modality="planned", time="2031-02-06")
    r2.act("i1", "agree", "cabinet", None, "voted on Saturday", time="2031-02-08")
    for r, day in ((r3, "2031-02-03"), (r4, None), (r5, "2031-02-07")):
        parties(r)
        r.act("i1", "meet", "lorvia", "karst-front", "met the Karst Front", time=day)
    res = resolve_dossiers([r.d for r in (r1, r2, r3, r4, r5)])
    meets = sorted(e["reports"] for e in res.events if e["type"] == "meet")
    assert len(meets) == 2 and not any({"r3", "r5"} <= set(m) for m in meets)  # r4 joins one day, not both
    assert ["r1", "r2"] in shared(res)
    vote = next(e for e in res.events if e["type"] == "agree")
    assert vote["time"] == {"value": "2031-02-08"}  # the day it happened, not the day it was set for


def test_an_office_and_the_person_it_speaks_for_are_one_end() -> None:
    r1 = Report("r1", "Marrow's office accused the Karst Front of stalling.", published="2031-03-01")
    r2 = Report("r2", "Prime Minister Ilse Marrow accused the Karst Front of stalling.", published="2031-03-02")
    r1.actor("office", "Marrow's office", kind="organization")
    r2.actor("marrow", "Ilse Marrow")
    for r in (r1, r2):
        r.actor("karst-front", "Karst Front", kind="organization")
    r1.act("i1", "accuse", "office", "karst-front", "accused the Karst Front")
    r2.act("i1", "accuse", "marrow", "karst-front", "accused the Karst Front")
    res = resolve_dossiers([r1.d, r2.d])
    assert shared(res) == [["r1", "r2"]]
