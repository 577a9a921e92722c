"""Contradictions across reports, session 34 (every text here is invented).

Rules: ``across.links.denial_split_exchange`` (an exchange told with its person between the verb and its
preposition: "swapped the pilot, Ola Brandt, for two Vesterlanders"), ``across.links.denial_split_linkage`` ("the
talks tied the truce to the freeing of the captives"), ``across.links.denial_nothing_to_do`` ("the deal has nothing to
do with the hostages" denies a link), ``across.links.refusal`` (a request turned down against an agreement to the
same thing), ``across.links.count_other_act`` (people taken and people freed are different counts) and
``across.links.count_claim_end`` (a count's short claim is its end).
"""

from __future__ import annotations

from across_helpers import Report
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.denial import asserts, denies
from backchannel.resolve.across.refusal import refused, stem


def contradictions(res, on: str | None = None) -> list[dict]:
    return [lk for lk in res.links if lk["kind"] == "contradicts" and (on is None or lk["on"] == on)]


def test_an_exchange_with_its_person_between_verb_and_preposition_is_told():
    for text in ["Norland has exchanged a jailed Vesterland pilot, Ola Brandt, with three Norlanders held abroad",
                 "Vesterland swapped Ola Brandt for two Norland agents on Tuesday",
                 "the council decided to exchange her with three Vesterland businessmen",
                 "Norland traded the captured journalist for four prisoners",
                 "Pell will not confirm it, but Norland swapped him for two soldiers last week",
                 "Having exchanged the two captives for five detainees, the envoy left Pell"]:
        assert asserts(text, "exchange"), text
    # near misses: no person exchanged (fire, letters, greetings), no people after the preposition (cash), negated
    for text in ["Norland troops exchanged fire with three Vesterland soldiers at the border",
                 "The envoy exchanged letters with the Vesterland minister",
                 "Ola Brandt exchanged greetings with two Norland officials",
                 "The smugglers traded the captured pilot for cash",
                 "Norland has not swapped Ola Brandt for anyone"]:
        assert not asserts(text, "exchange"), text


def test_an_exchange_with_the_preposition_after_the_verb_is_denied():
    for text in ["the two Norlanders were not exchanged with anyone",
                 "Ola Brandt was never swapped with any prisoner, the ministry said",
                 "the captives had not been traded with Vesterland"]:
        assert denies(text, "exchange"), text
    assert not denies("Norland exchanged prisoners with Vesterland", "exchange")


def test_a_split_exchange_contradicts_a_denial_of_it():
    r1 = Report("r1", "Norland has swapped the jailed scholar, Ola Brandt, with three Vesterlanders held abroad.",
                published="2031-05-04")
    r1.say("c1", None, "Norland has swapped the jailed scholar, Ola Brandt, with three Vesterlanders held abroad")
    r2 = Report("r2", "Officials in Pell said the three Vesterlanders were not exchanged with anyone.",
                published="2031-05-05")
    r2.say("c2", None, "the three Vesterlanders were not exchanged with anyone")
    links = contradictions(resolve_dossiers([r1.d, r2.d]), "negation")
    assert {(lk["a"]["doc"], lk["b"]["doc"]) for lk in links} & {("r1", "r2"), ("r2", "r1")}


def test_nothing_to_do_with_a_captive_denies_a_link():
    for text in ["It is a charity matter and has nothing to do with the hostages held in Pell",
                 "the ministry denied the transfer had anything to do with the captives",
                 "The accord has nothing to do with the release of Ola Brandt"]:
        assert denies(text, "linkage"), text
    # near misses: no captive beside it; a link that is told, not denied
    for text in ["The delay has nothing to do with the weather",
                 "Norland said the cash had nothing to do with the budget"]:
        assert not denies(text, "linkage"), text
    # the captive must follow "to do with": a pronoun there, beside a sentence on hostages, denies no link
    assert not denies("the ministry had nothing to do with it", "linkage", frozenset({"hostages"}))


def test_a_verb_tying_one_thing_to_a_release_tells_a_link():
    for text in ["Those talks tied the truce to the freeing of the Norland hostages",
                 "the truce was linked to the release of the captives",
                 "Vesterland conditioned the transfer on the release of two prisoners",
                 "Norland ties the aid package to the freedom of its citizens"]:
        assert asserts(text, "linkage"), text
    for text in ["The captives were tied to chairs for days",
                 "the attack was linked to a Vesterland militia",
                 "the truce was not linked to the release of the captives"]:
        assert not asserts(text, "linkage"), text


def test_a_denied_link_contradicts_an_exchange_and_a_tied_deal():
    r1 = Report("r1", "A diplomat said those talks tied the truce to the freeing of the Norland hostages.")
    r1.say("c1", None, "those talks tied the truce to the freeing of the Norland hostages")
    r2 = Report("r2", "A Norland source said: It is a charity matter and has nothing to do with the hostages.")
    r2.say("c2", None, "It is a charity matter and has nothing to do with the hostages.")
    links = contradictions(resolve_dossiers([r1.d, r2.d]), "negation")
    assert any({lk["a"].get("claim"), lk["b"].get("claim")} == {"c1", "c2"} for lk in links)


def test_a_refusal_names_the_thing_turned_down():
    assert refused("Vesterland rejected Norland's request for payment before the release") == {"pay"}
    assert refused("the council refused the demand for a prisoner release") == {"releas"}  # its head
    assert refused("the envoy turned down an offer of talks") == {"talk"}
    assert refused("Norland rebuffed repeated calls for a ceasefire") == {stem("ceasefire")}
    assert refused("the ministry declined the request to pay the bill") == {"pay", "bill"}
    assert refused("Ola Brandt rejected their demands for the immediate payment of the debt") == {"pay"}
    # near misses: a refusal not told (negated, under a modal), a rejection of no request
    assert refused("Norland did not reject the request for payment") == frozenset()
    assert refused("Norland would reject any demand for payment") == frozenset()
    assert refused("Vesterland rejected the allegations of torture") == frozenset()
    assert stem("payment") == stem("pay") and stem("released") == stem("release")


def test_a_refusal_contradicts_an_agreement_to_the_same_thing_only():
    r1 = Report("r1", "A source said Vesterland rejected Norland's request for payment before the release.")
    r1.say("c1", None, "Vesterland rejected Norland's request for payment before the release")
    r2 = Report("r2", "The envoy Ola Brandt signed an agreement to pay the bill, officials said.")
    r2.say("c2", None, "The envoy Ola Brandt signed an agreement to pay the bill")
    r3 = Report("r3", "Vesterland and Norland agreed to a ceasefire on Monday, officials said.")
    r3.say("c3", None, "Vesterland and Norland agreed to a ceasefire on Monday")
    links = [lk for lk in contradictions(resolve_dossiers([r1.d, r2.d, r3.d])) if "across.links.refusal" in lk["note"]]
    assert [(lk["a"]["claim"], lk["b"]["claim"]) for lk in links] == [("c1", "c2")]  # not the ceasefire


def test_counts_of_people_taken_and_freed_do_not_contradict():
    r1 = Report("r1", "The gunmen abducted 110 pupils from the school in March.")
    r2 = Report("r2", "Officials said 91 pupils were freed on Wednesday.")
    r3 = Report("r3", "Officials said 95 pupils were freed on Wednesday.")
    pairs = {tuple(sorted((lk["a"]["doc"], lk["b"]["doc"]))) for lk in contradictions(resolve_dossiers(
        [r1.d, r2.d, r3.d]), "count")}
    assert ("r2", "r3") in pairs  # two counts of the freed
    assert ("r1", "r2") not in pairs and ("r1", "r3") not in pairs  # the taken against the freed


def test_a_count_in_a_short_claim_ends_at_the_claim():
    r1 = Report("r1", "The governor said 104 pupils were part of the group. Others were not.")
    r1.say("c1", None, "104 pupils were part of the group")
    r2 = Report("r2", "The spokesman said that 105 pupils were part of the group, and a teacher too.")
    res = resolve_dossiers([r1.d, r2.d])
    [lk] = [lk for lk in contradictions(res, "count") if {lk["a"]["doc"], lk["b"]["doc"]} == {"r1", "r2"}]
    ends = {lk["a"]["doc"]: lk["a"], lk["b"]["doc"]: lk["b"]}
    assert ends["r1"] == {"doc": "r1", "claim": "c1"}
    assert "start" in ends["r2"]  # in no claim: the count's words
