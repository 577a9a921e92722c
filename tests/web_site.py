"""A local web site for the web-input tests and the fetch benchmark: http.server on 127.0.0.1.

Why our own server in a thread: tests never touch the network, and the hostile
cases (a redirect loop, a page too large, a page that drips, a wrong content
type, bytes that are not the declared charset) are a few lines each here.
Every text is invented (invented places, parties and people).
"""

from __future__ import annotations

import random
import socket
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

PLACES = ["Varnholt", "Telmar", "the Osk Coast", "Brenmark", "Quillon", "Sarvia", "Dunmere", "Halvik"]
PARTIES = ["the Osk Coast Union", "the Brenmark Council", "the Telmar Assembly", "the Sarvian League",
           "the Quillon Front", "the Halvik Compact"]
PEOPLE = ["Mira Ostrand", "Tobin Vell", "Asha Kerrow", "Luan Brisk", "Edda Marrin", "Pell Soder"]
VERBS = ["met", "wrote to", "called", "held talks with", "sent an envoy to", "rejected an offer from"]


def article_text(seed: int, paragraphs: int = 5) -> list[str]:
    """Invented paragraphs of a negotiation report, different for every seed."""
    rng = random.Random(seed)
    out = []
    for k in range(paragraphs):
        a, b = rng.sample(PARTIES, 2)
        who, where = rng.choice(PEOPLE), rng.choice(PLACES)
        n = rng.randint(2, 90)
        out.append(f"{who}, speaking for {a}, said on day {seed % 28 + 1} that the delegation {rng.choice(VERBS)} "
                   f"{b} in {where} about {n} detained fishermen and the shared harbour dues. "
                   f"Observers in {rng.choice(PLACES)} counted {n + k} boats at the quay, item {seed}-{k}.")
    return out


def page(title: str, paragraphs: list[str], canonical: str | None = None, site: str = "Harbour Courier",
         date: str = "2025-04-02", extra_head: str = "") -> bytes:
    """A news page with the metadata trafilatura reads (title, date, site name, canonical link)."""
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title>{link}"
            f'<meta property="og:site_name" content="{site}"><meta property="article:published_time" content="{date}">{extra_head}'
            f"</head><body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{body}</article>"
            f"<footer>Copyright {site}</footer></body></html>").encode("utf-8")


def rss(items: list[tuple[str, str, str]], title: str = "Harbour Courier") -> bytes:
    """An RSS 2.0 feed of (title, link, RFC 822 date) items."""
    xml = "".join(f"<item><title>{t}</title><link>{link}</link><pubDate>{d}</pubDate></item>"
                  for t, link, d in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>http://example.invalid/</link><description>news</description>{xml}</channel></rss>").encode()


def rfc822(year: int, month: int, day: int) -> str:
    return formatdate(time.mktime((year, month, day, 12, 0, 0, 0, 0, -1)), usegmt=True)


Route = Callable[["Handler"], None]


class Handler(BaseHTTPRequestHandler):
    server: Site  # type: ignore[assignment]
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out at once (no 40 ms delayed-ACK stall)

    def log_message(self, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.server.hits.append(self.path)
        route = self.server.routes.get(self.path) or self.server.routes.get(self.path.split("?")[0])
        if route is None:
            self.send(404, b"not here", "text/plain")
            return
        try:
            route(self)
        except (BrokenPipeError, ConnectionResetError):
            self.server.broken.append(self.path)

    def send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8",
             headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def stream(self, chunks, ctype: str = "text/html; charset=utf-8") -> None:  # noqa: ANN001
        """A chunked body without Content-Length (its size is known only by reading it)."""
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for chunk in chunks:
            self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            self.wfile.flush()
            self.server.sent[self.path] = self.server.sent.get(self.path, 0) + len(chunk)
        self.wfile.write(b"0\r\n\r\n")


class Site(ThreadingHTTPServer):
    """The server: ``routes`` maps a path to a function of the handler; ``hits`` lists requests."""

    daemon_threads = True
    block_on_close = False

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.routes: dict[str, Route] = {}
        self.hits: list[str] = []
        self.broken: list[str] = []
        self.sent: dict[str, int] = {}
        self.thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def html(self, path: str, body: bytes, ctype: str = "text/html; charset=utf-8") -> None:
        self.routes[path] = lambda h: h.send(200, body, ctype)

    def redirect(self, path: str, to: str, status: int = 302) -> None:
        self.routes[path] = lambda h: h.send(status, b"", "text/plain", {"Location": to})

    def __enter__(self) -> Site:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
        self.server_close()
        self.thread.join(5)


def free_port() -> int:
    """A port nothing listens on (bound, then released): connecting to it is refused."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
