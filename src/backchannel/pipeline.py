"""The document stream: Documents in, one Dossier per document out.

Why streaming: documents go through ``nlp.pipe`` in batches and each one is
extracted, turned into a dossier and released before the next batch is read,
so memory stays flat however large the corpus (a store or a distributed
engine later consumes the same iterator).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable, Iterator, Sequence

from spacy.language import Language

from backchannel.extract import STAGES, Context
from backchannel.ingest import InputError, Item
from backchannel.model import Document, Dossier
from backchannel.nlp import load_pipeline
from backchannel.views import build_views

#: Stage order: actors first (everything else refers to them), then claims
#: (interactions inside a claim are "reported"), then interactions, then the
#: cross-cutting clean-up that merges actors within the document.
DEFAULT_STAGES: tuple[str, ...] = ("actors", "claims", "interactions", "finalize")


@dataclass(frozen=True, slots=True)
class Result:
    """The dossier for one input item (or the error that stopped it)."""

    name: str
    stem: str
    dossier: Dossier | None = None
    error: str | None = None


def parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def extract(document: Document, doc, stages: Sequence[str] = DEFAULT_STAGES) -> Dossier:
    """Run the extraction stages over one parsed document and build its dossier."""
    ctx = Context(document=document, doc=doc, anchor=parse_date(document.published))
    for name in stages:
        STAGES[name](ctx)
    dossier = Dossier(documents=[document], actors=list(ctx.actors.values()),
                      interactions=ctx.interactions, claims=ctx.claims)
    dossier.views = build_views(dossier)
    return dossier


def analyze_text(text: str, doc_id: str = "document", published: str | None = None,
                 title: str | None = None, nlp: Language | None = None) -> Dossier:
    """Convenience for the Python API: one text in, its dossier out."""
    nlp = nlp or load_pipeline()
    document = Document(id=doc_id, text=text, published=published, title=title)
    return extract(document, nlp(text))


def analyze(items: Iterable[Item | InputError], nlp: Language | None = None,
            batch_size: int = 32, n_process: int = 1,
            stages: Sequence[str] = DEFAULT_STAGES) -> Iterator[Result]:
    """Stream results for a stream of read items, in input order.

    Input errors pass straight through as error results; an exception while
    extracting one document becomes that document's error, never the batch's.
    """
    nlp = nlp or load_pipeline()

    def texts() -> Iterator[tuple[str, Item | InputError]]:
        for it in items:
            yield (it.document.text if isinstance(it, Item) else ""), it

    for doc, it in nlp.pipe(texts(), as_tuples=True, batch_size=batch_size, n_process=n_process):
        if isinstance(it, InputError):
            yield Result(it.name, it.name, error=it.reason)
            continue
        try:
            yield Result(it.name, it.stem, dossier=extract(it.document, doc, stages))
        except Exception as exc:  # one bad document never sinks a batch
            yield Result(it.name, it.stem, error=f"extraction failed: {type(exc).__name__}: {exc}")
