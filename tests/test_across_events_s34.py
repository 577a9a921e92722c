"""Events across reports that reach more reports (session 34; every text here is invented).

- ``across.events.same_sentence``: one sentence copied word for word by two reports, about one target, is one act
  whatever holder each report filled in; not a short sentence any report could write, nor two targets;
- ``across.events.identified_target``: an unnamed party two reports tell of (joined with evidence) keeps two acts
  apart as a name does ("a Vesterland trader" freed is not "a Norland sailor" freed); an unnamed party of one
  report keeps nothing apart;
- ``across.entities.same_passage_opening``: a description that opens a sentence joins another report's when the
  six words after it are the same.
"""

from __future__ import annotations

from across_helpers import Report, entity_of
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.copied import MIN_WORDS

COPY = "A Vesterland trader and a Norland sailor were later freed."


def copied_reports(first_a: str = "Lorvia held the crew for a winter. ",
                   first_b: str = "Talks with Tessel dragged on for a year. ") -> tuple[Report, Report]:
    """Two reports carrying one wire sentence; each fills in another holder from its own first sentence."""
    a = Report("a", first_a + COPY, "2026-03-02")
    a.actor("lorvia", "Lorvia", kind="state")
    a.actor("trader", "Vesterland trader", named=False)
    a.actor("sailor", "Norland sailor", named=False)
    a.act("i1", "release", "lorvia", "trader", COPY)
    a.act("i2", "release", "lorvia", "sailor", COPY)
    b = Report("b", first_b + COPY, "2026-03-03")
    b.actor("tessel", "Tessel", kind="state")
    b.actor("trader", "Vesterland trader", named=False)
    b.actor("sailor", "Norland sailor", named=False)
    b.act("i1", "release", "tessel", "trader", COPY)
    b.act("i2", "release", "tessel", "sailor", COPY)
    for r in (a, b):
        for it in r.d.interactions:
            it.inferred = ["source"]  # the sentence names no holder: each report filled one in
    return a, b


def event_of(res, doc: str, iid: str) -> dict:
    return next(e for e in res.events if {"doc": doc, "interaction": iid} in e["members"])


def test_a_copied_sentence_is_one_act_whatever_holder_each_report_filled_in():
    a, b = copied_reports()
    res = resolve_dossiers([a.d, b.d])
    trader, sailor = event_of(res, "a", "i1"), event_of(res, "a", "i2")
    assert event_of(res, "b", "i1") is trader and event_of(res, "b", "i2") is sailor
    assert trader["reports"] == ["a", "b"]
    assert any("across.events.same_sentence" in j["reasons"] for j in trader.get("joined", []))
    # identified targets: the trader's release is not the sailor's, though report a tells both with one holder
    assert trader is not sailor


def test_the_copied_passage_joins_the_unnamed_parties_it_opens():
    a, b = copied_reports()
    res = resolve_dossiers([a.d, b.d])
    assert entity_of(res, "a", "trader") == entity_of(res, "b", "trader")  # opens the sentence: (1, 6)
    assert entity_of(res, "a", "sailor") == entity_of(res, "b", "sailor")
    assert entity_of(res, "a", "trader") != entity_of(res, "a", "sailor")


def test_an_opening_description_with_other_words_after_it_stays_apart():
    a = Report("a", "Nobody knew. A Vesterland trader was freed in the spring at Varn.")
    a.actor("trader", "Vesterland trader", named=False)
    b = Report("b", "Nobody knew. A Vesterland trader was seized in the autumn at Oster.")
    b.actor("trader", "Vesterland trader", named=False)
    res = resolve_dossiers([a.d, b.d])
    assert entity_of(res, "a", "trader") != entity_of(res, "b", "trader")


def test_a_short_sentence_joins_nothing():
    text = "Ola Brandt was freed."
    assert len(text.split()) < MIN_WORDS
    a = Report("a", "Lorvia held him. " + text)
    a.actor("lorvia", "Lorvia", kind="state")
    a.actor("brandt", "Ola Brandt")
    a.act("i1", "release", "lorvia", "brandt", text)
    b = Report("b", "Tessel held him. " + text)
    b.actor("tessel", "Tessel", kind="state")
    b.actor("brandt", "Ola Brandt")
    b.act("i1", "release", "tessel", "brandt", text)
    res = resolve_dossiers([a.d, b.d])
    assert event_of(res, "a", "i1") is not event_of(res, "b", "i1")  # two named holders, no copied sentence


def test_one_sentence_about_two_targets_is_two_acts():
    text = "The two men held in the port were later freed by their captors."
    a = Report("a", "Lorvia held them. " + text)
    a.actor("lorvia", "Lorvia", kind="state")
    a.actor("brandt", "Ola Brandt", mention="Lorvia")
    a.act("i1", "release", "lorvia", "brandt", text)
    b = Report("b", "Tessel held them. " + text)
    b.actor("tessel", "Tessel", kind="state")
    b.actor("varo", "Ivo Varo", mention="Tessel")
    b.act("i1", "release", "tessel", "varo", text)
    res = resolve_dossiers([a.d, b.d])
    assert event_of(res, "a", "i1") is not event_of(res, "b", "i1")


def test_an_unnamed_target_of_one_report_keeps_no_acts_apart():
    text = "Lorvia freed a Norland sailor and then the rest of the crew on Monday."
    a = Report("a", text)
    a.actor("lorvia", "Lorvia", kind="state")
    a.actor("sailor", "Norland sailor", named=False)
    a.actor("crew", "rest of the crew", kind="group", named=False)
    a.act("i1", "release", "lorvia", "sailor", text)
    a.act("i2", "release", "lorvia", "crew", text)
    b = Report("b", "Lorvia released the crew of the trawler.")
    b.actor("lorvia", "Lorvia", kind="state")
    b.actor("crew", "crew of the trawler", kind="group", named=False)
    b.act("i1", "release", "lorvia", "crew", "Lorvia released the crew of the trawler.")
    res = resolve_dossiers([a.d, b.d])
    assert event_of(res, "a", "i1") is event_of(res, "a", "i2") is event_of(res, "b", "i1")


def test_a_captive_a_denial_names_stands_for_no_body_of_theirs():
    # across.links.denial_captive_not_party: one report ties the freed captive to a body ("Ola Brandt of the Norland
    # Press Office"); "no ransom was paid for Ola Brandt" still names no payer, so it answers Norland's payment
    a = Report("a", "Ola Brandt came home on Friday. No ransom was paid for Ola Brandt, Vesterland said.",
               published="2031-05-04", source="Outlet a")
    a.actor("vesterland", "Vesterland", kind="state")
    a.actor("brandt", "Ola Brandt", mention="Ola Brandt")
    a.say("c1", "vesterland", "No ransom was paid for Ola Brandt")
    a.d.claims[-1].cue = "said"
    b = Report("b", "Gunmen freed Ola Brandt of the Norland Press Office on Friday. Norland paid a ransom to the "
               "gunmen, a source said.", published="2031-05-04", source="Outlet b")
    b.actor("norland", "Norland", kind="state")
    b.actor("office", "Norland Press Office", kind="organization", affiliation="norland")
    b.actor("brandt", "Ola Brandt", mention="Ola Brandt", affiliation="office")
    b.actor("gunmen", "Gunmen", kind="group", named=False, mention="Gunmen")
    b.act("i1", "release", "gunmen", "brandt", "Gunmen freed Ola Brandt of the Norland Press Office on Friday.")
    b.say("c1", None, "Norland paid a ransom to the gunmen")
    b.d.claims[-1].cue = "said"
    res = resolve_dossiers([a.d, b.d])
    assert any(lk["kind"] == "contradicts" and lk["a"] == {"doc": "a", "claim": "c1"} and lk["b"].get("claim") == "c1"
               for lk in res.links)


def test_two_denials_of_one_report_the_hubs_speaker_is_chosen():
    # across.links.denial_agree: of a report's denials that fit the hub, the one the hub's own speaker made
    one = Report("r1", "Kari Lund said Norland paid no ransom to the band.")
    one.actor("lund", "Kari Lund", mention="Kari Lund")
    one.say("c1", "lund", "Norland paid no ransom to the band")
    two = Report("r2", "An aide denied any ransom payment. Lund said no ransom was paid.")
    two.actor("aide", "aide", named=False, mention="aide")
    two.actor("lund", "Lund", mention="Lund said")
    two.say("c1", "aide", "any ransom payment")
    two.d.claims[-1].cue = "denied"
    two.say("c2", "lund", "no ransom was paid")
    two.d.claims[-1].cue = "said"
    res = resolve_dossiers([one.d, two.d])
    got = [lk for lk in res.links if "across.links.denial_agree" in lk["note"]]
    assert [{lk["a"]["claim"], lk["b"]["claim"]} for lk in got] == [{"c1", "c2"}]
