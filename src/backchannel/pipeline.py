"""The document stream: Documents in, one Dossier per document out.

Why streaming: documents go through ``nlp.pipe`` in batches and each one is
extracted, turned into a dossier and released before the next batch is read,
so memory stays flat however large the corpus (a store or a distributed
engine later consumes the same iterator). A text longer than one chunk is
parsed and extracted piece by piece (:mod:`backchannel.chunking`), so memory
also stays flat in the length of one document.

Why every failure is caught here: one document must never sink a batch.
A reader's error, a parser crash, an extraction bug or a document that runs
past ``doc_timeout`` becomes that document's :class:`Result` with the stage
that failed; the stream goes on with the next document.
"""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Sequence

from spacy.language import Language

from backchannel.chunking import ChunkMerger
from backchannel.extract.base import DEFAULT_STAGES, RulesExtractor, parse_date  # noqa: F401 (parse_date: API)
from backchannel.ingest import InputError, Item
from backchannel.ingest.report import report_document
from backchannel.limits import DEFAULT_DOC_TIMEOUT, DocumentTimeout, time_limit
from backchannel.model import Document, Dossier
from backchannel.nlp import CHUNK_CHARS, chunk_spans, load_pipeline
from backchannel.views import build_views

#: Characters of text parsed in one batch (see :meth:`_Stream.batches`).
BATCH_CHARS = 40_000



@dataclass(frozen=True, slots=True)
class Result:
    """The dossier for one input item, or the error (and stage) that stopped it."""

    name: str
    stem: str
    dossier: Dossier | None = None
    error: str | None = None
    stage: str | None = None  # read | parse | extract, when ``error`` is set
    warnings: tuple[str, ...] = field(default=())


#: The rule id recorded on a field that :func:`repair_references` emptied.
REPAIR_RULE = "pipeline.repair.dangling_reference"

_EXTRACTORS: dict[tuple[str, ...], RulesExtractor] = {}


def run_stages(document: Document, doc, stages: Sequence[str] = DEFAULT_STAGES) -> Dossier:
    """The rules' stages over one parsed text (:class:`RulesExtractor`), without views or checks."""
    key = tuple(stages)
    if key not in _EXTRACTORS:  # the order is checked once per order, not per document
        _EXTRACTORS[key] = RulesExtractor(key)
    return _EXTRACTORS[key].extract(document, doc)


def repair_references(dossier: Dossier) -> list[str]:
    """Drop every reference to an actor or claim the dossier does not hold; say what was dropped.

    The rules should never leave one (the tests require ``reference_errors``
    to be empty); this is the guarantee that none reaches output if one does.
    """
    actors = {a.id for a in dossier.actors}
    claims = {c.id for c in dossier.claims}
    dropped: list[str] = []

    def keep(item, field: str, ref: str | None) -> str | None:  # noqa: ANN001 - Actor | Interaction | Claim
        if ref is None or ref in actors:
            return ref
        dropped.append(f"{type(item).__name__.lower()} {item.id} {field}: dropped reference {ref!r} (no such actor)")
        item.set_trace(field, REPAIR_RULE)
        return None

    for a in dossier.actors:
        a.affiliation = keep(a, "affiliation", a.affiliation)
    for i in dossier.interactions:
        i.source, i.target = keep(i, "source", i.source), keep(i, "target", i.target)
        i.via = [v for v in i.via if keep(i, "via", v)]
        if i.claim is not None and i.claim not in claims:
            dropped.append(f"interaction {i.id} claim: dropped reference {i.claim!r} (no such claim)")
            i.claim = None
            i.set_trace("claim", REPAIR_RULE)
    for c in dossier.claims:
        c.speaker = keep(c, "speaker", c.speaker)
    for t in dossier.attributions:
        t.source = keep(t, "source", t.source)
    return dropped


def finish(dossier: Dossier) -> tuple[Dossier, list[str]]:
    """Repair dangling references, then build the views."""
    warnings = repair_references(dossier)
    dossier.views = build_views(dossier)
    return dossier, warnings


def extract(document: Document, doc, stages: Sequence[str] = DEFAULT_STAGES) -> Dossier:
    """Run the extraction stages over one parsed document and build its dossier."""
    return finish(run_stages(document, doc, stages))[0]


def analyze_text(text: str, doc_id: str = "document", published: str | None = None,
                 title: str | None = None, nlp: Language | None = None) -> Dossier:
    """Convenience for the Python API: one text in, its dossier out (long texts in chunks).

    The text is read as a file is (:func:`backchannel.ingest.report.report_document`): a header
    line `` date YYYY-MM-DD Title`` gives the date and title (``published`` and ``title`` win
    over it) and is not part of the document's text, which every offset indexes.
    """
    nlp = nlp or load_pipeline()
    document = report_document(text, doc_id, {"published": published, "title": title})[0]
    text = document.text
    spans = chunk_spans(text)
    if len(spans) == 1:
        return extract(document, nlp(text))
    merger = ChunkMerger(document)
    for start, end in spans:
        merger.add(run_stages(merger.piece(start, end), nlp(text[start:end])), start)
    return finish(merger.dossier())[0]


@dataclass(slots=True)
class _Job:
    """One document in flight: its pieces, what has been extracted so far, or why it failed."""

    item: Item
    spans: list[tuple[int, int]]
    merger: ChunkMerger | None
    deadline: float | None = None
    failed: Result | None = None
    result: Result | None = None


class _Stream:
    """Feeds pieces of documents through ``nlp.pipe`` and turns them back into one Result each.

    Contexts passed through the pipe are plain ``(job key, piece index)``
    integers, so they survive the pickling of multi-process parsing; the jobs
    stay here. When the parser itself fails on a batch, the texts in flight
    are parsed again one by one so that only the culprit fails, and a new pipe
    takes the rest of the input.
    """

    def __init__(self, nlp: Language, batch_size: int, n_process: int, stages: Sequence[str],
                 doc_timeout: float | None, chunk_chars: int) -> None:
        self.nlp, self.batch_size, self.n_process = nlp, batch_size, n_process
        self.stages, self.timeout, self.chunk_chars = stages, doc_timeout, chunk_chars
        self.jobs: dict[int, _Job | Result] = {}
        self.pending: deque[tuple[str, tuple[int, int]]] = deque()

    def texts(self, items: Iterable[Item | InputError]) -> Iterator[tuple[str, tuple[int, int]]]:
        for key, it in enumerate(items):
            if isinstance(it, InputError):
                self.jobs[key] = Result(it.name, it.name, error=it.reason, stage=it.stage)
                yield "", (key, 0)
                continue
            text = it.document.text
            spans = chunk_spans(text, self.chunk_chars)
            job = _Job(it, spans, ChunkMerger(it.document) if len(spans) > 1 else None)
            self.jobs[key] = job
            for k, (a, b) in enumerate(spans):
                yield ("" if job.failed else text[a:b]), (key, k)

    def run(self, items: Iterable[Item | InputError]) -> Iterator[Result]:
        if self.n_process > 1:
            yield from self.run_processes(items)
            return
        for batch in self.batches(self.texts(items)):
            done = 0
            try:
                for doc, ctx in self.nlp.pipe(batch, as_tuples=True, batch_size=len(batch)):
                    done += 1
                    results = list(self.handle(doc, ctx))
                    del doc  # release the parse before the next batch is parsed
                    yield from results
            except Exception:  # the parser failed on this batch: isolate the culprit
                yield from self.one_by_one(batch[done:])

    def batches(self, pairs: Iterator[tuple[str, tuple[int, int]]]) -> Iterator[list[tuple[str, tuple[int, int]]]]:
        """Batches of at most ``batch_size`` texts and ``BATCH_CHARS`` characters.

        Why characters: the parser holds a whole batch at once, and its memory
        grows with the characters in it, not the number of texts; the pieces of
        one long document must not all sit in one batch.
        """
        batch: list[tuple[str, tuple[int, int]]] = []
        chars = 0
        for pair in pairs:
            batch.append(pair)
            chars += len(pair[0])
            if len(batch) >= self.batch_size or chars >= BATCH_CHARS:
                yield batch
                batch, chars = [], 0
        if batch:
            yield batch

    def one_by_one(self, pairs: Iterable[tuple[str, tuple[int, int]]]) -> Iterator[Result]:
        for text, ctx in pairs:
            try:
                doc, why = self.nlp(text), None
            except Exception as exc:
                doc, why = None, f"{type(exc).__name__}: {exc}"
            yield from self.handle(doc, ctx, why)

    def run_processes(self, items: Iterable[Item | InputError]) -> Iterator[Result]:
        """Several parser processes: spaCy's own multi-process pipe over the whole stream.

        Its batches count texts, not characters: each process may hold up to
        ``batch_size`` pieces of ``CHUNK_CHARS`` characters.
        """
        source = self.texts(items)

        def feed() -> Iterator[tuple[str, tuple[int, int]]]:
            for pair in source:
                self.pending.append(pair)
                yield pair

        while True:
            try:
                for doc, ctx in self.nlp.pipe(feed(), as_tuples=True, batch_size=self.batch_size,
                                              n_process=self.n_process):
                    self.pending.popleft()
                    yield from self.handle(doc, ctx)
                return
            except Exception:  # the parser failed on a batch: isolate the culprit, then go on
                retry, self.pending = list(self.pending), deque()
                yield from self.one_by_one(retry)

    def handle(self, doc, ctx: tuple[int, int], parse_error: str | None = None) -> Iterator[Result]:
        key, k = ctx
        job = self.jobs[key]
        if isinstance(job, Result):  # a reader's error, passed through in order
            del self.jobs[key]
            yield job
            return
        if job.failed is None:
            if parse_error is not None:
                job.failed = self.fail(job, "parse", f"parsing failed: {parse_error}")
            else:
                self.extract_piece(job, doc, k)
        if k == len(job.spans) - 1:
            del self.jobs[key]
            yield job.failed or job.result  # type: ignore[misc]

    def fail(self, job: _Job, stage: str, reason: str) -> Result:
        return Result(job.item.name, job.item.stem, error=reason, stage=stage, warnings=job.item.warnings)

    def extract_piece(self, job: _Job, doc, k: int) -> None:
        it = job.item
        if job.deadline is None and self.timeout:
            job.deadline = time.monotonic() + self.timeout * len(job.spans)  # per piece
        remaining = None if job.deadline is None else max(0.001, job.deadline - time.monotonic())
        try:
            with time_limit(remaining):
                if job.merger is None:
                    dossier, warnings = finish(run_stages(it.document, doc, self.stages))
                else:
                    start, end = job.spans[k]
                    job.merger.add(run_stages(job.merger.piece(start, end), doc, self.stages), start)
                    if k < len(job.spans) - 1:
                        return
                    dossier, warnings = finish(job.merger.dossier())
        except DocumentTimeout:
            per = f" per {self.chunk_chars:,} characters" if len(job.spans) > 1 else ""
            job.failed = self.fail(job, "extract", f"stopped: took longer than the {self.timeout:g} s limit{per} "
                                                   "(--doc-timeout)")
            return
        except Exception as exc:  # one bad document never sinks a batch
            job.failed = self.fail(job, "extract", f"extraction failed: {type(exc).__name__}: {exc}")
            return
        job.result = Result(it.name, it.stem, dossier=dossier, warnings=it.warnings + tuple(warnings))


def analyze(items: Iterable[Item | InputError], nlp: Language | None = None,
            batch_size: int = 32, n_process: int = 1,
            stages: Sequence[str] = DEFAULT_STAGES, doc_timeout: float | None = DEFAULT_DOC_TIMEOUT,
            chunk_chars: int = CHUNK_CHARS) -> Iterator[Result]:
    """Stream one Result per input item, in input order.

    Input errors pass straight through as error results; a failure while
    parsing or extracting one document, or a document running past
    ``doc_timeout`` seconds (per piece of ``chunk_chars`` characters: a long
    text gets the same time per piece as a short one), becomes that
    document's error, never the batch's.
    """
    stream = _Stream(nlp or load_pipeline(), batch_size, n_process, stages, doc_timeout, chunk_chars)
    return stream.run(items)
