"""One party under several descriptions across reports (invented reports; rule ids in the test names)."""

from __future__ import annotations

from across_helpers import Report, same, side_report
from backchannel.resolve.across import resolve_dossiers


def test_across_entities_side_group_joins_a_sides_officials_across_outlets():
    # a group that says which of the side's agents it is, or one body, joins by its description
    # ("Lorvian officials" alone is a source: across.entities.side_source, tests/test_across_side_source.py)
    r1 = side_report("r1", "Lorvia sent envoys. Lorvian security officials met the mediator in Kessel.",
                     "Lorvian security officials", "Outlet A")
    r2 = side_report("r2", "In Lorvia, senior Lorvian security officials said the truce would hold.",
                     "senior Lorvian security officials", "Outlet B")
    r3 = side_report("r3", "Lorvia named a team; the Lorvian delegation arrived late.",
                     "Lorvian delegation", "Outlet C")
    r4 = side_report("r4", "Lorvia waited while the Lorvian delegation flew home.", "Lorvian delegation",
                     "Outlet D")
    res = resolve_dossiers([r1.d, r2.d, r3.d, r4.d])
    assert same(res, ("r1", "grp"), ("r2", "grp")) and same(res, ("r3", "grp"), ("r4", "grp"))
    merged = [j for j in res.judgements if j.decision == "merged" and "grp" in (j.a[1], j.b[1])]
    assert merged and all(any("side_group" in why for why in j.reasons) for j in merged)


def test_across_entities_side_group_leaves_sources_and_sideless_groups_apart():
    r1 = side_report("r1", "Lorvia waited. Lorvian sources said the convoy left.", "Lorvian sources", "Outlet A")
    r2 = side_report("r2", "Lorvia waited. Lorvian sources said the convoy stayed.", "Lorvian sources", "Outlet B")
    res = resolve_dossiers([r1.d, r2.d])
    assert not same(res, ("r1", "grp"), ("r2", "grp"))  # anonymous sources still need evidence
    r3 = Report("r3", "Officials said the talks went well.", source="Outlet A")
    r3.actor("off", "officials", kind="group", named=False, mention="Officials")
    r4 = Report("r4", "Officials said the talks failed.", source="Outlet B")
    r4.actor("off", "officials", kind="group", named=False, mention="Officials")
    assert not same(resolve_dossiers([r3.d, r4.d]), ("r3", "off"), ("r4", "off"))  # no side named: whose?
    r5 = Report("r5", "A Lorvian official said talks went well.", source="Outlet A")
    r5.actor("off", "Lorvian official", named=False, affiliation="lorvia")
    r5.actor("lorvia", "Lorvia", kind="state", mention="Lorvia")
    r6 = Report("r6", "A Lorvian official said the talks failed.", source="Outlet B")
    r6.actor("off", "Lorvian official", named=False, affiliation="lorvia")
    r6.actor("lorvia", "Lorvia", kind="state", mention="Lorvia")
    assert not same(resolve_dossiers([r5.d, r6.d]), ("r5", "off"), ("r6", "off"))  # one person, a source


def test_across_entities_leading_demonym_is_no_given_name():
    r1 = Report("r1", "The Omani Emir Kasim bin Tarek Al Varo called the mediator.")
    r1.actor("emir", "Omani Emir Kasim bin Tarek Al Varo")
    r2 = Report("r2", "Kasim bin Tarek Al Varo thanked the envoys.")
    r2.actor("kasim", "Kasim bin Tarek Al Varo")
    r3 = Report("r3", "Nadir bin Tarek Al Varo, his cousin, stayed home.")
    r3.actor("nadir", "Nadir bin Tarek Al Varo")
    res = resolve_dossiers([r1.d, r2.d, r3.d])
    assert same(res, ("r1", "emir"), ("r2", "kasim"))
    assert not same(res, ("r1", "emir"), ("r3", "nadir"))


def office_report(doc: str, text: str, aid: str, name: str, named: bool, descriptors: list[str] | None = None,
                  outlet: str = "Outlet A") -> Report:
    r = Report(doc, text, source=outlet)
    r.actor("qatar", "Qatar", kind="state", mention="Qatar")
    r.actor(aid, name, named=named, affiliation="qatar", descriptors=descriptors or [],
            mention=None if named else name)
    return r


def test_across_entities_office_holder_joins_a_title_to_its_one_named_holder():
    r1 = office_report("r1", "Qatar's emir, Kasim bin Tarek Al Varo, called the envoy.", "kasim",
                       "Kasim bin Tarek Al Varo", True, ["emir"])
    r2 = office_report("r2", "In Qatar, the emir of Qatar thanked the envoys.", "emir", "emir of Qatar", False,
                       outlet="Outlet B")
    r3 = office_report("r3", "Qatar said the Qatari prime minister would travel.", "pm", "Qatari prime minister",
                       False, outlet="Outlet C")
    res = resolve_dossiers([r1.d, r2.d, r3.d])
    assert same(res, ("r1", "kasim"), ("r2", "emir"))
    assert not same(res, ("r1", "kasim"), ("r3", "pm"))  # another office
    j = next(j for j in res.judgements if j.decision == "merged" and "emir" in (j.a[1], j.b[1]))
    assert any("office_holder" in why for why in j.reasons)


def test_across_entities_office_holder_needs_one_holder():
    r1 = office_report("r1", "Qatar's emir, Kasim bin Tarek Al Varo, called the envoy.", "kasim",
                       "Kasim bin Tarek Al Varo", True, ["emir"])
    r2 = office_report("r2", "Qatar's emir, Nadir Al Sumi, met the envoy.", "nadir", "Nadir Al Sumi", True, ["emir"],
                       outlet="Outlet B")
    r3 = office_report("r3", "In Qatar, the emir of Qatar thanked the envoys.", "emir", "emir of Qatar", False,
                       outlet="Outlet C")
    res = resolve_dossiers([r1.d, r2.d, r3.d])
    assert not same(res, ("r1", "kasim"), ("r3", "emir")) and not same(res, ("r2", "nadir"), ("r3", "emir"))


def test_across_entities_given_short_form():
    r1 = Report("r1", "Envoy Steve Marlowe flew to Kessel.")
    r1.actor("sm", "Steve Marlowe", mention="Steve Marlowe")
    r2 = Report("r2", "Steven Marlowe met the delegation.")
    r2.actor("sm", "Steven Marlowe")
    r3 = Report("r3", "Mark Tobin and Miles Tobin, brothers, were not there.")
    r3.actor("mark", "Mark Tobin")
    r4 = Report("r4", "Miles Tobin stayed home.")
    r4.actor("miles", "Miles Tobin")
    res = resolve_dossiers([r1.d, r2.d, r3.d, r4.d])
    assert same(res, ("r1", "sm"), ("r2", "sm"))
    assert not same(res, ("r3", "mark"), ("r4", "miles"))
    j = next(j for j in res.judgements if j.decision == "merged" and j.a[1] == "sm")
    assert any("given_short_form" in why for why in j.reasons)
