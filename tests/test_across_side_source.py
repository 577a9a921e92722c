"""A side's officials named by their side alone join across reports only on evidence (rule
``across.entities.side_source``; invented reports, invented names).

Why: "Lorvian officials" are whichever of Lorvia's officials a report heard or met; two reports' groups
are the same people when they said the same thing, sit in one copied passage, or one outlet follows
its own story up, not because both are Lorvia's.
"""

from __future__ import annotations

from across_helpers import Report, same, side_report
from backchannel.resolve.across import resolve_dossiers


def test_side_source_different_statements_stay_apart():
    r1 = side_report("r1", "Lorvia sent envoys. Lorvian officials said the convoy would leave on Tuesday.",
                     "Lorvian officials", "Outlet A", said="the convoy would leave on Tuesday")
    r2 = side_report("r2", "According to Lorvian officials, two of the freed sailors chose to stay in Kessel. "
                     "Lorvia declined to comment.", "Lorvian officials", "Outlet B",
                     said="two of the freed sailors chose to stay in Kessel")
    r3 = side_report("r3", "The plane was met on the runway by Lorvian officials. Lorvia paid for the flight.",
                     "Lorvian officials", "Outlet C")
    res = resolve_dossiers([r1.d, r2.d, r3.d])
    assert not same(res, ("r1", "grp"), ("r2", "grp"))
    assert not same(res, ("r1", "grp"), ("r3", "grp")) and not same(res, ("r2", "grp"), ("r3", "grp"))


def test_side_source_rank_or_other_name_of_the_side_is_no_evidence():
    r1 = side_report("r1", "Norland agreed. Norlander officials were told the funds had moved.", "Norlander officials",
                     "Outlet A", side="Norland", sid="norland")
    r2 = side_report("r2", "Norland waited. Senior Norlander officials told reporters the flight was delayed.",
                     "senior Norlander officials", "Outlet B", mention="Norlander officials", side="Norland",
                     sid="norland", said="the flight was delayed")
    r3 = side_report("r3", "Norland's envoys and Norlander officials greeted the travellers at dusk.",
                     "Norland officials", "Outlet C", mention="Norlander officials", side="Norland", sid="norland")
    res = resolve_dossiers([r1.d, r2.d, r3.d])
    assert not same(res, ("r1", "grp"), ("r2", "grp"))
    assert not same(res, ("r1", "grp"), ("r3", "grp")) and not same(res, ("r2", "grp"), ("r3", "grp"))


def test_side_source_the_same_statement_joins():
    said = "the prisoners would be flown to Kessel before the weekend"
    r1 = side_report("r1", f"Lorvia agreed. Lorvian officials said {said}.", "Lorvian officials", "Outlet A",
                     said=said)
    r2 = side_report("r2", f"As Lorvia confirmed, {said}, according to Lorvian officials.", "Lorvian officials",
                     "Outlet B", said=said)
    res = resolve_dossiers([r1.d, r2.d])
    assert same(res, ("r1", "grp"), ("r2", "grp"))
    merged = [j for j in res.judgements if j.decision == "merged" and "grp" in (j.a[1], j.b[1])]
    assert any("the same statement" in why for j in merged for why in j.reasons)


def test_side_source_one_copied_passage_joins():
    run = "the transfer was confirmed to Lorvian officials by the bank in Kessel on Monday"
    r1 = side_report("r1", f"Lorvia was calm. Sources said {run}.", "Lorvian officials", "Outlet A")
    r2 = side_report("r2", f"In Lorvia, a statement said {run}, hours later.", "Lorvian officials", "Outlet B")
    res = resolve_dossiers([r1.d, r2.d])
    assert same(res, ("r1", "grp"), ("r2", "grp"))


def test_side_source_same_outlet_follow_up_joins():
    r1 = side_report("r1", "Lorvia sent envoys. Lorvian officials said the convoy would leave on Tuesday.",
                     "Lorvian officials", "Outlet A", said="the convoy would leave on Tuesday")
    r2 = side_report("r2", "A day later Lorvian officials said the road was closed. Lorvia blamed the rain.",
                     "Lorvian officials", "Outlet A", said="the road was closed")
    res = resolve_dossiers([r1.d, r2.d])
    assert same(res, ("r1", "grp"), ("r2", "grp"))
    merged = [j for j in res.judgements if j.decision == "merged" and "grp" in (j.a[1], j.b[1])]
    assert any("same outlet" in why for j in merged for why in j.reasons)


def test_side_source_near_misses_still_join_by_description():
    # a word that says which officials, or a head that is one body: still the side's group (side_group)
    r1 = side_report("r1", "Lorvia agreed. Lorvian border officials opened the crossing at noon.",
                     "Lorvian border officials", "Outlet A")
    r2 = side_report("r2", "Lorvia said Lorvian border officials had checked every truck.",
                     "Lorvian border officials", "Outlet B")
    r3 = side_report("r3", "Lorvia sent the Lorvian negotiating delegation to Kessel.",
                     "Lorvian negotiating delegation", "Outlet C")
    r4 = side_report("r4", "Lorvia recalled the Lorvian negotiating delegation on Friday.",
                     "Lorvian negotiating delegation", "Outlet D")
    res = resolve_dossiers([r1.d, r2.d, r3.d, r4.d])
    assert same(res, ("r1", "grp"), ("r2", "grp")) and same(res, ("r3", "grp"), ("r4", "grp"))
    assert not same(res, ("r1", "grp"), ("r3", "grp"))


def test_side_source_representatives_apart_negotiators_together():
    r1 = side_report("r1", "Lorvia agreed. Lorvian representatives said the vote was postponed.",
                     "Lorvian representatives", "Outlet A", said="the vote was postponed")
    r2 = side_report("r2", "Lorvia objected. Lorvian representatives walked out of the hall at noon.",
                     "Lorvian representatives", "Outlet B")
    r3 = side_report("r3", "Lorvia agreed after Lorvian negotiators met the mediator in Kessel.",
                     "Lorvian negotiators", "Outlet C")
    r4 = side_report("r4", "Lorvia said Lorvian negotiators had signed the exchange.", "Lorvian negotiators",
                     "Outlet D")
    res = resolve_dossiers([r1.d, r2.d, r3.d, r4.d])
    assert not same(res, ("r1", "grp"), ("r2", "grp"))  # a side's representatives: sources, no evidence
    assert same(res, ("r3", "grp"), ("r4", "grp"))  # the side's part in the one negotiation


def test_side_source_group_is_not_a_one_holder_role():
    r1 = Report("r1", "Tavo Renn, who spoke for the Lorvian officials, met the mediator in Lorvia.", source="Outlet A")
    r1.actor("lorvia", "Lorvia", kind="state", mention="Lorvia")
    r1.actor("renn", "Tavo Renn", affiliation="lorvia", descriptors=["spokesman for the Lorvian officials"])
    r2 = side_report("r2", "Lorvia waited. Lorvian officials said the convoy was late.", "Lorvian officials",
                     "Outlet B", said="the convoy was late")
    r3 = side_report("r3", "Lorvia agreed after Lorvian officials met the envoy.", "Lorvian officials", "Outlet C")
    res = resolve_dossiers([r1.d, r2.d, r3.d])
    assert not same(res, ("r1", "renn"), ("r2", "grp")) and not same(res, ("r1", "renn"), ("r3", "grp"))
