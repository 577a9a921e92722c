"""Defects a review of session 44's cross-report denials found, pinned on invented sentences of several shapes.

1. ``across.links.denial_exclusive``: a verb of taking part in anything shuts a go-between out only with a noun of
   negotiation as its object; not beside a told go-between or an exception, nor a partitive ("only two of").
2. ``across.links.denial_not_done``: "not X but Y", a manner or a doer after the participle, another act before the
   noun, and a clause of time after a past perfect move the act, they do not deny it.
3. pending phrases of several words ("so far") are read on the words after the noun.
4. a verb of denial itself negated or refused denies nothing ("did not deny mediating").
7. ``across.links.denial_side_chain`` climbs only through offices, bodies and leaders, not from a militia to its state.
"""

from __future__ import annotations

import pytest
from across_helpers import Report
from test_across_mediation_s44 import _claim, _contras, _pairs, _sides

from backchannel.resolve.across.denial import denies
from backchannel.resolve.across.denialtext import top_sides


# -- 1. exclusive tellings ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "'Only Ostland and Westmark troops were involved in the border clashes in March,' said Lena Voss, a "
    "spokeswoman for the Westmark presidency.",
    "Only Ostland and Westmark took part in the talks mediated by Kessia",
    "the only countries involved in the Kessian-brokered talks were Ostland and Westmark",
    "The only parties to the agreement were Ostland and Westmark; Kessia acted as mediator",
    "no other country was involved in the talks besides the mediator Pell",
    "Kessia and Pell were only two of several countries involved in the talks",
    "Kessia was one of the only countries involved in the negotiations",
    "only Ostland and Westmark athletes took part in the games",
])
def test_exclusive_needs_negotiation_and_no_go_between(text):
    assert not denies(text, "mediation"), text


@pytest.mark.parametrize("text", [
    "only Ostland and Westmark were involved in the talks",
    "the only two states that took part in the negotiations were Ostland and Westmark",
    "the only parties to the agreement were the Free Hill Front and Westmark",
    "The only governments that negotiated the accord were Ostland and Westmark",
])
def test_exclusive_still_denies(text):
    assert denies(text, "mediation"), text


# -- 2./3. negated achievement ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Ostland and Westmark did not sign the agreement on Sunday as planned but did so on Monday in Pell, officials said.",
    "The agreement was not signed by the Westmark president but by his deputy",
    "for years the two sides did not reach an agreement, but on Monday they agreed a truce",
    "the previous agreement was never signed",
    "an agreement was not reached easily",
    "the agreement had not been signed when the prisoners were freed on Monday",
    "the two sides have not reached an agreement so far",
    "Westmark did not sign the earlier deal",
])
def test_a_moved_or_pending_act_is_not_denied(text):
    assert not denies(text, "agreement"), text


@pytest.mark.parametrize("text", [
    "the two sides did not reach an agreement",
    "an agreement was never reached, officials said",
    "Ostland has not signed any deal with the Front",
    "the two sides did not reach an agreement, but talks will continue",
])
def test_a_negated_achievement_still_denies(text):
    assert denies(text, "agreement"), text


# -- 4. a denial itself negated ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Kessia refused to deny mediating between Ostland and Westmark",
    "Pell did not deny mediating",
    "Kessia has never denied mediating between the two sides",
    "Pell would neither confirm nor deny that it had mediated",
    "Kessia declined to deny that it mediated the handover",
    "Westmark didn't deny negotiating with the Front",
])
def test_a_negated_denial_denies_nothing(text):
    family = "talks" if "negotiating" in text else "mediation"
    assert not denies(text, family), text


@pytest.mark.parametrize("text", [
    "Kessia denied mediating between Ostland and Westmark",
    "Pell denies having mediated",
    "Kessia denied that it mediated the handover",
])
def test_a_denial_still_denies(text):
    assert denies(text, "mediation"), text


# -- 7. the side chain climbs only through offices, bodies and leaders --------------------------------------------
def _told_talks() -> Report:
    r = Report("r1", "Ostland held talks with Westmark on Monday.", published="2031-04-08", source="Outlet r1")
    _sides(r)
    r.act("i1", "negotiate", "ostland", "westmark", "Ostland held talks with Westmark on Monday.")
    return r  # an act alone: a denial naming two parties answers an act whose ends it holds both of


def _group_voice(group: str, kind: str) -> Report:
    said = "We never held talks with Westmark"
    text = f"\u201c{said},\u201d said Lena Voss, a spokeswoman for the {group}."
    r = Report("r2", text, published="2031-04-08", source="Outlet r2")
    _sides(r)
    r.actor("ostland", "Ostland", kind="state", mention="Ostland")
    r.actor("grp", group.split(",")[0], kind=kind, affiliation="ostland")
    r.actor("voss", "Lena Voss", kind="person", affiliation="grp")
    _claim(r, "c1", "voss", said, "said", "claims.content.complement", direct=True)
    return r


def test_a_militia_of_a_state_does_not_speak_for_it_against_a_claim():
    r1 = _told_talks()
    _claim(r1, "c1", None, "Ostland held talks with Westmark on Monday", "reported", "claims.content.complement")
    links = _contras(r1, _group_voice("Free Hill Front, an Ostland militia", "armed_group"))
    assert ("r1", "r2") not in _pairs(links)


def test_a_militia_of_a_state_does_not_speak_for_it():
    links = _contras(_told_talks(), _group_voice("Free Hill Front, an Ostland militia", "armed_group"))
    assert ("r1", "r2") not in _pairs(links)


def test_a_state_office_still_speaks_for_it():
    links = _contras(_told_talks(), _group_voice("Ostland presidency", "organization"))
    assert ("r1", "r2") in _pairs(links)


def test_top_sides_climbs_only_given_steps():
    side = {"voss": "front", "front": "ostland", "aide": "presidency", "presidency": "ostland"}
    up = top_sides(side, climbs={"presidency": "ostland"})
    assert up["voss"] == "front" and up["aide"] == "ostland"


# -- 10. the sub-rule a dispute rests on is in its note ---------------------------------------------------------
def test_the_note_names_the_sub_rule():
    links = _contras(_told_talks(), _group_voice("Ostland presidency", "organization"))
    notes = " ".join(lk["note"] for lk in links)
    assert "[across.links.denial_side_chain]" in notes


def test_shape_rules_name_the_shape():
    from backchannel.resolve.across.denialdata import denial_words, family_of
    from backchannel.resolve.across.denialdone import shape_rules
    f, dv = family_of("mediation"), denial_words().deny_verbs
    assert shape_rules("kessia denied mediating the handover", "mediation", f.nouns, f.verbs, dv) == \
        ["across.links.denial_gerund"]
    assert shape_rules("only ostland and westmark were involved in the talks", "mediation", f.nouns, f.verbs, dv) == \
        ["across.links.denial_exclusive"]
    a = family_of("agreement")
    assert "across.links.denial_not_done" in shape_rules("the two sides did not reach an agreement", "agreement",
                                                         a.nouns, a.verbs, dv)


# -- 5. a state's leader: the office heads the descriptor ---------------------------------------------------------
@pytest.mark.parametrize("descriptor,leads", [
    ("president of the Pell central bank", False), ("president of the Pell Red Crescent", False),
    ("president of the national assembly", False), ("king's nephew", False), ("president's chief of staff", False),
    ("Chancellor of the Exchequer", False), ("the emir's special envoy", False), ("chancellor of the university", False),
    ("emir of Pell", True), ("Pell president", True), ("the Ostland chancellor", True), ("king", True),
    ("President of the United States", True),
])
def test_a_leader_heads_his_descriptor(descriptor, leads):
    from backchannel.resolve.across.bodies import _leads
    assert _leads(descriptor) is leads
