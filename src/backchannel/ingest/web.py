"""Web pages to Items: links, files of links, and the page bodies of feeds and web archives.

Why one place for every page, however it arrived: a page fetched now, a feed
item's link and a WARC record all go through the same steps (decode with the
declared charset or detection, find the canonical URL, extract the article
with the HTML reader of :mod:`backchannel.ingest`), so the same article gives
the same document whichever way it was read. Every failure is that page's
:class:`~backchannel.ingest.InputError` (``error: URL: read: reason``); the run goes on.

The run's :class:`Web` also remembers the canonical URLs read so far (the same
page reached by two URLs is read once) and the addresses already stored
(``known``), which feeds skip without fetching.
"""

from __future__ import annotations

import codecs
import dataclasses
import re
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

import msgspec

from backchannel.ingest.canonical import canonical_url, url_id
from backchannel.ingest.decode import decode
from backchannel.ingest.fetch import Fetcher, FetchError, FetchOptions
from backchannel.ingest.origin import Origin

if TYPE_CHECKING:
    import httpx

    from backchannel.ingest import InputError, Item

URL = re.compile(r"^https?://", re.I)
#: ``<meta charset=...>`` or ``http-equiv`` content type in the first bytes of a page.
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)


def is_url(text: str) -> bool:
    return bool(URL.match(text))


@dataclasses.dataclass(frozen=True)
class Entry:
    """What a feed says about one of its items (kept beside the page it links to)."""

    feed: str
    title: str | None = None
    published: str | None = None


def decode_page(body: bytes, charset: str | None) -> tuple[str, list[str]]:
    """Text of a page: the declared charset (header, else ``<meta>``) when the bytes obey it, else detection.

    Raises ValueError (binary, no text) as :func:`backchannel.ingest.decode.decode` does.
    """
    warnings: list[str] = []
    if charset is None:
        m = META_CHARSET.search(body[:4096])
        charset = m.group(1).decode("ascii", "replace").lower() if m else None
    if charset:
        try:
            codecs.lookup(charset)
        except LookupError:
            warnings.append(f"unknown charset {charset!r} declared; detected the encoding instead")
        else:
            try:
                return body.decode(charset), warnings
            except UnicodeDecodeError as exc:
                warnings.append(f"the bytes are not valid {charset} as declared (offset {exc.start}); "
                                "detected the encoding instead")
    decoded = decode(body)
    if decoded.guessed and not warnings:
        warnings.append(f"decoded as {decoded.encoding} (detected, not declared)")
    return decoded.text, warnings


class Web:
    """One run's web reading: a polite fetcher, the addresses already stored, the pages read so far."""

    def __init__(self, options: FetchOptions | None = None, known: Iterable[str] = (),
                 feeds: Iterable[str] = (), url_files: Iterable[str] = (),
                 transport: httpx.BaseTransport | None = None) -> None:
        self.options = options or FetchOptions()
        self.known = set(known)
        self.feeds, self.url_files = list(feeds), list(url_files)
        self._transport = transport
        self._fetcher: Fetcher | None = None
        self.seen: set[str] = set()  # canonical URLs read in this run
        self.duplicates = 0  # pages skipped: their canonical URL was read earlier in the run
        self.skipped_known = 0  # feed items skipped: already stored

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher = Fetcher(self.options, self._transport)
        return self._fetcher

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()
            self._fetcher = None

    def read_url(self, url: str, max_chars: int, timeout: float | None,
                 entry: Entry | None = None) -> Iterator[Item | InputError]:
        """Fetch one page and yield its Item, or the InputError saying why not (nothing for a repeat)."""
        from backchannel.ingest import InputError

        try:
            page = self.fetcher.get(url)
        except FetchError as exc:
            yield InputError(url, str(exc))
            return
        except Exception as exc:  # a URL no client can parse (IDNA, ...): this page's error, never the run's
            yield InputError(url, f"cannot fetch: {type(exc).__name__}: {exc}")
            return
        origin = Origin(url, page.final_url, "", page.fetched_at)
        if entry is not None:
            origin = dataclasses.replace(origin, feed=entry.feed, feed_title=entry.title,
                                         feed_published=entry.published)
        item = self.page_item(page.body, page.charset, url, origin, max_chars, timeout)
        if item is not None:
            yield item

    def read_url_file(self, path: str, max_chars: int, timeout: float | None) -> Iterator[Item | InputError]:
        """Every link of a file of URLs (one a line; blank lines and ``#`` comments ignored)."""
        from backchannel.ingest import InputError

        try:
            lines = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError as exc:
            yield InputError(path, f"cannot read the list of URLs: {exc.strerror or exc}")
            return
        for n, line in enumerate(lines, 1):
            url = line.strip()
            if not url or url.startswith("#"):
                continue
            if not is_url(url):
                yield InputError(f"{path}:{n}", f"not an http(s) URL: {url[:80]!r}")
                continue
            yield from self.read_url(url, max_chars, timeout)

    def page_item(self, body: bytes, charset: str | None, name: str, origin: Origin, max_chars: int,
                  timeout: float | None) -> Item | InputError | None:
        """An HTML body to an Item named ``name``: the id and url are the canonical URL's.

        None when a page with the same canonical URL was read earlier in this run.
        """
        from backchannel.ingest import InputError, Item, from_bytes

        try:
            text, warnings = decode_page(body, charset)
        except ValueError as exc:
            return InputError(name, str(exc))
        canon = canonical_url(text, origin.final_url)
        if canon in self.seen:
            self.duplicates += 1
            return None
        self.seen.add(canon)
        doc_id = url_id(canon)
        got = from_bytes(text.encode("utf-8", "surrogatepass"), name, doc_id, "html", max_chars, timeout)
        if isinstance(got, InputError):
            return got
        doc = got.document
        fields = {"id": doc_id, "url": canon, "title": doc.title or origin.feed_title,
                  "published": doc.published or origin.feed_published}
        return Item(msgspec.structs.replace(doc, **fields), name, doc_id,
                    tuple(warnings) + got.warnings, dataclasses.replace(origin, canonical_url=canon))
