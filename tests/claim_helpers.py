"""Small readers the claims tests share: a claim's trace, its speaker's name, the one claim holding
some words (asserting there is exactly one, and showing every claim's content and rule if not), or the
first; a context with speakers already made and a span of its parse, for the speaker matchers."""

from __future__ import annotations

from typing import Any

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


def speaker_context(nlp: Any, text: str, people: list[tuple[str, str]]) -> Any:
    """A context with the given actors already made (name, kind), as the actors stage may leave them: what the
    speaker matchers are tested on without the actors stage."""
    from backchannel.extract.context import Context
    from backchannel.model import Document
    ctx = Context(document=Document(id="t", text=text), doc=nlp(text))
    for who, kind in people:
        ctx.add_actor(Actor(id=ctx.new_actor_id(who), name=who, kind=kind, named=True), rule="test")
    return ctx


def span_of(ctx: Any, words: str) -> tuple[Any, Any]:
    """The parse's span of the first place ``words`` stand in the text, and its last token."""
    start = ctx.document.text.index(words)
    span = ctx.doc.char_span(start, start + len(words))
    return span, span[-1]
