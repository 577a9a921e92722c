"""Cross-report events on invented reports: named ends, undirected acts, names restated in brackets."""

from __future__ import annotations

from across_helpers import Report
from backchannel.resolve.across import resolve_dossiers


def entity_of(res) -> dict[tuple[str, str], str]:  # noqa: ANN001 - Resolution
    return {(m["doc"], m["actor"]): e["id"] for e in res.entities for m in e["members"]}


def multi(res) -> list[dict]:  # noqa: ANN001 - Resolution
    return [e for e in res.events if len(e["reports"]) > 1]


def test_a_mediator_with_two_named_parties_is_two_events() -> None:
    """Spec: a mediation's target is one party; Qatar with Lorvia and Qatar with the Karst Front are two acts."""
    reports = []
    for k in (1, 2):
        r = Report(f"r{k}", "Qatar mediated between Lorvia and the Karst Front.")
        r.actor("qatar", "Qatar", kind="state")
        r.actor("lorvia", "Lorvia", kind="state")
        r.actor("karst", "Karst Front", kind="organization")
        r.act("i1", "mediate", "qatar", "lorvia", "Qatar mediated")
        r.act("i2", "mediate", "qatar", "karst", "Qatar mediated")
        reports.append(r.d)
    res = resolve_dossiers(reports)
    events = multi(res)
    assert len(events) == 2 and {e["target"] for e in events} == {"lorvia", "karst-front"}


def test_unnamed_targets_described_differently_stay_one_act() -> None:
    r1 = Report("r1", "The Karst Front released the captives.")
    r1.actor("karst", "Karst Front", kind="organization")
    r1.actor("captives", "captives", kind="group", named=False)
    r1.act("i1", "release", "karst", "captives", "released the captives")
    r2 = Report("r2", "The Karst Front freed three women held since May.")
    r2.actor("karst", "Karst Front", kind="organization")
    r2.actor("women", "three women", kind="group", named=False)
    r2.act("i1", "release", "karst", "women", "freed three women")
    assert len(multi(resolve_dossiers([r1.d, r2.d]))) == 1


def test_an_undirected_act_starts_from_the_party_every_telling_names() -> None:
    r1 = Report("r1", "Lorvia and the Karst Front agreed on a truce.")
    r1.actor("lorvia", "Lorvia", kind="state")
    r1.actor("karst", "Karst Front", kind="organization")
    r1.act("i1", "agree", "lorvia", "karst", "agreed on a truce")
    r2 = Report("r2", "The Karst Front agreed to the terms.")
    r2.actor("karst", "Karst Front", kind="organization")
    r2.act("i1", "agree", "karst", None, "agreed to the terms")
    (event,) = multi(resolve_dossiers([r1.d, r2.d]))
    assert event["source"] == "karst-front" and event["target"] == "lorvia"


def test_a_name_restated_in_brackets_is_one_party() -> None:
    r1 = Report("r1", "The Movement for Karst Unity (Karst Front) signed. Lorvia signed too.")
    r1.actor("mku", "Movement for Karst Unity", kind="organization")
    r1.actor("karst", "Karst Front", kind="organization", mention="Karst Front)")
    r2 = Report("r2", "Ana Varga (Karst Front) spoke for the Karst Front.")
    r2.actor("varga", "Ana Varga")
    r2.actor("karst", "Karst Front", kind="organization", mention="the Karst Front")
    res = resolve_dossiers([r1.d, r2.d])
    of = entity_of(res)
    assert of[("r1", "mku")] == of[("r1", "karst")] == of[("r2", "karst")]
    assert of[("r2", "varga")] != of[("r2", "karst")]  # a person's side in brackets is not a second name
    assert any("brackets" in why for j in res.judgements for why in j.reasons)


def _agreement(doc: str, published: str, first: str, second: str) -> Report:
    names = {"lorvia": "Lorvia", "zembla": "Zembla"}
    r = Report(doc, f"{names[first]} and {names[second]} agreed to a truce.", published=published)
    r.actor("lorvia", "Lorvia", kind="state")
    r.actor("zembla", "Zembla", kind="state")
    r.act("i1", "agree", first, second, "agreed")
    return r


def test_an_undirected_tie_starts_from_the_party_the_tellings_put_first() -> None:
    """across.events.undirected_ends: when both parties are named equally often, the one more tellings
    put first is the source, then the one the first published telling puts first; never the id order."""
    three = [_agreement("r1", "2031-05-01", "lorvia", "zembla"), _agreement("r2", "2031-05-02", "lorvia", "zembla"),
             _agreement("r3", "2031-05-03", "zembla", "lorvia")]
    event = multi(resolve_dossiers([r.d for r in three]))[0]
    assert (event["source"], event["target"]) == ("lorvia", "zembla")
    # one telling each way: the report published first decides, whatever the ids and their order
    two = [_agreement("r1", "2031-05-02", "lorvia", "zembla"), _agreement("r2", "2031-05-01", "zembla", "lorvia")]
    assert multi(resolve_dossiers([r.d for r in two]))[0]["source"] == "zembla"
    assert multi(resolve_dossiers([r.d for r in reversed(two)]))[0]["source"] == "zembla"


def test_an_undirected_source_is_the_party_most_reports_put_first_not_the_one_named_most() -> None:
    """across.events.undirected_ends: one vote per report for the party it puts first decides before the
    count of tellings at either end, so a party told alone ("Zembla agreed") in a third report, or
    named twice by one report, does not outvote two reports that both put the other party first."""
    two = [_agreement("r1", "2031-05-01", "lorvia", "zembla"), _agreement("r2", "2031-05-02", "lorvia", "zembla")]
    alone = Report("r3", "Zembla agreed to the truce on Monday.", published="2031-05-03")
    alone.actor("zembla", "Zembla", kind="state")
    alone.act("i1", "agree", "zembla", None, "agreed")
    res = multi(resolve_dossiers([r.d for r in two] + [alone.d]))
    assert [(e["source"], e["target"]) for e in res if e["type"] == "agree"] == [("lorvia", "zembla")]
    # near miss: two reports each way and one telling alone -- the tie goes to the party told more often
    four = two + [_agreement("r4", "2031-05-04", "zembla", "lorvia"), _agreement("r5", "2031-05-05", "zembla", "lorvia")]
    res = multi(resolve_dossiers([r.d for r in four] + [alone.d]))
    assert [e["source"] for e in res if e["type"] == "agree"] == ["zembla"]
