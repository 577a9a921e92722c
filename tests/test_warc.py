"""WARC and WARC.gz files written here with warcio: HTML responses only, target URI and date kept."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

pytest.importorskip("warcio")

from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402
from web_site import article_text, page  # noqa: E402
from web_store import add, rows  # noqa: E402

from backchannel.ingest import InputError, Item, read_inputs  # noqa: E402

DATE = "2025-06-01T08:30:00Z"


def response(writer: WARCWriter, uri: str, body: bytes, ctype: str = "text/html; charset=utf-8",
             status: str = "200 OK", date: str = DATE) -> None:
    headers = StatusAndHeaders(status, [("Content-Type", ctype), ("Content-Length", str(len(body)))],
                               protocol="HTTP/1.1")
    rec = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers,
                                    warc_headers_dict={"WARC-Date": date})
    writer.write_record(rec)


def write_archive(path: Path, gz: bool) -> None:
    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        req = StatusAndHeaders("GET /news/1 HTTP/1.1", [("Host", "coast.example")], is_http_request=True)
        w.write_record(w.create_warc_record("http://coast.example/news/1", "request", http_headers=req))
        response(w, "http://coast.example/news/1", page("Ferry talks stall", article_text(31)))
        response(w, "http://coast.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png")
        response(w, "http://coast.example/old", b"<p>moved</p>", status="301 Moved Permanently")
        response(w, "http://coast.example/amp/news/1?utm_source=x",
                 page("Ferry talks stall", article_text(31), canonical="http://coast.example/news/1"))
        response(w, "http://coast.example/news/2", page("Quay fees agreed", article_text(32), date="2025-05-30"),
                 date="2025-06-02T09:00:00Z")


@pytest.mark.parametrize("name,gz", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_html_responses_only_with_their_uri_and_date(tmp_path, name, gz):
    path = tmp_path / name
    write_archive(path, gz)
    got = list(read_inputs([str(path)]))
    assert all(isinstance(g, Item) for g in got) and len(got) == 2  # the AMP copy of news/1 is the same page
    first, second = (g for g in got if isinstance(g, Item))
    assert first.document.title == "Ferry talks stall" and "detained fishermen" in first.document.text
    assert first.document.url == "http://coast.example/news/1"
    assert first.origin is not None and first.origin.url == "http://coast.example/news/1"
    assert first.origin.fetched_at == DATE and first.origin.archive == str(path)
    assert first.name == f"{path}#http://coast.example/news/1"
    assert second.origin is not None and second.origin.fetched_at == "2025-06-02T09:00:00Z"
    assert second.document.published == "2025-05-30"  # the page's own date; the capture date is kept apart


def test_the_store_keeps_the_record_uri_and_date(tmp_path, nlp):
    path = tmp_path / "crawl.warc.gz"
    write_archive(path, True)
    store = tmp_path / "w.duckdb"
    assert add(store, read_inputs([str(path)]), nlp).added == 2
    assert rows(store, "SELECT url, fetched_at, archive FROM web ORDER BY url") == [
        ("http://coast.example/news/1", DATE, str(path)),
        ("http://coast.example/news/2", "2025-06-02T09:00:00Z", str(path))]


def test_broken_and_empty_archives_are_named_errors(tmp_path):
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(b"this is no web archive\n" * 20)
    cut = tmp_path / "cut.warc"
    cut.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort")
    none = tmp_path / "images.warc"
    with none.open("wb") as fh:
        response(WARCWriter(fh, gzip=False), "http://coast.example/a.png", b"\x89PNG", "image/png")
    fine = tmp_path / "fine.txt"
    fine.write_text("The Halvik Compact met the Sarvian League in Quillon on Monday.\n")
    got = list(read_inputs([str(broken), str(cut), str(none), str(fine)]))
    errors = [g for g in got if isinstance(g, InputError)]
    assert [e.name for e in errors] == [str(broken), str(cut), str(none)]
    assert errors[0].reason == "not a WARC file (it does not open with a WARC/1.x record)"
    assert errors[1].reason.startswith("not a readable WARC file: ")
    assert errors[2].reason == "web archive holds no HTML response record"
    assert isinstance(got[-1], Item) and got[-1].name == str(fine)  # the batch goes on
