"""A dateline in title case ("Lima — The government and the movements met") is no subject (s41-coord,
syntax.tree._title_dateline read by in_dateline).

Why: the parser makes the place of filing a second subject of the lead's verb; in capitals ("LIMA —") it
was skipped, in title case it took the act and the real coordinated subject lost its second party.
Invented sentences and names.
"""

from __future__ import annotations

from backchannel.pipeline import analyze_text


def acts(text: str) -> list[tuple[str, str | None, str | None]]:
    return sorted((i.type, i.source, i.target) for i in analyze_text(text).interactions)


def test_title_dateline_then_coordinated_subject() -> None:
    assert ("meet", "peru", "armed-movements") in acts(
        "Lima — The Peruvian government and the armed movements met on Monday.")
    assert ("agree", "peruvian-army", "armed-movements") in acts(
        "Lima — The Peruvian army and the armed movements signed a goodwill agreement.")


def test_title_dateline_with_a_date() -> None:
    got = acts("Quito, May 3, 2024 – The Peruvian army and the armed movements met on Monday.")
    assert ("meet", "peruvian-army", "armed-movements") in got


def test_capitals_dateline_unchanged() -> None:
    assert ("meet", "peruvian-army", "armed-movements") in acts(
        "LIMA — The Peruvian army and the armed movements met on Monday.")


def test_near_miss_a_subject_with_a_parenthesis() -> None:
    # "Norway — Y's mediator — hosted": the name opening the line is the subject, not a dateline
    got = acts("Norway — Chile's longtime mediator — hosted Chile and Peru on Monday.")
    assert any(a[0] in ("meet", "mediate") and a[1] == "norway" for a in got)
    got = acts("Norway - a longtime mediator - met Chile on Monday.")
    assert ("meet", "norway", "chile") in got


def test_near_miss_a_clause_before_the_dash() -> None:
    """A lede clause before the dash ("signed a truce with Pell –") is no dateline: its last name keeps its
    role; nor is a list joined by "and" ("Ostrava, Pell and Norland –")."""
    assert ("agree", "norland", "pell") in acts(
        "Norland signed a truce with Pell – Ostrava's army withdrew from the border on Monday.")
    assert ("meet", "norland", "chile") in acts(
        "Norland met Chile on Monday – Peru's army stayed away from the talks.")
    got = acts("Ostrava, Pell and Norland – Both sides signed the truce on Monday, officials said.")
    assert not any(a[0] == "agree" and a[2] is None for a in got), got
