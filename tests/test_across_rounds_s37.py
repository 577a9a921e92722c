"""A later round of an act is no dispute over its day (rule ``across.links.time_later_round``; invented texts).

Two tellings of one act on two days are a near miss on time; but when one telling's day falls after the other
report was published, that report could not have told it: the later telling is another round ("swapped 60 on
Tuesday, the second exchange in a week" against last week's "swapped 40 on Tuesday").
"""

from __future__ import annotations

import pytest
from across_helpers import Report

from backchannel.resolve.across import resolve_dossiers


def report(doc: str, text: str, published: str, day: str, count: int | None = None,
           doer: bool = True) -> Report:
    r = Report(doc, text, published=published)
    r.actor("castelia", "Castelia", kind="state", mention="Castelia")
    r.actor("lorvia", "Lorvia", kind="state", mention="Lorvia")
    r.act("i1", "release", "castelia" if doer else None, "lorvia", text, time=day,
          count=(count, "exactly") if count else None)
    return r


def time_links(*reports: Report) -> list[dict]:
    res = resolve_dossiers([r.d for r in reports])
    return [lk for lk in res.links if lk["kind"] == "contradicts" and lk["on"] == "time"]


@pytest.mark.parametrize("first,second", [
    (("2031-05-07", "2031-05-06"), ("2031-05-14", "2031-05-13")),  # a week later, each told the next day
    (("2031-05-07", "2031-05-06"), ("2031-05-10", "2031-05-10")),  # four days later, told that day
    (("2031-05-02", "2031-05-01"), ("2031-05-04", "2031-05-03")),  # two days later
])
def test_an_act_after_the_other_reports_date_is_a_later_round(first, second):
    r1 = report("r1", "Castelia handed prisoners back to Lorvia in an exchange.", *first)
    r2 = report("r2", "Castelia handed more prisoners back to Lorvia in a new exchange.", *second)
    assert time_links(r1, r2) == []


def test_a_later_round_with_one_end_unnamed_is_no_dispute_either():
    r1 = report("r1", "Prisoners were handed back to Lorvia in an exchange, Castelia said.", "2031-05-07", "2031-05-06",
                doer=False)
    r2 = report("r2", "Castelia handed more prisoners back to Lorvia in a new exchange.", "2031-05-12", "2031-05-11")
    assert time_links(r1, r2) == []


@pytest.mark.parametrize("days", [
    ("2031-05-06", "2031-05-07"),  # both reports published after both days: one act on two days
    ("2031-05-05", "2031-05-07"),
])
def test_near_miss_two_days_both_reports_could_tell_is_still_a_dispute(days):
    r1 = report("r1", "Castelia handed prisoners back to Lorvia in an exchange.", "2031-05-08", days[0])
    r2 = report("r2", "Castelia handed prisoners back to Lorvia in the exchange.", "2031-05-08", days[1])
    assert len(time_links(r1, r2)) == 1


def test_near_miss_unknown_publication_weighs_nothing():
    r1 = report("r1", "Castelia handed prisoners back to Lorvia in an exchange.", None, "2031-05-06")  # type: ignore[arg-type]
    r2 = report("r2", "Castelia handed prisoners back to Lorvia in the exchange.", "2031-05-09", "2031-05-08")
    assert len(time_links(r1, r2)) == 1


# -- a ceiling in a claim's count (s37-xreview: the fact counts read "up to 300" as 300) ------------------------------
@pytest.mark.parametrize("text,want", [
    ("Castelia freed up to 300 Lorvian prisoners", [("lorvia", 1.0, 300.0)]),
    ("as many as 40 Lorvian soldiers were handed over by Castelia", [("lorvia", 1.0, 40.0)]),
    ("Castelia handed over up to 60 Lorvian prisoners of war", [("lorvia", 1.0, 60.0)]),
])
def test_a_ceiling_is_at_most_its_number_in_the_fact_counts(text, want):
    from backchannel.resolve.across.factcounts import fact_counts
    from backchannel.resolve.across.records import ClaimRec

    got = fact_counts(ClaimRec("d", "c1", None, text, False, frozenset()), frozenset({"lorvia", "castelia"}))
    assert [(f.side, f.low, f.high) for f in got] == want


def test_a_ceiling_above_a_count_is_no_dispute_and_below_it_is():
    def claim_report(doc: str, said: str) -> Report:
        r = Report(doc, f"Lorvia said {said}.", published="2031-05-08")
        r.actor("lorvia", "Lorvia", kind="state", mention="Lorvia")
        r.actor("castelia", "Castelia", kind="state", mention="Castelia")
        r.say("c1", "lorvia", said)
        return r

    def counts(*reports: Report) -> list[dict]:
        res = resolve_dossiers([r.d for r in reports])
        return [lk for lk in res.links if lk["kind"] == "contradicts" and lk["on"] == "count"]

    ceiling = claim_report("r1", "Castelia freed up to 300 Lorvian prisoners on Tuesday")
    assert counts(ceiling, claim_report("r2", "Castelia freed 250 Lorvian prisoners on Tuesday")) == []
    assert len(counts(ceiling, claim_report("r3", "Castelia freed 420 Lorvian prisoners on Tuesday"))) == 1
