"""Where a document read from the web came from: the provenance the store keeps beside it.

Why a record of its own: a document's ``url`` is its canonical address (one
article, one document), but a reader needs to know which link, feed or web
archive it was read from, and when; a feed re-read on a schedule skips the
links already stored by looking them up here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Origin:
    """The web provenance of one document."""

    url: str  # the address as given: a link, a line of --urls, a feed item, a WARC target URI
    final_url: str  # after redirects (the target URI for a WARC record)
    canonical_url: str  # normalised rel=canonical / og:url, else final_url: the document's url and id
    fetched_at: str | None = None  # UTC time of the fetch, or the WARC record's date
    feed: str | None = None  # the feed the link came from
    feed_title: str | None = None  # the item's title in the feed
    feed_published: str | None = None  # the item's date in the feed (ISO date)
    archive: str | None = None  # the WARC file the record came from
