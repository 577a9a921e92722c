"""The canonical URL: the same article reached by two URLs is one document, in a run and in a store."""

from __future__ import annotations

import pytest

pytest.importorskip("httpx")

from web_site import Site, article_text, page  # noqa: E402
from web_store import add, rows  # noqa: E402

from backchannel.ingest import InputError, Item, read_inputs  # noqa: E402
from backchannel.ingest.canonical import canonical_url, normalise, url_id  # noqa: E402
from backchannel.ingest.fetch import FetchOptions  # noqa: E402
from backchannel.ingest.web import Web  # noqa: E402
from backchannel.store.origins import known_urls  # noqa: E402


def test_canonical_link_then_og_url_then_final_url():
    base = "http://news.example/amp/story-7?utm_source=feed&utm_medium=rss"
    assert canonical_url('<head><link rel="canonical" href="/world/story-7#top"></head>', base) == \
        "http://news.example/world/story-7"
    assert canonical_url('<meta property="og:url" content="https://News.Example:443/w/s?b=2&a=1">', base) == \
        "https://news.example/w/s?a=1&b=2"
    assert canonical_url("<p>no head at all</p>", base) == "http://news.example/amp/story-7"  # trackers dropped
    assert canonical_url('<link rel="canonical" href="javascript:void(0)">', base) == "http://news.example/amp/story-7"
    assert normalise("HTTP://Example.ORG:80") == "http://example.org/"


def test_ids_are_readable_stable_and_never_shared():
    assert url_id("http://news.example/world/story-7") == "news.example_world_story-7"
    a, b = url_id("http://news.example/read?id=1"), url_id("http://news.example/read?id=2")
    assert a != b and a.startswith("news.example_read-") and url_id("http://news.example/read?id=1") == a
    assert len(url_id("http://news.example/" + "x" * 400)) <= 120


@pytest.fixture(scope="module")
def site():
    with Site() as s:
        s.html("/robots.txt", b"User-agent: *\nAllow: /\n", "text/plain")
        story = article_text(11)
        s.html("/world/harbour-deal", page("Harbour deal signed", story, canonical="/world/harbour-deal"))
        s.html("/amp/harbour-deal", page("Harbour deal signed", story, canonical=s.base + "/world/harbour-deal"))
        s.html("/print/harbour-deal", page("Harbour deal signed", story,
                                           extra_head=f'<meta property="og:url" content="{s.base}/world/harbour-deal">'))
        s.redirect("/short/hd", "/world/harbour-deal?utm_campaign=x")
        s.html("/world/other-story", page("Another story", article_text(12)))
        yield s


def web() -> Web:
    return Web(FetchOptions(delay=0, retries=0, timeout=5))


def test_the_same_article_by_four_urls_is_read_once(site):
    urls = [site.base + p for p in ("/amp/harbour-deal?utm_source=rss", "/world/harbour-deal", "/print/harbour-deal",
                                    "/short/hd", "/world/other-story")]
    w = web()
    got = list(read_inputs(urls, web=w))
    w.close()
    assert all(isinstance(x, Item) for x in got) and len(got) == 2 and w.duplicates == 3
    first = got[0]
    assert isinstance(first, Item) and first.origin is not None
    assert first.document.url == site.base + "/world/harbour-deal" == first.origin.canonical_url
    assert first.origin.url == urls[0]  # the address as given is kept beside it


def test_the_same_article_by_two_urls_is_one_document_in_the_store(site, nlp, tmp_path):
    store = tmp_path / "web.duckdb"
    first = add(store, read_inputs([site.base + "/world/harbour-deal"], web=web()), nlp)
    again = add(store, read_inputs([site.base + "/amp/harbour-deal?utm_source=rss"], web=web()), nlp)
    assert (first.added, again.added, again.skipped) == (1, 0, 1)
    [(doc_id, url)] = rows(store, "SELECT id, url FROM documents")
    assert url == site.base + "/world/harbour-deal" and doc_id == url_id(url)
    [(web_url, canonical, fetched)] = rows(store, "SELECT url, canonical_url, fetched_at FROM web")
    assert (web_url, canonical) == (site.base + "/world/harbour-deal", url) and fetched
    from backchannel.store import connect

    con = connect(store, read_only=True)
    assert url in known_urls(con)
    con.close()


def test_errors_name_the_url_as_given(site):
    got = list(read_inputs([site.base + "/gone"], web=web()))
    assert len(got) == 1 and isinstance(got[0], InputError)
    assert (got[0].name, got[0].stage, got[0].reason) == (site.base + "/gone", "read", "HTTP 404 Not Found")
