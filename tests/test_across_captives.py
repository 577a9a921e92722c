"""Disputes of hostage stories across reports (session 30; every text here is invented).

Rules: ``across.links.captive_count`` (resolve/across/captivecounts.py, data/across_captives.toml): counts of
people taken or freed, read with the act beside them, compared across reports; ``across.links.denial_payment``
(the ``payment`` family of data/across_denial.toml): "no ransom was paid" against "ransom money was delivered";
``across.links.denial_unnamed``: a swap or ransom denial that names no party denies it whoever the other report
says took part; ``across.links.denial_each``: up to three denials of one report answer one assertion.
"""

from __future__ import annotations

import pytest
from across_helpers import Report
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.captivecounts import sentence_counts
from backchannel.resolve.across.denial import asserts, denies
from backchannel.resolve.across.denialpairs import answering_denials
from backchannel.resolve.across.deniedparse import denied_act
from backchannel.resolve.across.records import ClaimRec


def counts(text: str, year: str = "") -> list[tuple[str, float, float]]:
    return [(act, q.low, q.high) for act, q in sentence_counts(text.lower(), year)]


@pytest.mark.parametrize("text, want", [
    ("Gunmen kidnapped about 300 pupils from a school in Vesterland.", [("taken", 255.0, 345.0)]),
    ("120 pupils were abducted, not 300 as some outlets claimed.", [("taken", 120.0, 120.0)]),
    ("More than 250 children were taken from their dormitory at night.", [("taken", 250.5, 750.0)]),
    ("Villagers put the number of farmers seized in the raid at 90.", [("taken", 90.0, 90.0)]),
    ("Elders put the number of worshippers abducted at 90 while the police put the figure at over 40.",
     [("taken", 90.0, 90.0), ("taken", 40.5, 120.0)]),
    ("The Norland army said it had rescued 120 hostages in a forest.", [("freed", 120.0, 120.0)]),
    ("Ola Brandt announced the release of 120 pupils who had been abducted in March.", [("freed", 120.0, 120.0)]),
    ("The gunmen seized 14 passengers from a bus near Vesterland.", [("taken", 14.0, 14.0)]),
])
def test_counts_of_people_taken_or_freed(text: str, want: list) -> None:
    assert counts(text) == want


@pytest.mark.parametrize("text", [
    "Under the deal, the group will release 33 hostages over six weeks.",  # planned, not done
    "12 captives are due to be freed in the next round.",  # planned
    "Over 100 students who were kidnapped this month arrived in Vesterland on Monday.",  # the act describes them
    "More than 1,200 people were killed in the attack.",  # no act of taking or freeing
    "The school has 600 pupils and 40 teachers.",  # a count with no act
])
def test_no_count_of_an_act_done(text: str) -> None:
    assert counts(text) == []


def _kidnap_reports() -> list[Report]:
    r1 = Report("r1", "Gunmen stormed a school in Vesterland and kidnapped about 300 pupils on Thursday.",
                published="2031-03-08")
    r1.actor("gunmen", "Gunmen", kind="group", named=False)
    r1.actor("pupils", "pupils", kind="group", named=False, mention="300 pupils")
    r1.act("i1", "attack", "gunmen", "pupils", "Gunmen stormed a school in Vesterland and kidnapped about 300 pupils")
    r2 = Report("r2", "Ola Brandt said 120 pupils were abducted, not 300 as some outlets claimed.",
                published="2031-03-24")
    r2.actor("brandt", "Ola Brandt")
    r2.say("c1", "brandt", "120 pupils were abducted, not 300 as some outlets claimed")
    r3 = Report("r3", "The school said more than 280 children had been seized. The army said 120 hostages had been freed.",
                published="2031-03-25")
    r3.actor("school", "The school", kind="organisation", named=False)
    r3.actor("army", "The army", kind="organisation", named=False)
    r3.say("c1", "school", "more than 280 children had been seized")
    r3.say("c2", "army", "120 hostages had been freed")
    r4 = Report("r4", "The army said it had rescued 120 hostages in a forest near Vesterland.", published="2031-03-25")
    r4.actor("army", "The army", kind="organisation", named=False)
    r4.say("c1", "army", "it had rescued 120 hostages in a forest near Vesterland")
    return [r1, r2, r3, r4]


def _captive_links(res) -> set[tuple[str, tuple, tuple]]:
    def key(e: dict) -> tuple:
        return (e["doc"], e.get("claim") or e.get("interaction"))
    return {(lk["kind"], *sorted((key(lk["a"]), key(lk["b"])))) for lk in res.links
            if "across.links.captive_count" in lk["note"]}


def test_counts_of_captives_taken_contradict_and_corroborate_across_reports():
    res = resolve_dossiers([r.d for r in _kidnap_reports()])
    got = _captive_links(res)
    assert ("contradicts", ("r1", "i1"), ("r2", "c1")) in got  # about 300 / 120 taken
    assert ("contradicts", ("r2", "c1"), ("r3", "c1")) in got  # 120 / more than 280 taken
    assert ("corroborates", ("r1", "i1"), ("r3", "c1")) in got  # about 300 / more than 280 taken
    assert ("corroborates", ("r3", "c2"), ("r4", "c1")) in got  # 120 freed, twice
    # taken and freed are different acts: r3's "280 taken" and r4's "120 freed" are no dispute
    assert not any(k == "contradicts" and {a[0], b[0]} == {"r3", "r4"} for k, a, b in got)
    assert all(lk["on"] == "count" for lk in res.links if "captive_count" in lk["note"])


def test_a_report_that_also_gives_an_agreeing_count_counts_another_group():
    one = Report("r1", "Gunmen kidnapped about 300 pupils in Vesterland.")
    one.say("c1", None, "Gunmen kidnapped about 300 pupils in Vesterland")
    two = Report("r2", "Elders put the number of pupils abducted at 300. One of the 12 teachers taken died.")
    two.say("c1", None, "the number of pupils abducted at 300")
    two.say("c2", None, "One of the 12 teachers taken died")
    got = _captive_links(resolve_dossiers([one.d, two.d]))
    assert not any(k == "contradicts" for k, *_ in got)  # r2 gives 300 too: its 12 count another group


def test_freed_counts_never_contradict():
    one = Report("r1", "The army said 120 hostages had been freed on Sunday.")
    one.say("c1", None, "120 hostages had been freed on Sunday")
    two = Report("r2", "Officials said 40 hostages had been freed on Friday.")
    two.say("c1", None, "40 hostages had been freed on Friday")
    assert _captive_links(resolve_dossiers([one.d, two.d])) == set()  # releases come in rounds


def test_a_ransom_is_denied_and_told_in_several_shapes():
    for text in ["no ransom was paid", "her release involved no money", "not a single penny went to the captors",
                 "no cash changed hands before the hostages walked free", "they were freed without any payment",
                 "We did not pay any ransom",
                 "there was no deal and no payment for her release", "Ola Brandt denied that any ransom had changed hands"]:
        assert denies(text, "payment"), text
    for text in ["the ministry says it will not pay any ransom money",  # a refusal, not a denial
                 "the kidnappers demanded a ransom of 50,000 dollars",
                 # a bare noun of payment with nothing of a captive about it (rule across.links.denial_anchor)
                 "the clinic's director said the clinic had no money for bandages",
                 "growers said they had been given no cash for their olives since June",
                 "not a single penny has reached the flooded towns", "the council made no payment to the builders"]:
        assert not denies(text, "payment"), text
    for text in ["he saw bags of ransom money being delivered to the camp", "the family paid a ransom",
                 "a ransom was paid to the gunmen", "the ransom payments were handed over in Vesterland"]:
        assert asserts(text, "payment"), text
    for text in ["the kidnappers demanded a ransom", "money was paid to the families as compensation",
                 "the gunmen were asking for ransom money", "Norland refused to pay a ransom"]:
        assert not asserts(text, "payment"), text


def test_no_ransom_contradicts_a_ransom_delivered_elsewhere():
    deny = Report("r1", "Ola Brandt, a Norland minister, said no ransom was paid.", source="Outlet r1")
    deny.actor("norland", "Norland", kind="state", mention="Norland")
    deny.actor("brandt", "Ola Brandt", affiliation="norland")
    deny.say("c1", "brandt", "no ransom was paid")
    told = Report("r2", "A witness said he saw bags of ransom money being delivered to a camp in Vesterland.",
                  source="Outlet r2")
    told.actor("witness", "A witness", named=False)
    told.say("c1", "witness", "he saw bags of ransom money being delivered to a camp in Vesterland")
    asked = Report("r3", "The kidnappers had demanded a ransom for the pupils.", source="Outlet r3")
    asked.say("c1", None, "The kidnappers had demanded a ransom for the pupils")
    res = resolve_dossiers([deny.d, told.d, asked.d])
    links = [lk for lk in res.links if "across.links.denial" in lk["note"]]
    assert [(lk["a"]["doc"], lk["b"]["doc"], lk["on"]) for lk in links] == [("r1", "r2", "negation")]


def test_a_swap_denial_naming_no_party_denies_the_swap_whoever_took_part():
    # rule across.links.denial_unnamed: the denier (a Vesterland source) is a go-between, no side of the swap
    deny = Report("r1", "A Vesterland source said: \"She was freed without anything in exchange.\"")
    deny.actor("vest", "Vesterland", kind="state", mention="Vesterland")
    deny.actor("src", "A Vesterland source", named=False, affiliation="vest")
    deny.say("c1", "src", "She was freed without anything in exchange.", direct=True)
    swap = Report("r2", "Ola Brandt was freed in exchange for two fighters held by Norland.")
    swap.actor("brandt", "Ola Brandt", mention="Ola Brandt")
    swap.actor("norland", "Norland", kind="state", mention="Norland")
    swap.say("c1", None, "Ola Brandt was freed in exchange for two fighters held by Norland")
    res = resolve_dossiers([deny.d, swap.d])
    assert [(lk["a"]["doc"], lk["b"]["doc"]) for lk in res.links if "across.links.denial" in lk["note"]] == [
        ("r1", "r2")]


class _D:
    def __init__(self, claim: ClaimRec) -> None:
        self.claim = claim


def test_up_to_three_denials_of_a_report_answer_an_assertion_closest_first():
    def rec(cid: str, text: str) -> _D:
        return _D(ClaimRec("r1", cid, None, text, False, frozenset()))
    found = [(rec(c, t), {"doc": "r2", "claim": "c1"}) for c, t in [
        ("c1", "no deal was struck"), ("c2", "there was no payment"), ("c3", "nobody was swapped"),
        ("c4", "she was freed without anything in exchange for prisoners")]]
    contents = {("r2", "c1"): "she was exchanged for two prisoners"}
    kept = [d.claim.id for d, _ in answering_denials(found, contents, {})]
    assert kept == ["c1", "c2", "c4"]  # c4 shares most words; then the first found
    assert [d.claim.id for d, _ in answering_denials(found, contents, {}, per_report=1)] == ["c4"]


def test_conditions_on_a_release_denied_and_told():
    # rule across.links.denial_conditions: the family's own determiner "without"
    for text in ["Ola Brandt was freed without conditions", "there were no preconditions for her release",
                 "Norland released the crew without any conditions", "She was let go with no strings attached"]:
        assert denies(text, "conditions"), text
    for text in ["The talks ended without a statement on conditions", "the conditions of the release were not told"]:
        assert not denies(text, "conditions"), text
    for text in ["the release came under specific conditions, a source said", "Brandt was freed on condition that "
                 "he leave Norland", "the crew went home under strict conditions", "Norland set conditions including "
                 "a pause in the shelling"]:
        assert asserts(text, "conditions"), text
    for text in ["Norland would not free him under any conditions", "Vesterland urged Norland to free him under "
                 "certain conditions", "the conditions were discussed at length"]:
        assert not asserts(text, "conditions"), text


def test_a_denied_link_between_two_detentions_contradicts_a_swap_of_the_two():
    # rules across.links.denial_linkage and across.links.denial_cue: "denied" is the claim's cue, not its words
    for text in ["Norland denied any link between the two arrests", "there was no connection between the cases"]:
        assert denies(text, "linkage"), text
    assert not denies("analysts saw a link between the two arrests", "linkage")
    deny = Report("r1", "Norland has denied any link between Ola Brandt's detention and Karl Dahl's arrest.")
    deny.actor("norland", "Norland", kind="state", mention="Norland")
    deny.actor("brandt", "Ola Brandt", mention="Ola Brandt")
    deny.actor("dahl", "Karl Dahl", mention="Karl Dahl")
    deny.say("c1", "norland", "any link between Ola Brandt's detention and Karl Dahl's arrest")
    deny.d.claims[-1].cue = "denied"
    swap = Report("r2", "Commentators said Norland freed Ola Brandt as part of a prisoner swap for Karl Dahl.")
    swap.actor("norland", "Norland", kind="state", mention="Norland")
    swap.actor("brandt", "Ola Brandt", mention="Ola Brandt")
    swap.actor("dahl", "Karl Dahl", mention="Karl Dahl")
    swap.say("c1", None, "Norland freed Ola Brandt as part of a prisoner swap for Karl Dahl")
    res = resolve_dossiers([deny.d, swap.d])
    links = [lk for lk in res.links if "across.links.denial" in lk["note"]]
    assert [(lk["a"]["doc"], lk["b"]["doc"]) for lk in links] == [("r1", "r2")]
    assert "across.links.denial_exchange" in links[0]["note"]
    deny.d.claims[-1].cue = "said"  # without the denying cue, nothing is denied
    assert not [lk for lk in resolve_dossiers([deny.d, swap.d]).links if "across.links.denial" in lk["note"]]


def test_terms_an_act_included_tell_it_took_place():
    # across.links.denial_took_place, session 30: past verbs of an act's terms after its noun
    for text in ["the deal included the release of two fighters", "the truce involved a pause in shelling",
                 "the accord stipulated a prisoner exchange"]:
        assert asserts(text, "agreement"), text
    for text in ["a draft deal that included a pause", "the deal would have included a pause"]:
        assert not asserts(text, "agreement"), text


def test_two_reports_denying_a_ransom_agree():
    # rule across.links.denial_agree: a star over the denials of one captive family in different reports
    one = Report("r1", "A Norland official said there was no deal and no payment for the release of Ola Brandt.")
    one.say("c1", None, "there was no deal and no payment for the release of Ola Brandt")
    two = Report("r2", "Vesterland's envoy said her release involved no money.")
    two.say("c1", None, "her release involved no money")
    three = Report("r3", "Ola Brandt said no ransom was paid and nobody was swapped.")
    three.say("c1", None, "no ransom was paid and nobody was swapped")
    other = Report("r4", "The two sides signed no accord on grain.")  # a denial of another family
    other.say("c1", None, "The two sides signed no accord on grain")
    res = resolve_dossiers([one.d, two.d, three.d, other.d])
    got = [(lk["a"]["doc"], lk["b"]["doc"], lk["on"]) for lk in res.links if "across.links.denial_agree" in lk["note"]]
    assert len(got) == 2 and all(on == "negation" for *_, on in got)
    assert {d for a, b, _ in got for d in (a, b)} == {"r1", "r2", "r3"}


@pytest.mark.parametrize("text, doer, verb, want", [
    ("Lorvia denied allegations that it held the reporter to pressure Ostrava", "Lorvia", "pressure", True),
    ("Pell has dismissed claims it funded the militia", "Pell", "funded", True),
    ("The army struck the port on Monday, rejecting accusations that it shelled homes", "The army", "shelled", True),
    ("The ministry refuted reports that it had met the rebels", "The ministry", "met", True),
    ("Lorvia denies the allegations that it pressured Pell", "Lorvia", "pressured", True),
    ("Norland, denying charges it armed the group, said talks would go on", "Norland", "armed", True),
    ("Lorvia, which has denied accusations that it detained Ola Brandt for leverage, freed him on Monday",
     "Lorvia", "detained", True),
    ("Ostrava repeated its allegations that Lorvia pressured Pell", "Lorvia", "pressured", False),  # no denial
    ("Lorvia denied entry to the envoy and pressured Pell", "Lorvia", "pressured", False),  # denies something else
    # the act lies outside what is denied, and the one who denies is another (review, s30)
    ("Norland freed the reporter Ola Brandt on Sunday, ten days after Vesterland dismissed claims that it was "
     "brokering talks", "Norland", "freed", False),
    ("Vesterland denied reports that Norland had mediated the talks", "Norland", "mediated", False),  # not the doer
    ("Lorvia freed Ola Brandt on Monday and rejected claims that it had been paid", "Lorvia", "freed", False),
])
def test_an_act_its_doer_denies(text: str, doer: str, verb: str, want: bool) -> None:
    # rule across.links.denied_allegation, read on the parse (deniedparse.py)
    r = Report("r1", text + ".")
    r.actor("doer", doer, kind="state", mention=doer)
    r.act("i1", "pressure", "doer", None, text, trigger=verb)
    assert denied_act(r.d.interactions[0], r.d) is want, text


def test_a_denied_act_contradicts_the_act_told_done_by_the_same_doer():
    # rule across.links.denied_allegation
    def rep(doc: str, text: str, source: str, target: str | None, modality: str = "reported") -> Report:
        r = Report(doc, text)
        for name in ("Lorvia", "Ostrava", "Pell"):
            if name in text:
                r.actor(name.lower(), name, kind="state", mention=name)
        r.act("i1", "pressure", source, target, text.rstrip("."), modality=modality, trigger="pressure")
        return r
    one = rep("r1", "Lorvia denied allegations that it held Ola Brandt to pressure Ostrava.", "lorvia", "ostrava")
    two = rep("r2", "Ostrava bowed to the pressure from Lorvia.", "lorvia", None)
    three = rep("r3", "Pell put pressure on Ostrava.", "pell", "ostrava")
    four = rep("r4", "Lorvia will pressure Ostrava next week.", "lorvia", "ostrava", modality="planned")
    res = resolve_dossiers([r.d for r in (one, two, three, four)])
    got = [(lk["a"]["doc"], lk["b"]["doc"], lk["on"]) for lk in res.links
           if "across.links.denied_allegation" in lk["note"]]
    assert got == [("r1", "r2", "negation")]


# review, session 30: a count that another verb governs, or another year dates, counts no one taken in the story
@pytest.mark.parametrize("text, year, want", [
    ("Raiders shot 9 farmers and abducted 40 workers near Vesterland.", "2031", [("taken", 40.0, 40.0)]),
    ("Officials confirmed 40 workers were abducted near Vesterland.", "2031", [("taken", 40.0, 40.0)]),
    ("Raiders wounded about 20 villagers and then seized 15 passengers.", "2031", [("taken", 15.0, 15.0)]),
    ("In March 2031, armed men kidnapped 75 worshippers in Norland.", "2031", [("taken", 75.0, 75.0)]),
    ("Back in 2019, armed men kidnapped 75 worshippers in Norland.", "2019", [("taken", 75.0, 75.0)]),
    ("The 75 worshippers kidnapped on Friday were freed.", "2031", [("taken", 75.0, 75.0)]),
    ("Raiders shot 9 farmers and abducted several pupils near Vesterland.", "2031", [("taken", 3.0, 9.0)]),
])
def test_counts_read_with_their_own_verb_and_year(text: str, year: str, want: list) -> None:
    assert counts(text, year) == want


@pytest.mark.parametrize("text", [
    "The bandits injured 6 passengers, then took the bus to the forest.",
    "Gunmen murdered 14 villagers before kidnapping their headman.",
    "Back in 2019, armed men kidnapped 75 worshippers in Norland.",  # another incident, told as background
    "Armed men kidnapped 75 worshippers in Norland in 2019, police recalled.",
])
def test_no_count_of_another_act_or_year(text: str) -> None:
    assert counts(text, "2031") == []


def test_a_count_killed_or_of_another_year_contradicts_no_count_taken():
    one = Report("r1", "Armed men seized 40 workers at a quarry in Norland on Monday.", published="2031-05-17")
    two = Report("r2", "Armed men shot 9 guards and seized several workers at a quarry in Norland on Monday. "
                       "Back in 2019, raiders abducted 310 students in Vesterland.", published="2031-05-17")
    three = Report("r3", "Troops are combing the hills for the 40 workers seized on Monday.", published="2031-05-18")
    got = _captive_links(resolve_dossiers([one.d, two.d, three.d]))
    assert not any(k == "contradicts" for k, *_ in got)  # "several" is no figure either


def test_bare_money_denied_beside_no_captive_links_nothing():
    # rule across.links.denial_anchor: "no money", "no cash" deny a ransom only beside a word of a captive
    one = Report("r1", "Karl Dahl said a ransom had been paid to the abductors.")
    one.say("c1", None, "a ransom had been paid to the abductors")
    two = Report("r2", "Ola Brandt, head of the clinic, said the clinic had no money for bandages.")
    two.say("c1", None, "the clinic had no money for bandages")
    three = Report("r3", "Growers said they had been given no cash for their olives since June.")
    three.say("c1", None, "they had been given no cash for their olives since June")
    res = resolve_dossiers([one.d, two.d, three.d])
    assert not [lk for lk in res.links if "denial" in lk["note"]]


def test_bare_money_denied_beside_a_release_denies_a_ransom():
    # the sentence before ties "no money" to the captives (across.links.denial_anchor, textspans.near_words)
    one = Report("r1", "Karl Dahl said a ransom had been paid to the abductors.")
    one.say("c1", None, "a ransom had been paid to the abductors")
    two = Report("r2", "\u201cThe pupils were freed by their captors at dawn,\u201d the aide said.\n\n"
                       "\u201cNo money was given,\u201d he insisted.")
    two.say("c1", None, "No money was given,")
    res = resolve_dossiers([one.d, two.d])
    assert [lk["kind"] for lk in res.links if "across.links.denial" in lk["note"]] == ["contradicts"]


def test_an_act_beside_a_denial_of_another_is_told_not_denied():
    # rule across.links.denied_allegation: the release lies outside what Vesterland denies
    one = Report("r1", "Norland freed the reporter Ola Brandt on Sunday, ten days after Vesterland dismissed claims "
                       "that it was brokering talks.")
    two = Report("r2", "Norland freed Ola Brandt on Sunday.")
    for r in (one, two):
        r.actor("norland", "Norland", kind="state", mention="Norland")
        r.actor("brandt", "Ola Brandt", mention="Ola Brandt")
        r.act("i1", "release", "norland", "brandt", r.text.rstrip("."), trigger="freed")
    res = resolve_dossiers([one.d, two.d])
    assert not [lk for lk in res.links if "across.links.denied_allegation" in lk["note"]]


def test_count_contradictions_keep_a_few_reports_of_one_figure():
    """Rule across.links.count_contradictions at scale: many reports of one figure are compared through a few
    of them (links.SAME_COUNT_CAP), so a corpus of thousands does not pair every telling with every other."""
    from backchannel.resolve.across.links import SAME_COUNT_CAP, told_once
    from backchannel.resolve.across.quantities import Quantity

    class C:
        def __init__(self, doc: str, text: str) -> None:
            self.doc, self.quantity = doc, Quantity("pupils", 30, 30, text)

    items = [C(f"r{k}", "30 pupils") for k in range(40)] + [C("s1", "45 pupils")]
    kept = told_once(items)  # type: ignore[arg-type]
    assert len(kept) == SAME_COUNT_CAP + 1 and kept[-1].doc == "s1"
