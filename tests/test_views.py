import json

from dossiers import build, gold_dossier, small_dossier

from backchannel.model import dossier_from_json, to_json
from backchannel.views import build_views, channels, knowledge, sources, timeline
from backchannel.views.base import Index, date_range, sort_key


def test_partial_dates_cover_their_span_and_sort_by_start_wider_first():
    assert date_range("2025-04") == (date_range("2025-04-01")[0], date_range("2025-04-30")[0])
    assert date_range("2025-W17")[0].isoformat() == "2025-04-21"
    assert date_range("2023-03-06/2023-03-10")[1].isoformat() == "2023-03-10"
    assert date_range("next week") is None and date_range(None) is None
    values = ["2025-05-12", "2025-04", "2025", "2025-04-03", "2025-W17"]
    assert sorted(values, key=sort_key) == ["2025", "2025-04", "2025-04-03", "2025-W17", "2025-05-12"]


def test_side_follows_affiliation_to_the_top_and_survives_cycles():
    d = small_dossier()
    ix = Index(d)
    assert ix.chain("government-source") == ["government-source", "colombia"]
    assert ix.side("dag-halvorsen") == "norway"
    d.actors[0].affiliation = "dag-halvorsen"  # norway -> halvorsen -> norway: a cycle
    assert Index(d).chain("dag-halvorsen") == ["dag-halvorsen", "norway"]


def test_channels_mediated_paths_counts_dates_and_who_was_kept_out():
    d = small_dossier()
    chans = {tuple(c.parties): c for c in channels(d)}
    mediated = chans[("colombia", "eln")]
    assert [p.via for p in mediated.paths] == [["norway"]]
    assert mediated.paths[0].directions == ["backward", "forward"]  # a mediator carries both ways
    # Cuba was not informed, and learned through interception anyway
    assert [(a.actor, a.how) for a in mediated.aware] == [("cuba", "not_told"), ("cuba", "learned")]
    assert mediated.aware[1].means == "intercepted calls"
    relay = chans[("pablo-beltran", "ana-ruiz")]
    assert relay.paths[0].via == ["dag-halvorsen"] and relay.paths[0].directions == ["forward"]
    assert relay.messages == 3 and relay.first == relay.last == "2025-03-03"
    assert relay.sides == ["eln", "colombia"]
    # rejecting is not a channel
    assert ("eln", "colombia") not in chans and ("colombia", "eln") in chans


def test_reverse_direction_reverses_the_path():
    d = small_dossier()
    i = next(i for i in d.interactions if i.type == "message")
    i.source, i.target, i.via = "ana-ruiz", "pablo-beltran", ["norway", "dag-halvorsen"]
    c = next(c for c in channels(d) if c.parties == ["pablo-beltran", "ana-ruiz"])
    assert c.paths[0].via == ["dag-halvorsen", "norway"] and c.paths[0].directions == ["backward"]


def test_knowledge_who_knew_what_how_and_when():
    rows = [(k.actor, k.how, k.source, k.means) for k in knowledge(small_dossier())]
    assert ("cuba", "not_told", "norway", None) in rows
    assert ("cuba", "learned", None, "intercepted calls") in rows
    assert ("dag-halvorsen", "relayed", "pablo-beltran", None) in rows
    assert ("ana-ruiz", "received", "pablo-beltran", None) in rows


def test_timeline_dated_in_order_then_undated_in_text_order():
    tl = timeline(small_dossier())
    dated = [e for e in tl if e.start]
    assert [e.start for e in dated] == ["2025-03-03", "2025-04-01", "2025-05-01"]
    undated = tl[len(dated):]
    assert all(not e.start for e in undated) and [e.offset for e in undated] == sorted(e.offset for e in undated)
    assert {e.kind for e in undated} == {"interaction", "claim"}


def test_sources_speaker_side_stance_and_supported_facts():
    s = sources(small_dossier())
    (e,) = s.claims
    assert e.speaker == "government-source" and e.anonymous and e.named is False
    assert e.side == "colombia" and e.side_name == "Colombia" and e.stance == "neutral"
    assert e.supports == ["i6"]
    assert s.unsourced == []
    facts = {f.interaction: f for f in s.facts}
    assert len(facts) == 6 and facts["i6"].claim == "c1" and facts["i6"].anonymous
    assert facts["i1"].claim is None and facts["i1"].modality == "asserted"


def test_unsourced_reported_fact_and_speakerless_claim():
    d = small_dossier()
    d.interactions[-1].claim = None
    d.claims[0].speaker = None
    s = sources(d)
    assert s.unsourced == ["i6"] and s.claims[0].anonymous and s.claims[0].named is None


def test_views_are_json_and_round_trip_in_the_dossier():
    d = small_dossier()
    assert set(d.views) == {"channels", "knowledge", "timeline", "sources", "network"}
    again = dossier_from_json(to_json(d))
    assert json.loads(json.dumps(again.views)) == d.views
    net = d.views["network"]
    legs = [e for e in net["edges"] if e["interaction"] == "i3"]
    assert [(e["source"], e["target"], e["hop"]) for e in legs] == [
        ("pablo-beltran", "dag-halvorsen", 1), ("dag-halvorsen", "ana-ruiz", 2)]
    assert net["unlinked"] == ["i5"]  # the learn has no target


def test_empty_dossier_has_empty_views():
    d = build("Nothing happened.", "e", [], [], [])
    assert d.views["channels"] == [] and d.views["timeline"] == [] and d.views["sources"]["claims"] == []


def test_gold_example_channel_through_the_mediator_and_israel_finding_out():
    d = gold_dossier()
    chans = d.views["channels"]
    via_bahbah = [c for c in chans if any(p["via"] == ["bishara-bahbah"] for p in c["paths"])]
    pairs = {tuple(sorted(c["parties"])) for c in via_bahbah}
    assert ("hamas", "united-states") in pairs and ("khalil-al-hayya", "steve-witkoff") in pairs
    msg = next(c for c in via_bahbah if set(c["parties"]) == {"khalil-al-hayya", "steve-witkoff"})
    assert msg["messages"] == 20 and msg["qualifier"] == "over"
    us_hamas = next(c for c in via_bahbah if set(c["parties"]) == {"hamas", "united-states"})
    aware = {(a["actor"], a["how"]) for a in us_hamas["aware"]}
    assert ("israel", "learned") in aware and ("israel", "not_told") in aware and ("ron-dermer", "not_told") in aware
    src = {e["claim"]: e for e in d.views["sources"]["claims"]}
    anon = [e for e in src.values() if e["anonymous"]]
    assert {e["speaker_name"] for e in anon} == {"Palestinian source", "US official"}
    assert all(e["side"] == "hamas" for e in src.values() if e["speaker"] == "hudhaifa-kahlout")


def test_pipeline_fills_views(example_dossier):
    v = example_dossier.views
    assert set(v) == {"channels", "knowledge", "timeline", "sources", "network"}
    assert len(v["sources"]["claims"]) == len(example_dossier.claims)
    assert len(v["network"]["nodes"]) == len(example_dossier.actors)
    assert len(v["timeline"]) == len(example_dossier.claims) + len(example_dossier.interactions)
    assert build_views(example_dossier) == v


def test_messages_without_a_named_recipient_reach_the_intermediary():
    d = small_dossier()
    i = next(i for i in d.interactions if i.type == "message")
    i.target = None
    chans = {tuple(c.parties): c for c in channels(d)}
    assert chans[("dag-halvorsen", "pablo-beltran")].paths[0].via == []
    assert chans[("dag-halvorsen", "pablo-beltran")].paths[0].directions == ["backward"]


def test_a_word_shared_only_with_evidence_does_not_tie_when_the_channel_has_a_topic():
    from backchannel.model import Evidence, Interaction

    d = small_dossier()
    msg = next(i for i in d.interactions if i.type == "message")
    msg.topic = "prisoner exchange"
    ev = Evidence(doc="small", start=0, end=6, text="Norway")
    d.interactions.append(Interaction(id="i9", type="inform", source=None, target="cuba", topic="the commander's health",
                                      evidence=ev))
    relay = next(c for c in channels(d) if c.parties == ["pablo-beltran", "ana-ruiz"])
    assert relay.aware == []  # "commander" is in the evidence sentence, not in what the messages were about
    d.interactions[-1].topic = "the prisoner swap"
    relay = next(c for c in channels(d) if c.parties == ["pablo-beltran", "ana-ruiz"])
    assert [(a.actor, a.how) for a in relay.aware] == [("cuba", "told")]
