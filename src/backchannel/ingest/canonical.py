"""The canonical URL of a page, normalised, and the document id made from it.

Why: one article is reached by many URLs (with tracking parameters, through a
redirect, an AMP or print version, ``http`` and ``https``); the publisher names
the one it considers the article's address in ``<link rel="canonical">`` or
``og:url``. That URL, normalised by courlan (lower-case host, default port
dropped, tracking parameters removed, query sorted) and without its fragment,
is stored as the document's ``url`` and gives its id, so the same page read
twice is one document. A canonical link that is not http(s) is ignored (the
final URL after redirects is used).
"""

from __future__ import annotations

import hashlib
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit, urlunsplit

from courlan import normalize_url

from backchannel.ingest.names import MAX_PART, safe_part

#: Only the head is searched: canonical links live there, and a huge page costs nothing more.
HEAD_CHARS = 200_000


class _Head(HTMLParser):
    """Collects ``link rel=canonical`` and ``meta property=og:url`` until the body starts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.canonical: str | None = None
        self.og: str | None = None
        self.done = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "link" and "canonical" in a.get("rel", "").lower().split() and self.canonical is None:
            self.canonical = a.get("href", "").strip() or None
        elif tag == "meta" and a.get("property", a.get("name", "")).lower() == "og:url" and self.og is None:
            self.og = a.get("content", "").strip() or None
        elif tag == "body":
            self.done = True


def declared_canonical(html: str) -> str | None:
    """The page's own canonical address (rel=canonical first, then og:url), as written."""
    p = _Head()
    try:
        for k in range(0, min(len(html), HEAD_CHARS), 8192):
            p.feed(html[k:k + 8192])
            if p.done or p.canonical:
                break
    except Exception:  # a tolerant tokenizer; keep what was found if it ever gives up
        pass
    return p.canonical or p.og


def normalise(url: str) -> str:
    """``url`` normalised (courlan) and without a fragment; unchanged when it cannot be parsed."""
    try:
        out = normalize_url(url)
    except (ValueError, AttributeError):
        out = url
    parts = urlsplit(out)
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))


def canonical_url(html: str, final_url: str) -> str:
    """The page's canonical URL made absolute against where it was found, else the final URL; normalised."""
    declared = declared_canonical(html)
    if declared:
        absolute = urljoin(final_url, declared)
        if urlsplit(absolute).scheme in ("http", "https") and urlsplit(absolute).netloc:
            return normalise(absolute)
    return normalise(final_url)


def url_id(url: str) -> str:
    """A readable, file-safe document id for a URL: host and path, plus a short hash when needed.

    The hash is added when the URL has a query or the readable part was cut,
    so two addresses never share an id; the same URL always gets the same one.
    """
    parts = urlsplit(url)
    readable = safe_part((parts.netloc + parts.path.rstrip("/")).replace("/", "_"))
    if parts.query or len(readable) > MAX_PART - 10:
        digest = hashlib.sha1(url.encode("utf-8")).hexdigest()[:8]
        return f"{readable[:MAX_PART - 10]}-{digest}"
    return readable
