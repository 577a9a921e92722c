"""The inputs of ``corpus add`` as Ray Data rows, read on the workers by the project's own readers.

Why sources, not documents: the driver only lists what to read (the files a
folder holds, in the order :func:`backchannel.ingest.read_inputs` walks them);
reading, decoding, HTML extraction and JSONL splitting run on the workers
through :func:`backchannel.ingest.read_file`, so a hostile input fails there
with exactly the per-document error the local engine gives. Each document
read is one Arrow row keyed by ``(seq, sub)``: the source's place in the run
and the document's place in the source (a JSONL line), which is the order the
single writer must see.

Why a *plan* on a source row: the run reads the inputs twice (see
:mod:`backchannel.scale.add`). The second time a source row carries what the
driver decided for each of its documents (the id and name to store it under,
its warnings, its content hash, or the error to report); documents the store
already holds have no entry and never reach a parser.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Iterable, Iterator

import msgspec

from backchannel.ingest import InputError, Item, _walk, read_file, read_stream
from backchannel.ingest.names import UniqueNames, safe_stem
from backchannel.model import Document
from backchannel.store.rows import content_hash

#: The Arrow columns of a document row (``read_batch``'s output, ``Extractor``'s input).
ITEM_COLUMNS = ("seq", "sub", "kind", "name", "stem", "document", "warnings", "reason", "stage")
ITEM, ERROR = "item", "error"

_encode = msgspec.json.Encoder().encode
_pack, _unpack = msgspec.msgpack.Encoder().encode, msgspec.msgpack.Decoder().decode


def source_rows(paths: Iterable[str], max_chars: int, timeout: float | None) -> list[dict[str, Any]]:
    """One row per input file (and per input that is missing or empty), in ``read_inputs`` order.

    Standard input cannot be read by a worker: it is read here and travels
    as the row's ``payload`` (packed document rows).
    """
    rows: list[dict[str, Any]] = []

    def add(kind: str, path: str = "", stem: str = "", name: str = "", reason: str = "",
            payload: bytes = b"") -> None:
        rows.append({"seq": len(rows), "kind": kind, "path": path, "stem": stem, "name": name,
                     "reason": reason, "payload": payload, "plan": b""})

    for raw in paths:
        if raw == "-":
            items = read_stream(sys.stdin.buffer, "<stdin>", "stdin", max_chars, timeout)
            add("items", name="<stdin>", payload=_pack([item_row(0, k, it) for k, it in enumerate(items)]))
            continue
        path = Path(raw)
        if path.is_dir():
            files = list(_walk(path))
            if not files:
                add("error", name=str(path), reason="directory holds no .txt, .html or .jsonl file")
            for f in files:
                add("file", path=str(f), stem=safe_stem(f.relative_to(path).with_suffix("").as_posix()))
        elif not path.exists():
            add("error", name=str(path),
                reason="broken symbolic link" if path.is_symlink() else "no such file or directory")
        else:
            add("file", path=str(path))
    return rows


def item_row(seq: int, sub: int, it: Item | InputError) -> dict[str, Any]:
    """One document (or input error) as an Arrow row; the Document travels as msgspec JSON."""
    if isinstance(it, InputError):
        return {"seq": seq, "sub": sub, "kind": ERROR, "name": it.name, "stem": "", "document": b"",
                "warnings": [], "reason": it.reason, "stage": it.stage}
    return {"seq": seq, "sub": sub, "kind": ITEM, "name": it.name, "stem": it.stem,
            "document": _encode(it.document), "warnings": list(it.warnings), "reason": "", "stage": ""}


def from_row(row: dict[str, Any]) -> Item | InputError:
    """The reader's object back from its row."""
    if row["kind"] == ERROR:
        return InputError(row["name"], row["reason"], row["stage"] or "read")
    doc = msgspec.json.decode(row["document"], type=Document)
    return Item(doc, row["name"], row["stem"], tuple(row["warnings"] or ()))


def read_source(src: dict[str, Any], max_chars: int, timeout: float | None) -> Iterator[Item | InputError]:
    """The documents of one source row, read by the project's readers."""
    if src["kind"] == "error":
        yield InputError(src["name"], src["reason"])
    elif src["kind"] == "items":
        yield from (from_row(r) for r in _unpack(src["payload"]))
    else:
        yield from read_file(Path(src["path"]), max_chars, timeout, stem=src["stem"] or None)


def read_batch(batch, max_chars: int, timeout: float | None):  # noqa: ANN001, ANN201 - pyarrow.Table
    """Ray Data ``map_batches`` function: source rows in, document rows out (planned ones only, if planned)."""
    import pyarrow as pa

    out: list[dict[str, Any]] = []
    for src in batch.to_pylist():
        plan = _unpack(src["plan"]) if src["plan"] else None
        for sub, it in enumerate(read_source(src, max_chars, timeout)):
            if plan is None:
                out.append(item_row(src["seq"], sub, it))
            elif sub in plan:
                out.append(item_row(src["seq"], sub, apply(plan[sub], it)))
    return pa.Table.from_pylist(out, schema=item_schema())


def apply(entry: dict[str, Any], it: Item | InputError) -> Item | InputError:
    """The driver's decision applied to a document read again: its stored id, name and warnings.

    A file that changed between the two readings would store a dossier under
    the hash of its older text; it fails instead, and the next run adds it.
    """
    if "error" in entry:
        return InputError(*entry["error"])
    if not isinstance(it, Item) or content_hash(it.document) != entry["hash"]:
        name = it.name
        return InputError(name, "the input changed while this run read it; run the same command again")
    doc = msgspec.structs.replace(it.document, id=entry["id"])
    return Item(doc, it.name, entry["stem"], tuple(entry["warnings"]))


def plan_entry(it: Item | InputError, chash: str | None) -> dict[str, Any]:
    if isinstance(it, InputError):
        return {"error": [it.name, it.reason, it.stage]}
    return {"id": it.document.id, "stem": it.stem, "warnings": list(it.warnings), "hash": chash}


def pack_plan(entries: dict[int, dict[str, Any]]) -> bytes:
    return _pack(entries)


def unique_stems(items: Iterable[tuple[int, int, Item | InputError]]) -> Iterator[tuple[int, int, Item | InputError]]:
    """Output names unique across the run, exactly as :func:`backchannel.ingest.read_inputs` makes them."""
    names = UniqueNames()
    for seq, sub, it in items:
        if isinstance(it, Item):
            stem, warning = names.claim(it.stem)
            if stem != it.stem:
                it = Item(it.document, it.name, stem, it.warnings + ((warning,) if warning else ()))
        yield seq, sub, it


def item_schema():  # noqa: ANN201 - pyarrow.Schema
    import pyarrow as pa

    return pa.schema([("seq", pa.int64()), ("sub", pa.int64()), ("kind", pa.string()), ("name", pa.string()),
                      ("stem", pa.string()), ("document", pa.binary()), ("warnings", pa.list_(pa.string())),
                      ("reason", pa.string()), ("stage", pa.string())])
