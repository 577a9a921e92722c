"""Readers: turn paths, directories, JSONL files and stdin into Documents, one at a time.

Why a generator of ``Item | InputError``: a corpus of thousands of files must
stream through the pipeline with flat memory, and one unreadable file must be
reported with its name while the batch goes on. Readers never raise for a bad
input; they yield an :class:`InputError` in its place. Sizes are checked
before anything is read or parsed, so a 60 MB page costs nothing; metadata is
validated (:mod:`.meta`); output names are unique in a run (:mod:`.names`).
"""

from __future__ import annotations

import io
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Iterable, Iterator

from backchannel.ingest.decode import decode
from backchannel.ingest.html import extract_article
from backchannel.ingest.meta import clean_fields
from backchannel.ingest.names import UniqueNames, safe_part, safe_stem
from backchannel.ingest.origin import Origin
from backchannel.ingest.report import HEADER, report_document  # noqa: F401 (HEADER: API)
from backchannel.limits import DocumentTimeout, time_limit
from backchannel.model import Document

if TYPE_CHECKING:
    from backchannel.ingest.web import Web

TEXT_EXTS = {".txt", ".text", ".md", ".story"}
HTML_EXTS = {".html", ".htm", ".xhtml"}
JSONL_EXTS = {".jsonl", ".ndjson"}
KNOWN_EXTS = TEXT_EXTS | HTML_EXTS | JSONL_EXTS
#: Inputs read through :mod:`.web`: pages to fetch, and web archives (named directly, not in folders).
URL_PREFIXES = ("http://", "https://")
WARC_EXTS = (".warc", ".warc.gz")

#: Documents longer than this (characters of text) are refused with a clear error.
#: Longer texts would parse (in chunks, see :mod:`backchannel.nlp`) but are
#: rarely one report; ``--max-chars`` raises the limit.
MAX_CHARS = 1_000_000
#: Raw bytes per allowed character: UTF-8 needs at most 4; an HTML page carries
#: markup, scripts and styles around its text, so it may be larger.
TEXT_BYTES_PER_CHAR = 4
HTML_BYTES_PER_CHAR = 5



@dataclass(frozen=True, slots=True)
class Item:
    """A document read from an input, with the name to report and to name outputs after."""

    document: Document
    name: str  # where it came from: a path, "path:line" for JSONL, "<stdin>"
    stem: str  # unique output name in this run, may hold "/" (mirrors input folders)
    warnings: tuple[str, ...] = field(default=())
    origin: Origin | None = None  # where a web page came from (URL, feed, WARC); None for files


@dataclass(frozen=True, slots=True)
class InputError:
    """An input that could not be read; ``name`` says which, ``reason`` says why."""

    name: str
    reason: str
    stage: str = "read"


def read_inputs(paths: Iterable[str], max_chars: int = MAX_CHARS,
                timeout: float | None = None, web: Web | None = None) -> Iterator[Item | InputError]:
    """Yield one Item (or InputError) per document found under ``paths``, in order.

    ``http(s)://`` paths are fetched and ``.warc[.gz]`` files read through ``web``
    (:mod:`.web`; a default one when None), then ``web``'s URL files and feeds.
    Output stems are unique across the whole run (see :mod:`.names`).
    """
    names = UniqueNames()
    for item in _read_all(paths, max_chars, timeout, web):
        if isinstance(item, Item):
            stem, warning = names.claim(item.stem)
            if stem != item.stem:
                item = Item(item.document, item.name, stem, item.warnings + ((warning,) if warning else ()),
                            item.origin)
        yield item


def _read_all(paths: Iterable[str], max_chars: int, timeout: float | None,
              web: Web | None) -> Iterator[Item | InputError]:
    own = None
    try:
        for raw in paths:
            web_input = raw.lower().startswith(URL_PREFIXES) or (raw.lower().endswith(WARC_EXTS)
                                                                 and Path(raw).is_file())
            if not web_input:
                yield from _read_path(raw, max_chars, timeout)
                continue
            from backchannel.ingest.warc import read_warc
            from backchannel.ingest.web import Web

            if web is None:  # imported and built only when a URL or an archive comes: httpx is not free
                web = own = Web()
            if raw.lower().startswith(URL_PREFIXES):
                yield from web.read_url(raw, max_chars, timeout)
            else:
                yield from read_warc(Path(raw), web, max_chars, timeout)
        if web is not None:
            from backchannel.ingest.feeds import read_listed

            yield from read_listed(web, max_chars, timeout)
    finally:
        if own is not None:
            own.close()


def _read_path(raw: str, max_chars: int, timeout: float | None) -> Iterator[Item | InputError]:
    """A file, a folder or ``-`` (stdin)."""
    if raw == "-":
        yield from read_stream(sys.stdin.buffer, "<stdin>", "stdin", max_chars, timeout)
        return
    path = Path(raw)
    if path.is_dir():
        files = list(_walk(path))
        if not files:
            yield InputError(str(path), "directory holds no .txt, .html or .jsonl file")
        for f in files:
            rel = f.relative_to(path).with_suffix("").as_posix()
            yield from read_file(f, max_chars, timeout, stem=safe_stem(rel))
    elif not path.exists():
        yield InputError(str(path), "broken symbolic link" if path.is_symlink() else "no such file or directory")
    else:
        yield from read_file(path, max_chars, timeout)


def _walk(root: Path) -> Iterator[Path]:
    """Known files under ``root`` in sorted order; symbolic links to folders are not followed (no loops)."""
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        found.extend(Path(dirpath) / f for f in filenames if Path(f).suffix.lower() in KNOWN_EXTS)
    return iter(sorted(found))


def _limit(kind: str, max_chars: int) -> int:
    return max_chars * (HTML_BYTES_PER_CHAR if kind == "html" else TEXT_BYTES_PER_CHAR)


def read_file(path: Path, max_chars: int = MAX_CHARS, timeout: float | None = None,
              stem: str | None = None) -> Iterator[Item | InputError]:
    """Read one file by its extension (JSONL, HTML, else plain text with optional header)."""
    name = str(path)
    stem = stem or safe_part(path.stem)
    suffix = path.suffix.lower()
    try:
        if not path.is_file():
            yield InputError(name, "broken symbolic link" if path.is_symlink() and not path.exists()
                             else "not a regular file")
            return
        if suffix in JSONL_EXTS:
            with path.open("rb") as fh:
                yield from read_jsonl(fh, name, max_chars, timeout)
            return
        kind = "html" if suffix in HTML_EXTS else "text"
        size, limit = path.stat().st_size, _limit(kind, max_chars)
        if size > limit:
            yield InputError(name, f"file too large: {size:,} bytes (limit {limit:,} for {kind}; "
                                   f"raise --max-chars or split it)")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(name, f"cannot read: {exc.strerror or exc}")
        return
    yield from_bytes(data, name, stem, kind, max_chars, timeout)


def read_stream(stream: IO[bytes], name: str, stem: str, max_chars: int = MAX_CHARS,
                timeout: float | None = None) -> Iterator[Item | InputError]:
    """Read a byte stream (stdin), sniffing its kind: JSONL on a leading '{', HTML on a tag.

    JSONL is read line by line (a stream of any length); text and HTML at most
    up to their size limit.
    """
    head = b""
    while len(head) < 4096:
        chunk = stream.read(4096)
        if not chunk:
            break
        head += chunk
        if head.strip():
            break
    first = head.lstrip()[:1]
    if first == b"{":
        rest = io.BufferedReader(_Chain(head, stream))  # type: ignore[arg-type]
        yield from read_jsonl(rest, name, max_chars, timeout)
        return
    kind = "html" if first == b"<" else "text"
    limit = _limit(kind, max_chars)
    data = head + stream.read(limit + 1 - len(head)) if len(head) <= limit else head
    if len(data) > limit:
        yield InputError(name, f"input too large: over {limit:,} bytes (limit for {kind}; raise --max-chars)")
        return
    yield from_bytes(data, name, stem, kind, max_chars, timeout)


class _Chain(io.RawIOBase):
    """Bytes already read, then the rest of a stream, as one readable raw stream."""

    def __init__(self, head: bytes, stream: IO[bytes]) -> None:
        self._head, self._stream = head, stream

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:  # noqa: ANN001 - memoryview
        if self._head:
            n = min(len(buf), len(self._head))
            buf[:n], self._head = self._head[:n], self._head[n:]
            return n
        data = self._stream.read(len(buf))
        buf[: len(data)] = data
        return len(data)


def from_bytes(data: bytes, name: str, stem: str, kind: str, max_chars: int = MAX_CHARS,
               timeout: float | None = None) -> Item | InputError:
    """Decode and parse one text or HTML input; every failure becomes an InputError."""
    try:
        with time_limit(timeout):
            decoded = decode(data)
            warnings = [f"decoded as {decoded.encoding} (detected, not declared)"] if decoded.guessed else []
            if kind == "html":
                doc, more = extract_article(decoded.text, stem)
                warnings += more
                doc, more = validated(doc)
            else:
                doc, more = report_document(decoded.text, stem)
            check_text(doc.text, max_chars)
    except DocumentTimeout as exc:
        return InputError(name, f"reading {exc}")
    except (ValueError, RecursionError, MemoryError) as exc:
        return InputError(name, str(exc) or type(exc).__name__)
    return Item(doc, name, stem, tuple(warnings + more))


def validated(doc: Document) -> tuple[Document, list[str]]:
    """The document with its metadata checked (see :mod:`.meta`), and the warnings."""
    fields, warnings = clean_fields({"title": doc.title, "published": doc.published, "source": doc.source,
                                     "author": doc.author, "url": doc.url})
    return Document(id=doc.id, text=doc.text, **fields), warnings


def check_text(text: str, max_chars: int = MAX_CHARS) -> None:
    """Refuse empty and oversized bodies with a reason a person can act on."""
    if not text.strip():
        raise ValueError("empty document (no text after reading)")
    if len(text) > max_chars:
        raise ValueError(f"document too large: {len(text):,} characters (limit {max_chars:,}; split it first)")


def parse_text(text: str, doc_id: str) -> Document:
    """Plain text, optionally opening with the header line `` date YYYY-MM-DD Title`` (:mod:`.report`)."""
    return report_document(text, doc_id)[0]


def parse_html(html: str, doc_id: str) -> Document:
    """Article body and metadata of a page (trafilatura, with a plain-text fallback)."""
    return extract_article(html, doc_id)[0]


def read_jsonl(fh: IO[bytes], name: str, max_chars: int = MAX_CHARS,
               timeout: float | None = None) -> Iterator[Item | InputError]:
    """One document per line: ``{id, text, title?, published?, url?, source?, author?}``."""
    limit = _limit("text", max_chars) + 65536
    for n, line in enumerate(fh, 1):
        if not line.strip():
            continue
        where = f"{name}:{n}"
        if len(line) > limit:
            yield InputError(where, f"line too large: {len(line):,} bytes (limit {limit:,}; raise --max-chars)")
            continue
        item: Item | InputError
        try:
            with time_limit(timeout):
                item = _jsonl_item(line, where, f"{Path(name).stem}-{n}", max_chars)
        except json.JSONDecodeError as exc:
            item = InputError(where, f"invalid JSON: {exc.msg} (column {exc.colno})")
        except DocumentTimeout as exc:
            item = InputError(where, f"reading {exc}")
        except (ValueError, RecursionError) as exc:
            item = InputError(where, str(exc) or type(exc).__name__)
        yield item


def _jsonl_item(line: bytes, where: str, fallback_id: str, max_chars: int) -> Item:
    rec = json.loads(decode(line).text)
    if not isinstance(rec, dict):
        raise ValueError("line is not a JSON object")
    text = rec.get("text")
    if not isinstance(text, str):
        raise ValueError("missing string field 'text'")
    check_text(text, max_chars)
    warnings: list[str] = []
    raw_id = rec.get("id")
    if isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool) and str(raw_id).strip():
        doc_id = str(raw_id).strip()
    else:
        if raw_id is not None:
            warnings.append(f"field 'id' dropped: {raw_id!r} is not a string; using {fallback_id!r}")
        doc_id = fallback_id
    doc, more = report_document(text, doc_id, {"title": rec.get("title"),
                                              "published": rec.get("published", rec.get("date")),
                                              "source": rec.get("source", rec.get("publisher")),
                                              "author": rec.get("author"), "url": rec.get("url")})
    check_text(doc.text, max_chars)
    return Item(doc, where, safe_part(doc_id), tuple(warnings + more))
