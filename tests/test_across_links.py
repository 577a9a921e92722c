"""Events, statements, wire copies and links on invented reports (every text here is invented)."""

from __future__ import annotations

from across_helpers import Report
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.dupes import copy_groups, signature
from backchannel.resolve.across.quantities import quantities

WIRE = ("Negotiators from Lorvia and the Karst Front met in Tallinn on Monday under Norwegian auspices, "
        "the first direct meeting in two years, and agreed to hold a further round on detainee swaps next month, "
        "officials from both sides said after the session ended late in the evening.")


def parties(r: Report) -> None:
    r.actor("lorvia", "Lorvia", kind="state", mention="Lorvia")
    r.actor("karst-front", "Karst Front", kind="organization")


def links(res, kind: str, on: str) -> list[dict]:
    return [lk for lk in res.links if lk["kind"] == kind and lk["on"] == on]


def test_wire_copies_count_once():
    reports = []
    for k, outlet in enumerate(["Wire A", "Paper B", "Paper C"], 1):
        text = WIRE if k < 3 else "In a separate account, " + WIRE.replace("late in the evening", "at night")
        r = Report(f"r{k}", text, published=f"2031-05-0{k}", source=outlet)
        parties(r)
        r.act("i1", "meet", "lorvia", "karst-front", "met in Tallinn")
        reports.append(r.d)
    other = Report("r4", "Karst Front fighters shelled a Lorvian border post; Lorvia met the Karst Front "
                   "envoy a day later in a village school, a local mayor said.", published="2031-05-05",
                   source="Paper D")
    parties(other)
    other.act("i1", "meet", "lorvia", "karst-front", "Lorvia met the Karst Front")
    res = resolve_dossiers(reports + [other.d])
    event = next(e for e in res.events if e["type"] == "meet")
    assert event["reports"] == ["r1", "r2", "r3", "r4"]
    assert event["independent_sources"] == 2  # r1-r3 are one wire story
    assert event["first_reported"] == "2031-05-01"
    assert event["outlets"] == ["Paper B", "Paper C", "Paper D", "Wire A"]
    assert len(links(res, "corroborates", "actor")) == 3
    assert any("wire copy" in lk["note"] for lk in res.links)


def test_minhash_finds_near_duplicates_only():
    sigs = {"a": signature(WIRE), "b": signature(WIRE + " More later."), "c": signature("Nothing alike here at "
                                                                                   "all, a different story " * 3)}
    groups = copy_groups(sigs)
    assert groups["a"] == groups["b"] != groups["c"]


def test_counts_as_ranges():
    over, around, handful = (quantities(t)[0] for t in ("passed over 20 messages", "around 20 messages",
                                                         "a handful of messages"))
    assert over.meets(around) and not over.meets(handful) and not around.meets(handful)
    assert quantities("talks lasted 96 hours") == []  # a measure, not a count of things


def test_count_contradiction_between_reports():
    r1 = Report("r1", "The envoy carried over 20 messages between the sides.")
    r2 = Report("r2", "The envoy carried a handful of messages between the sides.")
    r3 = Report("r3", "The envoy carried around 20 messages between the sides.")
    res = resolve_dossiers([r1.d, r2.d, r3.d])
    pairs = {(lk["a"]["doc"], lk["b"]["doc"]) for lk in links(res, "contradicts", "count")}
    assert pairs == {("r1", "r2"), ("r2", "r3")}


def test_people_counts_in_the_reports_own_voice_contradict_unless_their_scope_is_set_apart():
    """countwords.scoped: "14 detainees" freed against "12 detainees" freed is one release told two ways;
    a swap's count (each side's or both sides'), a total and a count still owed are not compared here."""
    r1 = Report("r1", "Lorvia freed 14 detainees to the Karst Front on Friday.")
    r2 = Report("r2", "Lorvia freed 12 detainees to the Front in exchange for two soldiers.")
    r3 = Report("r3", "The Front said the release of 40 detainees promised in May was late.")
    r4 = Report("r4", "Lorvia and the Front swapped more than 30 detainees on Friday.")
    r5 = Report("r5", "A total of 26 detainees went home on Friday, officials said.")
    res = resolve_dossiers([r.d for r in (r1, r2, r3, r4, r5)])
    pairs = {tuple(sorted((lk["a"]["doc"], lk["b"]["doc"]))) for lk in links(res, "contradicts", "count")}
    assert pairs == {("r1", "r2")}


def test_negation_contradiction_needs_the_same_act():
    r1 = Report("r1", "Lorvia informed the Karst Front of the plan.")
    r2 = Report("r2", "Lorvia did not inform the Karst Front of the plan.")
    for r in (r1, r2):
        parties(r)
    r1.act("i1", "inform", "lorvia", "karst-front", "Lorvia informed the Karst Front")
    r2.act("i1", "inform", "lorvia", "karst-front", "Lorvia did not inform the Karst Front", negated=True)
    res = resolve_dossiers([r1.d, r2.d])
    assert len(links(res, "contradicts", "negation")) == 1
    assert len({e["id"] for e in res.events}) == 2  # told and denied: two events, one contradiction


def test_time_contradiction_of_clock_times_and_same_day_corroboration():
    r1 = Report("r1", "The truce is due to take effect on Thursday at 6:40 p.m. Convoys will follow.",
                published="2031-01-17")
    r2 = Report("r2", "The council said the truce will start at 4:05 p.m. on Thursday.", published="2031-01-18")
    r3 = Report("r3", "Envoys said the accord will come into force on Thursday.", published="2031-01-16")
    res = resolve_dossiers([r1.d, r2.d, r3.d])
    contra = links(res, "contradicts", "time")
    assert [(lk["a"]["doc"], lk["b"]["doc"]) for lk in contra] == [("r1", "r2")]
    assert "18:40" in contra[0]["note"] and "16:05" in contra[0]["note"]
    corro = links(res, "corroborates", "time")
    assert {lk["a"]["doc"] for lk in corro} == {"r3"}  # each later report corroborates the first one


def test_modality_contradiction_when_a_later_report_still_plans_what_happened():
    r1 = Report("r1", "Lorvia released the Karst Front prisoners on 2 May.", published="2031-05-02")
    r2 = Report("r2", "Lorvia will release the Karst Front prisoners soon.", published="2031-05-09")
    for r in (r1, r2):
        parties(r)
    r1.act("i1", "release", "lorvia", "karst-front", "Lorvia released", time="2031-05-02")
    r2.act("i1", "release", "lorvia", "karst-front", "Lorvia will release", modality="planned")
    res = resolve_dossiers([r1.d, r2.d])
    assert len(links(res, "contradicts", "modality")) == 1
    assert len(res.events) == 1


def test_statements_and_content_contradiction():
    r1 = Report("r1", "The Front said it stays committed to the truce accord. "
                "Lorvia's office said the Front reneges on the truce accord.")
    r2 = Report("r2", "A Front spokesman said it stays committed to the truce accord reached in May.")
    for r in (r1, r2):
        r.actor("front", "Karst Front", kind="organization", mention="Front")
    r1.actor("office", "Lorvia's office", kind="organization")
    r1.say("c1", "front", "it stays committed to the truce accord")
    r1.say("c2", "office", "the Front reneges on the truce accord")
    r2.say("c1", "front", "it stays committed to the truce accord reached in May")
    res = resolve_dossiers([r1.d, r2.d])
    st = next(s for s in res.statements if len(s["members"]) == 2)
    assert st["kind"] == "partial" and st["speaker"] == "karst-front"
    assert any(lk["on"] == "content" and lk["kind"] == "corroborates" for lk in res.links)
    contra = links(res, "contradicts", "content")
    assert [(lk["a"]["claim"], lk["b"]["doc"]) for lk in contra] == [("c2", "r2")]


def test_views_timeline_disputes_sources():
    r1 = Report("r1", "Lorvia released the Karst Front prisoners. A Lorvian official said over 20 messages "
                "were passed.", published="2031-05-02", source="Outlet A")
    r2 = Report("r2", "Lorvia released the Karst Front prisoners, Ana Varga said; she passed a handful "
                "of messages.", published="2031-05-03", source="Outlet B")
    for r in (r1, r2):
        parties(r)
        r.act("i1", "release", "lorvia", "karst-front", "Lorvia released")
    r1.actor("off", "Lorvian official", named=False)
    r1.say("c1", "off", "over 20 messages were passed")
    r2.actor("varga", "Ana Varga")
    r2.say("c1", "varga", "Lorvia released the Karst Front prisoners")
    views = resolve_dossiers([r1.d, r2.d]).views
    assert [t["type"] for t in views["timeline"]] == ["release"]
    assert views["timeline"][0]["first_reported"] == "2031-05-02"
    count = next(d for d in views["disputes"] if d["on"] == "count")["items"][0]["sides"]
    assert {s["outlet"] for s in count} == {"Outlet A", "Outlet B"}
    assert {s["text"] for s in count} == {"said over 20 messages", "passed a handful of messages"}
    speakers = {s["outlet"]: s["speakers"][0] for s in views["sources"]}
    assert speakers["Outlet A"]["named"] is False and speakers["Outlet B"]["named"] is True


def test_actor_contradiction_on_who_mediated():
    reports = []
    for k, (mediators, text) in enumerate([(["qatar"], "Qatar mediated between Lorvia and the Karst Front."),
                                           (["egypt"], "Egypt mediated between Lorvia and the Karst Front."),
                                           (["qatar", "egypt"], "Qatar and Egypt mediated between Lorvia and "
                                                                "the Karst Front.")], 1):
        r = Report(f"r{k}", text)
        parties(r)
        for j, m in enumerate(mediators):
            r.actor(m, m.title(), kind="state")
            r.act(f"i{j}", "mediate", m, "lorvia", f"{m.title()} ")
        reports.append(r.d)
    res = resolve_dossiers(reports)
    pairs = [(lk["a"]["doc"], lk["b"]["doc"]) for lk in links(res, "contradicts", "actor")]
    assert pairs == [("r1", "r2")]  # r3 names both: it agrees with each
    assert "egypt / qatar" in links(res, "contradicts", "actor")[0]["note"] or \
        "qatar / egypt" in links(res, "contradicts", "actor")[0]["note"]


def test_day_corroborated_by_the_passage_that_gives_the_day_alone() -> None:
    """A report with a clocked and a bare start passage: the clock is disputed, the bare day corroborates."""
    from backchannel.resolve.across.passages import Passage, time_links
    first = Passage("r1", 0, 30, None, "friday", 30)
    clocked = Passage("r2", 100, 150, 18 * 60 + 40, "friday", 150)
    bare = Passage("r2", 300, 330, None, "friday", 330)
    other = Passage("r3", 0, 40, 16 * 60 + 5, "friday", 40)
    links = time_links([first, clocked, bare, other], {"r1": "1", "r2": "2", "r3": "3"})
    assert ("corroborates", first, bare) in links and ("corroborates", first, clocked) not in links
    assert ("contradicts", clocked, other) in links


def test_a_late_start_fits_the_time_first_set() -> None:
    """"Began at 6:20 p.m., about two hours later than planned" agrees with 4:05 and disputes 6:40."""
    from backchannel.resolve.across.passages import start_passages, time_links
    (late,) = start_passages("r3", "The truce began at 6:20 p.m., about two hours later than planned.")
    (early,) = start_passages("r1", "The truce will take effect at 4:05 p.m. on Thursday.")
    (noon,) = start_passages("r2", "The truce will take effect on Thursday at 6:40 p.m.")
    assert late.late == (1.5, 2.5)
    links = time_links([early, noon, late], {"r1": "1", "r2": "2", "r3": "3"})
    assert ("corroborates", early, late) in links and ("contradicts", noon, late) in links
    assert ("contradicts", early, noon) in links
