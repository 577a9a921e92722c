"""One body in two word orders, synonyms of soldiers, unnamed partners and report votes of undirected acts.

Every text here is invented. Rules: records.one_body, bodies.state_of_bodies (a body word anywhere in
the name), the synonym heads of data/across.toml, events.slots (an unnamed partner of an undirected
act), events.undirected_ends (one vote per report).
"""

from __future__ import annotations

from across_helpers import Report, entity_of
from backchannel.resolve.across import resolve_dossiers


def multi(res) -> list[dict]:  # noqa: ANN001 - Resolution
    return [e for e in res.events if len(e["reports"]) > 1]


def test_one_report_naming_a_body_in_two_word_orders_is_one_body():
    r1 = Report("r1", "The Lorvian Ministry of Harbours said the ferry left. Lorvia's harbours ministry later "
                "denied it.", source="A")
    r1.actor("lorvia", "Lorvia", kind="state", mention="Lorvia's")
    r1.actor("m1", "Lorvian Ministry of Harbours", kind="organization", affiliation="lorvia")
    r1.actor("m2", "Lorvia's harbours ministry", kind="organization", affiliation="lorvia")
    r2 = Report("r2", "Lorvia's Harbours Ministry confirmed the sailing.", source="B")
    r2.actor("lorvia", "Lorvia", kind="state", mention="Lorvia's")
    r2.actor("m", "Lorvia's Harbours Ministry", kind="organization", affiliation="lorvia")
    res = resolve_dossiers([r1.d, r2.d])
    assert entity_of(res, "r1", "m1") == entity_of(res, "r1", "m2") == entity_of(res, "r2", "m")
    forced = [j for j in res.judgements if j.decision == "forced"]
    assert forced and "one body two ways" in forced[0].reasons[0]


def test_two_bodies_of_one_state_or_of_two_states_stay_apart():
    r = Report("r1", "Lorvia's Ministry of Harbours and Lorvia's Ministry of Roads met Velmar's Ministry of "
               "Harbours.")
    r.actor("lorvia", "Lorvia", kind="state", mention="Lorvia's")
    r.actor("velmar", "Velmar", kind="state", mention="Velmar's")
    r.actor("h", "Lorvia's Ministry of Harbours", kind="organization", affiliation="lorvia")
    r.actor("rd", "Lorvia's Ministry of Roads", kind="organization", affiliation="lorvia")
    r.actor("vh", "Velmar's Ministry of Harbours", kind="organization", affiliation="velmar")
    res = resolve_dossiers([r.d])
    assert len({entity_of(res, "r1", a) for a in ("h", "rd", "vh")}) == 3


def test_a_ministry_of_a_state_acts_for_it_in_either_word_order():
    r1 = Report("r1", "Sannmark mediated for Lorvia.", source="A")
    r1.actor("sannmark", "Sannmark", kind="state")
    r1.actor("lorvia", "Lorvia", kind="state")
    r1.act("i1", "mediate", "sannmark", "lorvia", "Sannmark mediated for Lorvia")
    r2 = Report("r2", "Sannmark mediated for the Ministry of Harbours of Lorvia.", source="B")
    r2.actor("sannmark", "Sannmark", kind="state")
    r2.actor("lorvia", "Lorvia", kind="state", mention="Lorvia")
    r2.actor("m", "Ministry of Harbours of Lorvia", kind="organization", affiliation="lorvia")
    r2.act("i1", "mediate", "sannmark", "m", "Sannmark mediated for the Ministry")
    r3 = Report("r3", "Sannmark mediated for the Ministry of Harbours of Lorvia again.", source="C")
    r3.actor("sannmark", "Sannmark", kind="state")
    r3.actor("lorvia", "Lorvia", kind="state", mention="Lorvia")
    r3.actor("m", "Ministry of Harbours of Lorvia", kind="organization", affiliation="lorvia")
    r3.act("i1", "mediate", "sannmark", "m", "Sannmark mediated for the Ministry")
    (event,) = multi(resolve_dossiers([r1.d, r2.d, r3.d]))
    assert event["reports"] == ["r1", "r2", "r3"]  # one act: the ministry stands for its state in the slots


def test_soldiers_servicemen_and_troops_of_one_side_are_one_group_but_not_of_two_sides():
    texts = {"r1": "Velmar freed 40 Lorvian soldiers.", "r2": "Velmar freed 40 Lorvian servicemen.",
             "r3": "Velmar freed 40 Lorvian troops.", "r4": "Lorvia freed 40 Velmari troops."}
    reports = []
    for doc, text in texts.items():
        r = Report(doc, text, source=doc)
        side = "lorvia" if doc != "r4" else "velmar"
        r.actor(side, side.capitalize(), kind="state", mention=side.capitalize())
        name = text.split("40 ")[1].rstrip(".")
        r.actor("g", name, kind="group", named=False, affiliation=side)
        reports.append(r.d)
    res = resolve_dossiers(reports)
    assert entity_of(res, "r1", "g") == entity_of(res, "r2", "g") == entity_of(res, "r3", "g")
    assert entity_of(res, "r4", "g") != entity_of(res, "r1", "g")


def test_talks_with_an_unnamed_partner_told_twice_are_one_act_and_named_partners_stay_apart():
    reports = []
    for k, partner in enumerate(["senior officials", "senior officials", "Ilse Marrow", "Dario Mensk"], 1):
        r = Report(f"r{k}", f"Envoy Tomas Ferro held talks with {partner} over two days.", source=f"O{k}")
        r.actor("ferro", "Tomas Ferro")
        r.actor("p", partner, kind="group" if partner.islower() else "person", named=not partner.islower())
        r.act("i1", "negotiate", "ferro", "p", "held talks")
        reports.append(r.d)
    events = multi(resolve_dossiers(reports))
    assert [e["reports"] for e in events] == [["r1", "r2"]]


def test_the_party_an_undirected_act_names_first_is_one_vote_per_report():
    # r1 puts Velmar first three times; r2 and r3 put Lorvia first once each: Lorvia leads the event
    reports = []
    for doc, first, times in (("r1", "Velmar", 3), ("r2", "Lorvia", 1), ("r3", "Lorvia", 1)):
        second = "Lorvia" if first == "Velmar" else "Velmar"
        text = " ".join(f"{first} and {second} agreed, round {k}." for k in range(times))
        r = Report(doc, text, published="2031-01-01", source=doc)
        r.actor(first.lower(), first, kind="state")
        r.actor(second.lower(), second, kind="state")
        for k in range(times):
            r.act(f"i{k}", "agree", first.lower(), second.lower(), f"agreed, round {k}")
        reports.append(r.d)
    (event,) = multi(resolve_dossiers(reports))
    assert event["source"] == "lorvia" and event["target"] == "velmar"


def test_a_bare_description_joins_no_side_when_two_sides_share_its_head():
    texts = {"r1": "The soldiers were flown home.", "r2": "Lorvian soldiers were freed.",
             "r3": "Velmari soldiers were freed."}
    reports = []
    for doc, text in texts.items():
        r = Report(doc, text, source=doc)
        name = text.split(" were")[0].removeprefix("The ")
        side = {"r2": "lorvia", "r3": "velmar"}.get(doc)
        if side:
            r.actor(side, side.capitalize(), kind="state", mention=name.split()[0])
        r.actor("g", name, kind="group", named=False, affiliation=side)
        reports.append(r.d)
    res = resolve_dossiers(reports)
    assert entity_of(res, "r1", "g") not in {entity_of(res, "r2", "g"), entity_of(res, "r3", "g")}
    # with one side only, the bare description may join it (the description is all there is)
    res = resolve_dossiers(reports[:2])
    assert entity_of(res, "r1", "g") == entity_of(res, "r2", "g")


def test_one_description_in_one_role_of_one_act_is_one_group():
    def report(doc: str, text: str, act: bool) -> Report:
        r = Report(doc, text, source=doc)
        r.actor("ferro", "Tomas Ferro", mention="Tomas Ferro")
        r.actor("g", "senior officials", kind="group", named=False)
        if act:
            r.act("i1", "negotiate", "ferro", "g", "held talks")
        return r
    r1 = report("r1", "Tomas Ferro held talks with senior officials of both sides.", True)
    r2 = report("r2", "Envoy Tomas Ferro held talks with senior officials for two days.", True)
    r3 = report("r3", "Tomas Ferro said senior officials were tired.", False)
    res = resolve_dossiers([r1.d, r2.d, r3.d])
    assert entity_of(res, "r1", "g") == entity_of(res, "r2", "g") != entity_of(res, "r3", "g")
    # (joined by the group's part in the act: its role, or earlier as a silent group of the acts)
    assert any("same description 'senior officials'" in " ".join(j.reasons) or "silent_group" in " ".join(j.reasons)
               for j in res.judgements)


def test_one_report_naming_one_group_under_two_synonymous_heads_is_one_group():
    r1 = Report("r1", "Velmar returned 40 Lorvian soldiers. The Lorvian troops crossed at dawn.", source="A")
    r1.actor("lorvia", "Lorvia", kind="state", mention="Lorvian")
    r1.actor("g1", "Lorvian soldiers", kind="group", named=False, affiliation="lorvia")
    r1.actor("g2", "Lorvian troops", kind="group", named=False, affiliation="lorvia", mention="Lorvian troops")
    r1.actor("g3", "Lorvian farmers", kind="group", named=False, affiliation="lorvia", mention="Lorvian")
    r2 = Report("r2", "Forty Lorvian servicemen came home.", source="B")
    r2.actor("lorvia", "Lorvia", kind="state", mention="Lorvian")
    r2.actor("g", "Lorvian servicemen", kind="group", named=False, affiliation="lorvia")
    res = resolve_dossiers([r1.d, r2.d])
    assert entity_of(res, "r1", "g1") == entity_of(res, "r1", "g2") == entity_of(res, "r2", "g")
    assert entity_of(res, "r1", "g3") != entity_of(res, "r1", "g1")  # another head: another group


def test_a_side_named_by_its_capital_or_its_demonym_is_one_description():
    r1 = Report("r1", "Ostrava's soldiers were freed.", source="A")
    r1.actor("ostrava", "Ostrava", kind="state", mention="Ostrava")
    r1.actor("g", "Ostrava's soldiers", kind="group", named=False, affiliation="ostrava")
    r2 = Report("r2", "Ostravan soldiers were freed.", source="B")
    r2.actor("ostrava", "Ostrava", kind="state", mention="Ostravan")
    r2.actor("g", "Ostravan soldiers", kind="group", named=False, affiliation="ostrava")
    r3 = Report("r3", "Ostravan farmers were freed.", source="C")
    r3.actor("ostrava", "Ostrava", kind="state", mention="Ostravan")
    r3.actor("g", "Ostravan farmers", kind="group", named=False, affiliation="ostrava")
    res = resolve_dossiers([r1.d, r2.d, r3.d])
    assert entity_of(res, "r1", "g") == entity_of(res, "r2", "g") != entity_of(res, "r3", "g")
