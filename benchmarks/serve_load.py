"""Load benchmark of ``backchannel serve`` (issue 15), loopback only, bounded in time and count.

    PYTHONPATH=src python benchmarks/serve_load.py [--docs 10000] [--clients 16] [--seconds 60]
                                                  [--texts 300] [--out benchmarks/results-serve.json]

1. A store of ``--docs`` documents: dossiers generated as ``benchmarks/across_scaling.py``
   makes them (12 invented parties, 8 acts, 6 claims and 1,200 characters of made-up
   words each; every tenth a wire copy) written through the store's row writer
   (:class:`backchannel.store.rows.Rows`), then ``corpus resolve`` over all of them.
   Analysing 10k reports would take the benchmark's hour; the routes read rows.
2. GET load: one server process (``--workers 1``, no access log) on 127.0.0.1,
   ``--clients`` concurrent httpx clients for ``--seconds`` (and at most
   ``--max-requests``), each request a random GET route with random parameters
   (documents with filters and text search, one document, entity search, one
   entity, events with filters, timeline, disputes); p50/p95/p99 per route and
   overall, errors (any status but 200, or a transport error), the server's RSS.
   ``/v1/export`` is left out: it streams the whole corpus, a download, not a page.
3. Analysis throughput: the ``--texts`` reports POSTed to ``/v1/analyze`` by
   ``--clients`` clients against ``backchannel analyze DIR --format jsonl`` on
   the same texts, one analysis process each (``--workers 1``, ``--processes 1``);
   the CLI's figure with and without its start (the model load, timed on one text).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "BACKCHANNEL_TOKEN": "bench-token-" + "5" * 20}

# Invented parties, people, places and outlets.
ENVOYS = ["Mara Lind", "Oskar Vell", "Ilka Dorn", "Teo Marsh", "Runa Falk", "Ada Kessel", "Bo Tarrant", "Lia Wendt"]
STATES = ["Quentor", "Orlen", "Vasca", "Dremmel", "Hallin", "Pravo"]
GROUPS = ["Brask Alliance", "Amber Front", "Kolm Movement", "Sable Council"]
TOWNS = ["Tovel", "Brisk", "Amberg", "Kessow", "Lunde", "Marrow", "Ostin"]
OUTLETS = ["Tovel Post", "Orlen Daily", "Harbour Signal", "Vasca Herald", "Dremmel Times", "Ostin Wire"]
WORDS = ["kaloka", "dentor", "ashur", "binne", "golsti", "fendra"]  # syllables of across_scaling's vocabulary


def texts(n: int, seed: int = 15) -> list[dict]:
    """``n`` invented reports of four or five sentences: talks, releases, mediation, a denial."""
    rng = random.Random(seed)
    out = []
    for k in range(n):
        envoy, other = rng.sample(ENVOYS, 2)
        state, mediator = rng.sample(STATES, 2)
        group, town = rng.choice(GROUPS), rng.choice(TOWNS)
        freed = 3 + rng.randrange(20)
        text = (f"Envoy {envoy} of {state} met leaders of the {group} in {town} on {1 + k % 27} May, officials said. "
                f"The {group} agreed to release {freed} prisoners after talks mediated by {mediator}. "
                f"\"We will keep the channel open,\" {envoy} told reporters after the meeting. "
                f"A spokesman for the {group}, {other}, denied that {state} had been informed in advance. "
                f"Negotiators are expected to meet again in {rng.choice(TOWNS)} next week (report {k}).")
        out.append({"id": f"t{k:04d}", "text": text, "published": f"2031-05-{1 + k % 28:02d}",
                    "source": OUTLETS[k % len(OUTLETS)]})
    return out


def build_store(path: Path, docs: int) -> dict:
    """``docs`` generated dossiers (benchmarks/across_scaling.py: invented parties, acts, claims, Zipf-worded text,
    every tenth a wire copy) written through the store's row writer, then ``corpus resolve``."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from across_scaling import pool, report

    from backchannel.store import connect, extractor_version
    from backchannel.store.resolve import resolve_store
    from backchannel.store.rows import Rows, content_hash
    from backchannel.store.writer import _now
    from backchannel.views import build_views

    started = time.monotonic()
    rng = random.Random(15)
    parties, copies = pool(rng, max(200, docs // 2)), []
    con, version, rows = connect(path, create=True), extractor_version(), Rows()
    for k in range(docs):
        d = report(rng, k, parties, rng.choice(copies) if copies and k % 10 == 9 else None)
        d.documents[0].source = OUTLETS[k % len(OUTLETS)]
        d.views = build_views(d)
        if len(copies) < 50:
            copies.append(d.documents[0].text[:1100])
        rows.add(d, content_hash(d.documents[0]), d.documents[0].id, version, _now())
        if rows.n >= 500 or k == docs - 1:
            con.execute("BEGIN")
            rows.insert(con)
            con.execute("COMMIT")
            rows = Rows()
    written = time.monotonic() - started
    res = resolve_store(con)
    con.close()
    return {"documents": docs, "write_s": round(written, 1), "resolve_s": round(time.monotonic() - started - written, 1),
            "entities": len(res.entities), "events": len(res.events), "links": len(res.links),
            "bytes": path.stat().st_size}


def sample(path: Path) -> dict:
    """Ids and values the load draws its parameters from (read before the server takes the store)."""
    from backchannel.store import connect

    con = connect(path, read_only=True)
    one = lambda sql: [r[0] for r in con.execute(sql).fetchall()]  # noqa: E731
    out = {"docs": one("SELECT id FROM documents USING SAMPLE 500"), "entities": one("SELECT id FROM entities"),
           "names": one("SELECT name FROM entities WHERE name IS NOT NULL"), "types": one("SELECT DISTINCT type FROM events"),
           "timeline": con.execute("SELECT count(*) FROM documents").fetchone()[0]}
    con.close()
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(store: Path, workers: int, log: Path) -> tuple[subprocess.Popen, str]:
    import httpx

    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "backchannel", "serve", str(store), "--port", str(port),
                             "--workers", str(workers), "--no-access-log", "--log-level", "warning"],
                            env=ENV, stdout=log.open("w"), stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/readyz").status_code == 200:
                return proc, url
        except httpx.TransportError:
            pass
        if proc.poll() is not None:
            break
        time.sleep(0.3)
    proc.kill()
    raise SystemExit(f"server did not start: {log.read_text()[-2000:]}")


def stop(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(60)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def request(rng: random.Random, p: dict) -> tuple[str, str, dict]:
    """(route name, path, params): one random GET."""
    pick = rng.randrange(8)
    if pick == 0:
        return "documents", "/v1/documents", {"offset": rng.randrange(p["timeline"] - 50), "limit": 50}
    if pick == 1:
        f = rng.choice([{"outlet": rng.choice(OUTLETS)}, {"q": rng.choice(WORDS)},
                        {"from": "2031-05-10", "to": f"2031-05-{11 + rng.randrange(15)}"}])
        return "documents?filter", "/v1/documents", {**f, "limit": 50}
    if pick == 2:
        return "documents/{id}", f"/v1/documents/{rng.choice(p['docs'])}", {}
    if pick == 3:
        return "entities?q", "/v1/entities", {"q": rng.choice(p["names"])[:4], "limit": 20}
    if pick == 4:
        return "entities/{id}", f"/v1/entities/{rng.choice(p['entities'])}", {"limit": 50}
    if pick == 5:
        f = rng.choice([{"type": rng.choice(p["types"])}, {"entity": rng.choice(p["entities"])}, {}])
        return "events", "/v1/events", {**f, "offset": rng.randrange(200), "limit": 50}
    if pick == 6:
        return "timeline", "/v1/timeline", {"offset": rng.randrange(100), "limit": 50}
    return "disputes", "/v1/disputes", {"offset": rng.randrange(100), "limit": 50}


async def get_load(url: str, params: dict, clients: int, seconds: float, max_requests: int) -> dict:
    import httpx

    times: dict[str, list[float]] = {}
    errors: list[str] = []
    deadline = time.monotonic() + seconds
    count = 0

    async def client(k: int) -> None:
        nonlocal count
        rng = random.Random(k)
        async with httpx.AsyncClient(base_url=url, timeout=30) as c:
            while time.monotonic() < deadline and count < max_requests:
                name, path, q = request(rng, params)
                count += 1
                t0 = time.perf_counter()
                try:
                    r = await c.get(path, params=q)
                    await r.aread()
                    if r.status_code != 200:
                        errors.append(f"{r.status_code} {path} {q}")
                except httpx.HTTPError as exc:
                    errors.append(f"{type(exc).__name__} {path}")
                times.setdefault(name, []).append(time.perf_counter() - t0)

    started = time.monotonic()
    await asyncio.gather(*(client(k) for k in range(clients)))
    elapsed = time.monotonic() - started
    every = [t for ts in times.values() for t in ts]
    return {"requests": len(every), "seconds": round(elapsed, 1), "rps": round(len(every) / elapsed, 1),
            "errors": len(errors), "error_examples": errors[:5], "all": percentiles(every),
            "routes": {k: {"n": len(v), **percentiles(v)} for k, v in sorted(times.items())}}


def percentiles(values: list[float]) -> dict:
    if not values:
        return {}
    s = sorted(values)
    at = lambda q: round(1000 * s[min(len(s) - 1, int(q * len(s)))], 1)  # noqa: E731
    return {"p50_ms": at(0.50), "p95_ms": at(0.95), "p99_ms": at(0.99), "max_ms": round(1000 * s[-1], 1)}


class RSS:
    """Peak RSS of the server process and of its worker processes, sampled every 0.5 s; CPU of server and client."""

    def __init__(self, pid: int) -> None:
        import psutil

        self.proc, self.main, self.workers = psutil.Process(pid), 0.0, 0.0
        self.cpu0, self.client0 = sum(self.proc.cpu_times()[:2]), time.process_time()
        self.done = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self) -> None:
        while not self.done.wait(0.5):
            try:
                self.main = max(self.main, self.proc.memory_info().rss / 2**20)
                self.workers = max(self.workers, sum(c.memory_info().rss for c in self.proc.children(True)) / 2**20)
            except Exception:  # noqa: BLE001 - a worker ending between the two calls
                continue

    def cpu(self, seconds: float) -> dict:
        """CPU of the server process and of this (client) process since the start, in % of one core."""
        server = sum(self.proc.cpu_times()[:2]) - self.cpu0
        client = time.process_time() - self.client0
        return {"server_cpu_pct": round(100 * server / seconds, 1), "client_cpu_pct": round(100 * client / seconds, 1),
                "load_average_1m": round(os.getloadavg()[0], 2)}

    def stop(self) -> dict:
        self.done.set()
        self.thread.join()
        return {"server_mb": round(self.main, 1), "workers_mb": round(self.workers, 1)}


async def post_load(url: str, base: list[dict], clients: int) -> dict:
    import httpx

    queue = list(base)
    errors = 0

    async def client() -> None:
        nonlocal errors
        async with httpx.AsyncClient(base_url=url, timeout=120) as c:
            while queue:
                t = queue.pop()
                r = await c.post("/v1/analyze", params={"format": "jsonl", "id": t["id"]}, content=t["text"].encode())
                errors += r.status_code != 200

    started = time.monotonic()
    await asyncio.gather(*(client() for _ in range(clients)))
    elapsed = time.monotonic() - started
    return {"documents": len(base), "seconds": round(elapsed, 2), "docs_per_s": round(len(base) / elapsed, 2),
            "errors": errors}


def cli_throughput(work: Path, base: list[dict]) -> dict:
    """``backchannel analyze DIR --format jsonl`` on the same texts, and its start alone (one text)."""
    folder, one = work / "texts", work / "one"
    for d in (folder, one):
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir()
    for t in base:
        (folder / f"{t['id']}.txt").write_text(t["text"])
    shutil.copy(folder / f"{base[0]['id']}.txt", one)

    def run(src: Path) -> float:
        out = work / "out.jsonl"
        out.unlink(missing_ok=True)
        t0 = time.monotonic()
        subprocess.run([sys.executable, "-m", "backchannel", "analyze", str(src), "--format", "jsonl", "-o", str(out),
                        "--no-progress"], env=ENV, check=True, capture_output=True)
        return time.monotonic() - t0

    wall, startup = run(folder), run(one)
    return {"documents": len(base), "seconds": round(wall, 2), "docs_per_s": round(len(base) / wall, 2),
            "startup_s": round(startup, 2), "docs_per_s_without_startup": round(len(base) / max(0.01, wall - startup), 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--texts", type=int, default=300)
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--max-requests", type=int, default=2_000_000)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results-serve.json")
    ap.add_argument("--store", type=Path, help="Keep the built store here, and reuse it when it exists.")
    ap.add_argument("--build-only", action="store_true", help="Build the store (--store) and stop.")
    ap.add_argument("--get-only", action="store_true", help="Only the GET load (no analysis throughput).")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="serve-load-"))
    base = texts(args.texts)
    result: dict = {"cpus": os.cpu_count(), "clients": args.clients}
    try:
        store = args.store or work / "load.duckdb"
        if store.exists():
            result["store"] = json.loads(store.with_suffix(".json").read_text())
        else:
            result["store"] = build_store(store, args.docs)
            store.with_suffix(".json").write_text(json.dumps(result["store"]))
        print("store:", result["store"], flush=True)
        if args.build_only:
            return
        params = sample(store)
        proc, url = start(store, 1, work / "server.log")
        rss = RSS(proc.pid)
        try:
            result["get"] = asyncio.run(get_load(url, params, args.clients, args.seconds, args.max_requests))
            result["get"].update(rss.cpu(result["get"]["seconds"]))
            print("get:", json.dumps(result["get"]), flush=True)
            if not args.get_only:
                result["analyze"] = asyncio.run(post_load(url, base, args.clients))
        finally:
            result["rss"] = rss.stop()
            stop(proc)
        if args.get_only:
            return
        result["cli"] = cli_throughput(work, base)
        result["analyze"]["ratio_to_cli"] = round(result["analyze"]["docs_per_s"] / result["cli"]["docs_per_s"], 2)
        result["analyze"]["ratio_to_cli_without_startup"] = round(
            result["analyze"]["docs_per_s"] / result["cli"]["docs_per_s_without_startup"], 2)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(result, indent=1))
    args.out.write_text(json.dumps(result, indent=1) + "\n")


if __name__ == "__main__":
    main()
