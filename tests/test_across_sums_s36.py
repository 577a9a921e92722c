"""Sums of money across reports (rule across.links.count_sum). Every text here is invented."""

from __future__ import annotations

from across_helpers import Report
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.passages import count_passages
from backchannel.resolve.across.sums import sums


def read(text: str) -> list[tuple[str, float, float, str, str]]:
    return [(q.noun, round(q.low, 3), round(q.high, 3), cls, text[q.start:end]) for q, end, cls in sums(text)]


def test_sums_are_read_with_currency_scale_qualifier_and_what_they_are_of() -> None:
    assert read("Lorvia unlocked nearly $4 billion in frozen harbour dues.") == \
        [("usd billion", 3.4, 4.0, "near", "nearly $4 billion in frozen harbour dues")]
    assert read("the release of at least 4 billion dollars of Lorvian money") == \
        [("usd billion", 4.0, 12.0, "least", "at least 4 billion dollars of Lorvian money")]
    got = read("a transfer of $4 billion (about €3.7 billion) of port fees to Castel")
    assert got[0][:4] == ("usd billion", 3.5, 4.5, "flat")  # a rounded figure allows half its last digit
    assert got[0][4] == "$4 billion (about €3.7 billion) of port fees to Castel"
    assert read("a fine of US$2.5bn was paid")[0][:3] == ("usd billion", 2.45, 2.55)


def test_numbers_without_a_currency_are_no_sums() -> None:
    assert read("about 4 billion people live there") == []
    assert read("the 40 detainees were freed") == []
    noun = [c.quantity.noun for c in count_passages("r1", "all $4 billion has been paid to Castel")]
    assert noun == ["usd billion"]  # not a count of "billion has"


def report(doc: str, text: str, day: str) -> Report:
    r = Report(doc, text, published=day)
    r.actor("lorvia", "Lorvia", kind="state", mention="Lorvia")
    return r


def sum_links(*reports: Report) -> set[tuple[str, str, str]]:
    res = resolve_dossiers([r.d for r in reports])
    return {(lk["kind"], lk["a"]["doc"], lk["b"]["doc"]) for lk in res.links if "count_sum" in lk.get("note", "")}


def test_nearly_and_at_least_one_figure_contradict_and_flat_figures_corroborate() -> None:
    r1 = report("r1", "Lorvia got access to $4 billion (about €3.7 billion) of frozen port fees, officials said. "
                "The harbour board confirmed that all $4 billion had been moved.", "2031-05-01")
    r2 = report("r2", "The deal saw nearly $4 billion in Lorvian assets unlocked.", "2031-05-01")
    r3 = report("r3", "The trade involved the unlocking of at least $4 billion of Lorvian money. The $4 billion "
                "had been held abroad.", "2031-05-02")
    r4 = report("r4", "Critics faulted the move to let Lorvia use $4 billion in port fees that had been frozen.",
                "2031-05-01")
    got = sum_links(r1, r2, r3, r4)
    assert ("contradicts", "r2", "r3") in got  # under four against four or more
    assert ("corroborates", "r1", "r4") in got  # a flat $4 billion in both
    assert not any(k == "contradicts" and "r1" in (a, b) for k, a, b in got)  # a rounded figure meets both
    assert ("corroborates", "r1", "r3") not in got  # r3 says four or more, r1 four: not the same


def test_sums_of_other_scales_currencies_or_far_apart_are_two_sums() -> None:
    r1 = report("r1", "Lorvia was fined $350 million for the scheme.", "2031-05-01")
    r2 = report("r2", "Lorvia will receive $4 billion in port fees and at least $2 billion later.", "2031-05-01")
    r3 = report("r3", "Lorvia got €4 billion in port fees.", "2031-05-01")
    r4 = report("r4", "Lorvia was paid $9 billion for the port.", "2031-05-01")
    assert not any(k == "contradicts" for k, _, _ in sum_links(r1, r2, r3, r4))
