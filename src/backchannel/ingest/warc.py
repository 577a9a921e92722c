"""WARC and WARC.gz files (web archives, crawls): the HTML responses, each a document.

Why warcio: it is the maintained reader of the format the Internet Archive and
Common Crawl write (WARC 1.0/1.1, gzip per record or whole-file), streams
record by record, and de-chunks and decompresses HTTP bodies. Only ``response``
records with status 200 and an HTML content type are read; requests,
metadata, revisits, redirects and images are passed over. A record's target
URI is its address (and, through its canonical link, its document id) and its
``WARC-Date`` the time it was fetched, both kept in the store's ``web`` table.
A record's body is read at most up to the size limit; a broken archive is one
error naming the file and the offset, after the records read before it.
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from backchannel.ingest.fetch import HTML_TYPES, parse_content_type
from backchannel.ingest.origin import Origin

if TYPE_CHECKING:
    from backchannel.ingest import InputError, Item
    from backchannel.ingest.web import Web

def read_warc(path: Path, web: Web, max_chars: int, timeout: float | None) -> Iterator[Item | InputError]:
    """One Item (or InputError) per HTML response record of the archive, in file order."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from backchannel.ingest import InputError

    limit = web.options.max_bytes
    found = 0
    try:
        with path.open("rb") as fh:
            records = ArchiveIterator(fh, arc2warc=True)
            for record in records:
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                status = record.http_headers.get_statuscode()
                mime, charset = parse_content_type(record.http_headers.get_header("Content-Type") or "")
                if status != "200" or mime not in HTML_TYPES:
                    continue
                found += 1
                uri = record.rec_headers.get_header("WARC-Target-URI") or f"{path}:{records.get_record_offset()}"
                name = f"{path}#{uri}"
                body = record.content_stream().read(limit + 1)
                if len(body) > limit:
                    yield InputError(name, f"record too large: over {limit:,} bytes (raise --max-chars)")
                    continue
                origin = Origin(uri, uri, "", record.rec_headers.get_header("WARC-Date"), archive=str(path))
                item = web.page_item(body, charset, name, origin, max_chars, timeout)
                if item is not None:
                    yield item
    except OSError as exc:
        yield InputError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    except (ArchiveLoadFailed, ValueError, EOFError, zlib.error) as exc:
        yield InputError(str(path), f"not a readable WARC file: {exc}".strip())
        return
    if not found:
        yield InputError(str(path), "web archive holds no HTML response record")
