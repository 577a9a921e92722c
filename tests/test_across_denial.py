"""A report that denies an act exists, against reports that tell it (every text here is invented).

Rule: ``across.links.denial`` (resolve/across/denial.py, data/across_denial.toml).
"""

from __future__ import annotations

from across_helpers import Report, outlet_report
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.denial import asserts, denies


def denial_links(res) -> list[dict]:
    return [lk for lk in res.links if "across.links.denial" in lk["note"]]


def pairs(res) -> set[tuple[str, str]]:
    return {(lk["a"]["doc"], lk["b"]["doc"]) for lk in denial_links(res)}


def report(doc: str, text: str, published: str = "2031-05-04") -> Report:
    return outlet_report(doc, text, ("Lorvia", "Ostrava"), published)


def minister(r: Report, name: str = "Ilse Marren", side: str = "lorvia") -> str:
    return r.actor("marren", name, affiliation=side)


def test_denial_words_of_several_shapes():
    for text in ["There is no agreement on a truce", "no deal has been reached", "she rejected reports of a secret "
                 "ceasefire", "Lorvia has not agreed to the plan", "Ostrava hasn't agreed", "the cabinet has yet to "
                 "accept the terms", "the two envoys never met"]:
        assert any(denies(text, f) for f in ("agreement", "meeting", "talks")), text
    assert asserts("Lorvia had agreed to a truce", "agreement")
    assert asserts("a deal had been reached with Ostrava", "agreement")
    assert not asserts("Lorvia has not agreed to the truce", "agreement")
    assert not asserts("the condition for a truce was a pause", "agreement")  # a noun alone tells no act


def test_a_denial_contradicts_each_claim_and_act_of_the_agreement_in_other_reports():
    deny = report("r1", "Ilse Marren said: \"There is no agreement on a truce with Ostrava at this time.\"")
    minister(deny)
    deny.say("c1", "marren", "There is no agreement on a truce", direct=True)
    claim = report("r2", "A Lorvian official confirmed that Lorvia had agreed to a truce on Monday.")
    claim.say("c1", None, "Lorvia had agreed to a truce")
    act = report("r3", "Lorvia and Ostrava signed a truce in the border town of Pell.")
    act.act("i1", "agree", "lorvia", "ostrava", "Lorvia and Ostrava signed a truce")
    res = resolve_dossiers([deny.d, claim.d, act.d])
    assert pairs(res) == {("r1", "r2"), ("r1", "r3")}
    assert all(lk["kind"] == "contradicts" and lk["on"] == "negation" for lk in denial_links(res))
    ends = {lk["b"]["doc"]: lk["b"] for lk in denial_links(res)}
    assert ends["r2"] == {"doc": "r2", "claim": "c1"} and ends["r3"] == {"doc": "r3", "interaction": "i1"}
    assert all(lk["a"] == {"doc": "r1", "claim": "c1"} for lk in denial_links(res))


def test_a_denial_of_another_act_or_in_the_same_report_links_nothing():
    deny = report("r1", "The two envoys never met, Lorvia's ministry said. Lorvia had agreed to a truce.")
    deny.say("c1", "lorvia", "The two envoys never met")
    deny.say("c2", "lorvia", "Lorvia had agreed to a truce")  # same report: not at odds with itself
    other = report("r2", "Officials said Lorvia had agreed to a truce with Ostrava.")
    other.say("c1", None, "Lorvia had agreed to a truce")
    res = resolve_dossiers([deny.d, other.d])
    assert pairs(res) == set()  # a meeting denied, an agreement told


def test_a_denial_for_one_party_does_not_contradict_another_partys_agreement():
    deny = report("r1", "Ilse Marren said Lorvia has not agreed to the truce.")
    minister(deny)
    deny.say("c1", "marren", "Lorvia has not agreed to the truce")
    other = report("r2", "Ostrava accepted the truce on Sunday, its cabinet said.")
    other.say("c1", None, "Ostrava accepted the truce")
    same = report("r3", "Diplomats said Lorvia accepted the truce late on Saturday.")
    same.say("c1", None, "Lorvia accepted the truce")
    res = resolve_dossiers([deny.d, other.d, same.d])
    assert pairs(res) == {("r1", "r3")}


def test_each_denial_of_a_report_answers_the_assertion():
    # session 30, rule across.links.denial_each (was: one denial per report, the deniers' own words): the
    # narrator's "denied any truce" and the minister's quote both dispute the deal told elsewhere
    deny = report("r1", "Lorvia denied any truce. Ilse Marren said: \"There is no deal with Ostrava.\"")
    minister(deny)
    deny.say("c1", None, "Lorvia denied any truce")
    deny.say("c2", "marren", "There is no deal with Ostrava", direct=True)
    other = report("r2", "Reports said a deal had been reached by Lorvia and Ostrava.")
    other.say("c1", None, "a deal had been reached by Lorvia and Ostrava")
    res = resolve_dossiers([deny.d, other.d])
    assert [lk["a"] for lk in denial_links(res)] == [{"doc": "r1", "claim": "c2"}, {"doc": "r1", "claim": "c1"}]


def test_a_refusal_or_plan_is_no_denial():
    assert not denies("the two delegations will not meet this week as scheduled", "meeting")
    assert not denies("Lorvia won't agree to a truce", "agreement")
    deny = report("r1", "Lorvia's envoys will not meet on Friday as planned, Ilse Marren said.")
    minister(deny)
    deny.say("c1", "marren", "Lorvia's envoys will not meet on Friday as planned")
    other = report("r2", "The Lorvia and Ostrava envoys met in Pell on Monday.")
    other.act("i1", "meet", "lorvia", "ostrava", "The Lorvia and Ostrava envoys met in Pell")
    assert pairs(resolve_dossiers([deny.d, other.d])) == set()


def test_an_act_sought_asked_for_or_aimed_at_is_not_asserted():
    for text in ["Pell's envoy urged Lorvia to agree to a truce",  # an attempt verb over the act
                 "The president then asked that Pell help get Ostrava to accept the plan",  # a request, two deep
                 "she asked for Pell's help to persuade Lorvia to also agree",  # base causative under a purpose
                 "Ostrava pressed the rebels to accept a truce",
                 "the envoy flew to Pell in a bid to seal a deal",  # a purpose clause over a noun of achievement
                 "Lorvia is expected to sign off on the accord"]:
        assert not asserts(text, "agreement"), text
    # an implicative causative in the past tells that the act happened; so does a plain act verb
    assert asserts("Pell's foreign minister persuaded Lorvia to agree to the truce", "agreement")
    assert asserts("officials said Ostrava had accepted the truce", "agreement")
    # the governor of another clause does not reach the act verb
    assert asserts("the envoy, who urged restraint, said Lorvia had agreed", "agreement")


def test_an_act_noun_that_only_modifies_another_noun_is_not_asserted():
    assert not asserts("Pell has been mediating a Lorvian-drafted truce proposal that was reached late", "agreement")
    assert not asserts("the ceasefire talks were concluded without result", "agreement")
    assert asserts("a truce was reached between Lorvia and Ostrava", "agreement")
    assert asserts("the ceasefire agreement was signed in Pell", "agreement")  # the head itself is an act noun


def test_sought_acts_and_modifier_nouns_in_other_reports_are_not_denied():
    deny = report("r1", "Ilse Marren said: \"There is no agreement on a truce with Ostrava.\"")
    minister(deny)
    deny.say("c1", "marren", "There is no agreement on a truce", direct=True)
    urged = report("r2", "The Pell envoy urged Lorvia to agree to a truce with Ostrava.")
    urged.say("c1", None, "The Pell envoy urged Lorvia to agree to a truce with Ostrava")
    urged.act("i1", "agree", "lorvia", "ostrava", "The Pell envoy urged Lorvia to agree to a truce with Ostrava.")
    mediating = report("r3", "Pell has been mediating a truce proposal between Lorvia and Ostrava.")
    mediating.act("i1", "agree", "lorvia", "ostrava", "Pell has been mediating a truce proposal between Lorvia "
                  "and Ostrava.")
    told = report("r4", "Officials in Pell said Lorvia had agreed to the truce.")
    told.say("c1", None, "Lorvia had agreed to the truce")
    res = resolve_dossiers([deny.d, urged.d, mediating.d, told.d])
    assert pairs(res) == {("r1", "r4")}


def test_the_parties_of_an_asserted_act_are_those_of_its_clause():
    deny = report("r1", "Ilse Marren, a Lorvia minister, said: \"There is no agreement on a truce.\"")
    minister(deny)
    deny.say("c1", "marren", "There is no agreement on a truce", direct=True)
    other = report("r2", "Lorvia's envoy told Pell that Ostrava had agreed to the truce.")
    other.actor("pell", "Pell", kind="state", mention="Pell")
    other.say("c1", None, "Lorvia's envoy told Pell that Ostrava had agreed to the truce")
    mine = report("r3", "An aide told Pell that Lorvia had agreed to the truce.")
    mine.say("c1", None, "An aide told Pell that Lorvia had agreed to the truce")
    res = resolve_dossiers([deny.d, other.d, mine.d])
    assert pairs(res) == {("r1", "r3")}  # Ostrava's agreement, told by a Lorvian envoy, is not Lorvia's


def test_one_source_telling_the_act_twice_is_one_end():
    deny = report("r1", "Ilse Marren said: \"There is no agreement on a truce.\"")
    minister(deny)
    deny.say("c1", "marren", "There is no agreement on a truce", direct=True)
    other = report("r2", "Lorvia accepted the truce, an aide said. Lorvia had agreed to it on Monday, the aide added. "
                   "Lorvia had agreed to the truce late on Monday, the outlet learned.")
    aide = other.actor("aide", "an aide")
    other.say("c1", aide, "Lorvia accepted the truce")
    other.say("c2", aide, "Lorvia had agreed to it on Monday")
    other.say("c3", None, "Lorvia had agreed to the truce late on Monday")
    res = resolve_dossiers([deny.d, other.d])
    assert sorted(lk["b"]["claim"] for lk in denial_links(res)) == ["c1", "c3"]
