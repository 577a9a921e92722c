"""``corpus export``: every format, to stdout or into a directory.

json is the corpus dossier of spec/corpus.md; jsonl one per-document dossier
a line (as ``analyze --format jsonl``); documents the texts and metadata as
reader JSONL, which ``corpus add`` reads back; parquet and csv one file per
table through DuckDB's own COPY; graphml and gexf one graph of the corpus;
ftm the FollowTheMoney entities of every dossier; html the corpus report
(one self-contained page, ``backchannel.report.corpus_html``). Files are written to a
temporary name and renamed, so an interrupted export leaves no half file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterator, TextIO

from backchannel.store import reader

SUFFIX = {"json": ".json", "jsonl": ".jsonl", "documents": ".documents.jsonl", "graphml": ".graphml",
          "gexf": ".gexf", "ftm": ".ftm.jsonl", "html": ".html"}


def _writer(fmt: str) -> Callable[[object, TextIO], None]:
    if fmt == "json":
        return reader.write_corpus_json
    if fmt == "jsonl":
        return reader.write_jsonl
    if fmt == "documents":
        return reader.write_documents
    if fmt == "csv":
        return reader.write_csv_stream
    if fmt in ("graphml", "gexf"):
        from backchannel.export import FORMATS
        from backchannel.store.graph import merged

        return lambda con, out: FORMATS[fmt].write(merged(reader.dossiers(con)), out)
    if fmt == "ftm":
        from backchannel.export.ftm import write_ftm

        def ftm(con, out: TextIO) -> None:  # noqa: ANN001
            for d in reader.dossiers(con):
                write_ftm(d, out)

        return ftm
    if fmt == "html":
        return _write_html
    raise ValueError(f"unknown format {fmt!r}")


def _write_html(con, out: TextIO) -> None:  # noqa: ANN001
    """The corpus report (report/corpus_html.py) of the corpus dossier ``json`` would write."""
    import io
    import json

    from backchannel.report.corpus_html import render_corpus_report

    buf = io.StringIO()
    reader.write_corpus_json(con, buf)
    out.write(render_corpus_report(json.loads(buf.getvalue())))


def export_store(con, fmt: str, out: Path | None, force: bool, stdout: TextIO) -> Iterator[Path]:  # noqa: ANN001
    """Export; yield each file written (nothing when writing to ``stdout``)."""
    if out is not None and out.exists() and not out.is_dir():
        raise ValueError(f"-o {out}: is a file; give a directory")
    if fmt == "parquet" and out is None:
        raise ValueError("--format parquet writes one file per table: give a directory with -o")
    if fmt in ("parquet", "csv") and out is not None:
        if not force:
            for table in reader.TABLES:
                if table != "meta" and (out / f"{table}.{fmt}").exists():
                    raise FileExistsError(out / f"{table}.{fmt}")
        yield from reader.copy_tables(con, out, fmt)
        return
    write = _writer(fmt)
    if out is None:
        write(con, stdout)
        stdout.flush()
        return
    from backchannel.files import atomic_write

    target = out / ("corpus" + SUFFIX[fmt])
    if target.exists() and not force:
        raise FileExistsError(target)
    atomic_write(target, lambda fh: write(con, fh))
    yield target
