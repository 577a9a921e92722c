#!/usr/bin/env python3
"""Web-input benchmark (issue 18): fetching throughput and memory over a 1,000-page local site.

    python benchmarks/fetch.py            # 1,000 pages; writes benchmarks/results-fetch.json
    python benchmarks/fetch.py --quick    # 200 pages; writes benchmarks/work/results-fetch-quick.json

A local site (tests/web_site.py: http.server on 127.0.0.1, in this process)
serves N invented news pages of ~16 KB each (article, navigation, script and
footer boilerplate) and an RSS feed listing them all. A *separate* reader
process measures, so the server's memory is not counted:

1. **fetch**: ``Fetcher.get`` of every page (robots.txt obeyed, per-host delay 0:
   with the default 1 s pace one host gives at most 1 page/s, by design);
2. **read**: ``read_inputs(--urls FILE)``: fetch, decode, canonical URL and
   article extraction (trafilatura), i.e. everything ``corpus add`` does before
   the language pipeline;
3. **feed re-read**: the feed read again with every item already stored: the
   requests it costs (must be 1, the feed itself) and its time.

Peak RSS (``ru_maxrss``) of the reader process, and its RSS after the first
half and after all pages (flat memory: the second half must not grow it by
more than 10%).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "src"))

from web_site import Site, article_text, rfc822, rss  # noqa: E402

READER = r"""
import json, resource, sys, time
from backchannel.ingest import Item, read_inputs
from backchannel.ingest.fetch import Fetcher, FetchOptions
from backchannel.ingest.web import Web

def rss_mb():
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() / 2**20

mode, urls_file, feed = sys.argv[1], sys.argv[2], sys.argv[3]
urls = [u.strip() for u in open(urls_file) if u.strip()]
opts = FetchOptions(delay=0.0, retries=0, timeout=10)
out = {"pages": len(urls)}
t0 = time.perf_counter()
if mode == "fetch":
    f = Fetcher(opts)
    n = 0
    for k, u in enumerate(urls):
        n += len(f.get(u).body)
        if k == len(urls) // 2:
            out["rss_half_mb"] = rss_mb()
    f.close()
    out["bytes"] = n
elif mode == "read":
    web = Web(opts, url_files=[urls_file])
    ok = 0
    for k, it in enumerate(read_inputs([], web=web)):
        ok += isinstance(it, Item)
        if k == len(urls) // 2:
            out["rss_half_mb"] = rss_mb()
    out["documents"] = ok
else:
    web = Web(opts, known=set(urls), feeds=[feed])
    out["documents"] = sum(1 for _ in read_inputs([], web=web))
    out["skipped"] = web.skipped_known
out["seconds"] = time.perf_counter() - t0
out["rss_end_mb"] = rss_mb()
out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
"""


def bench_page(k: int) -> bytes:
    """A ~25 KB news page: the article among the boilerplate real pages carry."""
    nav = "".join(f"<li><a href='/section/{j}'>Section {j}</a></li>" for j in range(120))
    script = "var tracking = [" + ",".join(str(j * k % 9973) for j in range(1500)) + "];"
    body = "".join(f"<p>{p}</p>" for p in article_text(1000 + k, paragraphs=8))
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Report {k} from the quay</title>"
            f"<link rel='canonical' href='/news/{k}'><meta property='og:site_name' content='Quay Bench'>"
            f"<meta property='article:published_time' content='2025-03-{k % 28 + 1:02d}'>"
            f"<script>{script}</script></head><body><nav><ul>{nav}</ul></nav><article><h1>Report {k}</h1>"
            f"{body}</article><footer>{'Quay Bench, all rights reserved. ' * 20}</footer></body></html>").encode()


def run(n: int) -> dict:
    """Serve the site, measure each mode in its own reader process; return the figures."""
    with Site() as site, tempfile.TemporaryDirectory() as tmp:
        site.html("/robots.txt", b"User-agent: *\nDisallow: /private/\n", "text/plain")
        for k in range(n):
            site.html(f"/news/{k}", bench_page(k))
        urls = [f"{site.base}/news/{k}" for k in range(n)]
        site.html("/feed.xml", rss([(f"Report {k}", u, rfc822(2025, 3, k % 28 + 1)) for k, u in enumerate(urls)]),
                  "application/rss+xml")
        urls_file = Path(tmp) / "urls.txt"
        urls_file.write_text("\n".join(urls) + "\n")
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        res: dict = {"pages": n, "page_bytes": len(bench_page(1))}
        for mode in ("fetch", "read", "feed"):
            before = len(site.hits)
            out = subprocess.run([sys.executable, "-c", READER, mode, str(urls_file), site.base + "/feed.xml"],
                                 capture_output=True, text=True, env=env, check=True)
            got = json.loads(out.stdout.strip().splitlines()[-1])
            got["requests"] = len(site.hits) - before
            got["per_second"] = round(n / got["seconds"], 1) if mode != "feed" else None
            res[mode] = got
            print(f"[fetch bench] {mode}: {json.dumps(got)}", file=sys.stderr, flush=True)
        return res


def markdown(res: dict) -> str:
    f, r, d = res["fetch"], res["read"], res["feed"]
    growth = lambda m: (m["rss_end_mb"] / m["rss_half_mb"] - 1) * 100  # noqa: E731
    return "\n".join([
        f"| {res['pages']:,} local pages (~{f['bytes'] / res['pages'] / 1000:.0f} KB) | pages/s | seconds | peak RSS | "
        "RSS half -> end |",
        "|---|--:|--:|--:|--:|",
        f"| fetch only (robots.txt, size limit) | {f['per_second']} | {f['seconds']:.1f} | "
        f"{f['peak_rss_mb']:.0f} MB | {f['rss_half_mb']:.0f} -> {f['rss_end_mb']:.0f} MB ({growth(f):+.1f}%) |",
        f"| read: fetch + canonical + trafilatura | {r['per_second']} | {r['seconds']:.1f} | "
        f"{r['peak_rss_mb']:.0f} MB | {r['rss_half_mb']:.0f} -> {r['rss_end_mb']:.0f} MB ({growth(r):+.1f}%) |",
        f"| feed re-read, all {d['skipped']:,} items stored | - | {d['seconds']:.2f} | {d['peak_rss_mb']:.0f} MB | "
        f"{d['requests']} requests (robots.txt, the feed) |",
    ])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="200 pages; writes under benchmarks/work/")
    ap.add_argument("--pages", type=int, default=None)
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args(argv)
    n = args.pages or (200 if args.quick else 1000)
    out = args.out or (HERE / "work" / "results-fetch-quick.json" if args.quick else HERE / "results-fetch.json")
    t0 = time.perf_counter()
    res = run(n)
    res["markdown"] = markdown(res)
    res["command"] = "python benchmarks/fetch.py" + (" --quick" if args.quick else "")
    res["total_seconds"] = round(time.perf_counter() - t0, 1)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
    print(res["markdown"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
