"""Rule across.events.told_as (acttypes.py). Every text here is invented."""

from __future__ import annotations

import pytest
from across_helpers import Report
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.acttypes import TOLD_AS, event_type


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


#: events F1 of the fresh development clusters (score_corpus.py); the paths are named one by one, never
#: globbed (the blind clusters sit beside them). in-pk 0.476 with and without the rule (a guard);
#: ir-il 0.414 before the rule, 0.483 after
EVENT_FLOORS = {("freshcluster2", "india-pakistan-ceasefire-may-2025"): 0.47,
                ("freshcluster3", "iran-israel-ceasefire-june-2025"): 0.48}


@pytest.mark.parametrize("where", sorted(EVENT_FLOORS))
def test_across_events_told_as_cluster_floors(where: tuple[str, str], nlp) -> None:  # noqa: ANN001
    import importlib.util
    import sys

    from conftest import ROOT
    from backchannel.ingest import read_inputs
    from backchannel.pipeline import analyze

    path, scorer = ROOT.parent.joinpath(*where), ROOT.parent / "shared" / "bench" / "score_corpus.py"
    if not (path / "corpus.json").exists() or not scorer.exists():
        pytest.skip(f"{path} or {scorer} is not there")
    sys.path.insert(0, str(scorer.parent))
    spec = importlib.util.spec_from_file_location("score_corpus", scorer)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    dossiers = [r.dossier for r in analyze(read_inputs([str(path / "docs")]), nlp=nlp) if r.dossier]
    res = resolve_dossiers(iter(dossiers))
    s = mod.score(path, {"dossiers": [d.to_dict() for d in dossiers], **res.to_dict()})
    assert s["events"]["f1"] >= EVENT_FLOORS[where]
