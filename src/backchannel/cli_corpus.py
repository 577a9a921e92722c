"""``backchannel corpus``: build, inspect and export a corpus store (see docs/store.md).

``corpus add STORE PATH...`` analyses every new or changed document and
stores it; ``reanalyze`` re-runs documents from an older extractor; ``errors``,
``stats`` and ``export`` read the store. Problems are reported as ``analyze``
reports them (``error: NAME: STAGE: reason``), the batch goes on, and the exit
code is 1 when any document failed.
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Iterable, Iterator

import click


from backchannel.llm.options import llm_options
from backchannel.cli_web import has_web_input, make_web, pop_web, web_options, with_notes

from backchannel.cli_console import err, say  # noqa: F401

FORMATS = ("json", "jsonl", "documents", "parquet", "csv", "graphml", "gexf", "ftm", "html")
#: Seconds between plain progress lines when stderr is not a terminal.
PLAIN_EVERY = 10.0


@click.group()
def corpus() -> None:
    """A corpus store: one DuckDB file of analysed reports, added to incrementally."""


def _open(store: Path, read_only: bool = False, create: bool = False):
    from backchannel.store import StoreError, connect

    try:
        return connect(store, read_only=read_only, create=create)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None


def _analysis_options(f):
    for opt in reversed([
        click.option("--model", default=None, help="spaCy pipeline to load (package or path)."),
        click.option("--batch-size", default=32, show_default=True,
                     help="Documents parsed together, and written in one transaction."),
        click.option("--processes", "n_process", default=1, show_default=True, help="Parser processes."),
        click.option("--max-chars", default=None, type=int, help="Refuse documents longer than this."),
        click.option("--doc-timeout", default=None, type=float,
                     help="Stop a document after this many seconds per 40,000 characters (default 60; 0: none)."),
        click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: on a terminal)."),
        click.option("--trace-commits", is_flag=True, hidden=True,
                     help="Print 'committed N' on stdout after each transaction (for the kill test)."),
    ]):
        f = opt(f)
    return f


# -- issue 16: the Ray engine (backchannel.scale) ---------------------------------
def _engine_options(f):
    """``--engine local|ray``, ``--address``, ``--workers``: where the work runs (docs: README "Scaling out on Ray")."""
    for opt in reversed([
        click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
                     help="local: this machine's processes; ray: a Ray cluster (needs backchannel[ray])."),
        click.option("--address", default=None,
                     help="Ray cluster to join: auto, or ray://HOST:PORT (default: start a private local Ray)."),
        click.option("--workers", default=None, type=int, help="Ray actors, each with one parser (default: one per CPU of the cluster)."),
    ]):
        f = opt(f)
    return f


def _ray_inputs_only(paths: tuple[str, ...], web_or_llm: bool) -> None:
    """Refuse what the Ray engine does not run yet: web input (URLs, WARC, --urls, --feed) and --backend llm."""
    from backchannel.ingest import URL_PREFIXES, WARC_EXTS

    if web_or_llm or any(p.startswith(URL_PREFIXES) or p.endswith(WARC_EXTS) for p in paths):
        raise click.UsageError("--engine ray reads local files, folders, JSONL and stdin with the rules backend; "
                               "run URLs, WARC archives, --urls, --feed and --backend llm/hybrid with --engine local")


def _on_ray(opts, paths: tuple[str, ...], max_chars: int, read_timeout: float | None):  # noqa: ANN001, ANN202
    """The results of ``add --engine ray`` for ``_run``: the store's one Writer consumes them."""
    from backchannel.scale.add import ray_results
    from backchannel.scale.cluster import RayMissing, import_ray

    try:
        import_ray()
    except RayMissing as exc:
        raise click.ClickException(str(exc)) from None
    doc_timeout = 60.0 if opts["doc_timeout"] is None else opts["doc_timeout"]
    ray_opts = dict(opts, doc_timeout=doc_timeout or None)
    return lambda writer: ray_results(writer, paths, ray_opts, max_chars, read_timeout)
# -- end issue 16 -------------------------------------------------------------------


@corpus.command()
@click.argument("store", type=click.Path(path_type=Path))
@click.argument("paths", nargs=-1)
@_analysis_options
@_engine_options
@llm_options
@web_options
def add(store: Path, paths: tuple[str, ...], **opts) -> None:
    """Analyse and store every new or changed document of PATHS (files, folders, JSONL, - for stdin,
    http(s) URLs, .warc/.warc.gz web archives; --urls and --feed for lists of links and feeds).

    A document stored with the same content is skipped; one with the same id
    and new content replaces the old. Interrupted runs resume where they
    stopped when run again.
    """
    from backchannel.ingest import MAX_CHARS, read_inputs
    from backchannel.limits import DEFAULT_DOC_TIMEOUT

    web_opts = pop_web(opts)
    if not paths and not has_web_input(web_opts):
        raise click.UsageError("give the documents to add: PATH..., --urls FILE or --feed URL|FILE")
    if opts["llm"] is not None and opts["llm"].cache is None:  # answers kept beside the store
        opts["llm"] = replace(opts["llm"], cache=store.with_name(store.name + ".llm-cache.jsonl"))
    con = _open(store, create=True)
    timeout = DEFAULT_DOC_TIMEOUT if opts["doc_timeout"] is None else opts["doc_timeout"]
    from backchannel.store.origins import known_urls  # web input (issue 18): feeds skip what is stored

    web = make_web(web_opts, opts["max_chars"] or MAX_CHARS, known_urls(con))
    items = with_notes(read_inputs(paths, max_chars=opts["max_chars"] or MAX_CHARS, timeout=timeout or None,
                                   web=web), web)
    total = _estimate(paths) if _show(opts) and err.is_terminal else None
    results_of = None
    if opts["engine"] == "ray":
        _ray_inputs_only(paths, has_web_input(web_opts) or opts["llm"] is not None)
        results_of = _on_ray(opts, paths, opts["max_chars"] or MAX_CHARS, timeout or None)
    _run(con, store, lambda w: w.screen(items), opts, total, results_of)


@corpus.command()
@click.argument("store", type=click.Path(path_type=Path))
@click.option("--all", "everything", is_flag=True, help="Re-run every document, not only outdated ones.")
@_analysis_options
def reanalyze(store: Path, everything: bool, **opts) -> None:
    """Re-run the documents analysed by an older extractor version (or --all)."""
    from backchannel.store import extractor_version
    from backchannel.store.writer import outdated

    con = _open(store)
    version = extractor_version()
    cond = "" if everything else " WHERE extractor_version <> ?"
    total = con.execute("SELECT count(*) FROM documents" + cond, [] if everything else [version]).fetchone()[0]
    if not total:
        click.echo(f"{store}: every document was analysed by extractor {version}; nothing to do")
        return
    _run(con, store, lambda w: w.again(outdated(con, version, everything)), opts, total)


def _show(opts) -> bool:
    return opts["progress"] if opts["progress"] is not None else err.is_terminal


def _run(con, store: Path, items_of, opts, total: int | None, results_of=None) -> None:  # noqa: ANN001
    """Analyse the writer's screened items and store them; report and exit 1 on any failure.

    ``results_of(writer)``, when given, makes the results instead (``--engine ray``).
    """
    from backchannel.llm.backend import results as llm_results
    from backchannel.nlp import load_pipeline
    from backchannel.pipeline import analyze as run
    from backchannel.store import extractor_version
    from backchannel.store.writer import Writer

    try:
        nlp = None if results_of else load_pipeline(opts["model"])
    except RuntimeError as exc:
        con.close()
        raise click.ClickException(str(exc)) from None
    timeout = 60.0 if opts["doc_timeout"] is None else opts["doc_timeout"]

    def on_commit(tally) -> None:  # noqa: ANN001
        if opts["trace_commits"]:
            click.echo(f"committed {tally.committed}")
            sys.stdout.flush()

    writer = Writer(con, extractor_version(), group=opts["batch_size"], on_commit=on_commit)
    results = results_of(writer) if results_of else llm_results(
        opts.get("llm"), items_of(writer), lambda its: run(
            its, nlp=nlp, batch_size=opts["batch_size"], n_process=opts["n_process"], doc_timeout=timeout or None))
    try:
        tally = writer.write(_progress(_report(results), writer, _show(opts), total))
        stored = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    except KeyboardInterrupt:
        click.echo(f"interrupted: {writer.tally.committed:,} documents and errors written by this run are stored; "
                   "run the same command again to resume", err=True)
        sys.exit(130)
    finally:
        con.close()
    msg = (f"{store}: {tally.added} added, {tally.replaced} replaced, {tally.skipped} unchanged skipped, "
           f"{tally.failed} failed; the store holds {stored:,} documents")
    click.echo(msg, err=True)
    if tally.failed:
        click.echo(f"{tally.failed} documents failed (listed above; `backchannel corpus errors {store}`; "
                   "the next `corpus add` retries them)", err=True)
        sys.exit(1)


def _report(results: Iterable) -> Iterator:
    """Warnings and errors on stderr as ``analyze`` prints them, one line each."""
    for r in results:
        for w in r.warnings:
            say("warning", r.name, w)
        if r.error is not None:
            say("error", r.name, f"{r.stage or 'analyze'}: {r.error}")
        yield r


def _progress(results: Iterator, writer, enabled: bool, total: int | None) -> Iterator:  # noqa: ANN001
    """A rich bar (documents, documents/s, errors, ETA) on a terminal; plain lines every 10 s otherwise."""
    if not enabled:
        yield from results
        return
    t = writer.tally
    if not err.is_terminal:
        last = time.monotonic()
        for r in results:
            yield r
            if time.monotonic() - last >= PLAIN_EVERY:
                last = time.monotonic()
                rate = t.done / max(1e-9, last - t.started)
                click.echo(f"progress: {t.done:,} documents ({t.skipped:,} unchanged), {t.failed:,} errors, "
                           f"{rate:.1f} documents/s", err=True)
        return
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                               TimeElapsedColumn, TimeRemainingColumn)

    columns = [SpinnerColumn(), MofNCompleteColumn(), TextColumn("documents"), BarColumn(bar_width=None),
               TextColumn("{task.fields[rate]:.1f}/s"), TextColumn("[red]{task.fields[errors]} errors"),
               TextColumn("{task.fields[skipped]} unchanged"), TimeElapsedColumn(), TimeRemainingColumn()]
    with Progress(*columns, console=err, transient=True) as prog:
        task = prog.add_task("add", total=total, errors=0, skipped=0, rate=0.0)
        for r in results:
            yield r
            rate = t.done / max(1e-9, time.monotonic() - t.started)
            prog.update(task, completed=t.done, errors=t.failed, skipped=t.skipped, rate=rate)


def _estimate(paths: Iterable[str]) -> int | None:
    """How many documents the inputs hold (files, JSONL lines), for the ETA; None for stdin."""
    from backchannel.ingest import JSONL_EXTS, KNOWN_EXTS

    def lines(p: Path) -> int:
        with p.open("rb") as fh:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))

    n = 0
    for raw in paths:
        if raw == "-":
            return None
        p = Path(raw)
        files = [f for f in p.rglob("*") if f.suffix.lower() in KNOWN_EXTS and f.is_file()] if p.is_dir() else [p]
        for f in files:
            n += lines(f) if f.suffix.lower() in JSONL_EXTS and f.is_file() else 1
    return n


@corpus.command()
@click.argument("store", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per error.")
def errors(store: Path, as_json: bool) -> None:
    """List the documents that could not be read or analysed (the next `add` retries them)."""
    con = _open(store, read_only=True)
    rows = con.execute("SELECT name, stage, reason, doc, CAST(failed_at AS VARCHAR) FROM errors ORDER BY name").fetchall()
    con.close()
    for name, stage, reason, doc, at in rows:
        if as_json:
            click.echo(json.dumps({"name": name, "stage": stage, "reason": reason, "doc": doc, "at": at}))
        else:
            click.echo(f"{name}: {stage}: {reason}")
    if not as_json:
        click.echo(f"{len(rows)} errors", err=True)


@corpus.command()
@click.argument("store", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def stats(store: Path, as_json: bool) -> None:
    """Documents, outlets, date range, rows per table and errors."""
    from backchannel.store.stats import render, stats as figures

    con = _open(store, read_only=True)
    s = figures(con)
    con.close()
    click.echo(json.dumps(s, indent=1) if as_json else render(s))


@corpus.command()
@click.argument("store", type=click.Path(path_type=Path))
@click.option("--format", "fmt", default="json", show_default=True, type=click.Choice(FORMATS),
              help="json: the corpus dossier; jsonl: one dossier per line; documents: the texts as re-addable "
                   "JSONL; parquet/csv: one file per table; graphml/gexf: one graph; ftm: FollowTheMoney lines; html: the corpus report (network, timeline, disputes, each report's page).")
@click.option("-o", "--out", type=click.Path(path_type=Path), help="Directory to write into (default: stdout).")
@click.option("--force", is_flag=True, help="Overwrite files that exist.")
def export(store: Path, fmt: str, out: Path | None, force: bool) -> None:
    """Write the stored corpus in a format (to stdout without -o, as `analyze`)."""
    from backchannel.store.export import export_store

    from backchannel.store.resolve import is_stale

    con = _open(store, read_only=True)
    if fmt in ("json", "html") and is_stale(con):
        say("note", str(store), "the cross-report sections are not up to date with the documents; "
            f"run `backchannel corpus resolve {store}` first")
    try:
        for path in export_store(con, fmt, out, force, sys.stdout):
            click.echo(f"wrote {path}", err=True)
    except FileExistsError as exc:
        raise click.ClickException(f"{exc}: exists; use --force to overwrite it") from None
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        con.close()


@corpus.command()
@click.argument("store", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--aliases", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A TOML alias file ([[same]] / [[different]] names) that forces or forbids merges.")
@_engine_options
def resolve(store: Path, aliases: Path | None, engine: str, address: str | None, workers: int | None) -> None:
    """Resolve parties, acts and statements across the stored reports and fill the cross-report tables.

    The dossiers stream out of the store; the tables are replaced in one
    transaction. `corpus export --format json` then writes the corpus dossier.
    """
    from backchannel.cli_across import read_aliases, summary
    from backchannel.store.resolve import resolve_store

    names = read_aliases(aliases)
    con = _open(store)
    try:
        if engine == "ray":
            from backchannel.scale.resolve import resolve_on_ray

            res = resolve_on_ray(con, names, address, workers)
        else:
            res = resolve_store(con, names)
        docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    finally:
        con.close()
    click.echo(f"{store}: " + summary(res, docs), err=True)


@corpus.command()
@click.argument("store", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def migrate(store: Path) -> None:
    """Upgrade a store written by an older backchannel to this version's schema."""
    from backchannel.store import SCHEMA_VERSION

    _open(store).close()  # opening read-write migrates
    click.echo(f"{store}: store schema {SCHEMA_VERSION}")
