"""Where results go: files named once, never overwritten by accident, written whole or not at all.

Why a module of its own: the CLI, and later the store and the server, must
all keep three promises. Names never collide (they come unique from
:mod:`backchannel.ingest.names`, and one file output never takes two
documents). Nothing existing is overwritten without ``force``: a document
whose output already exists is refused before it is analysed, or skipped
with ``skip_existing`` (which is how a killed run resumes). Every file is
written to a temporary file beside it and renamed into place, so a crash or
``kill -9`` leaves the old file or the new one, never half of one.
"""

from __future__ import annotations

import io
import os
import re
import tempfile
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, TextIO

from backchannel.export import FORMATS, Format
from backchannel.ingest import InputError, Item
from backchannel.files import atomic_write
from backchannel.model import Dossier


_TMP = re.compile(r"^\..+\.[A-Za-z0-9_]{8}\.tmp$")  # what tempfile.mkstemp makes in atomic_write


class OutputError(Exception):
    """One document's output could not be written; the batch goes on."""


class UsageError(Exception):
    """The output options cannot work for these inputs; nothing has been done yet."""


def _writer(text: str) -> Callable[[TextIO], object]:
    """A writer of ``text`` for :func:`atomic_write`."""
    return lambda fh: fh.write(text)


def render(fmt: Format, dossier: Dossier) -> str:
    """The whole output of one dossier as a string: an exporter that fails leaves nothing half-written."""
    buf = io.StringIO()
    fmt.write(dossier, buf)
    return buf.getvalue()


def _one_document(paths: Iterable[str]) -> bool:
    """True when the inputs can only hold one document (one text or HTML file)."""
    paths = list(paths)
    return (len(paths) == 1 and paths[0] != "-" and Path(paths[0]).is_file()
            and Path(paths[0]).suffix.lower() not in {".jsonl", ".ndjson"})


@dataclass
class Outputs:
    """The output side of one ``analyze`` run."""

    fmt: str  # a FORMATS name, or "summary"
    out: Path | None = None
    html: Path | None = None
    force: bool = False
    skip_existing: bool = False
    single_out: bool = field(init=False, default=False)  # -o names one file for all documents
    single_html: bool = field(init=False, default=False)
    _taken_single: set[str] = field(init=False, default_factory=set)
    _sink: TextIO | None = field(init=False, default=None)
    _sink_tmp: str | None = field(init=False, default=None)
    skipped: int = field(init=False, default=0)  # documents left out by ``skip_existing``
    swept: int = field(init=False, default=0)  # temporary files of a killed run removed

    @property
    def spec(self) -> Format | None:
        return FORMATS.get(self.fmt)

    def prepare(self, paths: Iterable[str]) -> None:
        """Check the options against the inputs before any work; open a single output file."""
        paths = list(paths)
        spec = self.spec
        if self.out is not None and spec is not None:
            if spec.streamable and self.out.suffix and not self.out.is_dir():
                self.single_out = True
            elif self.out.exists() and not self.out.is_dir():
                raise UsageError(f"-o {self.out}: is a file; {self.fmt} writes one file per document "
                                 "into a directory (give a directory)")
        if self.single_out:
            if self.out.exists() and not self.force:  # type: ignore[union-attr]
                raise UsageError(f"-o {self.out}: exists; use --force to overwrite it")
            self.out.parent.mkdir(parents=True, exist_ok=True)  # type: ignore[union-attr]
            fd, self._sink_tmp = tempfile.mkstemp(prefix=f".{self.out.name}.", suffix=".tmp",  # type: ignore[union-attr]
                                                  dir=self.out.parent)  # type: ignore[union-attr]
            self._sink = os.fdopen(fd, "w", encoding="utf-8")
        if self.html is not None and self.html.suffix and not self.html.is_dir():
            self.single_html = True
            if not _one_document(paths):
                raise UsageError(f"--html {self.html}: names one file but the inputs may hold several "
                                 "documents; give a directory")
            if self.html.exists() and not self.force:
                raise UsageError(f"--html {self.html}: exists; use --force to overwrite it")
        self.swept = self.sweep()

    def sweep(self) -> int:
        """Remove the temporary files a killed earlier run left in the output folders; return how many.

        They are ours by name (``.NAME.XXXXXXXX.tmp``, as :func:`atomic_write`
        makes them); no other file is touched.
        """
        removed = 0
        for folder in (self.out if not self.single_out else None, self.html if not self.single_html else None):
            if folder is None or not folder.is_dir():
                continue
            for path in folder.rglob(".*.tmp"):
                if _TMP.match(path.name) and path.is_file():
                    with suppress(OSError):
                        path.unlink()
                        removed += 1
        return removed

    def targets(self, stem: str) -> list[Path]:
        """The files one document writes (a single shared output file is not listed)."""
        found: list[Path] = []
        spec = self.spec
        if spec is not None and self.out is not None and not self.single_out:
            if spec.directory and spec.file_names is not None:
                found += [self.out / name for name in spec.file_names(stem)]
            else:
                found.append(self.out / (stem + spec.suffix))
        if self.html is not None:
            found.append(self.html if self.single_html else self.html / (stem + ".html"))
        return found

    def screen(self, items: Iterable[Item | InputError]) -> Iterator[Item | InputError]:
        """Items to analyse: existing outputs refused (or skipped), before any parsing."""
        for it in items:
            if isinstance(it, Item) and not self.force:
                existing = [p for p in self.targets(it.stem) if p.exists()]
                if existing and self.skip_existing and len(existing) == len(self.targets(it.stem)):
                    self.skipped += 1
                    continue
                if existing:
                    yield InputError(it.name, f"{existing[0]} exists; use --force to overwrite it or "
                                              "--skip-existing to keep it", stage="write")
                    continue
            yield it

    def write(self, dossier: Dossier, stem: str, stdout: TextIO) -> None:
        """Write one dossier's outputs; raise OutputError saying what failed."""
        spec = self.spec
        try:
            if spec is not None:
                self._write_format(spec, dossier, stem, stdout)
            if self.html is not None:
                self._write_html(dossier, stem)
        except OutputError:
            raise
        except Exception as exc:
            raise OutputError(f"{type(exc).__name__}: {exc}") from exc

    def _write_format(self, spec: Format, dossier: Dossier, stem: str, stdout: TextIO) -> None:
        if self.out is None:
            stdout.write(render(spec, dossier))
            stdout.flush()
        elif self._sink is not None:
            self._sink.write(render(spec, dossier))
        elif spec.directory and spec.files is not None:
            for name, text in spec.files(dossier, stem):
                atomic_write(self.out / name, _writer(text), newline="")
        else:
            text = render(spec, dossier)
            atomic_write(self.out / (stem + spec.suffix), lambda fh: fh.write(text))

    def _write_html(self, dossier: Dossier, stem: str) -> None:
        from backchannel.report.html import render_report

        assert self.html is not None, "written only with --html"
        target = self.html if self.single_html else self.html / (stem + ".html")
        if self.single_html:
            if self._taken_single:
                raise OutputError(f"--html {self.html} already holds an earlier document; give a directory")
            self._taken_single.add(stem)
        page = render_report(dossier)
        atomic_write(target, lambda fh: fh.write(page))

    def close(self, ok: bool = True) -> None:
        """Move the single output file into place (or drop it when the run was interrupted)."""
        if self._sink is None:
            return
        self._sink.close()
        if ok:
            os.replace(self._sink_tmp, self.out)  # type: ignore[arg-type]
        else:
            with suppress(OSError):
                os.unlink(self._sink_tmp)  # type: ignore[arg-type]
        self._sink = None
