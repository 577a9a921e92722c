"""Photo credits on a line of their own are page furniture (s39-precision, ``actors.furniture.photo_credit``);
invented texts. Why: "<Agency>/<Photographer>" under a picture names no actor; the agency may still be an
actor where the story cites it. Near-misses: a slash inside a sentence, two names with no credit word."""

from __future__ import annotations

import pytest

STORY = "Lorvia agreed to talks with the Marrow Front on Monday, its foreign minister said in Kessel."


@pytest.mark.parametrize("credit,name", [
    ("OPA/Ola Brandt", "Ola Brandt"),
    ("AFP/Kari Lund", "Kari Lund"),
    ("Photo: Kari Lund/Reuters", "Kari Lund"),
    ("Reuters Photo/Jo Amsel", "Jo Amsel"),
])
def test_photo_credit_line_is_no_actor(actors_by_name, credit: str, name: str) -> None:
    got = actors_by_name(f"{STORY}\n\n{credit}\n\nThe talks open next week in Kessel, the minister added.")
    assert name not in got and "Lorvia" in got


def test_cited_agency_stays_an_actor(actors_by_name) -> None:
    got = actors_by_name("Lorvia agreed to talks with Ola Brandt on Monday, AFP reported.\n\nAFP/Kari Lund\n\n"
                         "The talks open next week in Kessel, the minister added.")
    assert "AFP" in got and "Ola Brandt" in got and "Kari Lund" not in got


@pytest.mark.parametrize("text,name", [
    # a slash inside a sentence, and a name line with no credit word, are no credit line
    (f"{STORY}\n\nOla Brandt/Kari Lund met the rebels in Kessel on Monday.", "Ola Brandt"),
    (f"{STORY}\n\nOla Brandt met the rebels in Kessel on Monday.", "Ola Brandt"),
])
def test_not_a_credit(actors_by_name, text: str, name: str) -> None:
    assert any(name in n for n in actors_by_name(text))
