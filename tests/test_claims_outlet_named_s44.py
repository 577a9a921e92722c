"""An outlet's name before an outlet noun that a party does not own ("agency", "website", "wire") is that
outlet even when the report named it before without a word of media ("Vestpress ... the Vestpress news agency
said"), and a hyphen inside the name keeps it one name ("Vest-Press news agency said")
(``claims.speaker_actors.outlet_named``, s44-speaker). Invented sentences; near-misses: a party's television."""

from __future__ import annotations

import pytest


def _rule(c: object) -> object:
    """The claim's speaker rule, or None when it has no trace."""
    trace = getattr(c, "trace", None)
    return trace.get("speaker") if isinstance(trace, dict) else None


@pytest.mark.parametrize("text,name", [
    ("Vest-Press news agency said the border crossing at Lund had reopened.", "Vest-Press"),
    ("Vestpress first carried the story on Monday. The talks will resume in Lund next week, "
     "the Vestpress news agency said.", "Vestpress"),
    ("The two delegations ate lunch together, according to Vestpost website.", "Vestpost"),
])
def test_named_outlet_speaks(claims_of, text: str, name: str) -> None:
    claims, actors = claims_of(text)
    speakers = [actors[c.speaker] for c in claims if c.speaker in actors]
    assert speakers and all(a.name == name and a.named for a in speakers), claims
    assert all(_rule(c) == "claims.speaker_actors.outlet_named" for c in claims if c.speaker in actors), claims


@pytest.mark.parametrize("text,name", [
    ("The Free Hill Front freed two guards on Monday. The talks will resume, Free Hill Front television said.",
     "Free Hill Front"),
])
def test_party_outlet_is_not_the_party(claims_of, text: str, name: str) -> None:
    claims, actors = claims_of(text)
    assert not any(c.speaker in actors and actors[c.speaker].name == name for c in claims), claims
