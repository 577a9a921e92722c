"""More credit lines (s45-actors, extract/actors/closing_credits.py): a bracketed source tag, outlets joined by
slashes on a lead line, a dated byline with a bar; invented text. Why: each made the publishing outlet (or its
reporter) an actor the golds never keep (s45 census: three stories, one shape each)."""

from __future__ import annotations

import pytest

STORY = "Chile and Peru agreed on a truce on Monday, officials in Lima said.\n\nThe talks will resume in May."


@pytest.mark.parametrize("credit,name", [
    ("[Source: Harbour News]", "Harbour News"),
    ("(Source: Kessel Daily Times)", "Kessel Daily Times"),
    ("[Via: Harbour Wire]", "Harbour Wire"),
])
def test_a_source_tag_is_furniture(actors_by_name, credit: str, name: str) -> None:
    got = actors_by_name("Truce agreed\n\n" + credit + "\n\n" + STORY)
    assert name not in got and "Chile" in got and "Peru" in got


@pytest.mark.parametrize("credit,names", [
    ("Associated Press / Kessel Daily Times", ["Kessel Daily Times"]),
    ("Harbour Wire / The Kessel Times", ["Harbour Wire", "Kessel Times"]),
])
def test_outlets_joined_by_slashes_open_the_report(actors_by_name, credit: str, names: list[str]) -> None:
    got = actors_by_name(credit + "\n\n" + STORY)
    assert not any(n in got for n in names) and "Chile" in got


def test_two_states_joined_by_a_slash_stay_parties(actors_by_name) -> None:
    got = actors_by_name("Chile / Peru\n\n" + STORY)
    assert "Chile" in got and "Peru" in got


@pytest.mark.parametrize("credit,names", [
    ("March 3, 2031|By JO AMSEL And AL ROE, The Kessel Post", ["AL ROE", "Kessel Post", "JO AMSEL"]),
    ("Sept. 12, 2030 | By Jo Amsel, Harbour News", ["Jo Amsel", "Harbour News"]),
])
def test_a_dated_byline_is_furniture(actors_by_name, credit: str, names: list[str]) -> None:
    got = actors_by_name(credit + "\n\n" + STORY)
    assert not any(n in got for n in names) and "Peru" in got


@pytest.mark.parametrize("text,name", [
    # a party credited as the source of its own statement: the line goes, the party stays (s45-fix2)
    ("Ostland and the Free Hill Front met in Vale on Monday.\nThe Free Hill Front freed two soldiers on Friday, "
     "and Ostland welcomed the step.\n(Source: Free Hill Front)", "Free Hill Front"),
    ("[Source: Westmark Relief Council]\nThe Westmark Relief Council delivered food to Vale on Monday. Ostland "
     "thanked the council.", "Westmark Relief Council"),
])
def test_a_source_tag_naming_a_party_leaves_the_party(actors_by_name, text: str, name: str) -> None:
    assert name in actors_by_name(text)
