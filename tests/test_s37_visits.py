"""Visits as meetings with the state visited (session 37, ``data/frames.toml``).

Why: a visitor's trip to a state is a meeting with it in the golds ("during a visit to Y", "the
visit of X to Y's capital"); before, "during a visit" fell to the general visit frame, which
names no visitor, so the clause-subject frame never fired, and "the visit of X to Lima" read no
visitor from its of-phrase nor the state from its capital. Invented sentences and names.
"""

from __future__ import annotations

import pytest

from backchannel.pipeline import analyze_text

STORY = "Peru and Chile reached a truce. "

POSITIVE = [
    ("During a visit to Peru, Karl Dahl said the truce would hold.", "Karl Dahl"),
    ("Ola Brandt spoke by phone with Karl Dahl, who was meeting the freed pilot in hospital during a visit "
     "to Peru.", "Karl Dahl"),
    ("During Ola Brandt's visit to Peru, the sides signed the truce.", "Ola Brandt"),
    ("A decision was reached after the visit of Karl Dahl to Lima.", "Karl Dahl"),
    ("The visit of Karl Dahl to Lima was a success.", "Karl Dahl"),
]

NEAR_MISSES = [
    "During the visit, Karl Dahl praised the truce.",
    "Karl Dahl cancelled a planned visit to the border region.",
    "After a visit to the hospital, Karl Dahl praised the truce.",
]


def meetings(text: str) -> list[tuple[str, str]]:
    dossier = analyze_text(STORY + text, published="2025-05-13")
    names = {a.id: a.name for a in dossier.actors}
    return [(names.get(i.source or "", "None"), names.get(i.target or "", "None"))
            for i in dossier.interactions if i.type == "meet"]


@pytest.mark.parametrize(("text", "visitor"), POSITIVE, ids=[p[0][:40] for p in POSITIVE])
def test_visit_meets_the_state_visited(text: str, visitor: str) -> None:
    assert (visitor, "Peru") in meetings(text)


@pytest.mark.parametrize("text", NEAR_MISSES, ids=[t[:40] for t in NEAR_MISSES])
def test_visit_with_no_state_visited_is_no_meeting(text: str) -> None:
    assert meetings(text) == []
