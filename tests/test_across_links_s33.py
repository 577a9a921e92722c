"""Denials and counts across reports, session 33 (every text here is invented).

Rules: ``across.links.denial_minimizer`` ("did not offer a penny"), ``across.links.denial_base_form`` ("did not
pay a ransom"), ``across.links.denial_hedged`` ("perhaps, a ransom was paid" tells nothing),
``across.links.own_voice_denial`` (a report's own sentence denies a payment), ``across.links.denial_captive_not_party``
(the freed captive a denial names is no party of the payment), ``across.links.count_compound`` ("three hundred and
forty-four pupils"), ``across.links.count_partitive`` ("one of the pupils" is no count of the group) and
``across.links.count_act_end`` (a count in an act's sentence is that act's).
"""

from __future__ import annotations

from across_helpers import Report, outlet_report
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.denial import asserts, denies
from backchannel.resolve.across.denialvoice import not_told
from backchannel.resolve.across.quantities import number_value, quantities


def test_a_negated_smallest_unit_denies_a_payment():
    for text in ["the ministry did not offer a penny to any kidnappers for their release",
                 "not a single cent went to the captors",
                 "no single kobo was handed to the abductors as ransom",
                 "Not one dollar changed hands for her release",
                 "the family never paid even a cent to the kidnappers who held Ola Brandt",
                 "Vesterland has not given a single krona to the hostage takers",
                 "The captors did not receive one euro, the envoy said of the ransom"]:
        assert denies(text, "payment"), text
        assert not asserts(text, "payment"), text
    # near misses: no anchor word of a captive, a refusal under a modal, a question left open
    for text in ["the hospital did not get a penny for medicine",
                 "Norland will not pay a cent to the kidnappers",
                 "Norland did not say whether a single cent went to the captors"]:
        assert not denies(text, "payment"), text


def test_a_past_negation_by_do_takes_the_base_form():
    for text in ["the ministry did not pay ransom for that release",
                 "the family didn't pay a ransom to the gunmen",
                 "Norland did not pay the ransom, the minister said",
                 "we did not pay any ransom",
                 "Vesterland never did pay ransoms for its citizens held abroad",
                 "the employer did not actually pay for her release"]:
        assert denies(text, "payment"), text
    # near misses: a present policy or habit, a plan, a sought payment
    for text in ["Norland does not pay ransoms to kidnappers",
                 "Vesterland will not pay a ransom",
                 "the gunmen demanded that the family pay a ransom"]:
        assert not denies(text, "payment"), text


def test_a_hedged_claim_tells_no_act():
    for content in ["perhaps, a ransom was paid for their release", "Maybe the gunmen were paid a ransom",
                    "possibly a ransom was paid", "Perhaps the ransom was paid through a go-between"]:
        assert not_told("suggested", content), content
    for content in ["a ransom was paid for their release", "reportedly a ransom was paid to the gunmen"]:
        assert not not_told("said", content), content


def report(doc: str, text: str) -> Report:
    return outlet_report(doc, text, ("Norland", "Vesterland"), "2031-05-04")


def own_voice_denials(res) -> set[tuple[str, str]]:
    return {(lk["a"]["doc"], lk["b"]["doc"]) for lk in res.links
            if lk["kind"] == "contradicts" and "start" in lk["a"] and "own_voice_denial" in lk["note"]}


def asserting(doc: str, sentence: str, content: str) -> Report:
    b = report(doc, sentence)
    b.say("c1", "vesterland" if "Vesterland" in sentence else None, content)
    b.d.claims[-1].cue = "said"
    return b


def test_a_denial_in_a_reports_own_voice_contradicts_a_payment_told_elsewhere():
    b = asserting("b", "Vesterland said Norland paid a ransom of two million krona to the gunmen.",
                  "Norland paid a ransom of two million krona to the gunmen")
    for text in ["No ransom was paid for the pupils, who walked home on Friday.",
                 "The pupils came home on Friday. Not a penny was paid to the gunmen for their release.",
                 "The pupils came home on Friday, and no ransom was handed over to their captors.",
                 "The pupils came home on Friday. The family did not pay a ransom for their release."]:
        a = report("a", text)
        res = resolve_dossiers([a.d, b.d])
        assert own_voice_denials(res) == {("a", "b")}, text
        link = next(lk for lk in res.links if "own_voice_denial" in lk["note"])
        assert a.text[link["a"]["start"]:link["a"]["end"]].strip(), text


def test_no_own_voice_denial_from_a_retold_denial_a_modal_or_a_habit():
    b = asserting("b", "Vesterland said Norland paid a ransom of two million krona to the gunmen.",
                  "Norland paid a ransom of two million krona to the gunmen")
    for text in ["The pupils came home on Friday. Norland denied paying a ransom to the gunmen.",
                 "The pupils came home on Friday. No ransom will be paid to the gunmen, officials vowed.",
                 "Captives here are often freed although no ransom is paid."]:
        a = report("a", text)
        assert own_voice_denials(resolve_dossiers([a.d, b.d])) == set(), text


def test_the_freed_captive_a_denial_names_is_no_party_of_the_payment():
    a = report("a", "Ola Brandt came home on Friday. No ransom was paid for Ola Brandt, Vesterland said.")
    a.actor("brandt", "Ola Brandt", mention="Ola Brandt")
    a.say("c1", "vesterland", "No ransom was paid for Ola Brandt")
    a.d.claims[-1].cue = "said"
    b = report("b", "Gunmen freed Ola Brandt on Friday. Norland paid a ransom to the gunmen, a source said.")
    b.actor("brandt", "Ola Brandt", mention="Ola Brandt")
    b.actor("gunmen", "Gunmen", kind="group", named=False, mention="Gunmen")
    b.act("i1", "release", "gunmen", "brandt", "Gunmen freed Ola Brandt on Friday.")
    b.say("c1", None, "Norland paid a ransom to the gunmen")
    b.d.claims[-1].cue = "said"
    res = resolve_dossiers([a.d, b.d])
    assert any(lk["kind"] == "contradicts" and lk["a"] == {"doc": "a", "claim": "c1"} and lk["b"].get("claim") == "c1"
               for lk in res.links)
    # near miss: Brandt is no freed captive here (no release of him): he stays a party, Norland's payment another's
    c = report("c", "Norland paid a ransom to the gunmen, a source said.")
    c.say("c1", None, "Norland paid a ransom to the gunmen")
    c.d.claims[-1].cue = "said"
    a2 = report("a", "Ola Brandt met the envoy on Friday. No ransom was paid by Ola Brandt, Vesterland said.")
    a2.actor("brandt", "Ola Brandt", mention="Ola Brandt")
    a2.say("c1", "vesterland", "No ransom was paid by Ola Brandt")
    a2.d.claims[-1].cue = "said"
    res = resolve_dossiers([a2.d, c.d])
    assert not any(lk["kind"] == "contradicts" and lk["a"].get("claim") == "c1" and lk["b"].get("doc") == "c"
                   for lk in res.links)


def test_numbers_in_words_join_into_one():
    for text, value in [("twenty-six", 26), ("three hundred and forty-four", 344), ("one hundred and five", 105),
                        ("two thousand five hundred", 2500), ("ninety nine", 99), ("seventeen", 17),
                        ("four million", 4_000_000), ("a", None), ("five six", None), ("twenty twelve", None)]:
        assert number_value(text) == value, text
    [q] = quantities("Gunmen freed twenty-six hostages on Friday.")
    assert (q.low, q.noun) == (26.0, "hostages")
    [q] = quantities("the three hundred and forty-four pupils came home")
    assert (q.low, q.high) == (344.0, 344.0)


def test_a_part_of_a_group_is_no_count_of_the_group():
    [q] = quantities("one of the pupils died in captivity")
    assert q.part and q.low == 1.0
    assert not quantities("dozens of pupils were freed")[0].part  # no "the": the pupils counted
    r1 = Report("r1", "The gunmen freed 30 pupils on Friday. One of the pupils was hurt.")
    r2 = Report("r2", "The gunmen freed 40 pupils on Friday.")
    r3 = Report("r3", "Two of the pupils were hurt, a nurse said of the release.")
    res = resolve_dossiers([r1.d, r2.d, r3.d])
    pairs = {tuple(sorted((lk["a"]["doc"], lk["b"]["doc"]))) for lk in res.links
             if lk["kind"] == "contradicts" and lk["on"] == "count"}
    assert ("r1", "r2") in pairs and ("r2", "r3") not in pairs  # two parts of one group may differ: r1-r3 is left


def test_a_count_in_an_acts_sentence_ends_at_the_act():
    r1 = Report("r1", "The gunmen freed 30 messengers on Friday.")
    r1.actor("gunmen", "The gunmen", kind="group", named=False, mention="The gunmen")
    r1.act("i1", "release", "gunmen", None, "The gunmen freed 30 messengers on Friday.")
    r2 = Report("r2", "The gunmen freed 40 messengers on Friday.")
    r3 = Report("r3", "The envoy carried 12 messengers' letters.")
    res = resolve_dossiers([r1.d, r2.d, r3.d])
    [lk] = [lk for lk in res.links if lk["kind"] == "contradicts" and lk["on"] == "count"
            and {lk["a"]["doc"], lk["b"]["doc"]} == {"r1", "r2"}]
    ends = {lk["a"]["doc"]: lk["a"], lk["b"]["doc"]: lk["b"]}
    assert ends["r1"] == {"doc": "r1", "interaction": "i1"}  # the act whose sentence holds the count
    assert "start" in ends["r2"]  # no act told there: the count's words


def test_a_detainee_anchors_a_bare_noun_of_payment():
    assert denies("No money was paid for the detained engineer, Norland said", "payment")
    assert denies("no money was paid", "payment", frozenset({"detained"}))  # a sentence beside names the detainee
    assert not denies("the hospital had no money for medicine", "payment")
    assert not denies("the prison had no money for food", "payment")


# review of the s33 merge (every sentence invented): a smallest unit denies a payment only as what was paid


def test_a_unit_denies_a_payment_only_as_what_was_paid():
    for text in ["The kidnappers did not ask for a single dollar before freeing the hostages",
                 "The captives said they were not given a single naira during their captivity",
                 "Ola Brandt's family did not have a single euro left after his release",
                 "the freed hostages did not get a penny of the ransom",
                 "The detained reporter did not spend one dollar of his own, his release was quick",
                 "Not a single penny was left in the account after the hostages' release"]:
        assert not denies(text, "payment"), text
    for text in ["Norland did not pay the kidnappers a single dollar for the release",
                 "not one cent of the money was paid as ransom",
                 "without a single dollar changing hands, the hostages walked free",
                 "The gunmen did not receive even a single naira for the captives, Kari Lund said",
                 "Vesterland never gave one krona to the abductors",
                 "no single kobo went to their captors"]:
        assert denies(text, "payment"), text


def test_a_unit_not_paid_as_ransom_makes_no_contradiction():
    b = asserting("b", "Vesterland said Norland paid a ransom of five million naira.",
                  "Norland paid a ransom of five million naira")
    for text in ["The pupils came home on Friday. The kidnappers did not ask for a single dollar before freeing them.",
                 "The pupils came home on Friday. The captives said they were not given a single naira."]:
        a = report("a", text)
        a.say("c1", None, text.split(". ")[1].rstrip("."))
        a.d.claims[-1].cue = "said"
        res = resolve_dossiers([a.d, b.d])
        assert not any(lk["kind"] == "contradicts" and {lk["a"]["doc"], lk["b"]["doc"]} == {"a", "b"}
                       for lk in res.links), text
    a = report("a", "The pupils came home on Friday. Not a single kobo was paid to the kidnappers.")
    assert own_voice_denials(resolve_dossiers([a.d, b.d])) == {("a", "b")}  # the near miss keeps working


def test_pay_for_the_release_needs_a_captive():
    for text in ["Norland did not pay for the release of the grain shipment",
                 "Vesterland didn't pay for the release of the impounded trucks, the port said"]:
        assert not denies(text, "payment"), text
    for text in ["Norland did not pay for the release of Ola Brandt", "Norland did not pay for the release of the three pupils",
                 "Norland did not pay for the release, the kidnappers said", "Vesterland did not pay for their release"]:
        assert denies(text, "payment"), text


def test_a_hedge_reaches_its_own_clause_only():
    for content in ["Perhaps the most important thing is that a ransom was paid",
                    "Maybe the lesson is that the gunmen were paid", "possibly the ransom, which Norland paid, was large"]:
        assert not not_told("said", content), content
    assert not_told("said", "perhaps the gunmen were paid off by Norland")


def test_two_numbers_make_a_range_and_every_determiner_a_part():
    [q] = quantities("between twenty and thirty pupils were taken")
    assert (q.low, q.high, q.noun) == (20.0, 30.0, "pupils")
    [q] = quantities("five or six hostages were freed")
    assert (q.low, q.high) == (5.0, 6.0)
    [q] = quantities("three hundred and forty-four pupils")  # "and" after "hundred" still joins one number
    assert (q.low, q.high) == (344.0, 344.0)
    for text in ["two of their pupils were hurt", "three of those hostages", "one of its crew members"]:
        assert quantities(text)[0].part, text
    assert not quantities("two pupils were hurt")[0].part
