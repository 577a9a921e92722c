"""How long a freed captive was held, told differently (rule ``across.links.held_for_differs``). Every text here is
invented."""

from __future__ import annotations

import pytest
from across_helpers import Report

from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.heldfor import durations

YEAR = 365


@pytest.mark.parametrize("text,years", [
    ("an informant who has been jailed in Lorvia for more than 20 years", (20, 60)),
    ("an officer held in a Lorvian jail for nearly 20 years", (17, 20)),
    ("freed after nearly five years' imprisonment", (4.25, 5)),
    ("who had served eight years in an Ostland prison", (7.5, 9)),
    ("kept captive for about ten years", (8.5, 11.5)),
    ("detained for a year", (0.5, 2)),
])
def test_a_time_held_in_each_shape(text, years):
    got = durations(text)
    assert len(got) == 1 and (round(got[0].low / YEAR, 2), round(got[0].high / YEAR, 2)) == years


@pytest.mark.parametrize("text", [
    "Tomas Ferro spent two years negotiating with the Front",  # spent, but no place of captivity
    "he served eight years in office before the talks",
    "the two sides held talks in Tarn for two years",  # held talks is no captivity
    "Anna Berg held office for nine years",
    "a sentence of ten years",  # a sentence is not the time held
])
def test_no_time_held(text):
    assert durations(text) == []


def _report(doc: str, text: str, captive: str, mention: str, published: str = "2031-05-04",
            named: bool = False, extra: tuple[str, str] | None = None) -> Report:
    """Lorvia frees ``captive`` (act i1); ``extra`` (name, mention): a named person Lorvia also frees (act i2)."""
    r = Report(doc, text, published=published, source=f"Outlet {doc}")
    r.actor("lorvia", "Lorvia", kind="state", mention="Lorvia")
    r.actor("cap", captive, kind="person", named=named, mention=mention)
    first = text.split(". ")[0]
    r.act("i1", "release", "lorvia", "cap", first if mention in first else text.split(". ")[1])
    if extra:
        r.actor("named", extra[0], kind="person", mention=extra[1])
        r.act("i2", "release", "lorvia", "named", next(s for s in text.split(". ") if extra[1] in s))
    return r


def _resolve(*reports: Report):
    return resolve_dossiers([r.d for r in reports])


def _held(res) -> list[dict]:
    return [lk for lk in res.links if "held_for_differs" in lk.get("note", "")]


BERG = ("Anna Berg", "Anna Berg")
A = "Lorvia freed Anna Berg on Monday. Lorvia also freed a Westmark informant who had been jailed for nearly ten years"
B = "Lorvia freed a Westmark source who has been held in a Lorvian jail for more than ten years"
C = "Lorvia released an informant held for nearly ten years, officials said"


def test_more_than_and_nearly_contradict_and_the_same_act_is_no_agreement():
    a = _report("r1", A, "Westmark informant", "Westmark informant", extra=BERG)
    res = _resolve(a, _report("r2", B, "Westmark source", "Westmark source"))
    links = _held(res)
    assert [(lk["kind"], lk["on"]) for lk in links] == [("contradicts", "count")]
    assert {links[0]["a"]["doc"], links[0]["b"]["doc"]} == {"r1", "r2"}
    assert "[across.links.held_for_differs]" in links[0]["note"]
    pair = {("r1", "i1"), ("r2", "i1")}
    assert not [lk for lk in res.links if lk["kind"] == "corroborates"
                and {(lk[x]["doc"], lk[x].get("interaction")) for x in "ab"} == pair]


def test_a_rounded_figure_and_the_same_figure():
    a = _report("r1", A, "Westmark informant", "Westmark informant", extra=BERG)
    c = _report("r3", C, "informant", "informant")
    d = _report("r4", "Lorvia freed an informant jailed for ten years, the Front said", "informant", "informant")
    links = _held(_resolve(a, c, d))
    assert {(lk["kind"], frozenset((lk["a"]["doc"], lk["b"]["doc"]))) for lk in links} == {
        ("corroborates", frozenset(("r1", "r3")))}  # "ten years" may be rounded: no dispute with "nearly ten"


def test_months_apart_explain_the_difference():
    a = _report("r1", A, "Westmark informant", "Westmark informant", extra=BERG, published="2031-01-10")
    b = _report("r2", B, "Westmark source", "Westmark source", published="2031-09-10")
    assert _held(_resolve(a, b)) == []


def test_another_persons_time_is_not_the_captives():
    text = "Lorvia freed Anna Berg after Westmark had jailed Tomas Ferro for more than ten years"
    r = Report("r5", text, published="2031-05-04", source="Outlet r5")
    r.actor("lorvia", "Lorvia", kind="state", mention="Lorvia")
    r.actor("berg", "Anna Berg", kind="person", mention="Anna Berg")
    r.actor("westmark", "Westmark", kind="state", mention="Westmark")
    r.actor("ferro", "Tomas Ferro", kind="person", mention="Tomas Ferro")
    r.act("i1", "release", "lorvia", "berg", text)
    s = _report("r6", "Lorvia freed Anna Berg, jailed for nearly ten years", "Anna Berg", "Anna Berg", named=True)
    assert _held(_resolve(r, s)) == []


def test_a_state_named_in_the_phrase_is_no_other_captive():
    text = "Lorvia freed a Westmark pilot who had been jailed in Ostland for more than ten years"
    r = Report("r9", text, published="2031-05-04", source="Outlet r9")
    r.actor("lorvia", "Lorvia", kind="state", mention="Lorvia")
    r.actor("ostland", "Ostland", kind="state", mention="Ostland")
    r.actor("pilot", "Westmark pilot", kind="person", named=False, mention="Westmark pilot")
    r.actor("berg", "Anna Berg", kind="person", mention="Anna Berg") if "Anna Berg" in text else None
    r.act("i1", "release", "lorvia", "pilot", text)
    s = _report("r10", "Lorvia freed a pilot held for nearly ten years", "pilot", "pilot")
    links = _held(_resolve(r, s))
    assert [(lk["kind"], lk["on"]) for lk in links] == [("contradicts", "count")]


@pytest.mark.parametrize("first,second", [
    ("Lorvia freed a Westmark engineer who had served four years in a Lorvian prison",
     "Lorvia freed a Westmark engineer held in Lorvia for more than twenty years"),
    ("Lorvia released a Westmark officer jailed for three years",
     "Lorvia released a Westmark officer who had been imprisoned for about ten years"),
    ("Lorvia freed a Westmark courier after six months' detention",
     "Lorvia freed a Westmark courier, detained for two years"),
])
def test_figures_far_apart_are_two_captives_not_a_dispute(first, second):
    """One event that took in two captives' releases (a named one beside an unnamed one) holds both their times;
    figures more than twice apart are no dispute a fact-checker should see."""
    a = _report("r1", first, "Westmark captive", "Westmark")
    b = _report("r2", second, "Westmark captive", "Westmark")
    assert [lk for lk in _held(_resolve(a, b)) if lk["kind"] == "contradicts"] == []


def test_near_figures_still_contradict():
    a = _report("r1", "Lorvia freed a Westmark engineer held for nearly ten years", "Westmark captive", "Westmark")
    b = _report("r2", "Lorvia freed a Westmark engineer jailed for more than ten years", "Westmark captive", "Westmark")
    assert [lk["kind"] for lk in _held(_resolve(a, b))] == ["contradicts"]
