"""The command line on a local site: `analyze` URLs and `corpus add --feed`, hostile pages as error lines."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("httpx")

from web_site import Site, article_text, page, rfc822, rss  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "backchannel", *args], capture_output=True, text=True, timeout=300,
                          env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})


@pytest.fixture(scope="module")
def site():
    with Site() as s:
        s.html("/robots.txt", b"User-agent: *\nDisallow: /private/\n", "text/plain")
        s.html("/news/1", page("Ferry envoys meet", article_text(41), canonical="/news/1"))
        s.html("/news/2", page("Quay fees agreed", article_text(42), canonical="/news/2"))
        s.html("/private/3", page("Hidden", article_text(43)))
        s.redirect("/loop", "/loop")
        s.html("/paper.pdf", b"%PDF-1.4", "application/pdf")
        s.html("/feed.xml", rss([("Ferry envoys meet", s.base + "/news/1", rfc822(2025, 5, 1)),
                                 ("Quay fees agreed", s.base + "/news/2", rfc822(2025, 5, 2))]), "application/rss+xml")
        yield s


def test_analyze_urls_reports_each_bad_page_and_goes_on(site, tmp_path):
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# a list\n{site.base}/loop\n{site.base}/news/2\nnot a url\n")
    r = cli("analyze", f"{site.base}/news/1", f"{site.base}/private/3", f"{site.base}/paper.pdf", "--urls", str(urls),
            "--format", "jsonl", "--fetch-delay", "0", "--fetch-retries", "0")
    assert r.returncode == 1, r.stderr
    errors = [line for line in r.stderr.splitlines() if line.startswith("error: ")]
    assert errors == [
        f"error: {site.base}/private/3: read: disallowed by {site.base}/robots.txt (use --ignore-robots to read it anyway)",
        f"error: {site.base}/paper.pdf: read: wrong content type: application/pdf (expected application/xhtml+xml, "
        "text/html)",
        f"error: {site.base}/loop: read: redirect loop: {site.base}/loop -> {site.base}/loop",
        f"error: {urls}:4: read: not an http(s) URL: 'not a url'"]
    docs = [json.loads(line)["documents"][0] for line in r.stdout.splitlines()]
    assert [(d["title"], d["url"]) for d in docs] == [("Ferry envoys meet", site.base + "/news/1"),
                                                      ("Quay fees agreed", site.base + "/news/2")]


def test_corpus_add_feed_twice_then_stats(site, tmp_path):
    store = tmp_path / "feed.duckdb"
    first = cli("corpus", "add", str(store), "--feed", site.base + "/feed.xml", "--fetch-delay", "0", "--no-progress")
    assert first.returncode == 0, first.stderr
    assert "2 added" in first.stderr
    again = cli("corpus", "add", str(store), "--feed", site.base + "/feed.xml", "--fetch-delay", "0", "--no-progress")
    assert again.returncode == 0 and "0 added" in again.stderr
    assert "note: web: 2 feed items skipped: already in the store" in again.stderr
    stats = cli("corpus", "stats", str(store))
    assert "web         2 documents read from the web (1 feeds)" in stats.stdout
