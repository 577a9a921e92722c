"""Rule across.links.count_sum_of_parts (factcounts.sum_of_parts). Every text here is invented."""

from __future__ import annotations

from backchannel.resolve.across.factcounts import fact_contradictions
from backchannel.resolve.across.records import ClaimRec

STATES = frozenset({"lorvia", "castelia"})
DAYS = {"r1": "2031-05-01", "r2": "2031-05-01", "r3": "2031-05-02"}


def claim(content: str, doc: str, cid: str = "c1") -> ClaimRec:
    return ClaimRec(doc, cid, None, content, False, frozenset())


def contradicted(*claims: ClaimRec) -> set[tuple[str, str, str, str]]:
    got = fact_contradictions(list(claims), STATES, DAYS).contradicts
    return {(lk["a"]["doc"], lk["a"]["claim"], lk["b"]["doc"], lk["b"]["claim"]) for lk in got}


def test_a_whole_and_the_two_parts_another_report_gives_do_not_contradict() -> None:
    whole = claim("in all, 30 Lorvians were set free or cleared by Castelia", "r1")
    freed = claim("Castelia let 12 Lorvians go home", "r2", "c1")
    dropped = claim("18 Lorvians no longer face trial in Castel", "r2", "c2")
    assert contradicted(whole, freed, dropped) == set()


def test_parts_told_first_and_a_rounded_whole_after() -> None:
    freed = claim("five Castelian soldiers went home on Monday", "r1", "c1")
    later = claim("another 20 Castelian soldiers followed", "r1", "c2")
    whole = claim("about 25 Castelian soldiers were handed over", "r3")
    assert contradicted(freed, later, whole) == set()


def test_a_whole_that_no_two_parts_make_still_contradicts() -> None:
    whole = claim("in all, 30 Lorvians were set free or cleared by Castelia", "r1")
    freed = claim("Castelia let 12 Lorvians go home", "r2", "c1")
    dropped = claim("9 Lorvians no longer face trial in Castel", "r2", "c2")
    assert len(contradicted(whole, freed, dropped)) == 2
    # one figure alone, whatever its size, is no part of a whole
    assert len(contradicted(whole, claim("Castelia let 12 Lorvians go home", "r2"))) == 1


def test_an_open_figure_or_people_still_held_are_no_part() -> None:
    whole = claim("Castelia freed 30 Lorvians on Monday", "r1")
    freed = claim("Castelia freed 12 Lorvians on Monday", "r2", "c1")
    assert len(contradicted(whole, freed)) == 1
    for other in ("more than 10 Lorvians are still in Castelian camps",  # an open figure meets almost any whole
                  "at least 15 Lorvians are still in Castelian camps",
                  "Castelia holds 18 Lorvians accused of spying",  # 12 + 18 = 30 by chance: held, not freed
                  "18 Lorvians remain in Castelian camps"):
        assert ("r1", "c1", "r2", "c1") in contradicted(whole, freed, claim(other, "r2", "c2")), other
