"""Rules across.events.told_as and across.events.guessed_partner (acttypes.py). Every text here is invented."""

from __future__ import annotations

import pytest
from across_helpers import Report, score_cluster
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.acttypes import GUESSED_PARTNER, TOLD_AS, event_type


def envoy_and_council(r: Report, envoy: str = "Brannoc Ivel", council: str = "Tessaly Council") -> None:
    r.actor("envoy", envoy)
    r.actor("council", council, kind="organization")


def multi(res) -> list[dict]:  # noqa: ANN001
    return [e for e in res.events if len(e["reports"]) > 1]


def test_across_events_told_as_a_call_and_talks_are_one_act_of_talks() -> None:
    r1 = Report("r1", "Brannoc Ivel called the Tessaly Council after the shelling.", published="2032-04-02")
    r2 = Report("r2", "Brannoc Ivel held talks with the Tessaly Council, aides said.", published="2032-04-02")
    r3 = Report("r3", "The Tessaly Council spoke by phone with Brannoc Ivel.", published="2032-04-03")
    for r in (r1, r2, r3):
        envoy_and_council(r)
    r1.act("i1", "contact", "envoy", "council", "called the Tessaly Council")
    r2.act("i1", "negotiate", "envoy", "council", "held talks with the Tessaly Council")
    r3.act("i1", "contact", "council", "envoy", "spoke by phone with Brannoc Ivel")
    res = resolve_dossiers([r1.d, r2.d, r3.d])
    [event] = multi(res)
    assert event["reports"] == ["r1", "r2", "r3"] and event["type"] == "negotiate"
    assert event["joined"] and all(j["reasons"][0] == TOLD_AS for j in event["joined"])
    assert all("'contact'" in j["reasons"][1] and "'negotiate'" in j["reasons"][1] for j in event["joined"])
    assert "r2 alone tells it as 'negotiate'" in event["joined"][0]["reasons"][1]


def test_across_events_told_as_a_call_and_talks_each_told_by_several_reports_stay_two_acts() -> None:
    texts = {"r1": "Brannoc Ivel phoned the Tessaly Council to open the channel.",
             "r2": "Brannoc Ivel first called the Tessaly Council, officials said.",
             "r3": "Brannoc Ivel held talks with the Tessaly Council for two days.",
             "r4": "Brannoc Ivel and the Tessaly Council negotiated through the night."}
    reports = []
    for doc, text in texts.items():
        r = Report(doc, text, published="2032-04-08")
        envoy_and_council(r)
        phrase = {"r1": "phoned the Tessaly Council", "r2": "called the Tessaly Council",
                  "r3": "held talks with the Tessaly Council", "r4": "negotiated through the night"}[doc]
        r.act("i1", "contact" if doc in ("r1", "r2") else "negotiate", "envoy", "council", phrase)
        reports.append(r.d)
    events = sorted((e["type"], e["reports"]) for e in multi(resolve_dossiers(reports)))
    assert events == [("contact", ["r1", "r2"]), ("negotiate", ["r3", "r4"])]


def test_across_events_told_as_calls_alone_stay_calls() -> None:
    r1 = Report("r1", "Brannoc Ivel phoned the Tessaly Council on Monday.", published="2032-04-05")
    r2 = Report("r2", "The envoy Brannoc Ivel called the Tessaly Council.", published="2032-04-05")
    for r in (r1, r2):
        envoy_and_council(r)
    r1.act("i1", "contact", "envoy", "council", "phoned the Tessaly Council")
    r2.act("i1", "contact", "envoy", "council", "called the Tessaly Council")
    [event] = multi(resolve_dossiers([r1.d, r2.d]))
    assert event["type"] == "contact" and "joined" not in event


def test_across_events_told_as_not_a_planned_call_nor_one_report_telling_both() -> None:
    # a call planned by one report is not the talks another tells as held
    r1 = Report("r1", "Brannoc Ivel will call the Tessaly Council next week.", published="2032-04-06")
    r2 = Report("r2", "Brannoc Ivel held talks with the Tessaly Council.", published="2032-04-06")
    for r in (r1, r2):
        envoy_and_council(r)
    r1.act("i1", "contact", "envoy", "council", "will call the Tessaly Council", modality="planned")
    r2.act("i1", "negotiate", "envoy", "council", "held talks with the Tessaly Council")
    assert multi(resolve_dossiers([r1.d, r2.d])) == []
    # one report that tells a call and talks of other parties: no join across parties either
    r3 = Report("r3", "Brannoc Ivel called Odile Varga of the Tessaly Council.", published="2032-04-07")
    r4 = Report("r4", "Brannoc Ivel held talks with the Corran Assembly.", published="2032-04-07")
    r3.actor("envoy", "Brannoc Ivel")
    r3.actor("varga", "Odile Varga")
    r4.actor("envoy", "Brannoc Ivel")
    r4.actor("assembly", "Corran Assembly", kind="organization")
    r3.act("i1", "contact", "envoy", "varga", "called Odile Varga")
    r4.act("i1", "negotiate", "envoy", "assembly", "held talks with the Corran Assembly")
    assert multi(resolve_dossiers([r3.d, r4.d])) == []


def test_across_events_told_as_event_type() -> None:
    assert event_type(["contact", "negotiate", "contact"]) == "negotiate"
    assert event_type(["contact"]) == "contact"
    assert event_type(["release"]) == "release"


def test_across_events_told_as_join_is_kept_by_the_store(tmp_path) -> None:  # noqa: ANN001
    pytest.importorskip("duckdb")
    from backchannel.store import connect
    from backchannel.store.reader import _cross
    from backchannel.store.resolve import store_resolution

    r1 = Report("r1", "Brannoc Ivel called the Tessaly Council.", published="2032-04-02")
    r2 = Report("r2", "Brannoc Ivel held talks with the Tessaly Council.", published="2032-04-02")
    for r in (r1, r2):
        envoy_and_council(r)
    r1.act("i1", "contact", "envoy", "council", "called the Tessaly Council")
    r2.act("i1", "negotiate", "envoy", "council", "held talks with the Tessaly Council")
    res = resolve_dossiers([r1.d, r2.d])
    con = connect(tmp_path / "c.duckdb", create=True)
    store_resolution(con, res)
    back = _cross(con)
    con.close()
    [event] = [e for e in back["events"] if len(e["reports"]) > 1]
    assert event["type"] == "negotiate" and event["joined"] == multi(res)[0]["joined"]
    assert all(set(j["a"]) == {"doc", "id"} for j in back["judgements"])  # the entities' judgements as before


def guessed(r: Report) -> None:
    """The last act's partner was filled in by the extractor, not named by the report there."""
    r.d.interactions[-1].inferred = ["target"]


def front_and_others(r: Report) -> None:
    r.actor("front", "Varn Front", kind="organization")
    r.actor("lorvia", "Lorvia", kind="state")
    r.actor("envoy", "Selma Quint")
    r.actor("harl", "Harlund", kind="state")


def test_across_events_guessed_partner_one_party_act_told_with_guessed_partners() -> None:
    texts = {"r1": "Selma Quint said the Varn Front had agreed; Lorvia and Harlund waited.",
             "r2": "Harlund carried the offer, and the Varn Front agreed, Selma Quint and Lorvia said.",
             "r3": "Lorvia proposed it and the Varn Front agreed, Selma Quint told Harlund.",
             "r4": "The Varn Front and Lorvia agreed on the truce, Selma Quint and Harlund said.",
             "r5": "Lorvia and the Varn Front agreed on a truce, Selma Quint and Harlund said."}
    partner = {"r1": "envoy", "r2": "harl", "r3": "lorvia", "r4": "lorvia", "r5": "front"}
    reports = []
    for doc, text in texts.items():
        r = Report(doc, text, published="2032-07-01")
        front_and_others(r)
        if doc in ("r1", "r2", "r3"):
            r.act("i1", "agree", "front", partner[doc], "the Varn Front agreed" if doc != "r1" else "Varn Front had agreed")
            guessed(r)
        else:
            r.act("i1", "agree", "front" if doc == "r4" else "lorvia", partner[doc], "agreed on")
        reports.append(r.d)
    events = {tuple(e["reports"]): e for e in multi(resolve_dossiers(reports))}
    assert sorted(events) == [("r1", "r2", "r3"), ("r4", "r5")]  # the Front's acceptance; the mutual agreement
    alone = events[("r1", "r2", "r3")]
    assert alone["source"] == "varn-front" and alone["target"] is None  # no guessed partner stands for it
    assert alone["reasons"][0] == GUESSED_PARTNER and "3 of 3 tellings" in alone["reasons"][1]
    assert "reasons" not in events[("r4", "r5")]


def test_across_events_guessed_partner_one_guess_everywhere_is_the_partner() -> None:
    reports = []
    for doc in ("r1", "r2"):
        r = Report(doc, "Lorvia negotiated for two days, the Varn Front said.", published="2032-07-05")
        r.actor("lorvia", "Lorvia", kind="state")
        r.actor("front", "Varn Front", kind="organization")
        r.act("i1", "negotiate", "lorvia", "front", "Lorvia negotiated for two days")
        guessed(r)
        reports.append(r.d)
    [event] = multi(resolve_dossiers(reports))
    assert (event["source"], event["target"]) == ("lorvia", "varn-front")
    assert event["reasons"][0] == GUESSED_PARTNER


def test_across_events_guessed_partner_matches_no_other_end() -> None:
    # "the cabinet met" and "the Front agreed" (its partner guessed to be the cabinet) are not one act
    r1 = Report("r1", "The Lorvian cabinet agreed to meet on Friday.", published="2032-07-02")
    r2 = Report("r2", "The Varn Front agreed to the terms, a spokesman for the Lorvian cabinet said.",
                published="2032-07-02")
    r1.actor("cabinet", "Lorvian cabinet", kind="organization")
    r2.actor("cabinet", "Lorvian cabinet", kind="organization")
    r2.actor("front", "Varn Front", kind="organization")
    r1.act("i1", "agree", "cabinet", None, "agreed to meet on Friday")
    r2.act("i1", "agree", "front", "cabinet", "The Varn Front agreed")
    guessed(r2)
    assert multi(resolve_dossiers([r1.d, r2.d])) == []


def test_across_events_guessed_partner_leaves_directed_acts_and_told_partners_alone() -> None:
    # a mediation's inferred target still names the party mediated with (one record per party)
    r1 = Report("r1", "Harlund mediated, officials of the Varn Front said.", published="2032-07-03")
    r2 = Report("r2", "Harlund mediated with the Varn Front.", published="2032-07-03")
    for r in (r1, r2):
        r.actor("harl", "Harlund", kind="state")
        r.actor("front", "Varn Front", kind="organization")
    r1.act("i1", "mediate", "harl", "front", "Harlund mediated")
    guessed(r1)
    r2.act("i1", "mediate", "harl", "front", "Harlund mediated with the Varn Front")
    [event] = multi(resolve_dossiers([r1.d, r2.d]))
    assert event["target"] == "varn-front" and "reasons" not in event
    # talks told with a named partner by two reports stay one act, as before
    r3 = Report("r3", "Selma Quint held talks with Lorvia.", published="2032-07-04")
    r4 = Report("r4", "Lorvia held talks with Selma Quint.", published="2032-07-04")
    for r in (r3, r4):
        r.actor("envoy", "Selma Quint")
        r.actor("lorvia", "Lorvia", kind="state")
    r3.act("i1", "negotiate", "envoy", "lorvia", "held talks with Lorvia")
    r4.act("i1", "negotiate", "lorvia", "envoy", "held talks with Selma Quint")
    [event] = multi(resolve_dossiers([r3.d, r4.d]))
    assert event["reports"] == ["r3", "r4"] and "reasons" not in event


#: events F1 of the fresh development clusters (score_corpus.py); the paths are named one by one, never
#: globbed (the blind clusters sit beside them). Before the two rules 0.476 and 0.414; after 0.522, 0.581
# iran-israel was 0.58 on the s24-events branch alone; merged with actors.offices.office_holder it is 0.533:
# a possessive office told as the mediator ("Lorvia's premier, who mediates") now makes the named prime minister the mediator (as the
# cluster's per-report gold does: strict 0.34 -> 0.43), while its corpus gold keeps that event Qatar's.
EVENT_FLOORS = {("freshcluster2", "india-pakistan-ceasefire-may-2025"): 0.52,
                ("freshcluster3", "iran-israel-ceasefire-june-2025"): 0.52}


@pytest.mark.parametrize("where", sorted(EVENT_FLOORS))
def test_across_events_told_as_cluster_floors(where: tuple[str, str], nlp) -> None:  # noqa: ANN001
    from conftest import ROOT

    s = score_cluster(ROOT.parent.joinpath(*where), nlp)
    assert s["events"]["f1"] >= EVENT_FLOORS[where]
