"""Rule across.links.quoted_figure: one speaker's statement quoted by two reports with two numbers of one thing
contradicts on count, and the two quotes no longer corroborate. Every text here is invented."""

from __future__ import annotations

from across_helpers import Report

from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.misquote import figures

RULE = "across.links.quoted_figure"


def _minister(doc: str, quote: str, outlet: str) -> Report:
    text = f'Foreign Minister Anna Berg of Westmark said: "{quote}"'
    r = Report(doc, text, published="2031-05-04", source=outlet)
    r.actor("berg", "Anna Berg", kind="person", descriptors=["foreign minister"])
    r.say("c1", "berg", quote, direct=True)
    return r


def _links(*reports: Report) -> list[dict]:
    return resolve_dossiers(iter([r.d for r in reports])).links


def _quoted(links: list[dict]) -> list[dict]:
    return [lk for lk in links if RULE in lk.get("note", "")]


def test_years_held_quoted_two_ways_contradict() -> None:
    a = _minister("d1", "Tomas Ferro, our engineer, who was unjustly held in Ostland for six years, is now free "
                        "and on his way home to his family.", "Outlet A")
    b = _minister("d2", "Tomas Ferro, our engineer, who was unjustly held in Ostland for more than three years, "
                        "is now free and on his way home to his family.", "Outlet B")
    links = _links(a, b)
    got = _quoted(links)
    assert len(got) == 1 and got[0]["kind"] == "contradicts" and got[0]["on"] == "count"
    ends = {(got[0]["a"]["doc"], got[0]["a"]["claim"]), (got[0]["b"]["doc"], got[0]["b"]["claim"])}
    assert ends == {("d1", "c1"), ("d2", "c1")}
    assert not [lk for lk in links if lk["kind"] == "corroborates" and {lk["a"].get("doc"), lk["b"].get("doc")} == {"d1", "d2"}
                and lk["a"].get("claim") and lk["b"].get("claim")]


def test_people_counted_two_ways_in_one_quote() -> None:
    a = _minister("d1", "We have brought home 14 fishermen from the Free Hill Front camps this week, and we will "
                        "not rest until the rest return.", "Outlet A")
    b = _minister("d2", "We have brought home nine fishermen from the Free Hill Front camps this week, and we will "
                        "not rest until the rest return.", "Outlet B")
    assert len(_quoted(_links(a, b))) == 1


def test_same_figure_in_words_and_digits_is_no_dispute() -> None:
    a = _minister("d1", "The talks in Westmark lasted three days and ended with a signed text on the exchange.",
                  "Outlet A")
    b = _minister("d2", "The talks in Westmark lasted 3 days and ended with a signed text on the exchange.", "Outlet B")
    assert not _quoted(_links(a, b))


def test_two_speakers_with_two_figures_are_no_misquote() -> None:
    a = _minister("d1", "The talks in Westmark lasted three days and ended with a signed text on the exchange.",
                  "Outlet A")
    text = 'Ostland envoy Piet Vos said: "The talks in Westmark lasted five days and ended with a signed text on the exchange."'
    b = Report("d2", text, published="2031-05-04", source="Outlet B")
    b.actor("vos", "Piet Vos", kind="person", descriptors=["envoy"])
    b.say("c1", "vos", "The talks in Westmark lasted five days and ended with a signed text on the exchange.", direct=True)
    assert not _quoted(_links(a, b))


def test_paraphrase_with_ranges_apart_contradicts() -> None:
    a = _minister("d1", "Tomas Ferro was held in Ostland for six years and is now free.", "Outlet A")
    b = _minister("d2", "Tomas Ferro was held in Ostland for two years and is now free.", "Outlet B")
    b.d.claims[0].direct = False
    assert len(_quoted(_links(a, b))) == 1


def test_paraphrase_whose_ranges_meet_is_no_dispute() -> None:
    a = _minister("d1", "Tomas Ferro was held in Ostland for six years and is now free.", "Outlet A")
    b = _minister("d2", "Tomas Ferro was held in Ostland for more than five years and is now free.", "Outlet B")
    b.d.claims[0].direct = False
    assert not _quoted(_links(a, b))


def test_figures_fold_plurals_and_skip_years_and_days() -> None:
    assert figures("held for one year, then 12 months more, freed on May 26 in 2031 talks") == {"year": {1},
                                                                                                  "month": {12}}
    assert figures("twenty-two prisoners and about 40 guards") == {"prisoner": {22}, "guard": {40}}
