"""Run the LLM backend over documents: pieces out to the model, grounded answers merged back, one Result each.

Why pieces that overlap: a long report does not fit one answer, and an act
described across a cut would be lost by both sides of it; an overlap of
``settings.overlap`` characters lets each such sentence be read whole once,
and :mod:`backchannel.llm.merge` folds what both pieces saw into one item.

Backends: ``llm`` makes a dossier from the model's answer alone; ``hybrid``
runs the rules first and lets the model fill gaps (a failed call then leaves
the rules' dossier, with the error in its metadata and a warning). Either way
one document's failure is that document's :class:`~backchannel.pipeline.Result`
(stage ``llm``), never the batch's. Documents are run on a thread pool of
``settings.concurrency`` workers, and results come out in input order.
"""

from __future__ import annotations

from collections import Counter, deque
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from typing import Callable, Iterable, Iterator

from backchannel.ingest import InputError, Item
from backchannel.llm.client import Client, LLMError, Truncated, Usage
from backchannel.llm.ground import Grounder
from backchannel.llm.merge import Merger, MergeStats
from backchannel.llm.prompt import load_prompt
from backchannel.llm.settings import LLMSettings
from backchannel.model import BackendRun, Document, Dossier
from backchannel.nlp import chunk_spans
from backchannel.pipeline import Result, finish

#: A piece whose answer was cut off is read again as two halves, down to pieces of this size.
MIN_SPLIT_CHARS = 1_000

RulesRun = Callable[[Iterable[Item | InputError]], Iterator[Result]]


def pieces(text: str, size: int, overlap: int) -> list[tuple[int, int]]:
    """Cut points of :func:`backchannel.nlp.chunk_spans`, each piece after the first starting ``overlap``
    characters earlier (at a word start), so that a sentence across a cut is whole in one piece."""
    out: list[tuple[int, int]] = []
    for k, (start, end) in enumerate(chunk_spans(text, max(1, size - overlap))):
        if k:
            start = max(0, start - overlap)
            while start > 0 and not text[start - 1].isspace():
                start -= 1
        out.append((start, end))
    return out


class LLMBackend:
    """One endpoint's backend for a run: the client (and its cache), the prompt, the settings."""

    def __init__(self, settings: LLMSettings, client: Client | None = None) -> None:
        self.settings = settings
        self.client = client or Client(settings, load_prompt())

    def close(self) -> None:
        self.client.close()

    def run_meta(self, backend: str) -> BackendRun:
        s = self.settings
        return BackendRun(backend=backend, model=s.model, protocol=s.protocol)

    def llm_dossier(self, document: Document) -> Dossier:
        """The model's grounded dossier of one document (an LLMError when a call fails for good)."""
        meta, usage, drops = self.run_meta("llm"), Usage(), Counter[str]()
        stats = MergeStats()
        out = Dossier(documents=[document], meta=meta)
        merger = Merger(out, stats, compare=False)
        todo = deque(pieces(document.text, self.settings.chunk_chars, self.settings.overlap))
        try:
            while todo:
                start, end = todo.popleft()
                try:
                    answer = self.client.answer(document.text[start:end], document.published, usage)
                except Truncated:
                    if end - start < 2 * MIN_SPLIT_CHARS:
                        raise
                    half = (end - start) // 2 + self.settings.overlap
                    todo.extendleft(reversed([(a + start, b + start) for a, b in
                                              pieces(document.text[start:end], half, self.settings.overlap)]))
                    meta.split += 1
                    continue
                grounder = Grounder(document, start, end)
                merger.merge(grounder.ground(answer))
                drops.update(grounder.drops)
                meta.chunks += 1
        finally:
            self.account(meta, usage)
        meta.dropped = dict(sorted(drops.items()))
        meta.merged = {k: v for k, v in stats.merged.items()}
        return finish(out)[0]

    def hybrid(self, dossier: Dossier) -> tuple[Dossier, list[str]]:
        """Fold the model's items into a rules dossier; warnings say what failed (the rules' dossier stays)."""
        meta = self.run_meta("hybrid")
        try:
            extra = self.llm_dossier(dossier.documents[0])
        except LLMError as exc:
            meta.errors = [str(exc)]
            dossier.meta = meta
            return dossier, [f"llm: {exc}; this dossier is the rules' alone"]
        assert isinstance(extra.meta, BackendRun)
        for name in ("chunks", "split", "requests", "cached", "retries", "prompt_tokens", "completion_tokens", "cost",
                     "dropped"):
            setattr(meta, name, getattr(extra.meta, name))
        stats = MergeStats()
        Merger(dossier, stats, compare=True).merge(extra)
        meta.merged, meta.added = dict(stats.merged), dict(stats.added)
        meta.disagreements = stats.disagreements
        dossier.meta = meta
        dossier, warnings = finish(dossier)
        return dossier, warnings

    def account(self, meta: BackendRun, usage: Usage) -> None:
        meta.requests, meta.cached, meta.retries = usage.requests, usage.cached, usage.retries
        meta.prompt_tokens, meta.completion_tokens = usage.prompt_tokens, usage.completion_tokens
        price = self.settings.price
        if price is not None:
            meta.cost = round((usage.prompt_tokens * price[0] + usage.completion_tokens * price[1]) / 1e6, 6)

    # -- streams of results ---------------------------------------------------------
    def one(self, item: Item | InputError) -> Result:
        if isinstance(item, InputError):  # a reader's error, passed through in order
            return Result(item.name, item.name, error=item.reason, stage=item.stage)
        try:
            dossier = self.llm_dossier(item.document)
        except LLMError as exc:
            return Result(item.name, item.stem, error=str(exc), stage="llm", warnings=item.warnings)
        except Exception as exc:  # a bug on one document never sinks the batch
            return Result(item.name, item.stem, error=f"{type(exc).__name__}: {exc}", stage="llm",
                          warnings=item.warnings)
        return Result(item.name, item.stem, dossier=dossier, warnings=item.warnings)

    def fill(self, r: Result) -> Result:
        if r.dossier is None:
            return r
        try:
            dossier, warnings = self.hybrid(r.dossier)
        except Exception as exc:  # keep the rules' dossier; say why the model's part is missing
            return Result(r.name, r.stem, dossier=r.dossier, warnings=(*r.warnings, f"llm: {type(exc).__name__}: {exc}"))
        return Result(r.name, r.stem, dossier=dossier, warnings=(*r.warnings, *warnings))


def results(settings: LLMSettings | None, items: Iterable[Item | InputError], rules: RulesRun,
            backend: LLMBackend | None = None) -> Iterator[Result]:
    """One Result per item, in order, from the backend ``settings`` name (the rules alone without settings)."""
    if settings is None or settings.backend == "rules":
        yield from rules(items)
        return
    runner = backend or LLMBackend(settings)
    try:
        if settings.backend == "llm":
            jobs: Iterator[Callable[[], Result]] = (partial(runner.one, it) for it in items)
        else:
            jobs = (partial(runner.fill, r) for r in rules(items))
        yield from ordered(jobs, settings.concurrency)
    finally:
        if backend is None:
            runner.close()


def ordered(jobs: Iterable[Callable[[], Result]], workers: int) -> Iterator[Result]:
    """Run jobs on ``workers`` threads, at most twice that many ahead, and yield their results in order."""
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        window: deque[Future[Result]] = deque()
        for job in jobs:
            window.append(pool.submit(job))
            if len(window) >= 2 * max(1, workers):
                yield window.popleft().result()
        while window:
            yield window.popleft().result()
