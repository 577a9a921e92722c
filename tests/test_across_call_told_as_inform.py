"""Rule across.events.call_told_as_inform (acttypes.families, acttypes.told_as_fit). Every text here is invented."""

from __future__ import annotations

from across_helpers import Report
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.acttypes import event_type, families


def multi(res) -> list[dict]:  # noqa: ANN001
    return [e for e in res.events if len(e["reports"]) > 1]


def leaders(r: Report) -> None:
    r.actor("ostland", "Ostland", kind="state", mention="Ostland")
    r.actor("westmark", "Westmark", kind="state", mention="Westmark")
    r.actor("berg", "Anna Berg", affiliation="westmark")


def test_a_call_and_the_telling_made_in_it_are_one_telling() -> None:
    r1 = Report("r1", "Anna Berg of Westmark phoned Tomas Lind of Ostland at dawn.", published="2034-01-09")
    leaders(r1)
    r1.actor("lind", "Tomas Lind", affiliation="ostland")
    r1.act("i1", "contact", "berg", "lind", "phoned Tomas Lind", time="2034-01-09")
    r2 = Report("r2", "At dawn Anna Berg of Westmark briefed her Ostland counterpart on the march.",
                published="2034-01-09")
    leaders(r2)
    r2.actor("peer", "Ostland counterpart", named=False, affiliation="ostland")
    r2.act("i1", "inform", "berg", "peer", "briefed her Ostland counterpart", time="2034-01-09")
    [event] = multi(resolve_dossiers([r1.d, r2.d]))
    assert event["type"] == "inform" and event["reports"] == ["r1", "r2"]


def test_a_shared_caller_alone_is_no_telling_of_the_call() -> None:
    # she called one man and told another something: two acts, however the other ends are sided
    r1 = Report("r1", "Anna Berg of Westmark phoned Tomas Lind of Ostland.", published="2034-01-09")
    leaders(r1)
    r1.actor("lind", "Tomas Lind", affiliation="ostland")
    r1.act("i1", "contact", "berg", "lind", "phoned Tomas Lind")
    r2 = Report("r2", "Anna Berg of Westmark told Ilse Marrow of Ostland the talks were off.", published="2034-01-09")
    leaders(r2)
    r2.actor("marrow", "Ilse Marrow", affiliation="ostland")
    r2.act("i1", "inform", "berg", "marrow", "told Ilse Marrow")
    r3 = Report("r3", "Anna Berg of Westmark told the miners' families in Ostland the news.", published="2034-01-09")
    leaders(r3)
    r3.actor("families", "miners' families", kind="group", named=False)
    r3.act("i1", "inform", "berg", "families", "told the miners' families")
    assert multi(resolve_dossiers([r1.d, r2.d])) == []
    assert multi(resolve_dossiers([r1.d, r3.d])) == []


def test_a_call_is_still_told_as_talks_first() -> None:
    assert families("contact")[0] == "negotiate" and "inform" in families("contact")
    assert event_type(["contact", "negotiate"]) == "negotiate"
    assert event_type(["contact", "inform"]) == "inform"
    assert event_type(["contact", "negotiate", "inform"]) == "negotiate"
    assert event_type(["contact"]) == "contact"


def test_a_group_of_the_named_partys_state_is_no_telling_of_the_call() -> None:
    # the families are Ostland's as Tomas Lind is, but a group of his state is not the man she called
    r1 = Report("r1", "Anna Berg of Westmark phoned Tomas Lind of Ostland.", published="2034-01-09")
    leaders(r1)
    r1.actor("lind", "Tomas Lind", affiliation="ostland")
    r1.act("i1", "contact", "berg", "lind", "phoned Tomas Lind")
    r3 = Report("r3", "Anna Berg of Westmark told the Ostland families of the captives the news.",
                published="2034-01-09")
    leaders(r3)
    r3.actor("families", "Ostland families of the captives", kind="group", named=False, affiliation="ostland")
    r3.act("i1", "inform", "berg", "families", "told the Ostland families")
    assert multi(resolve_dossiers([r1.d, r3.d])) == []
