"""robots.txt: read once per site through the run's own client, obeyed by every fetch.

Why the standard library's parser fed by our client (not ``RobotFileParser.read``):
robots.txt must be fetched with the same User-Agent, pace, timeouts and size limit
as the pages, and urllib's own reader has none of them. The outcome of a fetch
follows RFC 9309: 4xx (no robots.txt) allows everything; 401/403 and 5xx forbid
everything (a site that cannot say what it allows is not read); a site we cannot
reach at all is allowed here, since its pages will fail with the real reason.
"""

from __future__ import annotations

from typing import Protocol
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

#: The robots.txt product token we obey (the first word of our User-Agent).
ROBOTS_AGENT = "backchannel"
#: robots.txt is small; more than this is not read.
ROBOTS_LIMIT = 512_000
#: A Crawl-delay above this is capped, so one odd file cannot stall a run for hours.
MAX_CRAWL_DELAY = 30.0


class RawFetcher(Protocol):
    """What robots.txt is read through: the run's fetcher (``ingest.fetch.Fetcher``), same pace and limits."""

    def raw(self, url: str, limit: int) -> tuple[int, bytes]: ...


class Robots:
    """The robots.txt rules of each site seen in a run, fetched on first use."""

    def __init__(self, fetcher: RawFetcher) -> None:
        self.fetcher = fetcher
        self.rules: dict[str, RobotFileParser] = {}

    def _rules(self, url: str) -> RobotFileParser:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}".lower()
        if origin not in self.rules:
            self.rules[origin] = self._read(origin + "/robots.txt")
        return self.rules[origin]

    def _read(self, url: str) -> RobotFileParser:
        rp = RobotFileParser(url)
        try:
            status, body = self.fetcher.raw(url, ROBOTS_LIMIT)
        except (httpx.HTTPError, httpx.InvalidURL):
            rp.allow_all = True  # type: ignore[attr-defined]  # the parser's own switch (urllib sets it on 4xx)
            return rp
        if status in (401, 403) or status >= 500:
            rp.disallow_all = True  # type: ignore[attr-defined]
        elif status >= 400:
            rp.allow_all = True  # type: ignore[attr-defined]  # the parser's own switch (urllib sets it on 4xx)
        else:
            rp.parse(body.decode("utf-8", "replace").splitlines())
        return rp

    def allowed(self, url: str) -> bool:
        return self._rules(url).can_fetch(ROBOTS_AGENT, url)

    def crawl_delay(self, url: str) -> float:
        """The site's Crawl-delay for us (0 when none, or before its robots.txt was read)."""
        parts = urlsplit(url)
        rp = self.rules.get(f"{parts.scheme}://{parts.netloc}".lower())
        delay = rp.crawl_delay(ROBOTS_AGENT) if rp is not None else None
        return min(MAX_CRAWL_DELAY, float(delay)) if delay else 0.0
