"""Direct against mediated tellings, clock times across time zones, call times (every text here is invented).

Rules: ``across.links.brokered`` (brokered.py), ``across.links.clock_zones`` and
``across.links.call_time`` (clocks.py), data/across_channels.toml.
"""

from __future__ import annotations

from across_helpers import Report
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.brokered import told_in
from backchannel.resolve.across.calls import call_links, call_passages
from backchannel.resolve.across.clocks import dateline_zone, same_instant
from backchannel.resolve.across.names import norm
from backchannel.resolve.across.passages import start_passages, time_links


def two_states(r: Report, a: str = "Lorvia", b: str = "Ostrava") -> None:
    r.actor(a.lower(), a, kind="state", mention=a)
    r.actor(b.lower(), b, kind="state", mention=b)


def agreement_report(doc: str, text: str, phrase: str, published: str = "2031-03-02") -> Report:
    """A report whose agreement act between Lorvia and Ostrava is grounded in ``phrase``."""
    r = Report(doc, text, published=published, source=f"Outlet {doc}")
    two_states(r)
    r.act("i1", "agree", "lorvia", "ostrava", phrase)
    return r


def brokered(res, kind: str) -> list[dict]:
    return [lk for lk in res.links if lk["kind"] == kind and "across.links.brokered" in lk["note"]]


def test_a_direct_telling_contradicts_each_mediated_one_of_other_reports():
    direct = agreement_report("r1", "Lorvia and Ostrava agreed to a truce after the two capitals negotiated "
                              "directly, officials said.", "Lorvia and Ostrava agreed to a truce")
    bilateral = agreement_report("r2", "Ostrava said the truce with Lorvia was settled bilaterally last night.",
                                 "the truce with Lorvia was settled")
    brokered_by = agreement_report("r3", "Lorvia and Ostrava agreed to a truce in talks mediated by Sannmark, "
                                   "its envoy said.", "Lorvia and Ostrava agreed to a truce")
    credited = agreement_report("r4", "Lorvia and Ostrava agreed to a truce. Sannmark-brokered discussions "
                                "ran for a week.", "Lorvia and Ostrava agreed to a truce")
    res = resolve_dossiers([direct.d, bilateral.d, brokered_by.d, credited.d])
    pairs = {tuple(sorted((lk["a"]["doc"], lk["b"]["doc"]))) for lk in brokered(res, "contradicts")}
    assert pairs == {("r1", "r3"), ("r1", "r4"), ("r2", "r3"), ("r2", "r4")}
    assert all(lk["on"] == "actor" for lk in brokered(res, "contradicts"))
    (same,) = brokered(res, "corroborates")  # the two direct tellings agree
    assert {same["a"]["doc"], same["b"]["doc"]} == {"r1", "r2"}


def test_a_direct_call_is_direct_even_when_it_brokered_the_deal():
    (t,) = told_in("r1", "A direct army call, not a team of envoys, brokered the pause, and both sides agreed.",
                   [], [])
    assert t.mediated is False
    (m,) = told_in("r2", "The pause was brokered by envoys of Sannmark, and both sides agreed.", [], [])
    assert m.mediated is True


def test_no_dispute_without_an_agreement_shared_or_named():
    # "direct pressure" and discussions held directly name no agreement's channel
    assert told_in("r1", "Sannmark put direct pressure on Ostrava to accept the deal.", [], []) == []
    assert told_in("r2", "Envoys held discussions directly with the Front on Friday.", [], []) == []
    # a denied mediation is not a mediated telling
    assert told_in("r3", "Sannmark did not mediate the agreement, its ministry said.", [], []) == []
    # reports that share no agreement event are not linked
    one = agreement_report("r1", "Lorvia and Ostrava agreed to a truce, negotiated directly.",
                           "Lorvia and Ostrava agreed to a truce")
    other = Report("r2", "Velmar and the Coast League agreed to a ferry deal mediated by Sannmark.")
    other.actor("velmar", "Velmar", kind="state")
    other.actor("league", "Coast League", kind="organization")
    other.act("i1", "agree", "velmar", "league", "Velmar and the Coast League agreed to a ferry deal")
    res = resolve_dossiers([one.d, other.d])
    assert brokered(res, "contradicts") == []


def test_a_link_end_is_the_clause_when_no_act_or_claim_holds_the_cue():
    text = "He thanked the states that had a role in brokering the truce, above all Sannmark."
    (t,) = told_in("r1", text, [], [])
    assert text[t.end["start"]:t.end["end"]] == "He thanked the states that had a role in brokering the truce"
    (c,) = told_in("r1", text, [("c1", 0, 62)], [])
    assert c.end == {"doc": "r1", "claim": "c1"}
    (i,) = told_in("r1", text, [("c1", 0, 62)], [("i9", "mediate", 0, len(text))])
    assert i.end == {"doc": "r1", "interaction": "i9"}


def test_zones_stated_or_from_the_dateline():
    (zoned,) = start_passages("r1", "The two armies agreed to halt all fire from 17:00 IST on Sunday.")
    assert zoned.clock == 17 * 60 and zoned.zone == 330 and zoned.zoned
    (local,) = start_passages("r2", "Islamabad: the ceasefire starts at 4:30pm today.", dateline_zone(
        "Islamabad: the ceasefire starts at 4:30pm today."))
    assert local.clock == 16 * 60 + 30 and local.zone == 300 and not local.zoned
    (hours,) = start_passages("r3", "The truce will come into effect from 1700 hours, the council said.")
    assert hours.clock == 17 * 60 and hours.zone is None
    assert dateline_zone("KYIV (Wire) - The swap ended.") == 120
    assert dateline_zone("The talks in Kyiv ended.") is None


def test_one_instant_in_two_clocks_corroborates_and_other_instants_contradict():
    assert same_instant((17 * 60, 330), (16 * 60 + 30, 300), set())
    assert not same_instant((17 * 60, 330), (17 * 60, 300), set())  # same clock, zones half an hour apart
    assert same_instant((17 * 60, None), (16 * 60 + 30, 300), {330, 300})  # an unzoned 17:00 may be IST
    assert not same_instant((18 * 60, None), (16 * 60 + 30, 300), {330, 300})
    assert not same_instant((17 * 60, None), (16 * 60 + 30, None), {330, 300})  # no zone at all: as written
    a, = start_passages("r1", "The truce will take effect at 17:00 IST, the council said.")
    b, = start_passages("r2", "Islamabad: the truce took effect at 4:30 pm.", 300)
    c, = start_passages("r3", "The truce took effect at 18:15, a mayor said.")
    got = time_links([a, b, c], {"r1": "1", "r2": "2", "r3": "3"})
    kinds = {(x.doc, y.doc): k for k, x, y in got}
    assert kinds[("r1", "r2")] == "corroborates"
    assert kinds[("r1", "r3")] == "contradicts" and kinds[("r2", "r3")] == "contradicts"


def test_call_times_of_two_reports_contradict_when_the_instants_differ():
    texts = {"r1": "The envoy of Lorvia called his counterpart at 15.30 hours this afternoon.",
             "r2": "Lorvia's envoy called up the other side at 15:35, a spokesman said.",
             "r3": "The deal was set off by a call from the Lorvia envoy at 15:35 CET."}
    reports = []
    for doc, text in texts.items():
        r = Report(doc, text, published="2031-04-01", source=f"Outlet {doc}")
        r.actor("envoy", "envoy", named=False, mention="envoy")
        r.actor("lorvia", "Lorvia", kind="state", mention="Lorvia")
        reports.append(r.d)
    res = resolve_dossiers(reports)
    calls = [lk for lk in res.links if "across.links.call_time" in lk["note"]]
    got = {(lk["kind"], *sorted((lk["a"]["doc"], lk["b"]["doc"]))) for lk in calls}
    assert got == {("contradicts", "r1", "r2"), ("contradicts", "r1", "r3"), ("corroborates", "r2", "r3")}
    assert all(lk["on"] == "time" for lk in calls)
    # calls naming no common state are not compared; a call with no clock is not read
    mayor = call_passages("r4", "She called the mayor at 9:00 to complain.", None)
    judge = call_passages("r5", "He called the judge at 11:00 from Velmar.", None)
    assert len(mayor) == 1 and call_links(mayor + judge, {}, frozenset({"velmar"})) == []
    assert call_passages("r6", "Lorvia called for calm on Monday.", None) == []


def test_a_capital_initial_is_part_of_a_name():
    assert norm("S Varnakar") == "s varnakar"
    assert norm("A Lorvian official") == "lorvian official"  # "A" is an article
    assert norm("the Front") == "front"


def test_a_third_party_claiming_credit_is_a_mediated_telling():
    text = "Premier Ilse Marrow, in a speech, claimed credit for sealing the truce."
    (t,) = told_in("r1", text, [("c1", text.index("credit"), len(text) - 1)], [])
    assert t.mediated and t.end == {"doc": "r1", "claim": "c1"}  # the claim the cue overlaps


def test_an_agreement_act_with_a_go_between_is_a_mediated_telling_when_the_words_give_none():
    direct = agreement_report("r1", "Lorvia and Ostrava agreed to a truce, settled bilaterally.",
                              "Lorvia and Ostrava agreed to a truce")
    via = agreement_report("r2", "Lorvia and Ostrava agreed to a truce through Sannmark's good offices.",
                           "Lorvia and Ostrava agreed to a truce")
    via.actor("sannmark", "Sannmark", kind="state", mention="Sannmark")
    via.act("i2", "negotiate", "lorvia", "ostrava", "agreed to a truce through Sannmark", via=["sannmark"])
    res = resolve_dossiers([direct.d, via.d])
    (lk,) = brokered(res, "contradicts")
    assert {"doc": "r2", "interaction": "i2"} in (lk["a"], lk["b"])


def test_directly_counts_only_on_an_act_or_talk_word():
    # "directly" bears on "contradicting": a denial, not a telling of who brought the agreement about
    assert told_in("r1", "Ostrava's minister denied any truce agreement with Lorvia, directly contradicting "
                   "earlier claims by Sannmark.", [], []) == []
    assert told_in("r2", "Lorvia said the truce agreement directly contradicts its own law.", [], []) == []
    (t,) = told_in("r3", "The truce agreement was negotiated directly by the two cabinets.", [], [])
    assert t.mediated is False
    (b,) = told_in("r4", "Both sides agreed to the truce in bilateral talks, officials said.", [], [])
    assert b.mediated is False
