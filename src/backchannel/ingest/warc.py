"""WARC and WARC.gz files (web archives, crawls): the HTML responses, each a document.

Why warcio: it is the maintained reader of the format the Internet Archive and
Common Crawl write (WARC 1.0/1.1, gzip per record or whole-file), streams
record by record, and de-chunks and decompresses HTTP bodies. Only ``response``
records with status 200 and an HTML content type are read; requests,
metadata, revisits, redirects and images are passed over. A record's target
URI is its address (and, through its canonical link, its document id) and its
``WARC-Date`` the time it was fetched, both kept in the store's ``web`` table.
A record's body is read at most up to the size limit; a damaged archive is one
error naming the file, after the records read before it (warcio itself skips
what it can resynchronise past, with a warning of its own on stderr).
"""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from backchannel.ingest.fetch import HTML_TYPES, parse_content_type
from backchannel.ingest.origin import Origin

if TYPE_CHECKING:
    from backchannel.ingest import InputError, Item
    from backchannel.ingest.web import Web


def is_warc_start(path: Path) -> bool:
    """True when the file (or its first gzip member) opens with a WARC record: ``WARC/1.x``.

    Why check: warcio also accepts the older ARC format and reads almost any text
    as ARC records, so a file that is no archive would pass as one holding nothing.
    """
    with path.open("rb") as fh:
        head = fh.read(2)
        fh.seek(0)
        if head == b"\x1f\x8b":
            with gzip.GzipFile(fileobj=fh) as gz:
                return gz.read(5) == b"WARC/"
        return fh.read(5) == b"WARC/"


def read_warc(path: Path, web: Web, max_chars: int, timeout: float | None) -> Iterator[Item | InputError]:
    """One Item (or InputError) per HTML response record of the archive, in file order."""
    from backchannel.ingest import InputError

    found = 0
    for got in _html_records(path, web.options.max_bytes):
        if isinstance(got, str):
            yield InputError(str(path), got)
            return
        found += 1
        uri, date, charset, body = got
        name = f"{path}#{uri}"
        if body is None:
            yield InputError(name, f"record too large: over {web.options.max_bytes:,} bytes (raise --max-chars)")
            continue
        origin = Origin(uri, uri, "", date, archive=str(path))
        item = web.page_item(body, charset, name, origin, max_chars, timeout)
        if item is not None:
            yield item
    if not found:
        yield InputError(str(path), "web archive holds no HTML response record")


Record = tuple[str, "str | None", "str | None", "bytes | None"]


def _html_records(path: Path, limit: int) -> Iterator[Record | str]:
    """(target URI, WARC-Date, charset, body or None when over ``limit``) of each HTML 200 response.

    A string is the reason the archive cannot be read further (and ends the iteration):
    warcio raises assorted errors on a damaged or foreign file, and none may escape.
    """
    from warcio.archiveiterator import ArchiveIterator

    try:
        if not is_warc_start(path):
            yield "not a WARC file (it does not open with a WARC/1.x record)"
            return
        with path.open("rb") as fh:
            records = iter(ArchiveIterator(fh))
            while True:
                try:
                    record = next(records)
                except StopIteration:
                    return
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                mime, charset = parse_content_type(record.http_headers.get_header("Content-Type") or "")
                if record.http_headers.get_statuscode() != "200" or mime not in HTML_TYPES:
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or f"{path}:{fh.tell()}"
                body = record.content_stream().read(limit + 1)
                yield uri, record.rec_headers.get_header("WARC-Date"), charset, body if len(body) <= limit else None
    except OSError as exc:
        yield f"cannot read: {exc.strerror or exc}"
    except (zlib.error, EOFError, gzip.BadGzipFile) as exc:
        yield f"not a readable WARC file: broken compression ({exc})"
    except Exception as exc:  # ArchiveLoadFailed and the parser's own errors on a damaged record
        yield f"not a readable WARC file: {str(exc).strip() or type(exc).__name__}"
