"""A report that denies an act exists, against reports that tell it (every text here is invented).

Rule: ``across.links.denial`` (resolve/across/denial.py, data/across_denial.toml).
"""

from __future__ import annotations

from across_helpers import Report
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.denial import asserts, denies


def denial_links(res) -> list[dict]:
    return [lk for lk in res.links if "across.links.denial" in lk["note"]]


def pairs(res) -> set[tuple[str, str]]:
    return {(lk["a"]["doc"], lk["b"]["doc"]) for lk in denial_links(res)}


def report(doc: str, text: str, published: str = "2031-05-04") -> Report:
    r = Report(doc, text, published=published, source=f"Outlet {doc}")
    for name in ("Lorvia", "Ostrava"):
        if name in text:
            r.actor(name.lower(), name, kind="state", mention=name)
    return r


def minister(r: Report, name: str = "Ilse Marren", side: str = "lorvia") -> str:
    return r.actor("marren", name, affiliation=side)


def test_denial_words_of_several_shapes():
    for text in ["There is no agreement on a truce", "no deal has been reached", "she denied the existence of any "
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


def test_one_denial_per_report_by_the_deniers_own_words():
    deny = report("r1", "Lorvia denied any truce. Ilse Marren said: \"There is no deal with Ostrava.\"")
    minister(deny)
    deny.say("c1", None, "Lorvia denied any truce")
    deny.say("c2", "marren", "There is no deal with Ostrava", direct=True)
    other = report("r2", "Reports said a deal had been reached by Lorvia and Ostrava.")
    other.say("c1", None, "a deal had been reached by Lorvia and Ostrava")
    res = resolve_dossiers([deny.d, other.d])
    (lk,) = denial_links(res)
    assert lk["a"] == {"doc": "r1", "claim": "c2"}


def test_a_refusal_or_plan_is_no_denial():
    assert not denies("the cabinet will not meet as scheduled", "meeting")
    assert not denies("Lorvia won't agree to a truce", "agreement")
    deny = report("r1", "Lorvia's cabinet will not meet as planned, Ilse Marren said.")
    minister(deny)
    deny.say("c1", "marren", "Lorvia's cabinet will not meet as planned")
    other = report("r2", "The Lorvia and Ostrava envoys met in Pell on Monday.")
    other.act("i1", "meet", "lorvia", "ostrava", "The Lorvia and Ostrava envoys met in Pell")
    assert pairs(resolve_dossiers([deny.d, other.d])) == set()
