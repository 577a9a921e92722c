"""The extractor interface: one parsed document in, its dossier out, whatever produces it.

Why an interface: the rules are one way to fill a dossier; an LLM backend (or
a mixed one) must produce the same model, with the same ids and offsets, so
that views, exports, the scorer and ``eval --by-rule`` work on either. Every
item an extractor makes names its ``backend`` (``rules`` here) and the ``rule``
that produced it (see :mod:`backchannel.extract.context` for the ids).

:class:`RulesExtractor` runs the registered stages in a checked order; the
pipeline's streaming, chunking and error isolation stay outside the extractor.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol, Sequence, runtime_checkable

from spacy.tokens import Doc

from backchannel.extract.context import STAGES, Context, check_order
from backchannel.model import RULES_BACKEND, Document, Dossier
from backchannel.report_date import report_anchor


#: The rules' stage order, as data: actors first (everything else refers to
#: them), then claims (interactions inside a claim are "reported"), then
#: interactions, then the clean-up that merges actors within the document.
#: :func:`backchannel.extract.context.check_order` verifies it (tests/test_stages.py).
RULE_STAGES: tuple[str, ...] = ("actors", "claims", "interactions", "finalize")
#: The learned parts (:mod:`backchannel.extract.learned`) run after the rules and read their output.
LEARNED_STAGES: tuple[str, ...] = ("learned_speaker",)
DEFAULT_STAGES: tuple[str, ...] = RULE_STAGES + LEARNED_STAGES


@runtime_checkable
class Extractor(Protocol):
    """Anything that turns one parsed document into a dossier (no views: the pipeline adds them)."""

    name: str
    backend: str

    def extract(self, document: Document, parsed: Doc) -> Dossier:
        """The dossier of ``document``; ``parsed`` is its spaCy parse (a backend may ignore it)."""
        ...


def parse_date(published: str | None) -> date | None:
    """The publication date that relative times are resolved against (None when absent or bad)."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


class RulesExtractor:
    """The spaCy-rules backend: the registered stages (``@stage``), in an order checked on creation.

    ``stages`` defaults to :data:`DEFAULT_STAGES`; an order in which a stage
    would read a context field that no earlier stage writes is refused.
    """

    name = "rules"
    backend = RULES_BACKEND

    def __init__(self, stages: Sequence[str] | None = None) -> None:
        if stages is None:
            stages = DEFAULT_STAGES
        problems = check_order(stages)
        if problems:
            raise ValueError("bad stage order: " + "; ".join(problems))
        self.stages: tuple[str, ...] = tuple(stages)

    def extract(self, document: Document, parsed: Doc) -> Dossier:
        ctx = Context(document=document, doc=parsed,
                      anchor=report_anchor(parse_date(document.published), parsed.text))  # (report_date.py)
        for name in self.stages:
            STAGES[name](ctx)
        return Dossier(documents=[document], actors=list(ctx.actors.values()),
                       interactions=ctx.interactions, claims=ctx.claims,
                       attributions=ctx.attributions)
