"""Small readers the claims tests share: a claim's trace, its speaker's name, the one claim holding
some words (asserting there is exactly one, and showing every claim's content and rule if not)."""

from __future__ import annotations

from backchannel.model import Actor, Claim


def trace(c: Claim) -> dict[str, str]:
    return dict(c.trace) if c.trace else {}


def name(c: Claim, actors: dict[str, Actor]) -> str | None:
    return actors[c.speaker].name if c.speaker in actors else None


def by_content(claims: list[Claim], words: str) -> Claim:
    found = [c for c in claims if words in (c.content or "")]
    assert len(found) == 1, [(c.content, c.rule) for c in claims]
    return found[0]


def first_by_content(claims: list[Claim], words: str) -> Claim:
    """The first claim holding some words (others may hold them too); fails with every claim's rule and content."""
    found = [c for c in claims if words in c.content]
    assert found, [(c.rule, c.content) for c in claims]
    return found[0]
