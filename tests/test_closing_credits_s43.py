"""Staff and wire credits on a line of their own (s43-actors, extract/actors/closing_credits.py): "Author: <Name>",
"ab/cd/<Wire>/<Wire>", "ab/cd (<Wire>, <Wire>)", a closing "<Outlet>" line; invented text. Why: the names in such
lines are the outlet's or its staff's, never actors; a wire the story itself cites stays an actor."""

from __future__ import annotations

import pytest

from backchannel.extract.actors.closing_credits import shapes

STORY = "Ostland and the Free Hill Front agreed on a truce on Monday, officials in Kessel said.\n\n"


@pytest.mark.parametrize("credit,name", [
    ("Author: Jo Amsel", "Jo Amsel"),
    ("Editor: Al Roe", "Al Roe"),
    ("Edited by: Jo Amsel and Al Roe", "Al Roe"),
    ("Edited by: Jo Amsel & Al Roe", "Al Roe"),
    ("Reporters: Jo Amsel, Al Roe", "Jo Amsel"),
    ("ab/cd/dpa/AP/AFP", "AP"),
    ("kl/mn (AFP, Reuters)", "Reuters"),
    ("jo/al/Reuters", "Reuters"),
])
def test_credit_line_names_no_actor(actors_by_name, credit: str, name: str) -> None:
    got = actors_by_name(STORY + credit)
    assert name not in got and "Ostland" in got and "Free Hill Front" in got


def test_staff_names_are_never_actors(actors_by_name) -> None:
    """A staff credit's names are the outlet's in any line: "Al Roe contributed" names no party."""
    got = actors_by_name(STORY + "Al Roe contributed reporting from Kessel.\n\nReporters: Jo Amsel and Al Roe")
    assert "Al Roe" not in got and "Jo Amsel" not in got


def test_credit_in_the_middle_too(actors_by_name) -> None:
    got = actors_by_name(STORY + "Author: Jo Amsel\n\nThe Front said it would free two captives on Friday.")
    assert "Jo Amsel" not in got


@pytest.mark.parametrize("text,name", [
    # a wire the story cites is a source, not a credit; a name with no label is no staff credit
    ("Ostland and the Front agreed on a truce, Reuters reported.\n\nab/cd/dpa", "Reuters"),
    # a wire credited on the initials line and cited in the story stays an actor there (s43-fix)
    ("Kenya freed Karl Vogt, Reuters reported, citing officials.\n\nab/cd/Reuters", "Reuters"),
    ("Ostland freed two fishermen on Monday, AFP reported, citing officials.\n\nkl/mn (AFP, Reuters)", "AFP"),
    ("Ostland agreed on a truce on Monday.\n\nJo Amsel, the Front's envoy, said: the truce holds.", "Jo Amsel"),
    # a last line that is a party, not an outlet
    ("Ostland agreed on a truce on Monday with the Front.\n\nThe Free Hill Front", "Free Hill Front"),
])
def test_not_credits(actors_by_name, text: str, name: str) -> None:
    assert name in actors_by_name(text)


@pytest.mark.parametrize("line,hit", [
    ("Harbour Post", True), ("The Kessel Times", True), ("ab/cd/dpa/AP", True), ("and/or", True),
    ("Author: Jo Amsel", True), ("The author said: no.", False),
])
def test_shapes(line: str, hit: bool) -> None:
    """The patterns alone: a wire among the parts and an outlet word are checked in the module, not here."""
    s = shapes()
    matched = bool(s.staff_label.match(line) or s.wire_initials.match(line) or s.closing_outlet.match(line))
    assert matched == hit
