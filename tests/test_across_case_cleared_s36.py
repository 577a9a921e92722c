"""Session 36: an innocence claim clears only the accused person it names in the clause of its word of
innocence (rule across.links.case_dispute, ``casedispute.cleared``), the discipline the rebuttal rule got in
session 35. Every text here is invented."""

from __future__ import annotations

import pytest

from across_helpers import Report
from backchannel.resolve.across import resolve_dossiers


def charge_report() -> Report:
    text = ("Velmar released Oda Strenholm, a teacher from Pell, on Friday. "
            "The Velmari Security Bureau accused her of espionage last spring. "
            "According to prosecutors, she passed survey maps of the northern harbour to a foreign agency.")
    r = Report("r1", text, published="2032-03-05", source="Velmar Wire")
    r.actor("strenholm", "Oda Strenholm", mention="Oda Strenholm")
    r.actor("bureau", "Velmari Security Bureau", kind="organization")
    r.actor("prosecutors", "prosecutors", kind="group", named=False)
    r.act("i1", "accuse", "bureau", "strenholm", "accused her of espionage")
    r.say("c1", "prosecutors", "she passed survey maps of the northern harbour to a foreign agency")
    return r


def other_report(text: str, content: str, people: list[str]) -> Report:
    """A report whose claim (said by Marisol) names ``people`` (each at its first mention in the text)."""
    r = Report("r2", text, published="2032-03-06", source="Pell Herald")
    for name in people:
        r.actor(name.split()[-1].lower(), name, mention=name.split()[-1])
    r.actor("marisol", "Marisol", mention="Marisol")
    r.say("c1", "marisol", content)
    return r


def disputes(b: Report) -> list[tuple[str, str]]:
    res = resolve_dossiers([charge_report().d, b.d])
    return sorted(tuple(sorted((lk["a"]["doc"], lk["b"]["doc"]))) for lk in res.links
                  if lk["kind"] == "contradicts" and lk["on"] == "content" and "case_dispute" in lk["note"])


@pytest.mark.parametrize("text, content, people", [
    ("Marisol said Strenholm was wrongfully detained for fourteen months.",
     "Strenholm was wrongfully detained for fourteen months", ["Oda Strenholm"]),
    ("Marisol said the espionage charges against Strenholm were baseless.",
     "the espionage charges against Strenholm were baseless", ["Oda Strenholm"]),
    ("Tarn Oberle flew home. Marisol said Oberle had helped and that Strenholm was a political prisoner.",
     "Oberle had helped and that Strenholm was a political prisoner", ["Oda Strenholm", "Tarn Oberle"]),
    ("Strenholm landed in Pell. Marisol said the teacher had been unjustly held.",  # no name: the one before
     "the teacher had been unjustly held", ["Oda Strenholm"]),
])
def test_a_claim_clearing_the_accused_by_name_or_by_description_disputes_the_charge(text, content, people):
    assert disputes(other_report(text, content, people)) == [("r1", "r2")]


@pytest.mark.parametrize("text, content, people", [
    # the accused is named in the claim, but another person is the one cleared
    ("Marisol said Oberle was wrongfully detained and Strenholm flew home on Sunday.",
     "Oberle was wrongfully detained and Strenholm flew home on Sunday", ["Oda Strenholm", "Tarn Oberle"]),
    ("Marisol said Strenholm returned first, while Oberle remains arbitrarily detained in Kessa.",
     "Strenholm returned first, while Oberle remains arbitrarily detained in Kessa", ["Oda Strenholm", "Tarn Oberle"]),
    ("Marisol said the charges against Oberle were baseless, adding that Strenholm had been questioned.",
     "the charges against Oberle were baseless, adding that Strenholm had been questioned",
     ["Oda Strenholm", "Tarn Oberle"]),
    # only a person accused of nothing is named: the accused named before is not the one cleared
    ("Strenholm landed in Pell. Marisol said Oberle was innocent.", "Oberle was innocent",
     ["Oda Strenholm", "Tarn Oberle"]),
])
def test_a_claim_clearing_another_person_disputes_no_charge(text, content, people):
    assert disputes(other_report(text, content, people)) == []


@pytest.mark.parametrize("text, content", [
    ("Marisol said Strenholm, 34, was wrongfully detained.", "Strenholm, 34, was wrongfully detained"),
    ("Marisol said Strenholm, a teacher from Pell, is innocent.", "Strenholm, a teacher from Pell, is innocent"),
])
def test_an_apposition_does_not_cut_the_cleared_person_off(text, content):
    assert disputes(other_report(text, content, ["Oda Strenholm"])) == [("r1", "r2")]
