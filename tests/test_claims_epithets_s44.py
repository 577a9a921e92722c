"""A named person spoken of again under a description of what they are ("the former strongman said",
"the congresswoman said") is the one named person of that sentence or the one before
(``claims.epithets.epithet_holder``). Invented sentences of several shapes; near-misses: two named persons
before it, "the other senator" (a new person), a description with a name in it."""

from __future__ import annotations

import pytest


def _rule(c: object) -> object:
    """The claim's speaker rule, or None when it has no trace."""
    trace = getattr(c, "trace", None)
    return trace.get("speaker") if isinstance(trace, dict) else None


@pytest.mark.parametrize("text,speaker", [
    ("Tomas Varga ruled Westmark for twenty years before the Free Hill Front rose. "
     "The former strongman told a rally that elections would be held.", "tomas-varga"),
    ("Anna Berg landed in Lund on Monday night. The sailors are safe, the congresswoman told a radio station.",
     "anna-berg"),
    ("Ola Brandt led the Westmark team at the border talks in March. "
     "The 70-year-old veteran told reporters that the talks would resume in May.", "ola-brandt"),
    ("Anna Berg bought the Lund shipyard in 2019. “We will bring them home,” the tycoon said.", "anna-berg"),
])
def test_epithet_is_the_person_just_named(claims_of, text: str, speaker: str) -> None:
    claims, _actors = claims_of(text)
    said = [c for c in claims if c.speaker == speaker]
    assert said and all(_rule(c) == "claims.epithets.epithet_holder" for c in said), claims


@pytest.mark.parametrize("text", [
    "Anna Berg met Ola Brandt in Lund on Friday. The former strongman said the talks would resume.",
    "Anna Berg arrived in Lund on Friday. The other senator said the talks would resume.",
    "The talks in Lund ended on Friday. The former strongman said the border would open.",
])
def test_no_epithet_holder(claims_of, text: str) -> None:
    claims, _actors = claims_of(text)
    assert not any(_rule(c) == "claims.epithets.epithet_holder" for c in claims), claims
