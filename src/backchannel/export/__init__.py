"""Output formats: one function per format, registered by name for the CLI.

Why a registry: each exporter has one job (dossier → bytes in a format) and
the CLI, the server and tests pick them by name; adding a format means adding
one function here, not another branch in the CLI.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterator, TextIO

from backchannel.model import Dossier, to_json


@dataclass(frozen=True)
class Format:
    name: str
    suffix: str  # file suffix when writing one file per input
    write: Callable[[Dossier, TextIO], None]
    streamable: bool = False  # many dossiers can share one output stream
    directory: bool = False  # writes a folder of files per input (csv)
    #: for ``directory`` formats: the (file name, text) of each file of one input, by its stem
    files: Callable[[Dossier, str], Iterator[tuple[str, str]]] | None = None
    #: for ``directory`` formats: the names of those files, known before anything is analysed
    file_names: Callable[[str], list[str]] | None = None


FORMATS: dict[str, Format] = {}


def register(fmt: Format) -> Format:
    FORMATS[fmt.name] = fmt
    return fmt


def _json(d: Dossier, out: TextIO) -> None:
    out.write(to_json(d, indent=1))
    out.write("\n")


def _jsonl(d: Dossier, out: TextIO) -> None:
    out.write(to_json(d))
    out.write("\n")


register(Format("json", ".json", _json))
register(Format("jsonl", ".jsonl", _jsonl, streamable=True))

from backchannel.export.ftm import write_ftm  # noqa: E402
from backchannel.export.graph import write_gexf, write_graphml  # noqa: E402
from backchannel.export.tables import csv_file_names, csv_files, write_csv  # noqa: E402

register(Format("graphml", ".graphml", write_graphml))
register(Format("gexf", ".gexf", write_gexf))
register(Format("csv", ".csv", write_csv, directory=True, files=csv_files, file_names=csv_file_names))
register(Format("ftm", ".ftm.jsonl", write_ftm, streamable=True))

from backchannel.export import polnear as _polnear  # noqa: E402,F401  (registers "polnear")
