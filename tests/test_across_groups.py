"""One captive group under several heads across reports, joined by the act it takes part in (issue 14).
Every text here is invented."""

from __future__ import annotations

from across_helpers import Report, entity_of
from backchannel.resolve.across import resolve_dossiers


def freed(doc: str, group: str, aff: str | None, day: str) -> Report:
    text = f"Castelia freed {group} at the Varn bridge, officials said."
    r = Report(doc, text, published=day)
    r.actor("castelia", "Castelia", kind="state")
    if aff:
        r.actor(aff, aff.title(), kind="state", mention="officials")
    gid = r.actor("group", group, kind="group", named=False, affiliation=aff)
    r.act("i1", "release", "castelia", gid, f"Castelia freed {group}", time="2031-06-02")
    return r


def test_groups_freed_in_one_act_with_one_side_are_one_group_whatever_the_head() -> None:
    rs = [freed("r1", "Lorvian sailors", "lorvia", "2031-06-02"), freed("r2", "Lorvian servicemen", "lorvia", "2031-06-03"),
          freed("r3", "prisoners of war", "lorvia", "2031-06-03")]
    res = resolve_dossiers([r.d for r in rs])
    assert len({entity_of(res, r.doc, "group") for r in rs[1:]}) == 1  # servicemen = prisoners of war
    # "sailors" is no head of data/across_counts.toml, but the three are the captives one state frees in the
    # story, on one side (across.entities.captives, before the events)
    assert entity_of(res, "r1", "group") == entity_of(res, "r2", "group")
    merged = [j for j in res.judgements if j.decision == "merged" and any("captives" in x for x in j.reasons)]
    assert merged and all("side lorvia" in j.reasons[0] for j in merged)
    [ev] = [e for e in res.events if e["type"] == "release"]
    assert ev["target"] in {e["id"] for e in res.entities}  # an absorbed id is never left behind


def test_groups_of_different_sides_or_without_a_side_stay_apart() -> None:
    rs = [freed("r1", "Lorvian soldiers", "lorvia", "2031-06-02"), freed("r2", "Tessan soldiers", "tessa", "2031-06-03"),
          freed("r3", "the captives", None, "2031-06-03")]
    res = resolve_dossiers([r.d for r in rs])
    assert len({entity_of(res, r.doc, "group") for r in rs}) == 3
