"""Fetching pages from a local site: politeness, limits, and every hostile page as one named error.

The server (tests/web_site.py) runs on 127.0.0.1 in a thread for this module
only; no test touches the network. Waits are recorded, never timed.
"""

from __future__ import annotations

import pytest

pytest.importorskip("httpx")

from web_site import Site, article_text, free_port, page  # noqa: E402

from backchannel.ingest import InputError, Item, read_inputs  # noqa: E402
from backchannel.ingest.fetch import USER_AGENT, FetchOptions  # noqa: E402
from backchannel.ingest.web import Web  # noqa: E402

ROBOTS = b"User-agent: *\nDisallow: /private/\n"


@pytest.fixture(scope="module")
def site():
    with Site() as s:
        s.html("/robots.txt", ROBOTS, "text/plain")
        s.html("/news/quay-talks", page("Quay talks go on", article_text(1), canonical="/news/quay-talks"))
        s.html("/private/memo", page("A memo", article_text(2)))
        s.redirect("/go", "/hop")
        s.redirect("/hop", "/news/quay-talks", 301)
        s.redirect("/loop/a", "/loop/b")
        s.redirect("/loop/b", "/loop/a")
        for k in range(8):
            s.redirect(f"/chain/{k}", f"/chain/{k + 1}")
        s.routes["/huge"] = lambda h: h.stream(b"<p>" + b"x" * 65536 for _ in range(800))  # 52 MB, chunked
        s.routes["/huge-declared"] = _declared
        s.routes["/slow"] = _slow
        s.html("/report.pdf", b"%PDF-1.4 not html", "application/pdf")
        cp1252 = page("Caf\u00e9 talks", article_text(3)).replace(b"utf-8", b"x").decode().encode("cp1252")
        s.html("/latin", cp1252, "text/html; charset=utf-8")  # declared UTF-8, bytes are cp1252
        s.html("/binary", bytes(range(256)) * 64, "text/html")
        s.routes["/flaky"] = _flaky(s)
        s.routes["/always-503"] = lambda h: h.send(503, b"busy", "text/plain", {"Retry-After": "0"})
        yield s


def _declared(h) -> None:  # noqa: ANN001
    """A Content-Length far over the limit: refused before any body is read."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", str(50_000_000))
    h.end_headers()
    h.wfile.write(b"<p>" * 1000)


def _slow(h) -> None:  # noqa: ANN001
    """A page that drips: every chunk arrives before the read timeout, the whole never within the deadline."""
    import time

    def drip():
        for _ in range(40):
            time.sleep(0.1)
            yield b"<p>drip</p>"
    h.stream(drip())


def _flaky(s: Site):
    def route(h) -> None:  # noqa: ANN001
        if s.hits.count("/flaky") < 2:
            h.send(503, b"busy", "text/plain")
        else:
            h.send(200, page("Back again", article_text(4)))
    return route


@pytest.fixture
def sleeps(monkeypatch) -> list[float]:
    """Waits the fetcher asks for (pace, backoff), recorded instead of slept."""
    import backchannel.ingest.fetch as fetch

    asked: list[float] = []
    monkeypatch.setattr(fetch.time, "sleep", lambda s: asked.append(s))
    return asked


def read(site: Site, *paths: str, **options) -> list[Item | InputError]:
    opts = {"delay": 0.0, "retries": 0, "timeout": 5.0, "deadline": 15.0, "max_bytes": 500_000, **options}
    web = Web(FetchOptions(**opts))
    try:
        return list(read_inputs([site.base + p for p in paths], web=web))
    finally:
        web.close()


def reason(results: list) -> str:
    assert len(results) == 1 and isinstance(results[0], InputError), results
    return results[0].reason


def test_a_page_is_read_with_its_metadata_and_origin(site):
    [it] = read(site, "/news/quay-talks")
    assert isinstance(it, Item)
    d = it.document
    assert d.title == "Quay talks go on" and d.source == "Harbour Courier" and d.published == "2025-04-02"
    assert "detained fishermen" in d.text and "Copyright" not in d.text
    assert d.url == site.base + "/news/quay-talks" and d.id == it.stem == d.id
    assert it.origin is not None and it.origin.url == d.url and it.origin.fetched_at


def test_redirects_are_followed_and_the_final_url_kept(site):
    [it] = read(site, "/go")
    assert isinstance(it, Item) and it.origin is not None
    assert it.origin.url == site.base + "/go" and it.origin.final_url == site.base + "/news/quay-talks"
    assert it.name == site.base + "/go"  # errors and warnings name the address as given


def test_a_redirect_loop_and_a_long_chain_are_errors(site):
    assert reason(read(site, "/loop/a")).startswith("redirect loop: ")
    assert "too many redirects (more than 5)" in reason(read(site, "/chain/0"))


def test_a_huge_page_is_abandoned_before_it_is_downloaded(site):
    assert "page too large: over 500,000 bytes (stopped reading" in reason(read(site, "/huge"))
    assert site.sent.get("/huge", 0) < 800 * 65536  # the server never got to send it all
    assert "50,000,000 bytes declared" in reason(read(site, "/huge-declared"))


def test_a_slow_page_hits_the_deadline(site):
    assert reason(read(site, "/slow", deadline=0.5)).startswith("too slow: ")


def test_wrong_content_type_binary_and_missing_pages(site):
    assert reason(read(site, "/report.pdf")).startswith("wrong content type: application/pdf")
    assert "binary" in reason(read(site, "/binary"))
    assert reason(read(site, "/nowhere")) == "HTTP 404 Not Found"


def test_bytes_that_are_not_the_declared_charset_are_detected_with_a_warning(site):
    [it] = read(site, "/latin")
    assert isinstance(it, Item) and "Caf\u00e9 talks" == it.document.title
    assert any("not valid utf-8 as declared" in w for w in it.warnings)


def test_connection_refused_is_an_error_after_the_retries(site, sleeps):
    url = f"http://127.0.0.1:{free_port()}/x"
    [err] = list(read_inputs([url], web=Web(FetchOptions(delay=0, retries=2, backoff=0.5, robots=False))))
    assert isinstance(err, InputError) and err.name == url
    assert err.reason == "connection refused (after 3 attempts)"
    assert [s for s in sleeps if s > 0] == [0.5, 1.0]  # exponential backoff


def test_transient_failures_are_retried(site, sleeps):
    [it] = read(site, "/flaky", retries=2, backoff=0.25)
    assert isinstance(it, Item) and it.document.title == "Back again"
    assert reason(read(site, "/always-503", retries=1)) == "HTTP 503 Service Unavailable (after 2 attempts)"


def test_robots_txt_is_obeyed_unless_ignored(site):
    assert "disallowed by" in reason(read(site, "/private/memo")) and "--ignore-robots" in reason(
        read(site, "/private/memo"))
    [it] = read(site, "/private/memo", robots=False)
    assert isinstance(it, Item)


def test_the_client_names_itself_and_paces_each_host(sleeps):
    seen: list[str] = []
    with Site() as other:  # a site of its own: its robots.txt asks backchannel for 2 s between requests
        other.html("/robots.txt", b"User-agent: *\nDisallow: /x/\n\nUser-agent: backchannel\nCrawl-delay: 2\n",
                   "text/plain")
        other.routes["/who"] = lambda h: (seen.append(h.headers.get("User-Agent", "")),
                                          h.send(200, page("Who", article_text(5))))[1]
        other.html("/who2", page("Who else", article_text(6)))
        results = read(other, "/who", "/who2", delay=0.5)
    assert all(isinstance(r, Item) for r in results)
    assert seen == [USER_AGENT] and USER_AGENT.startswith("backchannel/")
    assert any(s > 1.0 for s in sleeps)  # robots.txt's Crawl-delay of 2 s for backchannel is kept
    assert not any(s > 2.0 for s in sleeps)


def test_one_bad_page_never_sinks_the_batch(site):
    results = read(site, "/loop/a", "/news/quay-talks", "/report.pdf", "/huge", "/go")
    kinds = [type(r).__name__ for r in results]
    assert kinds == ["InputError", "Item", "InputError", "InputError"]  # /go is /news/quay-talks again
    assert [r.name for r in results] == [site.base + p for p in ("/loop/a", "/news/quay-talks", "/report.pdf", "/huge")]


def test_urls_no_client_can_parse_are_errors_too():
    web = Web(FetchOptions(delay=0, retries=0))
    got = list(read_inputs(["https://[::1/x", "http://\u2603\u2603..example/"], web=web))
    assert [type(g).__name__ for g in got] == ["InputError", "InputError"]
    assert [g.reason.split(":")[0] for g in got if isinstance(g, InputError)] == ["cannot fetch", "invalid URL"]
