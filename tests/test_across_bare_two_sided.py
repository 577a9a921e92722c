"""across.entities.bare_two_sided: a bare "soldiers" is no name of one side's soldiers (invented sides)."""

from __future__ import annotations

from backchannel.resolve.across.entities import Scorer
from backchannel.resolve.across.records import ActorRec


def group(doc: str, name: str, side: str | None) -> ActorRec:
    return ActorRec(doc, name.replace(" ", "-"), name, "group", False, [name], [], side)


def test_across_entities_bare_two_sided_written_alike_is_no_evidence() -> None:
    recs = [group("r1", "soldiers", None), group("r2", "soldiers", "velmar"),
            group("r3", "lorvian soldiers", "lorvia"), group("r4", "velmari soldiers", "velmar")]
    sc = Scorer(recs)
    assert sc.score(recs[0], recs[1])[0] < 4.5  # bare one, sided one, a head of two sides: either side's
    assert sc.score(recs[0], recs[2])[0] < 4.5


def test_across_entities_bare_two_sided_not_when_one_side_has_the_head() -> None:
    recs = [group("r1", "soldiers", None), group("r2", "soldiers", "velmar"), group("r3", "velmari soldiers", "velmar")]
    sc = Scorer(recs)
    score, why = sc.score(recs[0], recs[1])
    assert score >= 4.5 and "same name" in why[0]


def test_across_entities_bare_two_sided_two_bare_groups_still_join() -> None:
    recs = [group("r1", "prisoners", None), group("r2", "prisoners", None),
            group("r3", "lorvian prisoners", "lorvia"), group("r4", "velmari prisoners", "velmar")]
    sc = Scorer(recs)
    assert sc.score(recs[0], recs[1])[0] >= 4.5  # both bare: the swapped prisoners as a whole, in two reports
    assert sc.score(recs[2], recs[3])[0] < 4.5
