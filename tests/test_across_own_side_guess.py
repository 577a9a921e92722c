"""Rule across.events.own_side_guess (events.Ends, events.own_side). Every text here is invented."""

from __future__ import annotations

from across_helpers import Report
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.events import own_side


def multi(res) -> list[dict]:  # noqa: ANN001
    return [e for e in res.events if len(e["reports"]) > 1]


def guessed(r: Report) -> None:
    """The last act's partner was filled in by the extractor, not named by the report there."""
    r.d.interactions[-1].inferred = ["target"]


def leader_reports(guess: str) -> list:
    """r1 tells Anna Berg's agreement alone, its partner guessed as ``guess``; r2 and r3 tell the pact with Tomas
    Lind naming both; r1 calls Berg by her nationality (side Ostland), r2 and r3 make her the Front's."""
    r1 = Report("r1", "Anna Berg, the Ostlandic rebel chief, had agreed to stand her men down, Westmark said.",
                published="2033-03-01")
    r1.actor("berg", "Anna Berg", affiliation="ostland")
    r1.actor("ostland", "Ostland", kind="state", mention="Ostland")
    r1.actor("front", "Free Hill Front", kind="organization", mention="rebel")
    r1.actor("westmark", "Westmark", kind="state")
    r1.act("i1", "agree", "berg", guess, "had agreed to stand her men down")
    guessed(r1)
    r2 = Report("r2", "The pact Tomas Lind agreed with Anna Berg of the Free Hill Front holds.", published="2033-03-02")
    r3 = Report("r3", "Tomas Lind said the Free Hill Front leader Anna Berg agreed with him.", published="2033-03-03")
    for r in (r2, r3):
        r.actor("lind", "Tomas Lind", affiliation="westmark")
        r.actor("berg", "Anna Berg", affiliation="front")
        r.actor("front", "Free Hill Front", kind="organization")
    r2.act("i1", "agree", "lind", "berg", "agreed with Anna Berg")
    r3.act("i1", "agree", "berg", "lind", "agreed with him")
    return [r1.d, r2.d, r3.d]


def test_own_side_guess_a_partner_guessed_as_the_partys_own_body_is_no_partner() -> None:
    # r1's guess fell on Berg's own Front: her agreement joins the pact the other reports tell, her name first
    events = multi(resolve_dossiers(leader_reports("front")))
    [pact] = [e for e in events if e["type"] == "agree"]
    assert pact["reports"] == ["r1", "r2", "r3"]
    assert (pact["source"], pact["target"]) == ("anna-berg", "tomas-lind")


def test_own_side_guess_another_partys_guess_still_stays_apart() -> None:
    # guessed as Westmark (not Berg's side): the one-party acceptance stays apart from the mutual pact
    events = multi(resolve_dossiers(leader_reports("westmark")))
    assert [e["reports"] for e in events if e["type"] == "agree"] == [["r2", "r3"]]


def test_own_side_up_the_chain_and_between_members_of_one_body() -> None:
    side = {"berg": "front", "front": "ostland", "aide": "front", "lind": "westmark"}
    assert own_side("berg", "front", side) and own_side("front", "berg", side)
    assert own_side("berg", "ostland", side)  # the Front's state is hers too
    assert own_side("berg", "aide", side)  # two members of one body
    assert not own_side("berg", "lind", side) and not own_side("berg", "westmark", side)
    assert not own_side("x", "y", {})  # no sides known: nothing dropped


def civil_war_reports() -> list:
    """A civil war: the rebels are given their state (Ostland) as affiliation, as the extractor gives a domestic
    armed group; r1's truce names Ostland alone, its partner guessed as the rebels (the story's other side)."""
    r1 = Report("r1", "Ostland, at war with the rebels, agreed to a truce on Monday, Kessel said.", published="2033-03-02")
    r2 = Report("r2", "Ostland agreed with Kessel on Monday to open its border to the rebels.", published="2033-03-02")
    r3 = Report("r3", "Ostland and the rebels agreed on a truce on Monday, Kessel said.", published="2033-03-02")
    for r in (r1, r2, r3):
        r.actor("ostland", "Ostland", kind="state", mention="Ostland")
        r.actor("rebels", "Ostlandic rebels", kind="group", named=False, affiliation="ostland", mention="rebels")
        r.actor("kessel", "Kessel", kind="state", mention="Kessel")
    r1.act("i1", "agree", "ostland", "rebels", "agreed to a truce", time="2033-03-01")
    guessed(r1)
    r2.act("i1", "agree", "ostland", "kessel", "agreed with Kessel", time="2033-03-01")
    r3.act("i1", "agree", "ostland", "rebels", "agreed on a truce", time="2033-03-01")
    return [r1.d, r2.d, r3.d]


def test_own_side_guess_rebels_of_a_state_are_its_other_side_not_its_own() -> None:
    # the truce with the rebels is not the border deal with Kessel
    events = resolve_dossiers(civil_war_reports()).events
    assert not any({"r1", "r2"} <= set(e["reports"]) for e in events)
