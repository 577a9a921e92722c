"""A state named only as the country of a group is not the act's party (rule across.events.possessive_origin,
resolve/across/origin.py). Every text here is invented."""

from __future__ import annotations

from across_helpers import Report
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.origin import origin_ends


def one(text: str, phrase: str, source: str, target: str | None, group: str = "Karst Front") -> dict:
    r = Report("r1", text)
    r.actor("lorvia", "Lorvia", kind="state")
    r.actor("ostrava", "Ostrava", kind="state")
    if group in text:
        r.actor("karst", group, kind="organization")
    r.act("i1", "agree", source, target, phrase)
    return origin_ends(text, r.d)


def test_a_state_named_as_a_groups_country_reads_as_the_group():
    for text in ["A ceasefire deal between Lorvia\u2019s Karst Front and Ostrava was announced.",
                 "Lorvia's Karst Front agreed with Ostrava on a truce.",
                 "Ostrava and Lorvia's Karst Fronts agreed on a truce."]:
        assert one(text, text.rstrip("."), "lorvia", "ostrava") == {("i1", "source"): "karst"}, text
    text = "Ostrava signed a truce with Lorvia's Karst Front."
    assert one(text, text.rstrip("."), "ostrava", "lorvia") == {("i1", "target"): "karst"}


def test_near_misses_keep_the_state():
    for text in ["Lorvia's envoy and the Karst Front agreed with Ostrava.",  # the possessive holds no group
                 "Lorvia and Lorvia's Karst Front agreed with Ostrava.",  # the state is a party of its own too
                 "Lorvia's Ilse Marren agreed with Ostrava."]:  # a person, not a group
        assert one(text, text.rstrip("."), "lorvia", "ostrava") == {}, text
    text = "Lorvia's Karst Front agreed with the Karst Front."  # the group is the other end already
    r = Report("r1", text)
    r.actor("lorvia", "Lorvia", kind="state")
    r.actor("karst", "Karst Front", kind="organization")
    r.act("i1", "agree", "lorvia", "karst", text.rstrip("."))
    assert origin_ends(text, r.d) == {}


def test_the_groups_deal_told_through_its_country_is_one_event():
    r1 = Report("r1", "A truce between Lorvia\u2019s Karst Front and Ostrava was sealed.", published="2031-05-04")
    r1.actor("lorvia", "Lorvia", kind="state")
    r1.actor("ostrava", "Ostrava", kind="state")
    r1.actor("karst", "Karst Front", kind="organization", aliases=["Front"], mention="Front")
    r1.act("i1", "agree", "lorvia", "ostrava", "A truce between Lorvia\u2019s Karst Front and Ostrava was sealed")
    r2 = Report("r2", "The Karst Front agreed a truce with Ostrava.", published="2031-05-04")
    r2.actor("karst", "Karst Front", kind="organization")
    r2.actor("ostrava", "Ostrava", kind="state")
    r2.act("i1", "agree", "karst", "ostrava", "The Karst Front agreed a truce with Ostrava")
    res = resolve_dossiers([r1.d, r2.d])
    (ev,) = [e for e in res.events if len(e["members"]) == 2]
    assert {m["doc"] for m in ev["members"]} == {"r1", "r2"}
