"""``corpus add --engine ray``: read on Ray, skip what is stored, extract on an actor pool, one writer.

The run, in two passes over the inputs (each a streaming Ray Data job):

1. **Screen.** Workers read every source with the project's readers
   (:mod:`.sources`); the rows stream back in input order to the driver,
   which gives them run-unique names (as ``read_inputs`` does) and passes
   them through the store's own :meth:`Writer.screen`: a document stored
   with the same content hash is dropped there, before anything is parsed;
   a clashing id is renamed by the same rule as the local engine. What
   survives becomes a small *plan* per source (id, name, warnings, hash).
2. **Extract.** Only the sources with planned documents are read again;
   each row takes its planned id, and ``map_batches`` sends them to a fixed
   pool of :class:`.extract.Extractor` actors (``ActorPoolStrategy``), each
   holding one spaCy pipeline. Result rows stream back in input order
   (``preserve_order``) and the one :class:`Writer` commits them in groups,
   exactly as the local engine does.

Why two passes and not one: the store (DuckDB, one writer per file) can only
be asked on the driver, and a Ray Data job cannot take a stream the driver
produces while it runs; reading is cheap next to parsing (a few percent), so
the inputs are read twice rather than held in memory. Why this resumes: the
writer commits whole groups; a run killed at any point left whole
documents, which the next run's screen finds stored and skips, so nothing
is lost or stored twice (``tests/test_ray_add.py``).
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator

from backchannel.pipeline import Result
from backchannel.scale import sources
from backchannel.scale.cluster import session
from backchannel.scale.extract import Extractor, to_result

#: Source rows read by one read task.
READ_BATCH = 4
#: Bytes of document rows per Ray Data block in the extraction job (about a batch of reports).
#: Why small: Ray hands an actor whole blocks, so a JSONL file read as one block would go to
#: one actor; cut into blocks of a batch or so, it is spread over the pool. (A streaming
#: ``repartition`` would do the same but needs a CPU of its own, which the actors hold.)
BLOCK_BYTES = 32 * 1024


def plan_run(ray, writer, srcs: list[dict[str, Any]], max_chars: int,  # noqa: ANN001 - ray module, Writer
             timeout: float | None) -> dict[int, dict[int, dict[str, Any]]]:
    """Pass 1: read every source on Ray; the writer screens the documents; what to extract, per source."""
    ds = ray.data.from_items(srcs).map_batches(sources.read_batch, batch_size=READ_BATCH, batch_format="pyarrow",
                                               fn_kwargs={"max_chars": max_chars, "timeout": timeout})
    read: list[tuple[int, int, Any]] = []  # (seq, sub, item) fed to the screen, not yet matched

    def stream() -> Iterator[Any]:
        rows = (r for b in ds.iter_batches(batch_format="pyarrow", batch_size=None) for r in b.to_pylist())
        for seq, sub, it in sources.unique_stems((r["seq"], r["sub"], sources.from_row(r)) for r in rows):
            read.append((seq, sub, it))
            yield it

    plan: dict[int, dict[int, dict[str, Any]]] = {}
    at = 0
    for kept in writer.screen(stream()):
        while not _same(read[at][2], kept):  # the screen keeps the order; what it dropped is stored already
            at += 1
        seq, sub, _ = read[at]
        chash = writer.pending[-1].chash
        plan.setdefault(seq, {})[sub] = sources.plan_entry(kept, chash)
        at += 1
        if at > 4096:  # keep the unmatched tail only
            del read[:at]
            at = 0
    return plan


def _same(fed: Any, kept: Any) -> bool:
    """Is ``kept`` (what the screen let through) the item ``fed``? Stems are unique in a run."""
    if fed is kept:
        return True
    return isinstance(fed, sources.Item) and isinstance(kept, sources.Item) and fed.stem == kept.stem


def extract_run(ray, writer, srcs: list[dict[str, Any]], plan: dict[int, dict[int, dict[str, Any]]],  # noqa: ANN001
                opts: dict[str, Any], max_chars: int, read_timeout: float | None) -> Iterator[Result]:
    """Pass 2: the planned documents through the actor pool; results in input order."""
    todo = [dict(s, plan=sources.pack_plan(plan[s["seq"]])) for s in srcs if s["seq"] in plan]
    if not todo:
        return
    workers = max(1, int(opts.get("workers") or ray.cluster_resources().get("CPU", 1)))
    ray.data.DataContext.get_current().target_max_block_size = BLOCK_BYTES
    ds = (ray.data.from_items(todo)
          .map_batches(sources.read_batch, batch_size=READ_BATCH, batch_format="pyarrow", num_cpus=0,
                       fn_kwargs={"max_chars": max_chars, "timeout": read_timeout})
          .map_batches(Extractor, batch_size=opts["batch_size"], batch_format="pyarrow", num_cpus=1,
                       compute=ray.data.ActorPoolStrategy(size=workers),
                       fn_constructor_kwargs={"model": opts["model"], "batch_size": opts["batch_size"],
                                              "doc_timeout": opts["doc_timeout"]}))
    for batch in ds.iter_batches(batch_format="pyarrow", batch_size=None):
        for row in batch.to_pylist():
            if not writer.pending or writer.pending[0].name != row["name"]:
                raise RuntimeError(f"results out of order: {row['name']!r} came before "
                                   f"{writer.pending[0].name if writer.pending else 'nothing'!r}")
            yield to_result(row)


def ray_results(writer, paths: Iterable[str], opts: dict[str, Any], max_chars: int,  # noqa: ANN001 - Writer
                read_timeout: float | None) -> Iterator[Result]:
    """Every result of a ``corpus add`` on Ray, in input order, for ``writer.write``.

    ``opts``: ``address``, ``workers``, ``model``, ``batch_size`` and
    ``doc_timeout`` (seconds per piece for extraction, None for no limit).
    Joins (or starts, and then stops) the cluster around the run.
    """
    srcs = sources.source_rows(paths, max_chars, read_timeout)
    with session(opts.get("address"), opts.get("workers")) as ray:
        plan = plan_run(ray, writer, srcs, max_chars, read_timeout)
        yield from extract_run(ray, writer, srcs, plan, opts, max_chars, read_timeout)
