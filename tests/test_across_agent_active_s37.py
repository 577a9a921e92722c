"""Who did an act told in the active voice (rule across.links.agent_active, beside the passives of
across.links.agent_actor). Invented sentences and names only."""

from __future__ import annotations

import pytest
from across_helpers import Report

from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.agents import active_passages


def read(text: str) -> list[tuple[str, str, str]]:
    """(doer region, verb, party region) of each active telling."""
    return [(text[p.sentence:p.at].strip(), p.verb, text[p.by:p.end].strip()) for p in active_passages("d", text)]


@pytest.mark.parametrize("text, want", [
    ("Lorvian police arrested Tomas Pell in Kessa in 2029.", ("Lorvian police", "arrested", "Tomas Pell")),
    ("Officials said Castelia detained the reporter Tomas Pell last May.",
     ("Officials said Castelia", "detained", "the reporter Tomas Pell last May")),
    ("In 2029, Castelia seized Pell, a sailor.", ("Castelia", "seized", "Pell")),
    ("Castelia has freed Tomas Pell, the ministry said.", ("Castelia has", "freed", "Tomas Pell")),
])
def test_an_active_telling_is_read(text, want):
    assert read(text) == [want]


@pytest.mark.parametrize("text", [
    "Tomas Pell was arrested by Lorvian police.",  # a passive: agent_passages reads it
    "Lorvia welcomed the freed Tomas Pell.",  # a participle after a determiner
    "Castelia denied it detained Tomas Pell.",  # a denial
    "Castelia never arrested Tomas Pell.",
    "five wrongfully detained Lorvians came home",  # a participle of state
    "Pell is expected to be released soon.",
])
def test_near_misses_are_no_active_telling(text):
    assert read(text) == []


def report(doc: str, text: str, doer: str, doer_name: str, kind: str = "state") -> Report:
    r = Report(doc, text, published="2031-05-02")
    r.actor("pell", "Tomas Pell", mention="Pell")
    r.actor(doer, doer_name, kind=kind, mention=doer_name)
    return r


def actor_links(*reports: Report) -> set[tuple[str, str]]:
    res = resolve_dossiers([r.d for r in reports])
    return {tuple(sorted((lk["a"]["doc"], lk["b"]["doc"]))) for lk in res.links  # type: ignore[misc]
            if lk["kind"] == "contradicts" and lk["on"] == "actor"}


def test_an_active_and_a_passive_naming_two_doers_dispute_who_did_it():
    r1 = report("r1", "Castelia arrested Tomas Pell in Kessa in 2029.", "castelia", "Castelia")
    r2 = report("r2", "Tomas Pell was arrested in 2029 by Lorvia, his family said.", "lorvia", "Lorvia")
    r3 = report("r3", "Lorvia arrested Pell in 2029, the court heard.", "lorvia", "Lorvia")
    assert actor_links(r1, r2, r3) == {("r1", "r2"), ("r1", "r3")}


def test_the_same_doer_or_another_act_is_no_dispute():
    r1 = report("r1", "Castelia arrested Tomas Pell in Kessa in 2029.", "castelia", "Castelia")
    r2 = report("r2", "Tomas Pell was arrested in 2029 by Castelia, his family said.", "castelia", "Castelia")
    r3 = report("r3", "Lorvia freed Tomas Pell in 2031.", "lorvia", "Lorvia")  # another act: freed, not arrested
    assert actor_links(r1, r2, r3) == set()


# -- rule across.links.actor_described: a described go-between may be the named one --------------------------
def mediation(doc: str, go: str, name: str, kind: str, named: bool = True) -> Report:
    text = f"{name} mediated between Lorvia and Castelia over the sailors."
    r = Report(doc, text, published="2031-05-02")
    r.actor("g", name if named else name.lower(), kind=kind, named=named, mention=name)
    r.actor("lorvia", "Lorvia", kind="state", mention="Lorvia")
    r.actor("castelia", "Castelia", kind="state", mention="Castelia")
    r.act("i1", "mediate", "g", "lorvia", text)
    return r


def test_a_described_go_between_is_no_rival_of_a_named_person_but_of_a_state():
    r1 = mediation("r1", "pell", "Tomas Pell", "person")
    r2 = mediation("r2", "go", "A private go-between", "person", named=False)
    r3 = mediation("r3", "vest", "Vesterland", "state")
    assert actor_links(r1, r2, r3) == {("r1", "r3"), ("r2", "r3")}


# -- rule across.links.charge_answered_once: two charges, two rebuttals, one each ------------------------------
def charge(doc: str, day: str) -> Report:
    text = "Lorvian prosecutors accused Oskar Pell of diverting funds from the port authority."
    r = Report(doc, text, published=day)
    r.actor("a1", "Lorvian prosecutors", kind="group", named=False)
    r.actor("a2", "Oskar Pell")
    r.act("i1", "accuse", "a1", "a2", text)
    return r


def rebuttal(doc: str, day: str, words: str) -> Report:
    r = Report(doc, f"Oskar Pell returned to Norland. {words}, Ilse Marrow said.", published=day)
    r.actor("b1", "Oskar Pell")
    r.actor("b2", "Ilse Marrow")
    r.say("c1", "b2", words)
    return r


def test_two_reports_rebuttals_answer_two_reports_charges_once_each():
    reports = [charge("r1", "2031-05-04"), charge("r2", "2031-05-04"),
               rebuttal("r3", "2031-05-04", "Oskar Pell's only crime was to buy medicine for his town"),
               rebuttal("r4", "2031-05-05", "the case against Pell is baseless")]
    res = resolve_dossiers([r.d for r in reports])
    got = [(lk["a"]["doc"], lk["b"]["doc"]) for lk in res.links if lk["kind"] == "contradicts" and lk["on"] == "content"]
    assert sorted(got) == [("r1", "r3"), ("r2", "r4")]
