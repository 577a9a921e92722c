"""Parties brought together meet (session 37, ``data/frames.toml`` and ``matching.py``).

Why: "Y brought A and B together" told only Y's mediation, not the meeting of A and B through Y,
and "meetings that brought together A's and B's officials" (a meeting noun, often the antecedent
of a relative clause, as the subject) told nothing at all. A frame's subject constraint now reads
a relative pronoun's antecedent ("meetings that brought ..."). Invented sentences and names.
"""

from __future__ import annotations

import pytest

from backchannel.pipeline import analyze_text


def acts(text: str, kind: str) -> list[tuple[str, str, list[str]]]:
    dossier = analyze_text(text, published="2025-05-13")
    names = {a.id: a.name for a in dossier.actors}
    return [(names.get(i.source or "", "None"), names.get(i.target or "", "None"), [names.get(v, v) for v in i.via])
            for i in dossier.interactions if i.type == kind]


MEETINGS = [
    ("Oman brought together Norland and Vesterland in Muscat on Friday.", ["Oman"]),
    ("Norland and Vesterland were brought together by Oman last year.", ["Oman"]),
    ("The summit brought Norland and Vesterland together for the first time.", []),
    ("The matter came up at meetings that brought together Norland and Vesterland in Muscat.", []),
]


@pytest.mark.parametrize(("text", "via"), MEETINGS, ids=[m[0][:40] for m in MEETINGS])
def test_brought_together_meet(text: str, via: list[str]) -> None:
    assert ("Norland", "Vesterland", via) in acts(text, "meet")


def test_broker_still_mediates_for_each() -> None:
    found = acts("Oman brought together Norland and Vesterland in Muscat on Friday.", "mediate")
    assert sorted(found) == [("Oman", "Norland", []), ("Oman", "Vesterland", [])]


@pytest.mark.parametrize("text", [
    "The crisis brought Norland and Vesterland together.",
    "The talks, which brought together Ola Brandt and Karl Dahl, lasted six hours.",
    "The meeting brought the issue together with the budget.",
])
def test_no_meeting_brought_together(text: str) -> None:
    assert acts(text, "meet") == []


def test_relative_subject_only_where_the_frame_asks() -> None:
    """Other frames with a subject constraint keep reading the pronoun itself: "talks that
    collapsed" under a mediation is no rejection by the mediator (``subj_relative`` is off)."""
    text = ("Norland and the Red Brigade held talks. The Grand Council had mediated an earlier set of "
            "talks that collapsed in 2019.")
    assert acts(text, "reject") == []
