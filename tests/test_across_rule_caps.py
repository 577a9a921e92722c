"""The newer cross-report link rules bounded as caps.py bounds a block, the pairs left out counted in
``Resolution.capped`` (rules across.links.case_dispute, across.links.one_or_several), and the whole-word
search of textspans.mention_starts. Every text here is invented."""

from __future__ import annotations

import re

import pytest
from across_helpers import Report

from backchannel.resolve.across import casedispute, denialscan, oneorseveral, resolve_dossiers
from backchannel.resolve.across.textspans import word_starts

INNOCENCE = ["the teacher had been wrongfully detained for fourteen months", "the espionage case was baseless",
             "the charges against the schoolteacher were fabricated", "her arrest was politically motivated"]


def charge(doc: str, k: int) -> Report:
    text = (f"Velmar released Oda Strenholm on day {k}. The Velmari Security Bureau accused her of espionage. "
            "According to prosecutors, she passed survey maps of the northern harbour to a foreign agency.")
    r = Report(doc, text, published=f"2032-03-0{k + 1}", source=f"Wire {k}")
    r.actor("strenholm", "Oda Strenholm", mention="Oda Strenholm")
    r.actor("bureau", "Velmari Security Bureau", kind="organization")
    r.actor("prosecutors", "prosecutors", kind="group", named=False)
    r.act("i1", "accuse", "bureau", "strenholm", "accused her of espionage")
    r.say("c1", "prosecutors", "she passed survey maps of the northern harbour to a foreign agency")
    return r


def innocence(doc: str, k: int) -> Report:
    speaker = ["Marisol", "Castel", "Ivarde", "Pellin"][k]
    text = f"Strenholm flew home to Pell. {speaker} said {INNOCENCE[k]}."
    r = Report(doc, text, published=f"2032-03-0{k + 1}", source=f"Herald {k}")
    r.actor("strenholm", "Strenholm", mention="Strenholm")
    r.actor(speaker.lower(), speaker, mention=speaker)
    r.say("c1", speaker.lower(), INNOCENCE[k])
    return r


def case_corpus() -> list:
    return [charge(f"g{k}", k).d for k in range(4)] + [innocence(f"n{k}", k).d for k in range(4)]


def case_links(res) -> list[tuple[str, str]]:
    return sorted((lk["a"]["doc"], lk["b"]["doc"]) for lk in res.links if "across.links.case_dispute" in lk["note"])


def test_across_links_case_dispute_cap_counts_the_pairs_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    whole = resolve_dossiers(case_corpus())
    assert len(case_links(whole)) == 16  # four charges, each against the four innocence claims
    assert whole.capped["case_dispute"].skipped == 0
    monkeypatch.setattr(casedispute, "CAP", 2)
    res = resolve_dossiers(case_corpus())
    capped = res.capped["case_dispute"]
    # charges 3 and 4 are weighed against the first two innocence claims only: 2 x 2 pairs left out
    assert (capped.blocks, capped.largest, capped.skipped) == (1, 8, 4)
    assert len(case_links(res)) == 12
    assert set(case_links(res)) < set(case_links(whole))
    assert ("g3", "n3") not in case_links(res) and ("g3", "n0") in case_links(res)


def meeting(doc: str, several: bool, k: int) -> Report:
    who = "senior Lorvian officials" if several else "a senior Lorvian official"
    text = f"Tomas Ferro met {who} on day {k}. Lorvia said nothing."
    r = Report(doc, text, published="2032-04-01", source=f"Paper {doc}")
    r.actor("lorvia", "Lorvia", kind="state")
    r.actor("ferro", "Tomas Ferro")
    r.actor("other", who.removeprefix("a "), kind="group" if several else "person", named=False,
            affiliation="lorvia")
    r.act("i1", "meet", "ferro", "other", text.split(" on day")[0])
    return r


def count_links(res) -> list[tuple[str, str]]:
    return sorted(tuple(sorted((lk["a"]["doc"], lk["b"]["doc"]))) for lk in res.links
                  if "across.links.one_or_several" in lk["note"])


def test_across_links_one_or_several_cap_counts_the_pairs_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    docs = [meeting(f"p{k}", True, k).d for k in range(3)] + [meeting(f"s{k}", False, k).d for k in range(4)]
    whole = resolve_dossiers(docs)
    assert len(count_links(whole)) == 12 and whole.capped["one_or_several"].skipped == 0
    monkeypatch.setattr(oneorseveral, "CAP", 2)
    docs = [meeting(f"p{k}", True, k).d for k in range(3)] + [meeting(f"s{k}", False, k).d for k in range(4)]
    res = resolve_dossiers(docs)
    capped = res.capped["one_or_several"]
    # the third report telling several meets the first two telling one only: (3-2) x (4-2) pairs left out
    assert (capped.blocks, capped.largest, capped.skipped) == (1, 7, 2)
    assert len(count_links(res)) == 10
    assert set(count_links(res)) < set(count_links(whole))


@pytest.mark.parametrize("text,form", [
    ("Oda Strenholm met Strenholmsen; Strenholm left.", "Strenholm"),
    ("The U.N. and U.N.X and (U.N.) met.", "U.N."),
    ("Varo_Kel, Varo Kel, Varo Kelt and Varo Kel.", "Varo Kel"),
    ("Ödra Vål met Vål2 and Vål.", "Vål"),
    ("aaaa", "aa"),
    ("-Ren- Ren-Ren -Ren", "-Ren-"),
])
def test_word_starts_is_the_whole_word_regex(text: str, form: str) -> None:
    want = [m.start() for m in re.finditer(rf"\b{re.escape(form)}\b", text)]
    assert word_starts(text, form) == want


def test_a_denial_links_its_first_max_ends_assertions_claims_before_acts(monkeypatch: pytest.MonkeyPatch) -> None:
    """across.links.denial stops scanning a denial's assertions once MAX_ENDS are found (the scan was
    #denials x #assertions): the ends kept are the same first ones, claims before acts."""
    def told(doc: str, k: int, act: bool) -> Report:
        r = Report(doc, f"An official of Lorvia said on day {k} that Lorvia had agreed to a truce with Ostrava.",
                   published="2031-05-04", source=f"Outlet {doc}")
        r.actor("lorvia", "Lorvia", kind="state", mention="Lorvia")
        r.actor("ostrava", "Ostrava", kind="state", mention="Ostrava")
        if act:
            r.act("i1", "agree", "lorvia", "ostrava", "Lorvia had agreed to a truce with Ostrava")
        else:
            r.say("c1", None, "Lorvia had agreed to a truce")
        return r

    deny = Report("r0", "Ilse Marren said: \"There is no agreement on a truce with Ostrava at this time.\"",
                  published="2031-05-04", source="Outlet r0")
    deny.actor("ostrava", "Ostrava", kind="state", mention="Ostrava")
    deny.actor("marren", "Ilse Marren", affiliation="lorvia")
    deny.say("c1", "marren", "There is no agreement on a truce", direct=True)
    docs = [deny.d] + [told(f"r{k}", k, k > 3).d for k in range(1, 7)]

    def ends(res) -> list[tuple[str, str]]:
        return sorted((lk["b"]["doc"], next(k for k in lk["b"] if k != "doc"))
                      for lk in res.links if "across.links.denial" in lk["note"])

    assert ends(resolve_dossiers(docs)) == [("r1", "claim"), ("r2", "claim"), ("r3", "claim"),
                                           ("r4", "interaction"), ("r5", "interaction"), ("r6", "interaction")]
    monkeypatch.setattr(denialscan, "MAX_ENDS", 4)
    assert ends(resolve_dossiers(docs)) == [("r1", "claim"), ("r2", "claim"), ("r3", "claim"), ("r4", "interaction")]
    monkeypatch.setattr(denialscan, "MAX_ENDS", 2)
    assert ends(resolve_dossiers(docs)) == [("r1", "claim"), ("r2", "claim")]


def test_a_denial_weighs_at_most_max_scan_tellings_and_counts_the_rest(monkeypatch: pytest.MonkeyPatch) -> None:
    """across.links.denial: a denial weighs the first MAX_SCAN tellings of its family (claims first); the
    tellings left out are counted in Resolution.capped["denial"]. A denial whose scan fills MAX_ENDS counts none."""
    def told(doc: str, k: int, state: str) -> Report:
        r = Report(doc, f"An official said on day {k} that {state} had agreed to a truce with Ostrava.",
                   published="2031-05-04", source=f"Outlet {doc}")
        r.actor(state.lower(), state, kind="state", mention=state)
        r.actor("ostrava", "Ostrava", kind="state", mention="Ostrava")
        r.say("c1", None, f"{state} had agreed to a truce")
        return r

    deny = Report("r0", "Ilse Marren said there is no agreement between Lorvia and Ostrava on a truce.",
                  published="2031-05-04", source="Outlet r0")
    deny.actor("lorvia", "Lorvia", kind="state", mention="Lorvia")
    deny.actor("ostrava", "Ostrava", kind="state", mention="Ostrava")
    deny.actor("marren", "Ilse Marren", affiliation="lorvia")
    deny.say("c1", "marren", "there is no agreement between Lorvia and Ostrava on a truce")
    # three reports tell Vesterland's truce (not the denial's party), then two Lorvia's
    docs = [deny.d] + [told(f"r{k}", k, "Vesterland" if k <= 3 else "Lorvia").d for k in range(1, 6)]

    def ends(res) -> list[str]:
        return sorted(lk["b"]["doc"] for lk in res.links if "across.links.denial" in lk["note"])

    whole = resolve_dossiers(docs)
    assert ends(whole) == ["r4", "r5"]
    assert whole.capped["denial"].to_dict() == {"blocks_over_cap": 0, "largest_block": 5, "pairs_not_compared": 0}
    monkeypatch.setattr(denialscan, "MAX_SCAN", 4)
    cut = resolve_dossiers(docs)
    assert ends(cut) == ["r4"]
    assert cut.capped["denial"].to_dict() == {"blocks_over_cap": 1, "largest_block": 5, "pairs_not_compared": 1}
    monkeypatch.setattr(denialscan, "MAX_ENDS", 1)
    assert resolve_dossiers(docs).capped["denial"].to_dict()["blocks_over_cap"] == 0
