"""Was there a go-between at all, session 44 (every text here is invented).

Rules: ``across.links.denial_exclusive`` ("the only governments that took part in the talks were Ostland and Westmark"
shuts a go-between out), ``across.links.denial_succeeded`` ("the success of their attempt to mediate" tells the
mediation), ``across.links.denial_clause_cue`` ("the envoy denies | Kessia mediated the deal": the mediation is
denied, not the deal), ``across.links.denial_side_chain`` (a spokeswoman of a state's office speaks for the state),
``across.links.denial_mediation_third`` (a telling naming no side of its report names its go-betweens),
``across.links.retell_disputed`` (two claims a contradiction joins are not also a retelling), and the words
"brokered by", "role in", "success of" of data/across_denial.toml.
"""

from __future__ import annotations

import pytest
from across_helpers import Report

from backchannel.model import Claim, ClaimSpans
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.denial import asserts, denied_text, denies
from backchannel.resolve.across.links import scored_similar_claims
from backchannel.resolve.across.records import ClaimRec, content_tokens
from backchannel.resolve.across.retell import passage_of
from backchannel.resolve.across.retelltree import retell_tree


# -- text: what shuts a go-between out ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The only governments that negotiated the accord were Ostland and Westmark",
    "the only two states involved in the talks were Ostland and Westmark",
    "only Ostland and Westmark were involved in the talks",
    "Only the two governments took part in the negotiations",
    "the only parties to the agreement were the Free Hill Front and Westmark",
    "no other country was involved in the talks",
    "nobody else took part in the negotiations",
])
def test_an_exclusive_telling_denies_a_go_between(text):
    assert denies(text, "mediation") and not asserts(text, "mediation"), text


@pytest.mark.parametrize("text", [
    "Kessia was not the only country that negotiated with the Front",  # "not the only": others did too
    "not only Ostland and Westmark took part in the talks",
    "the talks resumed only after Ostland and Westmark met",  # a limit of time
    "only Kessia negotiated with the Front",  # one party: who negotiated, not that no one mediated
    "the only countries that could negotiate a truce are Ostland and Westmark",  # a modal: what may be
    "the only states that did not negotiate were Ostland and Westmark",
    "No other country has done more to secure the release than Kessia",  # praise, no exclusion from the talks
    "the envoy was none other than the emir of Pell",
    "the only way to end the war is to negotiate with the Front",  # no party shut out
    "the talks can only succeed if Ostland and Westmark negotiate in good faith",  # a condition
])
def test_near_misses_shut_no_go_between_out(text):
    assert not denies(text, "mediation"), text


def test_a_go_between_named_by_only_is_told_not_denied():
    text = "the only states that mediated were Pell and Kessia"  # a verb of going between itself
    assert asserts(text, "mediation") and not denies(text, "mediation")


# -- text: what tells a go-between ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Pell and Kessia announced the success of their attempt to mediate the handover between Ostland and Westmark",
    "Anna Berg had a central role in mediation between the two capitals",
    "both capitals praised the success of Kessian mediation",
    "the handover was brokered by Pell and Kessia",
    "the talks were facilitated by Kessia",
    "with the help of Kessian mediation, the two sides agreed",
    "the truce followed weeks of Kessian mediation",
    "Kessia's mediation led to the freeing of the crew",
    "Westmark said Kessia successfully pressed the Front to mediate",
])
def test_a_go_between_is_told(text):
    assert asserts(text, "mediation") and not denies(text, "mediation"), text


@pytest.mark.parametrize("text", [
    "Kessia tried without success to mediate between the two sides",
    "Kessia never succeeded in its efforts to mediate",
    "Pell urged Kessia to mediate between Ostland and Westmark",
    "Kessia had a big role in the handover",
])
def test_near_misses_tell_no_go_between(text):
    assert not asserts(text, "mediation"), text


# -- a clause reported by a verb of denial -----------------------------------------------------------------------
def _rec(cue: str, content: str, clause: bool) -> ClaimRec:
    return ClaimRec("r1", "c1", None, content, False, frozenset(), cue=cue, clause=clause)


def test_a_denied_clause_denies_its_act_not_a_noun_inside_it():
    text = denied_text(_rec("denies", "Kessia mediated the deal", clause=True))
    assert denies(text, "mediation") and not denies(text, "agreement")


@pytest.mark.parametrize("cue,content", [("denied", "any deal with the Front"),
                                         ("denied", "that a deal had been reached")])
def test_near_misses_a_denied_object_or_that_clause_still_denies_the_deal(cue, content):
    assert denies(denied_text(_rec(cue, content, clause=cue == "denied" and content.startswith("that"))), "agreement")


# -- across reports ---------------------------------------------------------------------------------------------
def _claim(r: Report, cid: str, speaker: str | None, content: str, cue: str, rule: str, direct: bool = False) -> None:
    s, e = r.span(content)
    r.d.claims.append(Claim(id=cid, speaker=speaker, content=content, direct=direct, cue=cue, rule=rule,
                            spans=ClaimSpans(doc=r.doc, content=[[s, e]]), evidence=r.evidence(content)))


def _sides(r: Report) -> None:
    for name in ("Ostland", "Westmark"):
        if name in r.text:
            r.actor(name.lower(), name, kind="state", mention=name)


def _mediators(doc: str = "r1") -> Report:
    """The go-betweens' own statement: their mediation between the two sides succeeded."""
    text = ("Pell and Kessia announced the success of their attempt to mediate the handover of two captives between "
            "Ostland and Westmark, according to a joint statement. Ostland freed Anna Berg on Monday.")
    r = Report(doc, text, published="2031-04-08", source=f"Outlet {doc}")
    _sides(r)
    r.actor("p", "Pell", kind="state")
    r.actor("k", "Kessia", kind="state")
    r.actor("b", "Anna Berg", kind="person")
    claim = text.split(", according")[0]
    r.act("i1", "mediate", "p", "ostland", claim)
    r.act("i2", "mediate", "k", "westmark", claim)
    r.act("i3", "release", "ostland", "b", "Ostland freed Anna Berg on Monday.")
    _claim(r, "c1", None, claim, "according to", "claims.nominal.according_to")
    return r


def _spokeswoman(doc: str, said: str, cue: str = "said", tail: str = "") -> Report:
    """A side's spokeswoman, of its presidency (an office of the state): her words are the state's."""
    text = f"\u201c{said},\u201d {cue} Lena Voss, a spokeswoman for the Westmark presidency.{tail}"
    if cue == "insisted":
        text = f"Lena Voss, a spokeswoman for the Westmark presidency, insisted {said}.{tail}"
    r = Report(doc, text, published="2031-04-08", source=f"Outlet {doc}")
    _sides(r)
    r.actor("pres", "Westmark presidency", kind="organization", affiliation="westmark")
    r.actor("voss", "Lena Voss", kind="person", affiliation="pres")
    _claim(r, "c1", "voss", said, cue, "claims.content.complement", direct=cue == "said")
    return r


def _contras(*reports: Report) -> list[dict]:
    return [lk for lk in resolve_dossiers([r.d for r in reports]).links if lk["kind"] == "contradicts"]


def _pairs(links: list[dict]) -> set[tuple[str, str]]:
    return {tuple(sorted((lk["a"]["doc"], lk["b"]["doc"]))) for lk in links}  # type: ignore[misc]


def test_only_the_two_sides_negotiated_disputes_the_go_betweens_statement():
    r2 = _spokeswoman("r2", "The only governments that took part in the talks were Ostland and Westmark")
    res = resolve_dossiers([_mediators().d, r2.d])
    contra = [lk for lk in res.links if lk["kind"] == "contradicts"]
    assert ("r1", "r2") in _pairs(contra)
    ends = {("r1", "c1"), ("r2", "c1")}
    assert not [lk for lk in res.links if lk["kind"] == "corroborates"  # across.links.retell_disputed
                and {(lk["a"]["doc"], lk["a"].get("claim")), (lk["b"]["doc"], lk["b"].get("claim"))} == ends]


def test_a_spokeswomans_denial_speaks_for_her_state():
    r2 = _spokeswoman("r2", "the two countries did not mediate the accord", cue="insisted")
    assert ("r1", "r2") in _pairs(_contras(_mediators(), r2))


def test_a_denied_clause_disputes_the_mediation_not_the_deal():
    r2 = _spokeswoman("r2", "Kessia mediated the deal", cue="denies",
                      tail=" Ostland and Westmark signed the deal on Monday.")
    r3 = Report("r3", "Ostland and Westmark agreed a deal on Monday.", published="2031-04-08", source="Outlet r3")
    _sides(r3)
    r3.act("i1", "agree", "ostland", "westmark", "Ostland and Westmark agreed a deal on Monday.")
    _claim(r3, "c1", None, "Ostland and Westmark agreed a deal on Monday", "reported", "claims.content.complement")
    links = _contras(_mediators(), r2, r3)
    assert ("r1", "r2") in _pairs(links) and ("r2", "r3") not in _pairs(links)


def test_a_brokering_told_with_go_betweens_the_acts_lack_meets_the_exclusive_denial():
    text = ("The handover was brokered by Pell and Kessia, the two states said. Pell mediated with Ostland. "
            "Westmark freed two captives.")
    r1 = Report("r1", text, published="2031-04-08", source="Outlet r1")
    _sides(r1)
    r1.actor("p", "Pell", kind="state")
    r1.actor("k", "Kessia", kind="state")
    r1.act("i1", "mediate", "p", "ostland", "Pell mediated with Ostland.")
    r1.actor("cap", "captives", kind="group", named=False, mention="two captives")
    r1.act("i2", "release", "westmark", "cap", "Westmark freed two captives.")
    _claim(r1, "c1", "p", "The handover was brokered by Pell and Kessia", "said", "claims.content.complement_before")
    r2 = _spokeswoman("r2", "The only governments that took part in the talks were Ostland and Westmark")
    ends = {(lk["a"]["doc"], lk["a"].get("claim")) for lk in _contras(r1, r2)} | \
        {(lk["b"]["doc"], lk["b"].get("claim")) for lk in _contras(r1, r2)}
    assert ("r1", "c1") in ends  # the claim naming Kessia too, not only Pell's act


def test_a_retelling_two_claims_a_contradiction_joins_is_dropped():
    a = ClaimRec("r1", "c1", None, "Pell mediated the handover of the captives between Ostland and Westmark", True,
                 content_tokens("Pell mediated the handover of the captives between Ostland and Westmark"))
    b = ClaimRec("r2", "c1", None, "only Ostland and Westmark negotiated the handover of the captives", True,
                 content_tokens("only Ostland and Westmark negotiated the handover of the captives"))
    similar = scored_similar_claims([a, b])
    assert similar  # their words make them look retold
    made = [{"kind": "contradicts", "on": "negation", "a": {"doc": "r2", "claim": "c1"}, "b": {"doc": "r1", "claim": "c1"}}]
    assert retell_tree(made, similar, passage_of([], [a, b])) == []
    assert retell_tree([], similar, passage_of([], [a, b]))  # near miss: no dispute, the retelling stays


def test_near_miss_an_exclusive_denial_leaves_another_disputes_mediation():
    text = "Kessia mediated the release of fishermen held by Dunmere, Lorvia said."
    r1 = Report("r1", text, published="2031-04-08", source="Outlet r1")
    r1.actor("k", "Kessia", kind="state")
    r1.actor("d", "Dunmere", kind="state")
    r1.actor("l", "Lorvia", kind="state")
    r1.act("i1", "mediate", "k", "l", text)
    _claim(r1, "c1", "l", "Kessia mediated the release of fishermen held by Dunmere", "said", "claims.content.complement")
    r2 = _spokeswoman("r2", "The only governments that took part in the talks were Ostland and Westmark")
    assert _pairs(_contras(r1, r2)) == set()


def test_near_miss_one_report_holding_both_accounts_is_not_at_odds_with_itself():
    r = _mediators()
    r.text = r.d.documents[0].text
    said = "The only governments that took part in the talks were Ostland and Westmark"
    tail = f" \u201c{said},\u201d said Lena Voss."
    r.d.documents[0].text += tail
    r.text += tail
    r.actor("voss", "Lena Voss", kind="person", affiliation="westmark")
    _claim(r, "c2", "voss", said, "said", "claims.content.complement_before", direct=True)
    assert _contras(r) == []


# -- events: a state's leader acts for it in the end slots (across.events.leader_for_state) ---------------------
def _credited(doc: str, who: str, descriptor: str | None) -> Report:
    text = f"{who} mediated between Ostland and Westmark on Monday."
    if descriptor:
        text = f"Karl Dorn, the {descriptor}, mediated between Ostland and Westmark on Monday. Pell welcomed it."
    r = Report(doc, text, published="2031-04-08", source=f"Outlet {doc}")
    _sides(r)
    r.actor("pell", "Pell", kind="state")
    src = "pell"
    if descriptor:
        src = r.actor("dorn", "Karl Dorn", kind="person", affiliation="pell", descriptors=[descriptor])
    r.act("i1", "mediate", src, "ostland", text.split(". ")[0] + ("" if text.split(". ")[0].endswith(".") else "."))
    return r


def _events_of(*reports: Report) -> list[set[str]]:
    res = resolve_dossiers([r.d for r in reports])
    return [{m["doc"] for m in e["members"]} for e in res.events]


@pytest.mark.parametrize("descriptor", ["emir of Pell", "Pell president", "crown prince"])
def test_a_leaders_mediation_is_his_states(descriptor):
    assert {"r1", "r2"} in _events_of(_credited("r1", "Pell", None), _credited("r2", "", descriptor))


@pytest.mark.parametrize("descriptor", ["former president of Pell", "foreign minister", "vice president",
                                        "adviser to the emir"])
def test_near_misses_a_person_who_does_not_lead_the_state_acts_for_himself(descriptor):
    assert {"r1", "r2"} not in _events_of(_credited("r1", "Pell", None), _credited("r2", "", descriptor))


# -- a verb of denial before a gerund; an achievement negated (across.links.denial_gerund, _not_done) -----------
@pytest.mark.parametrize("text,family", [
    ("Westmark denied negotiating with the Free Hill Front", "talks"),
    ("Kessia denies having mediated the exchange", "mediation"),
    ("Pell denied ever brokering the deal", "mediation"),
    ("the two sides had not reached an agreement by Sunday night", "agreement"),
    ("Ostland and Westmark didn't sign any accord", "agreement"),
    ("Ostland never signed the accord", "agreement"),
    ("an agreement was never reached", "agreement"),
    ("the talks were not held", "talks"),
])
def test_a_denied_gerund_or_achievement_denies_the_act(text, family):
    assert denies(text, family) and not asserts(text, family), text


@pytest.mark.parametrize("text,family", [
    ("Pell denied brokering the deal", "agreement"),  # the brokering is denied, not the deal
    ("the two sides have not yet reached an agreement", "agreement"),  # pending
    ("Ostland did not sign the accord until Friday", "agreement"),  # late, not undone
    ("Do not sign any truce with the Free Hill Front", "agreement"),  # an order (across.links.denial_imperative)
    ("don't hold any talks with them", "talks"),
    ("the families urged ministers to not sign the truce", "agreement"),  # a wish
    ("we never sign deals with kidnappers", "agreement"),  # a habit
    ("Westmark will not reach a deal with the Front", "agreement"),  # a plan or a refusal
])
def test_near_misses_deny_no_act(text, family):
    assert not denies(text, family), text


def _agreed(doc: str = "r1") -> Report:
    text = "Ostland and Westmark agreed a truce on Monday, officials said."
    r = Report(doc, text, published="2031-04-08", source=f"Outlet {doc}")
    _sides(r)
    r.act("i1", "agree", "ostland", "westmark", text)
    return r


@pytest.mark.parametrize("said,linked", [
    ("the two sides had not reached an agreement", True),
    ("the two sides have not yet reached an agreement", False),  # pending: another day may tell it
    ("do not sign any truce with the Free Hill Front", False),  # an order
])
def test_across_a_negated_achievement_disputes_the_agreement_told(said, linked):
    text = f"Westmark said {said}."
    r2 = Report("r2", text, published="2031-04-08", source="Outlet r2")
    _sides(r2)
    _claim(r2, "c1", "westmark", said, "said", "claims.content.complement")
    assert (("r1", "r2") in _pairs(_contras(_agreed(), r2))) is linked


def test_no_quid_pro_quo_denies_a_linkage():
    assert denies("there was no quid pro quo", "linkage") and asserts("the release was a quid pro quo", "linkage")
