"""A plan to stop an ongoing act is not the act still planned (rule across.links.modality_cessation,
links.stops; words in data/across_links.toml [events]). Every text here is invented."""

from __future__ import annotations

from across_helpers import Report
from backchannel.resolve.across import resolve_dossiers


def modality_links(done: str, planned: str, type_: str = "attack") -> list[dict]:
    r1 = Report("r1", done, published="2031-05-02")
    r2 = Report("r2", planned, published="2031-05-09")
    for r in (r1, r2):
        r.actor("lorvia", "Lorvia", kind="state", mention="Lorvia")
        r.actor("pell", "Pell", kind="state", mention="Pell")
    r1.act("i1", type_, "lorvia", "pell", done.rstrip("."), time="2031-05-02")
    r2.act("i1", type_, "lorvia", "pell", planned.rstrip("."), modality="planned")
    res = resolve_dossiers([r1.d, r2.d])
    return [lk for lk in res.links if lk["kind"] == "contradicts" and lk["on"] == "modality"]


def test_a_plan_to_stop_strikes_does_not_still_plan_them():
    for planned in ["Lorvia will halt strikes on Pell, its president said.",
                    "Lorvia would stop bombing Pell from Friday.",
                    "Lorvia will put a stop to its war on Pell.",
                    "Lorvia has decided to cease its shelling of Pell.",
                    "Lorvia will suspend raids on Pell for a week.",
                    "Lorvia is expected to pause its attacks on Pell."]:
        assert modality_links("Lorvia struck Pell on 2 May.", planned) == [], planned


def test_near_misses_still_plan_the_act():
    # a plan of the attack itself, no word of stopping
    assert len(modality_links("Lorvia struck Pell on 2 May.", "Lorvia will strike Pell again, officials said.")) == 1
    # "the end of the week" is a time, not a word of stopping
    assert len(modality_links("Lorvia struck Pell on 2 May.",
                              "Lorvia will strike Pell again by the end of the week.")) == 1
    # a one-off act: the word of stopping belongs to another act of the sentence
    assert len(modality_links("Lorvia released the Pell crew on 2 May.",
                              "Lorvia will release the Pell crew once the shelling stops.", "release")) == 1
