"""RSS and Atom feeds: every item's link fetched as a page, the feed's title and date kept.

Why feeds skip what is stored: a feed is re-read on a schedule and mostly
repeats itself. An item whose link (or its canonical URL) is already in the
store is skipped *before* it is fetched, so a re-read costs one request for the
feed and one per new item, and adds only the new items. feedparser reads RSS
0.9x/1.0/2.0 and Atom, tolerates the malformed XML feeds are often served with,
and gives each item's date as a UTC time tuple.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from backchannel.ingest.canonical import normalise
from backchannel.ingest.fetch import FEED_TYPES, FetchError
from backchannel.ingest.web import Entry, is_url

if TYPE_CHECKING:
    from backchannel.ingest import InputError, Item
    from backchannel.ingest.web import Web

#: A feed larger than this is refused (news feeds are tens of kilobytes).
MAX_FEED_BYTES = 20_000_000


def read_listed(web: Web, max_chars: int, timeout: float | None) -> Iterator[Item | InputError]:
    """The links of the ``--urls`` files, then the items of the ``--feed`` feeds (after the named inputs)."""
    for path in web.url_files:
        yield from web.read_url_file(path, max_chars, timeout)
    for feed in web.feeds:
        yield from read_feed(feed, web, max_chars, timeout)


def read_feed(spec: str, web: Web, max_chars: int, timeout: float | None) -> Iterator[Item | InputError]:
    """Every new item of the feed at ``spec`` (a URL or a file): its page, or why it failed."""
    from backchannel.ingest import InputError

    try:
        raw = _feed_bytes(spec, web)
    except (OSError, FetchError) as exc:
        yield InputError(spec, f"feed: {getattr(exc, 'strerror', None) or exc}")
        return
    except Exception as exc:  # a feed URL no client can parse: this feed's error, never the run's
        yield InputError(spec, f"feed: cannot fetch: {type(exc).__name__}: {exc}")
        return
    entries = parse_feed(raw, spec)
    if isinstance(entries, str):
        yield InputError(spec, f"feed: {entries}")
        return
    for entry, link in entries:
        if link is None:
            yield InputError(f"{spec}#{entry.title or '?'}", "feed item without a link")
        elif not is_url(link):
            yield InputError(f"{spec}#{link}", "feed item link is not an http(s) URL")
        elif link in web.known or normalise(link) in web.known:
            web.skipped_known += 1
        else:
            yield from web.read_url(link, max_chars, timeout, entry)


def _feed_bytes(spec: str, web: Web) -> bytes:
    if is_url(spec):
        page = web.fetcher.get(spec, types=FEED_TYPES)
        return page.body
    path = Path(spec)
    size = path.stat().st_size
    if size > MAX_FEED_BYTES:
        raise FetchError(f"file too large: {size:,} bytes (limit {MAX_FEED_BYTES:,})")
    return path.read_bytes()


def parse_feed(raw: bytes, name: str) -> list[tuple[Entry, str | None]] | str:
    """(what the feed says of each item, its link) in feed order, or the reason it is not a feed."""
    import feedparser

    parsed = feedparser.parse(raw)
    if not parsed.entries:
        if parsed.get("bozo"):
            return f"not an RSS or Atom feed ({parsed.get('bozo_exception')})"
        if not parsed.get("version"):
            return "not an RSS or Atom feed"
    out = []
    for e in parsed.entries:
        link = (e.get("link") or "").strip() or None
        out.append((Entry(name, (e.get("title") or "").strip() or None, _date(e)), link))
    return out


def _date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return time.strftime("%Y-%m-%d", value)
    return None
