"""``analyze --corpus DIR`` and ``corpus resolve STORE``: the corpus dossier, with or without a store.

Why apart from cli.py: the corpus commands share the alias file, the resolver and
the summary line, and cli.py stays a thin layer over the per-report pipeline.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from backchannel.resolve.across import AliasFileError, Aliases, Resolution, load_aliases


def read_aliases(path: Path | None) -> Aliases | None:
    try:
        return load_aliases(path) if path is not None else None
    except AliasFileError as exc:
        raise click.ClickException(str(exc)) from None


def summary(res: Resolution, docs: int) -> str:
    """One line on stderr: what the resolver found."""
    contra = sum(lk["kind"] == "contradicts" for lk in res.links)
    merged = res.judgements.decided("merged")
    multi = sum(len(e.get("reports", [])) > 1 for e in res.events)
    return (f"{docs} reports: {len(res.entities)} entities ({merged} merges), {len(res.events)} events "
            f"({multi} in two or more reports), {len(res.statements)} statements, {len(res.links)} links "
            f"({contra} contradictions)" + capped_note(res))


def capped_note(res: Resolution) -> str:
    """Blocks over the cap and the pairs they left out (resolve/across/caps.py): said, never silent."""
    over = {k: c for k, c in res.capped.items() if c.blocks}
    return "".join(f"; {k}: {c.blocks} blocks over the cap, {c.skipped} pairs not compared in them"
                   for k, c in over.items())


def analyze_corpus(paths: list[str], out: Path | None, aliases: Path | None, force: bool, model: str | None,
                   batch_size: int, n_process: int, max_chars: int | None, doc_timeout: float | None,
                   html: Path | None = None) -> None:
    """Analyse every report, resolve across them, write the corpus dossier (and with ``html`` the corpus
    report); exit 1 if a report failed."""
    from backchannel.cli_console import say
    from backchannel.corpus_dossier import CorpusWriter
    from backchannel.ingest import MAX_CHARS, read_inputs
    from backchannel.limits import DEFAULT_DOC_TIMEOUT
    from backchannel.nlp import load_pipeline
    from backchannel.files import atomic_write
    from backchannel.pipeline import analyze as run

    if out is not None and out.is_dir():
        raise click.ClickException(f"-o {out}: is a directory; --corpus writes one file")
    if out is not None and out.exists() and not force:
        raise click.ClickException(f"{out}: exists; use --force to overwrite it")
    _check_html(html, force)
    writer = CorpusWriter(read_aliases(aliases))
    try:
        nlp = load_pipeline(model)
    except RuntimeError as exc:
        raise click.ClickException(str(exc)) from None
    timeout = DEFAULT_DOC_TIMEOUT if doc_timeout is None else doc_timeout
    items = read_inputs(paths, max_chars=max_chars or MAX_CHARS, timeout=timeout or None)
    failed = 0
    try:
        for r in run(items, nlp=nlp, batch_size=batch_size, n_process=n_process, doc_timeout=timeout or None):
            for w in r.warnings:
                say("warning", r.name, w)
            if r.error is not None or r.dossier is None:
                failed += 1
                say("error", r.name, f"{r.stage or 'analyze'}: {r.error}")
                continue
            writer.add(r.dossier)
        box: list[Resolution] = []
        if html is not None:
            _write_with_html(writer, box, out, html)
        elif out is None:
            box.append(writer.write(sys.stdout))
            sys.stdout.flush()
        else:
            atomic_write(out, lambda fh: box.append(writer.write(fh)))
        click.echo(summary(box[0], writer.count), err=True)
    finally:
        writer.close()
    if failed:
        click.echo(f"{failed} reports failed (listed above); the corpus dossier holds the others", err=True)
        sys.exit(1)


def _check_html(html: Path | None, force: bool) -> None:
    if html is not None and html.is_dir():
        raise click.ClickException(f"--html {html}: is a directory; with --corpus it is one file, the corpus report")
    if html is not None and html.exists() and not force:
        raise click.ClickException(f"{html}: exists; use --force to overwrite it")


def _write_with_html(writer, box: list, out: Path | None, html: Path) -> None:  # noqa: ANN001
    """The corpus dossier to ``out`` (or stdout) and its corpus report to ``html``."""
    import io
    import json

    from backchannel.files import atomic_write
    from backchannel.report.corpus_html import write_corpus_html

    buf = io.StringIO()
    box.append(writer.write(buf))
    text = buf.getvalue()
    if out is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        atomic_write(out, lambda fh: fh.write(text))
    write_corpus_html(json.loads(text), html)
    click.echo(f"wrote {html}", err=True)
