"""Readers: turn paths, directories, JSONL files and stdin into Documents, one at a time.

Why a generator of ``Document | InputError``: a corpus of thousands of files
must stream through the pipeline with flat memory, and one unreadable file
must be reported with its name and the batch must go on. Readers never raise
for a bad input; they yield an :class:`InputError` in its place.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterable, Iterator

from backchannel.model import Document

TEXT_EXTS = {".txt", ".text", ".md", ".story"}
HTML_EXTS = {".html", ".htm", ".xhtml"}
JSONL_EXTS = {".jsonl", ".ndjson"}
KNOWN_EXTS = TEXT_EXTS | HTML_EXTS | JSONL_EXTS

#: Documents longer than this are refused with a clear error instead of
#: exhausting memory in the parser (spaCy's own default limit is 1,000,000).
MAX_CHARS = 1_000_000

HEADER = re.compile(r"^\s*date (\d{4}-\d{2}-\d{2})[ \t]+(.*?)\s*$")


@dataclass(frozen=True, slots=True)
class Item:
    """A document read from an input, with the name to report and to name outputs after."""

    document: Document
    name: str  # where it came from: a path, "path:line" for JSONL, "<stdin>"
    stem: str  # base name for output files (one file per input)


@dataclass(frozen=True, slots=True)
class InputError:
    """An input that could not be read; ``name`` says which, ``reason`` says why."""

    name: str
    reason: str


def read_inputs(paths: Iterable[str], max_chars: int = MAX_CHARS) -> Iterator[Item | InputError]:
    """Yield one Item (or InputError) per document found under ``paths``, in order."""
    for raw in paths:
        if raw == "-":
            yield from _read_stream(sys.stdin.buffer, "<stdin>", "stdin", max_chars)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in KNOWN_EXTS)
            if not files:
                yield InputError(str(path), "directory holds no .txt, .html or .jsonl file")
            for f in files:
                yield from read_file(f, max_chars)
        elif not path.exists():
            yield InputError(str(path), "no such file or directory")
        else:
            yield from read_file(path, max_chars)


def read_file(path: Path, max_chars: int = MAX_CHARS) -> Iterator[Item | InputError]:
    """Read one file by its extension (JSONL, HTML, else plain text with optional header)."""
    name = str(path)
    try:
        if path.suffix.lower() in JSONL_EXTS:
            with path.open("rb") as fh:
                yield from read_jsonl(fh, name, max_chars)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(name, f"cannot read: {exc.strerror or exc}")
        return
    kind = "html" if path.suffix.lower() in HTML_EXTS else "text"
    yield _from_bytes(data, name, path.stem, kind, max_chars)


def _read_stream(stream: IO[bytes], name: str, stem: str, max_chars: int) -> Iterator[Item | InputError]:
    """Read stdin, sniffing its kind: JSONL when the first line is a JSON object, HTML on a tag."""
    data = stream.read()
    head = data.lstrip()[:1]
    if head == b"{":
        import io

        yield from read_jsonl(io.BytesIO(data), name, max_chars)
        return
    kind = "html" if head == b"<" else "text"
    yield _from_bytes(data, name, stem, kind, max_chars)


def _decode(data: bytes) -> str:
    """Decode strictly as UTF-8 (with or without BOM); binary data is refused."""
    if b"\x00" in data[:8192]:
        raise ValueError("binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from None


def _from_bytes(data: bytes, name: str, stem: str, kind: str, max_chars: int) -> Item | InputError:
    try:
        text = _decode(data)
        doc = parse_html(text, stem) if kind == "html" else parse_text(text, stem)
        check_text(doc.text, max_chars)
    except ValueError as exc:
        return InputError(name, str(exc))
    return Item(doc, name, stem)


def check_text(text: str, max_chars: int = MAX_CHARS) -> None:
    """Refuse empty and oversized bodies with a reason a person can act on."""
    if not text.strip():
        raise ValueError("empty document (no text after reading)")
    if len(text) > max_chars:
        raise ValueError(f"document too large: {len(text):,} characters (limit {max_chars:,}; split it first)")


def parse_text(text: str, doc_id: str) -> Document:
    """Plain text, optionally opening with the header line `` date YYYY-MM-DD Title``."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    first, _, rest = text.partition("\n")
    m = HEADER.match(first)
    if m:
        body = rest.lstrip("\n")
        return Document(id=doc_id, text=body, title=m.group(2) or None, published=m.group(1),
                        **_byline(body))
    return Document(id=doc_id, text=text, **_byline(text))


# "By Vered Weiss, World Israel News" / "By Sabina Mammadli" on a line of its own.
BYLINE = re.compile(r"^By ([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?:(?:,| and) [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})*?)(?:, (.+))?\s*$", re.M)


def _byline(text: str) -> dict[str, str]:
    """Author and outlet from a byline paragraph, so they are not mistaken for actors."""
    for m in BYLINE.finditer(text):
        line = m.group(0)
        if len(line) > 120:
            continue
        out = {"author": m.group(1).strip()}
        if m.group(2):
            out["source"] = m.group(2).strip()
        return out
    return {}


def parse_html(html: str, doc_id: str) -> Document:
    """Article body and metadata with trafilatura (offline); paragraphs separated by blank lines."""
    import trafilatura

    try:
        res = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True)
    except Exception as exc:  # trafilatura raises assorted errors on hostile markup
        raise ValueError(f"HTML could not be parsed: {exc}") from None
    if res is None:
        raise ValueError("HTML has no extractable article text")
    get = res.get if isinstance(res, dict) else lambda k: getattr(res, k, None)
    body = get("text") or ""
    body = re.sub(r"\n+", "\n\n", body.strip())
    published = get("date")
    return Document(id=doc_id, text=body, title=get("title") or None,
                    published=published[:10] if published else None,
                    source=get("sitename") or None, author=get("author") or None,
                    url=get("url") or None)


def read_jsonl(fh: IO[bytes], name: str, max_chars: int = MAX_CHARS) -> Iterator[Item | InputError]:
    """One document per line: ``{id, text, title?, published?, url?, source?, author?}``."""
    for n, line in enumerate(fh, 1):
        if not line.strip():
            continue
        where = f"{name}:{n}"
        try:
            rec = json.loads(_decode(line))
            if not isinstance(rec, dict):
                raise ValueError("line is not a JSON object")
            text = rec.get("text")
            if not isinstance(text, str):
                raise ValueError("missing string field 'text'")
            check_text(text, max_chars)
            doc_id = str(rec.get("id") or f"{Path(name).stem}-{n}")
            published = rec.get("published") or rec.get("date")
            doc = Document(id=doc_id, text=text, title=rec.get("title"),
                           published=str(published)[:10] if published else None,
                           source=rec.get("source") or rec.get("publisher"),
                           author=rec.get("author"), url=rec.get("url"))
        except json.JSONDecodeError as exc:
            yield InputError(where, f"invalid JSON: {exc.msg} at column {exc.colno}")
            continue
        except ValueError as exc:
            yield InputError(where, str(exc))
            continue
        yield Item(doc, where, _safe_stem(doc_id))


def _safe_stem(doc_id: str) -> str:
    """A file-system-safe output name for a JSONL record id."""
    return re.sub(r"[^\w.-]+", "_", doc_id).strip("._") or "document"
