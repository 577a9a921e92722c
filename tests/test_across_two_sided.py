"""Rules across.events.two_sided and across.events.one_side_order (acttypes.py, events.py). Every text here is
invented: the reports are built in code, so the tests read the resolver, not the extractor."""

from __future__ import annotations

from across_helpers import Report
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.acttypes import GUESSED_PARTNER, TWO_SIDED


def multi(res) -> list[dict]:  # noqa: ANN001
    return [e for e in res.events if len(e["reports"]) > 1]


#: a closing line of every report naming the parties, so that a partner guessed from the story is an actor of it
CAST = " Parties named: Lorvia, the Varn Front, Harlund."


def parties(r: Report) -> Report:
    r.actor("lorvia", "Lorvia", kind="state")
    r.actor("front", "Varn Front", kind="organization")
    r.actor("harl", "Harlund", kind="state")
    return r


def talks(doc: str, text: str, source: str, target: str | None, phrase: str, guessed: bool = False,
          modality: str = "asserted", published: str = "2033-02-10", kind: str = "negotiate") -> Report:
    """A report telling talks; ``guessed``: the extractor filled the partner in (the report names one side)."""
    r = parties(Report(doc, text + CAST, published=published))
    r.act("i1", kind, source, target, phrase, modality=modality)
    if guessed:
        r.d.interactions[-1].inferred = ["target"]
    return r


def test_talks_told_by_one_side_join_the_talks_told_with_both_sides() -> None:
    reports = [talks("r1", "Lorvia held talks in the capital for two days.", "lorvia", "front",
                     "Lorvia held talks", guessed=True),
               talks("r2", "The Varn Front negotiated through the night, its spokesman said.", "front", "lorvia",
                     "The Varn Front negotiated", guessed=True),
               talks("r3", "Lorvia and the Varn Front negotiated the exchange, aides said.", "lorvia", "front",
                     "Lorvia and the Varn Front negotiated")]
    [event] = multi(resolve_dossiers([r.d for r in reports]))
    assert event["reports"] == ["r1", "r2", "r3"] and event["type"] == "negotiate"
    assert {event["source"], event["target"]} == {"lorvia", "varn-front"}
    assert event["reasons"][0] == TWO_SIDED and "(r1, r2)" in event["reasons"][1] and "(r3)" in event["reasons"][1]


def test_one_side_talks_with_no_partner_at_all_join_too_but_meetings_do_not() -> None:
    r1 = talks("r1", "The Varn Front was negotiating again on Tuesday.", "front", None,
               "The Varn Front was negotiating")
    r2 = talks("r2", "Envoys of the Varn Front negotiated with Lorvia.", "front", "lorvia",
               "Varn Front negotiated with Lorvia")
    [event] = multi(resolve_dossiers([r1.d, r2.d]))
    assert event["reports"] == ["r1", "r2"] and event["reasons"][0] == TWO_SIDED
    m1 = talks("r1", "Lorvia met in a hotel by the lake.", "lorvia", "front", "Lorvia met", kind="meet", guessed=True)
    m2 = talks("r2", "Lorvia met the Varn Front by the lake.", "lorvia", "front", "Lorvia met the Varn Front",
               kind="meet")
    assert multi(resolve_dossiers([m1.d, m2.d])) == []  # a party meets many: "Lorvia met" names no meeting


def test_an_agreement_told_by_one_party_stays_its_own_act() -> None:
    # "the Front agreed" may be the Front's acceptance: not the mutual agreement (across.events.guessed_partner)
    r1 = talks("r1", "The Varn Front agreed on Sunday, a spokesman said.", "front", "lorvia", "The Varn Front agreed",
               guessed=True, kind="agree")
    r2 = talks("r2", "The Varn Front agreed late on Sunday.", "front", "lorvia", "The Varn Front agreed",
               guessed=True, kind="agree")
    r3 = talks("r3", "Lorvia and the Varn Front agreed on a truce.", "lorvia", "front",
               "Lorvia and the Varn Front agreed", kind="agree")
    events = sorted(tuple(e["reports"]) for e in multi(resolve_dossiers([r1.d, r2.d, r3.d])))
    assert events == [("r1", "r2")]
    [alone] = multi(resolve_dossiers([r1.d, r2.d]))
    assert alone["reasons"][0] == GUESSED_PARTNER


def test_one_side_talks_join_only_talks_of_their_own_party() -> None:
    # the guessed partner matches no end: Harlund's talks are not the Front's talks with Lorvia
    r1 = talks("r1", "Harlund held talks on Friday.", "harl", "front", "Harlund held talks", guessed=True)
    r2 = talks("r2", "Lorvia and the Varn Front negotiated on Friday.", "lorvia", "front",
               "Lorvia and the Varn Front negotiated")
    assert multi(resolve_dossiers([r1.d, r2.d])) == []


def test_one_side_talks_never_chain_two_pairs_of_parties() -> None:
    r1 = talks("r1", "Lorvia and the Varn Front negotiated in the north.", "lorvia", "front",
               "Lorvia and the Varn Front negotiated")
    r2 = talks("r2", "Lorvia and Harlund negotiated over the border.", "lorvia", "harl",
               "Lorvia and Harlund negotiated")
    r3 = talks("r3", "Lorvia negotiated all week, officials said.", "lorvia", "front", "Lorvia negotiated",
               guessed=True)
    events = multi(resolve_dossiers([r1.d, r2.d, r3.d]))
    assert all(not {"r1", "r2"} <= set(e["reports"]) for e in events)
    assert len(events) == 1 and "r3" in events[0]["reports"]


def test_a_plan_told_by_one_side_is_not_talks_told_as_held() -> None:
    # "Lorvia will negotiate" may be the next round: joined on one party only, a plan stays apart from talks held
    r1 = talks("r1", "Lorvia will negotiate again next month, officials said.", "lorvia", "front",
               "Lorvia will negotiate", guessed=True, modality="planned")
    r2 = talks("r2", "Lorvia negotiated for three days in March.", "lorvia", "front", "Lorvia negotiated",
               guessed=True)
    r3 = talks("r3", "Lorvia and the Varn Front negotiated in March.", "lorvia", "front",
               "Lorvia and the Varn Front negotiated")
    [event] = multi(resolve_dossiers([r1.d, r2.d, r3.d]))
    assert event["reports"] == ["r2", "r3"]


def test_the_order_of_talks_is_read_from_tellings_that_name_both_sides() -> None:
    # two reports name Lorvia alone (partner guessed), one puts the Front first: the Front leads
    reports = [talks("r1", "Lorvia held talks on the ferry.", "lorvia", "front", "Lorvia held talks", guessed=True,
                     published="2033-02-09"),
               talks("r2", "Lorvia negotiated for hours.", "lorvia", "front", "Lorvia negotiated", guessed=True,
                     published="2033-02-09"),
               talks("r3", "The Varn Front and Lorvia negotiated on a ferry.", "front", "lorvia",
                     "The Varn Front and Lorvia negotiated", published="2033-02-10")]
    [event] = multi(resolve_dossiers([r.d for r in reports]))
    assert (event["source"], event["target"]) == ("varn-front", "lorvia")


def test_an_end_filled_in_gives_no_order_of_an_agreement() -> None:
    # r1's source was filled in by the extractor ("agreed to the terms", no party in the sentence): r2 decides
    r1 = talks("r1", "Both agreed to the terms on Monday, Lorvia said.", "lorvia", "front", "agreed to the terms",
               kind="agree", published="2033-02-09")
    r1.d.interactions[-1].inferred = ["source"]
    r2 = talks("r2", "The Varn Front and Lorvia agreed to the terms.", "front", "lorvia",
               "The Varn Front and Lorvia agreed", kind="agree", published="2033-02-10")
    [event] = multi(resolve_dossiers([r1.d, r2.d]))
    assert (event["source"], event["target"]) == ("varn-front", "lorvia")
    # with no telling that gives an order, every telling votes as before (the first published decides)
    r2.d.interactions[-1].inferred = ["source"]
    [event] = multi(resolve_dossiers([r1.d, r2.d]))
    assert event["source"] == "lorvia"


def test_one_side_talks_told_as_held_never_join_a_plan_whose_ends_were_filled_in() -> None:
    # "a new round will be negotiated" names no party: the extractor filled its ends in; Lorvia's talks were held
    r1 = talks("r1", "Lorvia held talks through the night on Monday.", "lorvia", "front", "Lorvia held talks",
               guessed=True)
    r2 = talks("r2", "A new round will be negotiated in the spring, aides said.", "lorvia", "front",
               "A new round will be negotiated", modality="planned")
    r2.d.interactions[-1].inferred = ["source"]
    assert multi(resolve_dossiers([r1.d, r2.d])) == []
    # told as held with both sides named, the plan's talks are still one act with the plan (as for every act)
    r3 = talks("r3", "Lorvia and the Varn Front negotiated on Monday.", "lorvia", "front",
               "Lorvia and the Varn Front negotiated")
    [event] = multi(resolve_dossiers([r2.d, r3.d]))
    assert event["reports"] == ["r2", "r3"]


def test_plans_told_by_one_side_keep_their_partner_apart() -> None:
    # two plans joined on Lorvia alone may be two rounds: one side's plan is not drawn into another plan
    r1 = talks("r1", "Lorvia will negotiate again, its minister said.", "lorvia", "front", "Lorvia will negotiate",
               guessed=True, modality="planned")
    r2 = talks("r2", "Further talks will be negotiated over the winter, officials said.", "lorvia", "front",
               "Further talks will be negotiated", modality="planned")
    r2.d.interactions[-1].inferred = ["source"]
    assert multi(resolve_dossiers([r1.d, r2.d])) == []


def test_two_sentences_telling_talks_and_their_mediation_are_linked_for_each_act() -> None:
    # across.links.once_per_acts: the talks and Harlund's mediation are two facts the two sentences share
    reports = []
    for doc, text, day in (("r1", "Lorvia and the Varn Front negotiated in talks mediated by Harlund.", "2033-02-09"),
                           ("r2", "Harlund mediated as Lorvia and the Varn Front negotiated at the border.",
                            "2033-02-10")):
        r = parties(Report(doc, text + CAST, published=day))
        sentence = text[:-1]
        r.act("i1", "negotiate", "lorvia", "front", sentence)
        r.act("i2", "mediate", "harl", "lorvia", sentence)
        reports.append(r)
    res = resolve_dossiers([r.d for r in reports])
    linked = sorted(lk["a"]["interaction"] + lk["b"]["interaction"] for lk in res.links
                    if lk["kind"] == "corroborates" and "interaction" in lk["a"] and "interaction" in lk["b"])
    assert linked == ["i1i1", "i2i2"]


def test_one_side_talks_join_a_plan_through_talks_told_with_both_sides() -> None:
    # review s43: a plan, one side's held talks and both sides' held talks are one event, not the plan with the
    # both-sided telling plus a duplicate of the one side's; alone with the plan, one side's talks stay apart
    r1 = talks("r1", "Lorvia and Harlund will negotiate next week in Tarn, officials said.", "lorvia", "harl",
               "Lorvia and Harlund will negotiate", modality="planned", published="2033-03-03")
    r3 = talks("r3", "Lorvia negotiated on Tuesday in Tarn.", "lorvia", None, "Lorvia negotiated",
               published="2033-03-12")
    r4 = talks("r4", "Harlund and Lorvia negotiated in Tarn on Tuesday, officials said.", "harl", "lorvia",
               "Harlund and Lorvia negotiated", published="2033-03-13")
    [event] = multi(resolve_dossiers([r1.d, r3.d, r4.d]))
    assert event["reports"] == ["r1", "r3", "r4"]
    assert multi(resolve_dossiers([r1.d, r3.d])) == []
    [event] = multi(resolve_dossiers([r3.d, r4.d]))
    assert event["reports"] == ["r3", "r4"]
