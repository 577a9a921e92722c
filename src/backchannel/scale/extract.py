"""The extraction actor: one spaCy pipeline per worker, the project's pipeline per batch.

Why an actor (Ray Data's ``ActorPoolStrategy``): loading the pipeline takes
seconds and hundreds of MB; a task would pay that for every batch, an actor
pays it once and then parses batch after batch. Why
:func:`backchannel.pipeline.analyze` and not a copy: it is the code that
isolates a parser crash, an extraction bug or a timeout to the one document
that caused it, so a hostile document fails on Ray with the same stage and
reason as on one machine.

Results leave the actor as Arrow rows; the dossier travels as msgspec JSON
(the encoding the store keeps in ``documents.dossier``) and is decoded by the
single writer.
"""

from __future__ import annotations

from typing import Any

import msgspec

from backchannel.model import Dossier
from backchannel.pipeline import Result
from backchannel.scale.sources import from_row

#: The Arrow columns of a result row.
RESULT_COLUMNS = ("name", "stem", "dossier", "error", "stage", "warnings")

_encode = msgspec.json.Encoder().encode
_decode = msgspec.json.Decoder(Dossier).decode


class Extractor:
    """Ray Data callable class: document rows in, result rows out, in the same order."""

    def __init__(self, model: str | None, batch_size: int, doc_timeout: float | None) -> None:
        from backchannel.nlp import load_pipeline

        self.nlp = load_pipeline(model)
        self.batch_size, self.doc_timeout = batch_size, doc_timeout

    def __call__(self, batch):  # noqa: ANN001, ANN204 - pyarrow.Table in and out
        import pyarrow as pa

        from backchannel.pipeline import analyze

        items = [from_row(r) for r in batch.to_pylist()]
        results = analyze(items, nlp=self.nlp, batch_size=self.batch_size, n_process=1, doc_timeout=self.doc_timeout)
        return pa.Table.from_pylist([result_row(r) for r in results], schema=result_schema())


def result_row(r: Result) -> dict[str, Any]:
    return {"name": r.name, "stem": r.stem, "dossier": None if r.dossier is None else _encode(r.dossier),
            "error": r.error, "stage": r.stage, "warnings": list(r.warnings)}


def to_result(row: dict[str, Any]) -> Result:
    """A pipeline Result back from its row (what the store's Writer consumes)."""
    dossier = None if row["dossier"] is None else _decode(row["dossier"])
    return Result(row["name"], row["stem"], dossier=dossier, error=row["error"], stage=row["stage"],
                  warnings=tuple(row["warnings"] or ()))


def result_schema():  # noqa: ANN201 - pyarrow.Schema
    import pyarrow as pa

    return pa.schema([("name", pa.string()), ("stem", pa.string()), ("dossier", pa.binary()),
                      ("error", pa.string()), ("stage", pa.string()), ("warnings", pa.list_(pa.string()))])
