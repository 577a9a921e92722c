"""Polite HTTP fetching of single pages: timeouts, a size limit, retries, a per-host pace, robots.txt.

Why a client of our own around httpx rather than a bare ``httpx.get``: a list
of links or a feed is read unattended, from servers we do not control, and the
batch must survive every one of them. So each request has connect/read
timeouts and a deadline for the whole download (a page that drips one byte a
second never trips a read timeout); the body is read in chunks and abandoned
as soon as it passes the size limit, before the download completes (a
``Content-Length`` over the limit is refused before any body is read);
transient failures (connection errors, timeouts, 429 and 5xx) are retried with
exponential backoff, honouring ``Retry-After``; requests to one host are spaced
by a delay (robots.txt's ``Crawl-delay`` when larger); redirects are followed
one hop at a time, so each hop is checked against robots.txt and a loop is
named as such. Every failure is a :class:`FetchError` whose message is the
reason printed after ``error: URL: read:``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit

import httpx

from backchannel import __version__
from backchannel.ingest.robots import Robots

#: Who we are, in every request: the project, its version and what it does.
USER_AGENT = f"backchannel/{__version__} (news-report analysis; reads each page once; python-httpx)"

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
                        "text/xml", "application/feed+json", "text/plain", "text/html"})
REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True)
class FetchOptions:
    """How politely and how far to fetch; the defaults suit reading news sites unattended."""

    timeout: float = 20.0  # seconds to connect, and between two chunks of a response
    deadline: float = 60.0  # seconds for one whole download
    max_bytes: int = 5_000_000  # body size limit (decompressed), enforced while reading
    retries: int = 2  # extra attempts after a transient failure
    backoff: float = 1.0  # seconds before the first retry, doubled after each
    delay: float = 1.0  # seconds between two requests to one host
    max_redirects: int = 5
    robots: bool = True  # obey robots.txt (False: --ignore-robots)
    user_agent: str = USER_AGENT


@dataclass(frozen=True)
class Page:
    """A fetched response body with where it ended up and what it says it is."""

    url: str  # as asked for
    final_url: str  # after redirects
    content_type: str  # the MIME type, lower case ('' when the server gave none)
    charset: str | None  # the charset parameter of Content-Type, if any
    body: bytes
    fetched_at: str = field(default_factory=lambda: datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))


class FetchError(Exception):
    """A URL that could not be fetched; the message says why."""


class _Transient(Exception):
    """A failure worth retrying; ``after`` is the server's Retry-After in seconds, if any."""

    def __init__(self, reason: str, after: float | None = None) -> None:
        super().__init__(reason)
        self.after = after


@dataclass
class _Hop:
    status: int
    location: str | None = None
    page: Page | None = None


class Fetcher:
    """One run's HTTP client: shared connections, the per-host pace and the robots.txt cache."""

    def __init__(self, options: FetchOptions | None = None, transport: httpx.BaseTransport | None = None) -> None:
        self.opts = options or FetchOptions()
        self.client = httpx.Client(timeout=httpx.Timeout(self.opts.timeout), follow_redirects=False,
                                   headers={"User-Agent": self.opts.user_agent}, transport=transport)
        self._next: dict[str, float] = {}  # host -> earliest monotonic time of its next request
        self.robots = Robots(self)

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str, types: frozenset[str] = HTML_TYPES) -> Page:
        """The page at ``url`` after redirects, or :class:`FetchError` saying why not."""
        chain = [url]
        current = url
        for _ in range(self.opts.max_redirects + 1):
            _check_scheme(current)
            if self.opts.robots and not self.robots.allowed(current):
                raise FetchError(f"disallowed by {_origin(current)}/robots.txt (use --ignore-robots to read it anyway)")
            hop = self._with_retries(current, types)
            if hop.page is not None:
                return Page(url, hop.page.final_url, hop.page.content_type, hop.page.charset, hop.page.body)
            nxt = urljoin(current, hop.location or "")
            if nxt in chain:
                raise FetchError("redirect loop: " + " -> ".join([*chain[chain.index(nxt):], nxt]))
            chain.append(nxt)
            current = nxt
        raise FetchError(f"too many redirects (more than {self.opts.max_redirects}), last to {current}")

    def raw(self, url: str, limit: int) -> tuple[int, bytes]:
        """(status, body up to ``limit`` bytes) of one paced GET, redirects followed (robots.txt itself)."""
        self.pace(url)
        with self.client.stream("GET", url, follow_redirects=True) as r:
            body = bytearray()
            for chunk in r.iter_bytes():
                body += chunk
                if len(body) > limit:
                    break
            return r.status_code, bytes(body[:limit])

    def pace(self, url: str, delay: float | None = None) -> None:
        """Wait until this host may be asked again, then book its next slot."""
        host = urlsplit(url).netloc.lower()
        wait = self._next.get(host, 0.0) - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        gap = max(self.opts.delay, self.robots.crawl_delay(url) if self.opts.robots else 0.0)
        self._next[host] = time.monotonic() + gap

    def _with_retries(self, url: str, types: frozenset[str]) -> _Hop:
        reason = ""
        for attempt in range(self.opts.retries + 1):
            self.pace(url)
            try:
                return self._once(url, types)
            except _Transient as exc:
                reason, after = str(exc), exc.after
            except httpx.TimeoutException:
                reason, after = f"timed out (no response within {self.opts.timeout:g} s)", None
            except httpx.ConnectError as exc:
                reason, after = _connect_reason(exc), None
            except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
                reason, after = f"connection broken: {exc or type(exc).__name__}", None
            except (httpx.HTTPError, httpx.InvalidURL) as exc:  # unsupported scheme, proxy, bad request: final
                raise FetchError(f"{type(exc).__name__}: {exc}") from None
            if attempt < self.opts.retries:
                time.sleep(min(30.0, after if after is not None else self.opts.backoff * 2 ** attempt))
        tries = self.opts.retries + 1
        raise FetchError(reason + (f" (after {tries} attempts)" if tries > 1 else ""))

    def _once(self, url: str, types: frozenset[str]) -> _Hop:
        try:
            with self.client.stream("GET", url) as r:
                if r.status_code in REDIRECTS:
                    location = r.headers.get("location")
                    if not location:
                        raise FetchError(f"HTTP {r.status_code} redirect without a Location header")
                    return _Hop(r.status_code, location=location)
                if r.status_code == 429 or r.status_code >= 500:
                    raise _Transient(f"HTTP {r.status_code} {r.reason_phrase}".strip(),
                                     _retry_after(r.headers.get("retry-after")))
                if r.status_code >= 400:
                    raise FetchError(f"HTTP {r.status_code} {r.reason_phrase}".strip())
                mime, charset = parse_content_type(r.headers.get("content-type", ""))
                if mime and mime not in types:
                    raise FetchError(f"wrong content type: {mime} (expected {', '.join(sorted(types))})")
                body = self._body(r)
                return _Hop(r.status_code, page=Page(url, str(r.url), mime, charset, body))
        except httpx.DecodingError as exc:
            raise FetchError(f"broken compressed body: {exc}") from None
        except httpx.InvalidURL as exc:
            raise FetchError(f"invalid URL: {exc}") from None

    def _body(self, r: httpx.Response) -> bytes:
        """The body, abandoned as soon as it passes the size limit or the download deadline."""
        limit = self.opts.max_bytes
        declared = r.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(f"page too large: {int(declared):,} bytes declared (limit {limit:,}; "
                             "raise --max-chars)")
        start = time.monotonic()
        body = bytearray()
        for chunk in r.iter_bytes():
            body += chunk
            if len(body) > limit:
                raise FetchError(f"page too large: over {limit:,} bytes (stopped reading; raise --max-chars)")
            if time.monotonic() - start > self.opts.deadline:
                raise FetchError(f"too slow: {len(body):,} bytes in {self.opts.deadline:g} s (stopped reading)")
        return bytes(body)


def _check_scheme(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise FetchError(f"not an http(s) URL: {url!r}")


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def parse_content_type(value: str) -> tuple[str, str | None]:
    mime, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("'\"").lower()
    return mime.strip().lower(), charset


def _retry_after(value: str | None) -> float | None:
    if value and value.strip().isdigit():
        return float(value.strip())
    return None


def _connect_reason(exc: httpx.ConnectError) -> str:
    text = str(exc)
    if "refused" in text.lower():
        return "connection refused"
    if "name or service not known" in text.lower() or "nodename" in text.lower():
        return "unknown host"
    return f"cannot connect: {text or type(exc).__name__}"
