"""The command line: a thin layer over ingest → pipeline → export.

``backchannel analyze PATH...`` reads files, folders, JSONL or ``-`` (stdin),
prints a summary or writes dossiers; ``backchannel eval GOLD CORPUS`` scores the
extraction against gold dossiers. Every bad input is reported on stderr with
its name and reason, the batch goes on, and the exit code is 1 if anything
failed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Iterator

import click
from rich.console import Console

from backchannel import __version__
from backchannel.llm.options import llm_options
from backchannel.llm.settings import LLMSettings
from backchannel.cli_console import err, say
from backchannel.cli_web import has_web_input, make_web, web_options, with_notes


def _progress(results: Iterator, enabled: bool) -> Iterator:
    """Wrap a result stream in a stderr progress counter (documents done, errors)."""
    if not enabled:
        yield from results
        return
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("[bold]{task.completed}[/] documents"),
                  BarColumn(bar_width=None), TextColumn("{task.fields[errors]} errors"),
                  TimeElapsedColumn(), console=err, transient=True) as prog:
        task = prog.add_task("analyze", total=None, errors=0)
        errors = 0
        for r in results:
            errors += r.error is not None
            prog.update(task, advance=1, errors=errors)
            yield r


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="backchannel")
def main() -> None:
    """Read news reports about negotiations and return the system they describe."""


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--corpus", "corpus_dir", type=click.Path(exists=True, path_type=Path),
              help="Read every report under DIR (and PATHS) and write one corpus dossier (JSON, spec/corpus.md): "
                   "the per-report dossiers and the parties, acts, statements and links across them.")
@click.option("--aliases", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="With --corpus: a TOML alias file ([[same]] / [[different]] names) that forces or forbids merges.")
@click.option("--format", "fmt", default="summary", show_default=True,
              help="summary | json | jsonl | polnear | graphml | gexf | csv | ftm")
@click.option("-o", "--out", "out", type=click.Path(path_type=Path),
              help="Output: a directory (one file per input, named after its path or id) or, for jsonl/polnear/ftm, a file.")
@click.option("--html", "html", type=click.Path(path_type=Path),
              help="Also write a self-contained HTML report (a directory: one per input; a file: one input only; "
                   "with --corpus: a FILE, the corpus report).")
@click.option("--force", is_flag=True, help="Overwrite outputs that already exist.")
@click.option("--skip-existing", is_flag=True, help="Skip documents whose outputs already exist (resume a run).")
@click.option("--model", default=None, help="spaCy pipeline to load (package or path).")
@click.option("--batch-size", default=32, show_default=True)
@click.option("--processes", "n_process", default=1, show_default=True, help="Parser processes.")
@click.option("--max-chars", default=None, type=int, help="Refuse documents longer than this (default 1,000,000).")
@click.option("--doc-timeout", default=None, type=float,
              help="Stop a document after this many seconds per 40,000 characters (default 60; 0: no limit).")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: on a terminal).")
@llm_options
@web_options
def analyze(paths: tuple[str, ...], corpus_dir: Path | None, aliases: Path | None, fmt: str, out: Path | None,
            html: Path | None, force: bool, skip_existing: bool, model: str | None, batch_size: int,
            n_process: int, max_chars: int | None, doc_timeout: float | None, progress: bool | None,
            llm: LLMSettings | None, **web_opts) -> None:
    """Analyze reports: files, folders (recursively), JSONL (one document per line) or - for stdin.

    A document that cannot be read, analysed or written is reported on stderr
    with its name, the stage and the reason; the batch goes on and the exit
    code is 1. With --corpus, one corpus dossier is written (to -o FILE or stdout).
    """
    if corpus_dir is not None:
        from backchannel.cli_across import analyze_corpus

        if llm is not None:
            raise click.UsageError("--backend llm/hybrid works on reports (analyze PATH..., corpus add), not --corpus")
        if has_web_input(web_opts):
            raise click.UsageError("--urls and --feed are read by `analyze PATH...` and `corpus add`, not with --corpus")

        analyze_corpus([str(corpus_dir), *paths], out, aliases, force, model, batch_size, n_process,
                       max_chars, doc_timeout, html=html)
        return
    if not paths and not has_web_input(web_opts):
        raise click.UsageError("give the reports to analyze (PATH..., --urls FILE, --feed URL|FILE) or --corpus DIR")
    from backchannel.export import FORMATS
    from backchannel.ingest import MAX_CHARS, read_inputs
    from backchannel.limits import DEFAULT_DOC_TIMEOUT
    from backchannel.nlp import load_pipeline
    from backchannel.llm.backend import results as llm_results
    from backchannel.output import Outputs, UsageError
    from backchannel.pipeline import analyze as run

    if fmt != "summary" and fmt not in FORMATS:
        raise click.BadParameter(f"unknown format {fmt!r}; choose from summary, {', '.join(FORMATS)}",
                                 param_hint="--format")
    outputs = Outputs(fmt, out, html, force=force, skip_existing=skip_existing)
    try:
        outputs.prepare(paths)
        nlp = load_pipeline(model)
    except (UsageError, RuntimeError) as exc:
        outputs.close(ok=False)
        raise click.ClickException(str(exc)) from None
    timeout = DEFAULT_DOC_TIMEOUT if doc_timeout is None else doc_timeout
    web = make_web(web_opts, max_chars or MAX_CHARS)  # URLs, --urls, --feed, WARC (cli_web.py)
    items = outputs.screen(with_notes(read_inputs(paths, max_chars=max_chars or MAX_CHARS, timeout=timeout or None,
                                                  web=web), web))
    results = llm_results(llm, items, lambda its: run(its, nlp=nlp, batch_size=batch_size, n_process=n_process,
                                                      doc_timeout=timeout or None))
    show = progress if progress is not None else (err.is_terminal and fmt != "summary")
    ok = False
    try:
        failed, done = _consume(_progress(results, show), outputs)
        ok = True
    finally:
        outputs.close(ok=ok)
    if outputs.swept:
        say("note", "analyze", f"removed {outputs.swept} temporary files left by an interrupted run")
    if outputs.skipped:
        say("note", "analyze", f"{outputs.skipped} documents skipped (outputs exist)")
    if failed:
        if err.is_terminal:
            err.print(f"{failed} of {failed + done} documents failed", style="bold red")
        else:
            click.echo(f"{failed} of {failed + done} documents failed", err=True)
        sys.exit(1)


def _consume(results: Iterator, outputs) -> tuple[int, int]:  # noqa: ANN001 - backchannel.output.Outputs
    """Write or print each result; count failures (any stage) and successes."""
    from backchannel.output import OutputError
    from backchannel.report.summary import print_summary

    out_console = Console(soft_wrap=False)
    failed = done = 0
    for r in results:
        for w in r.warnings:
            say("warning", r.name, w)
        if r.error is not None:
            failed += 1
            say("error", r.name, f"{r.stage or 'analyze'}: {r.error}")
            continue
        try:
            if outputs.fmt == "summary":
                if outputs.html is not None:
                    outputs.write(r.dossier, r.stem, sys.stdout)
                print_summary(r.dossier, out_console)
            else:
                outputs.write(r.dossier, r.stem, sys.stdout)
        except OutputError as exc:
            failed += 1
            say("error", r.name, f"write: {exc}")
            continue
        except Exception as exc:  # a summary that cannot be printed fails one document only
            failed += 1
            say("error", r.name, f"summary: {type(exc).__name__}: {exc}")
            continue
        done += 1
    return failed, done


@main.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("corpus_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--markdown", is_flag=True, help="Print the table as Markdown (for the README).")
@click.option("--by-type", is_flag=True, help="Also print interaction precision/recall per type.")
@click.option("--by-rule", is_flag=True,
              help="Also print true and false positives per rule id, least precise rules first.")
@click.option("--model", default=None, help="spaCy pipeline to load (package or path).")
@llm_options
def eval_cmd(gold_dir: Path, corpus_dir: Path, as_json: bool, markdown: bool, by_type: bool,
             by_rule: bool, model: str | None, llm: LLMSettings | None) -> None:
    """Analyze each CORPUS_DIR file that has a gold dossier in GOLD_DIR and print the scores.

    With --by-rule, every predicted actor, affiliation, interaction and claim is
    counted as a true or false positive of the rule that produced it (items
    with no rule id are "(untraced)"), so a rule's precision is visible.
    """
    from backchannel.evaluate import METRICS, cell, evaluate_dirs
    from backchannel.ingest import InputError, read_file
    from backchannel.nlp import load_pipeline
    from backchannel.pipeline import extract

    nlp = load_pipeline(model)

    def analyze_file(path: Path) -> dict:
        item = next(iter(read_file(path)))
        if isinstance(item, InputError):
            raise click.ClickException(f"{item.name}: {item.reason}")
        if runner is not None:
            return runner.dossier(item.document)
        return extract(item.document, nlp(item.document.text)).to_dict()

    from backchannel.llm.evaluate import LLMEval

    runner = LLMEval(llm, lambda d: extract(d, nlp(d.text)), say) if llm is not None else None
    try:
        scores = evaluate_dirs(gold_dir, corpus_dir, analyze_file, rules=by_rule)
    finally:
        if runner is not None:
            runner.close()
    if runner is not None:
        scores["llm"] = runner.totals()
    if not scores["files"]:
        raise click.ClickException(f"no file in {corpus_dir} has a gold dossier in {gold_dir}")
    if as_json:
        click.echo(json.dumps(scores, indent=1))
        return
    from rich.table import Table

    short = {"actors": "actors F1", "named_actors_recall": "named R", "alias_recall": "alias R",
             "affiliation_accuracy": "affil acc", "interactions_strict": "inter strict F1",
             "interactions_relaxed": "inter relaxed F1", "time_accuracy": "time acc", "claims": "claims F1",
             "claim_speaker_accuracy": "speaker acc", "claim_direct_accuracy": "direct acc"}
    if markdown:
        rows = [(name, s) for name, s in scores["files"].items()] + [("**all (micro)**", scores["all"])]
        click.echo("| file | " + " | ".join(short[m] for m in METRICS) + " |")
        click.echo("|---|" + "--:|" * len(METRICS))
        for name, s in rows:
            click.echo(f"| {name} | " + " | ".join(cell(s.get(m)) for m in METRICS) + " |")
        for kind, rule_rows in scores.get("by_rule", {}).items():
            click.echo(f"\n| {kind}: rule | tp | fp | P |\n|---|--:|--:|--:|")
            for r in rule_rows:
                click.echo(f"| `{r['rule']}` | {r['tp']} | {r['fp']} | {r['p']:.2f} |")
        return
    table = Table(title=f"backchannel eval {gold_dir} {corpus_dir}")
    table.add_column("file")
    for m in METRICS:
        table.add_column(short[m], justify="right")
    for name, s in scores["files"].items():
        table.add_row(name, *(cell(s.get(m)) for m in METRICS))
    table.add_row("[bold]all (micro)[/]", *(cell(scores["all"].get(m)) for m in METRICS))
    Console(width=200).print(table)
    if by_type:
        Console(width=200).print(_by_type_table(scores["by_type"]))
    if by_rule:
        for t in _by_rule_tables(scores["by_rule"]):
            Console(width=200).print(t)


def _by_rule_tables(by_rule: dict) -> list:
    """One table per kind of item: each rule's true and false positives and precision."""
    from rich.table import Table

    tables = []
    for kind, rows in by_rule.items():
        t = Table(title=f"{kind} by rule (least precise first)")
        for col in ("rule", "tp", "fp", "P"):
            t.add_column(col, justify="left" if col == "rule" else "right")
        for r in rows:
            t.add_row(r["rule"], str(r["tp"]), str(r["fp"]), f"{r['p']:.2f}")
        tables.append(t)
    return tables


def _by_type_table(by_type: dict):
    """Interaction P/R per type, relaxed and strict (which frames over- or under-fire)."""
    from rich.table import Table

    def ratio(a: int, b: int) -> str:
        return f"{a / b:.2f}" if b else "–"

    t = Table(title="interactions by type")
    for col in ("type", "gold", "pred", "relaxed P", "relaxed R", "strict P", "strict R"):
        t.add_column(col, justify="left" if col == "type" else "right")
    for name, c in sorted(by_type.items()):
        t.add_row(name, str(c["gold"]), str(c["pred"]), ratio(c["relaxed"], c["pred"]), ratio(c["relaxed"], c["gold"]),
                  ratio(c["strict"], c["pred"]), ratio(c["strict"], c["gold"]))
    return t


@main.command()
def schema() -> None:
    """Print the dossier's JSON Schema."""
    from backchannel.model import json_schema

    click.echo(json.dumps(json_schema(), indent=1))


from backchannel.cli_corpus import corpus  # noqa: E402  (the corpus store commands, docs/store.md)

main.add_command(corpus)

from backchannel.cli_serve import serve  # noqa: E402  (backchannel serve: the store over HTTP, issue 15)

main.add_command(serve)


if __name__ == "__main__":
    main()
