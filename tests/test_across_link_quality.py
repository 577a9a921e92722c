"""Which passages corroborate or contradict each other (issue 14, link quality). Every text here is invented."""

from __future__ import annotations

from across_helpers import Report
from backchannel.resolve.across import resolve_dossiers

MEDIATED = "Norway and Chile mediated between Lorvia and the Karst Front, officials said on {day}."


def parties(r: Report) -> None:
    r.actor("lorvia", "Lorvia", kind="state", mention="Lorvia")
    r.actor("karst-front", "Karst Front", kind="organization")


def links(res, kind: str, on: str | None = None) -> list[dict]:
    return [lk for lk in res.links if lk["kind"] == kind and (on is None or lk["on"] == on)]


def test_one_sentence_naming_two_mediators_corroborates_once_per_pair_of_reports() -> None:
    reports = []
    for k, day in enumerate(["Monday", "Tuesday", "Wednesday"], 1):
        r = Report(f"r{k}", MEDIATED.format(day=day), published=f"2031-03-0{k}")
        parties(r)
        for m in ("Norway", "Chile"):
            r.actor(m.lower(), m, kind="state")
            r.act(f"i-{m.lower()}", "mediate", m.lower(), "lorvia", "mediated between Lorvia")
        reports.append(r.d)
    res = resolve_dossiers(reports)
    assert len([e for e in res.events if len(e["reports"]) == 3]) == 2  # two acts: Norway's, Chile's
    pairs = [(lk["a"]["doc"], lk["b"]["doc"]) for lk in links(res, "corroborates")]
    assert pairs == [("r1", "r2"), ("r1", "r3")]  # one sentence each: one link per pair, not one per act


def test_the_tellings_that_agree_on_the_time_are_the_ones_linked() -> None:
    r1 = Report("r1", "Under the deal Lorvia agreed with the Karst Front, ferries resume. "
                "Lorvia agreed with the Karst Front on Sunday night.", published="2031-04-02")
    r2 = Report("r2", "Lorvia and the Karst Front reached agreement on Sunday.", published="2031-04-03")
    for r in (r1, r2):
        parties(r)
    r1.act("i1", "agree", "lorvia", "karst-front", "Under the deal Lorvia agreed with the Karst Front")
    r1.act("i2", "agree", "lorvia", "karst-front", "Lorvia agreed with the Karst Front on Sunday night",
           time="2031-03-30")
    r2.act("i1", "agree", "lorvia", "karst-front", "Lorvia and the Karst Front reached agreement on Sunday",
           time="2031-03-30")
    res = resolve_dossiers([r1.d, r2.d])
    [lk] = links(res, "corroborates")
    assert lk["on"] == "time" and {lk["a"]["interaction"], lk["b"]["interaction"]} == {"i2", "i1"}
    assert lk["a"] == {"doc": "r1", "interaction": "i2"}


def office_report(doc: str, text: str, people: list[tuple[str, str]]) -> Report:
    r = Report(doc, text, published="2031-06-01")
    r.actor("lorvia", "Lorvia", kind="state", mention="Lorvia")
    for aid, name in people:
        r.actor(aid, name, affiliation="lorvia")
    return r


def test_one_post_given_to_two_people_is_an_actor_contradiction() -> None:
    r1 = office_report("r1", "Talks resumed, Lorvia's foreign minister Dario Mensk said.", [("mensk", "Dario Mensk")])
    r2 = office_report("r2", "In Lorvia, Prime Minister and Foreign Minister Ilse Marrow hosted the envoys.",
                       [("marrow", "Ilse Marrow")])
    r3 = office_report("r3", "Ilse Marrow, Lorvia's foreign minister, spoke first.", [("marrow", "Ilse Marrow")])
    res = resolve_dossiers([r1.d, r2.d, r3.d])
    found = links(res, "contradicts", "actor")
    assert sorted((lk["a"]["doc"], lk["b"]["doc"]) for lk in found) == [("r1", "r2"), ("r1", "r3")]
    texts = {r.doc: r.text for r in (r1, r2, r3)}
    ends = [texts[e["doc"]][e["start"]:e["end"]] for lk in found for e in (lk["a"], lk["b"])]
    assert "Lorvia's foreign minister Dario Mensk" in ends
    assert "Prime Minister and Foreign Minister Ilse Marrow" in ends
    assert "Ilse Marrow, Lorvia's foreign minister" in ends
    assert all("foreign minister of lorvia" in lk["note"] for lk in found)


def test_a_former_or_elect_post_or_another_persons_title_is_no_contradiction() -> None:
    r1 = office_report("r1", "Lorvia's former foreign minister Dario Mensk joined the talks.", [("mensk", "Dario Mensk")])
    r2 = office_report("r2", "Foreign Minister Ilse Marrow of Lorvia met them.", [("marrow", "Ilse Marrow")])
    r3 = office_report("r3", "Lorvia sent Tomas Rell, President Ilse Marrow's envoy, and President-elect Oskar Brin.",
                       [("rell", "Tomas Rell"), ("brin", "Oskar Brin"), ("marrow", "Ilse Marrow")])
    r4 = office_report("r4", "President Ilse Marrow of Lorvia said so.", [("marrow", "Ilse Marrow")])
    res = resolve_dossiers([r1.d, r2.d, r3.d, r4.d])
    assert links(res, "contradicts", "actor") == []


def test_a_denial_or_another_count_is_not_a_retelling() -> None:
    r1 = Report("r1", "Officials said the council will not meet to ratify the Harbour Accord on Tuesday. "
                "The accord frees 40 Karst detainees in its first stage.", published="2031-07-01")
    r2 = Report("r2", "The council met to ratify the Harbour Accord on Tuesday, officials said. "
                "Under the accord the first three Karst detainees go free at noon.", published="2031-07-02")
    r3 = Report("r3", "Aides said the council met on Tuesday to ratify the Harbour Accord.", published="2031-07-03")
    r1.say("c1", None, "the council will not meet to ratify the Harbour Accord on Tuesday")
    r1.say("c2", None, "The accord frees 40 Karst detainees in its first stage")
    r2.say("c1", None, "The council met to ratify the Harbour Accord on Tuesday")
    r2.say("c2", None, "Under the accord the first three Karst detainees go free at noon")
    r3.say("c1", None, "the council met on Tuesday to ratify the Harbour Accord")
    res = resolve_dossiers([r1.d, r2.d, r3.d])
    pairs = {tuple(sorted((lk["a"]["doc"], lk["b"]["doc"]))) for lk in links(res, "corroborates")}
    assert pairs == {("r2", "r3")}  # r1 denies the meeting and counts 40, not three
    assert [len(s["members"]) for s in res.statements if s["members"][0]["doc"] == "r1"] == [1, 1]


def test_successive_holders_named_by_one_report_are_no_dispute() -> None:
    r1 = office_report("r1", "President Ana Varga of Lorvia thanked the envoys sent under President Tomas Rell.",
                       [("varga", "Ana Varga"), ("rell", "Tomas Rell")])
    r2 = office_report("r2", "Lorvia's President Tomas Rell signed the decree.", [("rell", "Tomas Rell")])
    r3 = office_report("r3", "President Ana Varga of Lorvia spoke.", [("varga", "Ana Varga")])
    res = resolve_dossiers([r1.d, r2.d, r3.d])
    assert links(res, "contradicts", "actor") == []  # r1 gives the post to both: two terms, not a dispute


def test_a_statement_told_as_a_persons_and_as_their_offices_is_one() -> None:
    r1 = Report("r1", "Prime Minister Ilse Marrow said the Karst Front backtracks on the terms agreed with the envoys "
                "to wring late concessions.", published="2031-08-01")
    r2 = Report("r2", "Marrow's office said the Karst Front is backtracking from the terms agreed with the envoys "
                "in a late bid for concessions.", published="2031-08-02")
    r3 = Report("r3", "The Marrow family said the Karst Front is backtracking from the terms agreed with the envoys.",
                published="2031-08-02")
    r1.actor("marrow", "Ilse Marrow", affiliation=None)
    r2.actor("office", "Marrow's office", kind="organization")
    r3.actor("family", "Marrow family", kind="organization")
    r1.say("c1", "marrow", "the Karst Front backtracks on the terms agreed with the envoys to wring late concessions")
    r2.say("c1", "office", "the Karst Front is backtracking from the terms agreed with the envoys in a late bid for "
           "concessions")
    r3.say("c1", "family", "the Karst Front is backtracking from the terms agreed with the envoys")
    res = resolve_dossiers([r1.d, r2.d, r3.d])
    [st] = [s for s in res.statements if len(s["members"]) > 1]
    assert [m["doc"] for m in st["members"]] == ["r1", "r2"]  # the family speaks for itself
    assert st["speaker"] == "ilse-marrow" and st["voices"] == ["ilse-marrow", "marrow-office"]
    assert {e["id"] for e in res.entities} >= {"ilse-marrow", "marrow-office"}  # the entities stay apart


def test_no_modality_dispute_from_a_report_that_also_tells_the_act_as_done() -> None:
    r1 = Report("r1", "Lorvia released the Karst Front prisoners on 2 May.", published="2031-05-02")
    r2 = Report("r2", "Lorvia released the Karst Front prisoners last week. Under the deal, Lorvia will release "
                "the Karst Front prisoners in two stages.", published="2031-05-09")
    r3 = Report("r3", "Lorvia will release the Karst Front prisoners soon.", published="2031-05-10")
    for r in (r1, r2, r3):
        parties(r)
    r1.act("i1", "release", "lorvia", "karst-front", "Lorvia released", time="2031-05-02")
    r2.act("i1", "release", "lorvia", "karst-front", "Lorvia released the Karst Front prisoners last week")
    r2.act("i2", "release", "lorvia", "karst-front", "Lorvia will release", modality="planned")
    r3.act("i1", "release", "lorvia", "karst-front", "Lorvia will release", modality="planned")
    res = resolve_dossiers([r1.d, r2.d, r3.d])
    assert [lk["b"]["doc"] for lk in links(res, "contradicts", "modality")] == ["r3"]  # r2 tells it as done too


def test_a_pair_of_sentences_linked_as_acts_is_not_linked_again_as_claims() -> None:
    reports = []
    for k, text in enumerate(["Norway said it will mediate between Lorvia and the Karst Front until the truce holds.",
                              "Norway said it would mediate between Lorvia and the Karst Front until the truce holds."], 1):
        r = Report(f"r{k}", text, published=f"2031-09-0{k}")
        parties(r)
        r.actor("norway", "Norway", kind="state")
        r.act("i1", "mediate", "norway", "lorvia", text)  # an act's evidence is its sentence
        said = text[text.index("it w"):-1]
        r.say("c1", "norway", said)
        reports.append(r.d)
    res = resolve_dossiers(reports)
    assert len([s for s in res.statements if len(s["members"]) == 2]) == 1  # the statement is found ...
    [lk] = links(res, "corroborates")  # ... but the two sentences are linked once, as tellings of the act
    assert lk["a"] == {"doc": "r1", "interaction": "i1"}


def test_each_report_corroborates_the_telling_the_others_agree_with_most() -> None:
    told = [("r1", "Lorvia freed the sailors on Friday.", "2031-07-04", None),
            ("r2", "Lorvia freed 40 sailors.", None, (40, "exactly")),
            ("r3", "Lorvia freed 40 sailors on Friday.", "2031-07-04", (40, "exactly"))]
    reports = []
    for k, (doc, text, time, count) in enumerate(told, 1):
        r = Report(doc, text, published=f"2031-07-0{4 + k}")
        r.actor("lorvia", "Lorvia", kind="state")
        r.actor("sailors", "sailors", kind="group", named=False)
        r.act("i1", "release", "lorvia", "sailors", text.rstrip("."), time=time, count=count)
        reports.append(r.d)
    res = resolve_dossiers(reports)
    pairs = [(lk["a"]["doc"], lk["b"]["doc"]) for lk in links(res, "corroborates")]
    assert pairs == [("r1", "r3"), ("r2", "r3")]  # r3 gives both the day and the count: the others' reference
