"""RSS and Atom feeds: every item's page read, the feed's title and date kept, a re-read adds only new items."""

from __future__ import annotations

import pytest

pytest.importorskip("feedparser")

from web_site import Site, article_text, page, rfc822, rss  # noqa: E402
from web_store import add, rows  # noqa: E402

from backchannel.ingest import InputError, Item, read_inputs  # noqa: E402
from backchannel.ingest.feeds import parse_feed  # noqa: E402
from backchannel.ingest.fetch import FetchOptions  # noqa: E402
from backchannel.ingest.web import Web  # noqa: E402
from backchannel.store import connect  # noqa: E402
from backchannel.store.origins import known_urls  # noqa: E402

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Osk Coast Wire</title><id>urn:x</id>
<updated>2025-03-02T10:00:00Z</updated>
<entry><title>Envoys meet at Dunmere</title><link href="http://wire.example/a/1"/><id>urn:1</id>
<updated>2025-03-02T10:00:00Z</updated></entry>
<entry><title>No link here</title><id>urn:2</id><updated>2025-03-01T10:00:00Z</updated></entry>
</feed>"""


@pytest.fixture
def site():
    with Site() as s:
        s.html("/robots.txt", b"User-agent: *\nAllow: /\n", "text/plain")
        for k in (1, 2):
            s.html(f"/story/{k}", page(f"Story {k}", article_text(20 + k), date=f"2025-05-0{k}"))
        s.html("/story/3", _undated("Story 3", article_text(23)))  # no date of its own: the feed's is kept
        yield s


def _undated(title: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><head><title>{title}</title></head><body><article>{body}</article></body></html>".encode()


def serve_feed(s: Site, n: int) -> None:
    items = [(f"Feed title {k}", f"{s.base}/story/{k}", rfc822(2025, 5, k)) for k in range(n, 0, -1)]
    s.html("/feed.xml", rss(items), "application/rss+xml")


def read_feed_into(store, s: Site, nlp):  # noqa: ANN001
    """What ``corpus add STORE --feed URL`` does: the stored addresses are known before reading."""
    known = set()
    if store.exists():
        con = connect(store, read_only=True)
        known = known_urls(con)
        con.close()
    web = Web(FetchOptions(delay=0, retries=0, timeout=5), known=known, feeds=[s.base + "/feed.xml"])
    try:
        return add(store, read_inputs([], web=web), nlp), web
    finally:
        web.close()


def test_a_feed_re_read_adds_only_new_items(site, nlp, tmp_path):
    store = tmp_path / "feed.duckdb"
    serve_feed(site, 2)
    first, _ = read_feed_into(store, site, nlp)
    assert first.added == 2 and first.failed == 0
    serve_feed(site, 3)  # the feed gains one item
    before = list(site.hits)
    second, web = read_feed_into(store, site, nlp)
    fetched = site.hits[len(before):]
    assert second.added == 1 and second.skipped == 0 and web.skipped_known == 2
    assert [h for h in fetched if h.startswith("/story/")] == ["/story/3"]  # old items are not even fetched
    assert rows(store, "SELECT count(*) FROM documents")[0][0] == 3


def test_the_feed_title_and_date_are_kept(site, nlp, tmp_path):
    store = tmp_path / "feed.duckdb"
    serve_feed(site, 3)
    read_feed_into(store, site, nlp)
    got = rows(store, "SELECT w.feed, w.feed_title, w.feed_published, d.title, CAST(d.published AS VARCHAR) "
                      "FROM web w JOIN documents d ON d.id = w.doc ORDER BY w.feed_title")
    assert [g[1:3] for g in got] == [("Feed title 1", "2025-05-01"), ("Feed title 2", "2025-05-02"),
                                     ("Feed title 3", "2025-05-03")]
    assert {g[0] for g in got} == {site.base + "/feed.xml"}
    assert got[0][3:] == ("Story 1", "2025-05-01") and got[2][3:] == ("Story 3", "2025-05-03")  # feed date used


def test_a_feed_file_atom_and_an_item_without_a_web_link(tmp_path):
    path = tmp_path / "wire.atom"
    path.write_bytes(ATOM)
    entries = parse_feed(ATOM, str(path))
    assert not isinstance(entries, str)
    assert [(e.title, e.published, link) for e, link in entries] == [
        ("Envoys meet at Dunmere", "2025-03-02", "http://wire.example/a/1"),
        ("No link here", "2025-03-01", "urn:2")]  # feedparser takes an entry's id as its link
    web = Web(FetchOptions(delay=0, retries=0), known={"http://wire.example/a/1"}, feeds=[str(path)])
    got = list(read_inputs([], web=web))
    assert [type(g).__name__ for g in got] == ["InputError"] and web.skipped_known == 1
    assert isinstance(got[0], InputError) and got[0].reason == "feed item link is not an http(s) URL"


def test_not_a_feed_and_a_missing_feed_are_errors(site, tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_text("just some words, not a feed\n")
    web = Web(FetchOptions(delay=0, retries=0), feeds=[str(bad), str(tmp_path / "nope.xml"), site.base + "/none"])
    got = list(read_inputs([], web=web))
    assert all(isinstance(g, InputError) for g in got) and len(got) == 3
    reasons = [g.reason for g in got if isinstance(g, InputError)]
    assert reasons[0].startswith("feed: not an RSS or Atom feed")
    assert reasons[1].startswith("feed: No such file") and reasons[2] == "feed: HTTP 404 Not Found"


def test_a_broken_item_never_sinks_the_feed(site):
    items = [("Gone", f"{site.base}/story/404", rfc822(2025, 5, 9)), ("Fine", f"{site.base}/story/1", rfc822(2025, 5, 1))]
    site.html("/mixed.xml", rss(items), "text/xml")
    web = Web(FetchOptions(delay=0, retries=0), feeds=[site.base + "/mixed.xml"])
    got = list(read_inputs([], web=web))
    assert [type(g).__name__ for g in got] == ["InputError", "Item"]
    assert isinstance(got[1], Item) and got[1].origin is not None and got[1].origin.feed_title == "Fine"
