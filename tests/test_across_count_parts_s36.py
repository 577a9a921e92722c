"""Counts of people told as parts of a group (rule across.links.count_parts). Every text here is invented."""

from __future__ import annotations

from across_helpers import Report
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.countparts import part_starts

STATES = frozenset({"lorvia", "castelia"})


def parts(text: str) -> list[str]:
    return [text[i:].split()[0] for i in sorted(part_starts(text, STATES))]


def test_counts_joined_in_a_list_are_parts() -> None:
    assert parts("We hear the five freed Lorvians and two Lorvian family members are on their way.") == ["five", "two"]
    assert parts("the four sailors Ola Brandt, Piet Varn and Ana Kos, along with two Lorvians who were not named, "
                 "reached the port") == ["four", "two"]
    assert parts("Two Castelians set free would stay in Lorvia and one detainee would go to a third state.") == \
        ["Two", "one"]
    assert parts("Nine Lorvians, plus their three children, landed at noon.") == ["Nine", "three"]


def test_a_side_written_with_stops_and_a_possessive_part_are_read() -> None:
    assert parts("Officials said five L.V. citizens held in Castelia and two of their family members were freed.") \
        == ["five", "two"]
    assert parts("two days after the Lorvians left, and three soldiers") == []  # "days" is the count's head


def test_partitives_are_parts() -> None:
    assert parts("two of the five Castelian prisoners had reached home") == ["two"]
    assert parts("three out of the eight Lorvians stayed behind") == ["three"]
    assert parts("Lorvia received 47 of its people") == []  # a possessive: the whole of its people


def test_near_misses_are_no_parts() -> None:
    assert parts("all six Lorvians were freed, along with four other Lorvians") == []  # count_others adds them
    assert parts("40 Lorvian soldiers and 47 Castelian soldiers were exchanged") == []  # each side's own count
    assert parts("Lorvia freed 40 soldiers and Castelia freed 47 Lorvians.") == []  # a clause, not a list
    assert parts("It freed 12 detainees in exchange for three soldiers.") == []
    assert parts("Six Lorvians were freed. And two Castelians were held.") == []  # two sentences


def report(doc: str, text: str, day: str = "2031-05-01") -> Report:
    r = Report(doc, text, published=day)
    r.actor("lorvia", "Lorvia", kind="state", mention="Lorvia")
    r.actor("castelia", "Castelia", kind="state", mention="Castelia")
    return r


def count_links(*reports: Report) -> set[tuple[str, str]]:
    res = resolve_dossiers([r.d for r in reports])
    return {tuple(sorted((lk["a"]["doc"], lk["b"]["doc"]))) for lk in res.links
            if lk["kind"] == "contradicts" and lk["on"] == "count"}


def test_a_whole_with_relatives_does_not_dispute_the_freed_count_another_report_lists() -> None:
    r1 = report("r1", "Castelia freed five Lorvians on Monday, Lorvia said. Castelia had held the men for years.")
    r1.say("c1", None, "Castelia freed five Lorvians on Monday")
    r2 = report("r2", "Officials said the five freed Lorvians and two Lorvian family members were flying home. "
                "Castelia was expected to let seven Lorvians fly out of its capital.")
    r2.say("c1", None, "the five freed Lorvians and two Lorvian family members were flying home")
    r2.say("c2", None, "Castelia was expected to let seven Lorvians fly out of its capital")
    assert count_links(r1, r2) == set()


def test_a_listed_part_is_not_the_groups_count_but_two_plain_wholes_still_dispute() -> None:
    r1 = report("r1", "Lorvia said the five Castelians freed by it were home. Lorvia had held them since spring.")
    r1.say("c1", None, "the five Castelians freed by it were home")
    r2 = report("r2", "Two Castelians set free would stay in Lorvia and one detainee would go to a third state, "
                "Castelia said.")
    r2.say("c1", None, "Two Castelians set free would stay in Lorvia and one detainee would go to a third state")
    assert count_links(r1, r2) == set()
    r3 = report("r3", "Castelia said the eight Castelians freed by Lorvia were home. They had been held since spring.")
    r3.say("c1", None, "the eight Castelians freed by Lorvia were home")
    assert count_links(r1, r3) == {("r1", "r3")}  # five against eight: no list, a dispute


def test_relatives_and_family_members_of_one_side_are_one_group_but_not_of_two_sides() -> None:
    from backchannel.resolve.across import resolve_dossiers as resolve
    texts = {"r1": "The Lorvian captives flew out with two Lorvian relatives.",
             "r2": "The Lorvian captives flew out with two Lorvian family members.",
             "r3": "The Lorvian captives flew out with their Lorvian relations.",
             "r4": "The Castelian captives flew out with two Castelian family members."}
    reports = []
    for doc, text in texts.items():
        r = Report(doc, text, source=doc)
        side = "castelia" if doc == "r4" else "lorvia"
        r.actor(side, side.capitalize(), kind="state", mention=text.split()[1])
        name = text.split("with ")[1].rstrip(".").removeprefix("two ").removeprefix("their ")
        r.actor("g", name, kind="group", named=False, affiliation=side)
        reports.append(r.d)
    res = resolve(reports)
    ent = {doc: next(e["id"] for e in res.entities if {"doc": doc, "actor": "g"} in e["members"]) for doc in texts}
    assert ent["r1"] == ent["r2"] == ent["r3"]
    assert ent["r4"] != ent["r1"]
