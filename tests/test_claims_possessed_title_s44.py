"""A person title after a possessor and a name ("Norland's Central Bank chief said") is one person of that
body, an unnamed speaker of its own (``claims.speaker_phrase.possessed_title``), not the body; the body speaks
when the head is no person title ("Ostland's Central Bank said", ``claims.speakers.possessed_name``) and an
outlet's name after a possessor still speaks ("Norland's Vestpress daily reported"). Invented sentences."""

from __future__ import annotations

import pytest


def _rule(c: object) -> object:
    """The claim's speaker rule, or None when it has no trace."""
    trace = getattr(c, "trace", None)
    return trace.get("speaker") if isinstance(trace, dict) else None


@pytest.mark.parametrize("text", [
    "Norland's Central Bank chief said interest rates would stay unchanged.",
    "“The guards will be freed,” Ostland's Lund Port Authority chief told reporters.",
    "Talks will resume next week, Westmark's Harbour Authority chief said on Monday.",
])
def test_title_of_a_body_is_a_person(claims_of, text: str) -> None:
    claims, actors = claims_of(text)
    said = [c for c in claims if c.speaker in actors]
    assert said and all(actors[c.speaker].kind == "person" and not actors[c.speaker].named
                        and _rule(c) == "claims.speaker_phrase.possessed_title" for c in said), claims


@pytest.mark.parametrize("text,name", [
    ("Ostland's Central Bank said interest rates would stay unchanged.", "Central Bank"),
    ("Norland's Vestpress daily reported that the talks had failed.", "Vestpress"),
])
def test_body_or_outlet_still_speaks(claims_of, text: str, name: str) -> None:
    claims, actors = claims_of(text)
    assert any(c.speaker in actors and actors[c.speaker].name == name for c in claims), claims


@pytest.mark.parametrize("text,side", [
    ("Norland freed two sailors on Monday. Norland's Central Bank chief said interest rates would stay unchanged.",
     "norland"),
    ("The Free Hill Front's Lund Bureau chief said the guards would be freed.", "free-hill-front"),
])
def test_title_of_a_body_has_its_side(claims_of, text: str, side: str) -> None:
    claims, actors = claims_of(text)
    said = [actors[c.speaker] for c in claims if c.speaker in actors and _rule(c) == "claims.speaker_phrase.possessed_title"]
    assert said and all(a.affiliation == side for a in said), (claims, actors)
