"""A prisoner swap named by its sides (session 38, ``extract/interactions/swap_sides.py``).

Why: the census of session 38 found swap reports whose two sides are named only as the parties
of the swap ("A and B carried out a prisoner exchange", "a swap between A and B came through"):
the releases each way were missed (five reports of four sets), and acts told with no party ("the
swap, facilitated by Q") took a nearby captive group as a side. Rules: SWAP_DONE (each side of
a swap told as done frees captives), SWAP_DONE_CAPTIVES (the other side's one named captive group
is whom it frees), SWAP_NOUN_SIDES (the swap's parties are the story's sides where no talks, deal
or clash name them). Invented sentences; real state names stand in for parties, as elsewhere.
"""

from __future__ import annotations

import pytest

from backchannel.model import Dossier
from backchannel.pipeline import analyze_text

SWAP_DONE = "interactions.swaps.swap_done"
SWAP_DONE_CAPTIVES = "interactions.swaps.swap_done_captives"
SWAP_NOUN_SIDES = "interactions.story_sides.swap_noun_sides"


def acts(dossier: Dossier, kind: str) -> list[str]:
    """The dossier's acts of one type as ``source>target`` names, sorted."""
    names = {a.id: a.name for a in dossier.actors}
    return sorted(f"{names.get(i.source or '', 'None')}>{names.get(i.target or '', 'None')}"
                  for i in dossier.interactions if i.type == kind)


DONE = [
    "A long-awaited prisoner swap between Chile and Peru came through on Monday.",
    "Chile and Peru carried out their largest prisoner exchange in years on Monday.",
    "Chile and Peru held talks in Quito in May. The two countries conducted a prisoner swap on Monday.",
    "Officials said Chile and Peru had completed a prisoner exchange at the border crossing.",
]


@pytest.mark.parametrize("text", DONE, ids=[t[:40] for t in DONE])
def test_swap_done_frees_captives_each_way(text: str) -> None:
    d = analyze_text(text)
    assert acts(d, "release") == ["Chile>None", "Peru>None"]
    assert all(i.traced("source") in (SWAP_DONE, "interactions.nominal.default_agent") or i.rule.startswith(
        "interactions.frames.release.") for i in d.interactions if i.type == "release")


NOT_DONE = [
    "Chile and Peru agreed to a prisoner swap on Monday.",
    "Chile and Peru carried out an exchange of fire along the border on Monday.",
    "Chile and Peru discussed a prisoner exchange on Monday.",
    "The prisoner swap was the first in years, officials in Chile and Peru said.",
    "Chile and Peru carried out an exchange of views on trade.",
]


@pytest.mark.parametrize("text", NOT_DONE, ids=[t[:40] for t in NOT_DONE])
def test_swap_not_done_frees_nobody(text: str) -> None:
    assert acts(analyze_text(text), "release") == []


def test_the_other_sides_one_held_group_is_the_captive() -> None:
    d = analyze_text("A long-awaited prisoner swap between Chile and Peru came through on Monday. "
                     "Four Chilean prisoners flew home on Tuesday.")
    assert acts(d, "release") == ["Chile>None", "Peru>Chilean prisoners"]
    freed = next(i for i in d.interactions if i.type == "release" and i.target)
    assert freed.traced("target") == SWAP_DONE_CAPTIVES


def test_officials_are_no_held_group() -> None:
    d = analyze_text("A long-awaited prisoner swap between Chile and Peru came through on Monday. "
                     "Chilean officials welcomed the news.")
    assert acts(d, "release") == ["Chile>None", "Peru>None"]


def test_swap_parties_are_the_story_sides_for_an_unparted_mediation() -> None:
    d = analyze_text("Chile and Peru carried out a prisoner exchange on Monday. The exchange was facilitated "
                     "by Bolivia.")
    assert acts(d, "mediate") == ["Bolivia>Chile", "Bolivia>Peru"]


def test_swap_sides_trace() -> None:
    d = analyze_text("The swap was facilitated by Bolivia, officials said. Chile and Peru carried out the "
                     "prisoner exchange at the border on Monday.")
    meds = [i for i in d.interactions if i.type == "mediate"]
    assert sorted(acts(d, "mediate")) == ["Bolivia>Chile", "Bolivia>Peru"]
    assert any(SWAP_NOUN_SIDES in (i.trace or {}).values() for i in meds)
