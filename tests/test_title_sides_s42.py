"""The story's two sides as the headline names them (rule ``interactions.sides.title_sides``, session
42): a report whose body names no two-party act of the sides (only agentless talks, "the two sides",
people around a mediator) takes the two parties its headline line (`` date YYYY-MM-DD Title``) names;
a mediator, the headline's speaker among three, a venue, a broker ("X-brokered") or a possessor of a
common noun ("X's claim") is no side; a headline naming three, or one, gives none; a pair the body's
explicit talks between two named bodies give is kept.

And rule ``actors.side_groups.several_movements``: a counted plural organisation noun, or one that
makes up a collective ("three armed groups", "an alliance of armed ethnic groups"), takes no side from
the movement named last; a bare plural ("a deal with armed groups") still may.

Invented sentences with invented parties (Ostland, the Free Hill Front, Lorvia, Vesterland, Westmark).
"""

from __future__ import annotations

from backchannel.pipeline import analyze_text

TITLE_SIDES = "interactions.sides.title_sides"
BODY = ("An Ostland envoy arrived in Vesterland on Monday, and the Free Hill Front said it was ready. Talks "
        "resumed on Tuesday, officials said. The two sides agreed to a prisoner exchange. Lorvia welcomed the step.")
PAIR = ("ostland", "free-hill-front")


def acts(title: str, body: str = BODY) -> list[tuple[str, str | None, str | None, set[str]]]:
    text = f" date 2024-03-01 {title}\n\n{body}" if title else body
    return [(i.type, i.source, i.target, set(i.trace.values()) if isinstance(i.trace, dict) else set())
            for i in analyze_text(text).interactions if i.type in ("agree", "negotiate", "meet", "mediate")]


def pairs(title: str, body: str = BODY) -> list[tuple[str, str | None, str | None]]:
    return [(t, s, o) for t, s, o, _ in acts(title, body)]


def test_headline_pair_fills_agentless_talks() -> None:
    got = acts("Ostland, Free Hill Front resume talks")
    assert ("negotiate", *PAIR) in [(t, s, o) for t, s, o, _ in got]
    assert ("agree", *PAIR) in [(t, s, o) for t, s, o, _ in got]
    assert all(TITLE_SIDES in rules for t, s, o, rules in got if (s, o) == PAIR)


def test_no_headline_no_pair() -> None:
    assert ("agree", *PAIR) not in pairs("")


def test_venue_broker_and_speaker_are_no_sides() -> None:
    for title in ("Ostland, Free Hill Front to resume talks in Vesterland",
                  "Lorvia-brokered talks between Ostland, Free Hill Front resume",
                  "Lorvia says Ostland and Free Hill Front agree to resume talks"):
        assert ("agree", *PAIR) in pairs(title), title


def test_possessor_is_no_side() -> None:
    assert ("agree", *PAIR) not in pairs("Free Hill Front rejects Ostland's claim on prisoners")


def test_three_parties_give_no_pair() -> None:
    assert ("agree", *PAIR) not in pairs("Ostland, Lorvia and Free Hill Front hold talks")


def test_mediator_around_sides_replaced() -> None:
    body = ("Envoys arrived in Vesterland on Monday. Vesterland is trying to mediate, Anna Berg of the Free Hill "
            "Front said. The Ostland government said it was open to dialogue. The two sides will meet again.")
    got = acts("Ostland government, Free Hill Front open talks in Vesterland", body)
    # (s45) the envoys' arrival in Vesterland is a visit of its own (interactions.arrivals): not the talks' meeting
    meets = [(s, o, rules) for t, s, o, rules in got
             if t == "meet" and not any(r.startswith("interactions.arrivals.") for r in rules)]
    assert meets and all(TITLE_SIDES in rules and "anna-berg" not in (s, o) for s, o, rules in meets)


def test_explicit_talks_of_named_bodies_kept() -> None:
    body = ("Ostland and the Free Hill Front signed a truce on Monday. Westmark and Lorvia welcomed it. "
            "The two sides agreed to a prisoner exchange.")
    got = pairs("Westmark, Lorvia welcome truce", body)
    assert ("agree", *PAIR) in got
    assert not [x for x in got if {"westmark", "lorvia"} & {x[1], x[2]}]


def _sides(text: str) -> dict[str, str | None]:
    return {a.name: a.affiliation for a in analyze_text(text).actors if a.kind in ("group", "person")}


def test_several_movements_take_no_side() -> None:
    lead = "The Free Hill Front said on Monday it had shelled a base. "
    assert _sides(lead + "Westmark signed a truce with an alliance of armed ethnic groups in Lorvia.") == {
        "armed ethnic groups": None}
    assert _sides(lead + "Westmark said three armed groups had agreed to a truce.") == {"armed groups": None}


def test_bare_plural_may_be_the_movement() -> None:
    got = _sides("The Free Hill Front said on Monday it had shelled a base. Westmark denied any deal with "
                 "armed groups.")
    assert got == {"armed groups": "free-hill-front"}
