"""A relay between two named parties whose carrier is unnamed (session 38, rule
``interactions.expand.relay_between_named``).

Why: "X relayed messages between A and B" was read both ways only when X was an actor; reports
often leave the carrier a description ("a private individual who passed along messages between A
and B") or the verb passive ("messages were passed between the sides"), and the messages were
left with no sender. Invented sentences; real state names stand in for parties, as elsewhere.
"""

from __future__ import annotations

import pytest

from backchannel.pipeline import analyze_text

BOTH = [
    "The channel was run by a private individual who passed along messages between Chile's leadership and Peruvian "
    "envoy Luis Vela.",
    "Chile and Peru held talks in May. Dozens of notes were passed between the two sides over the summer.",
    "A retired teacher carried messages between Chile and Peru for months, officials said.",
]


def messages(text: str) -> list[tuple[str | None, str | None]]:
    return sorted((i.source, i.target) for i in analyze_text(text).interactions if i.type == "message")


@pytest.mark.parametrize("text", BOTH, ids=[t[:40] for t in BOTH])
def test_unnamed_carrier_relays_both_ways(text: str) -> None:
    got = messages(text)
    assert len(got) == 2 and got[0] == (got[1][1], got[1][0]) and None not in got[0]


def test_named_carrier_stays_in_via() -> None:
    d = analyze_text("Juan Soto passed messages between Chile and Peru for months.")
    got = sorted((i.source, i.target, tuple(i.via)) for i in d.interactions if i.type == "message")
    assert got == [("chile", "peru", ("juan-soto",)), ("peru", "chile", ("juan-soto",))]


NOT_BETWEEN = [
    "A private individual passed along a message to Chile.",
    "Chile passed a message to Peru on Monday.",
]


@pytest.mark.parametrize("text", NOT_BETWEEN, ids=[t[:40] for t in NOT_BETWEEN])
def test_no_between_phrase_no_way_back(text: str) -> None:
    assert len(messages(text)) <= 1
