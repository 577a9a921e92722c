"""The corpus store's four "must hold" figures (issue 13), measured, not asserted in tests.

    PYTHONPATH=src python benchmarks/store.py [--docs 100000] [--throughput-docs 1500] [--out FILE]

1. throughput: ``corpus add`` against ``analyze --format jsonl -o FILE`` on the
   same documents, one process, wall time of the real commands (best of 2);
   must be >= 0.85.
2. memory: peak RSS while adding ``--docs`` short synthetic documents, first
   half against second half (sampled after every commit); must be within 10%.
3. scale: adding 1,000 new documents to the store of (2) against adding them
   to an empty store; must be within 20%.
4. kill-and-resume: ``tests/test_store_kill.py`` (7 SIGKILL points, 0 lost, 0
   duplicated); run here and its result recorded.

Documents are invented and short (two or three sentences from templates), so
100k run in minutes; the figures and the N actually used are written to
``benchmarks/results-store.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from backchannel.ingest import Item  # noqa: E402
from backchannel.model import Document  # noqa: E402

PEOPLE = ["Ilse Varga", "Tomas Keller", "Dario Vesk", "Paul Oren", "Mira Hanke", "Anna Pelt", "Jonas Reiter",
          "Ruth Amsel", "Karl Weden", "Lena Brask", "Omar Tessel", "Sofia Lind"]
PLACES = ["Valdoria", "Marenland", "Ostrava", "Kestria", "Norland", "Sarnow"]
CITIES = ["Lindau", "Sarnow", "Brega", "Tolvik", "Amsel"]
VERBS = ["met", "called", "spoke with", "sent a message to", "urged"]


def synthetic(n: int, seed: int = 7, prefix: str = "s") -> Iterator[Item]:
    """``n`` short invented reports, unique by id and text."""
    rng = random.Random(seed)
    for k in range(n):
        a, b = rng.sample(PEOPLE, 2)
        p, q = rng.sample(PLACES, 2)
        text = (f"{a} of {p} {rng.choice(VERBS)} {b} in {rng.choice(CITIES)} on {1 + k % 28} March, officials said. "
                f"{p} released {2 + k % 40} detainees after talks mediated by {q}. "
                f"\"We will keep talking,\" {b} said (report {k}).")
        doc = Document(id=f"{prefix}{k:06d}", text=text, published="2031-03-01", source=f"Outlet {k % 9}")
        yield Item(doc, doc.id, doc.id)


def write_jsonl(path: Path, items: Iterator[Item]) -> None:
    with path.open("w") as fh:
        for it in items:
            d = it.document
            fh.write(json.dumps({"id": d.id, "text": d.text, "published": d.published, "source": d.source}) + "\n")


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def cli(*args: str) -> float:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "backchannel.cli", *args], check=False, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def throughput(work: Path, n: int) -> dict:
    docs = work / "docs.jsonl"
    write_jsonl(docs, synthetic(n, seed=1, prefix="t"))
    best_a = best_s = float("inf")
    for _ in range(2):
        out = work / "a.jsonl"
        out.unlink(missing_ok=True)
        best_a = min(best_a, cli("analyze", str(docs), "--format", "jsonl", "-o", str(out), "--no-progress"))
        store = work / "t.duckdb"
        store.unlink(missing_ok=True)
        best_s = min(best_s, cli("corpus", "add", str(store), str(docs), "--no-progress"))
    return {"docs": n, "analyze_jsonl_s": round(best_a, 2), "corpus_add_s": round(best_s, 2),
            "ratio": round(best_a / best_s, 3), "must": ">= 0.85"}


def add(store: Path, items, nlp, samples: list | None = None) -> float:
    from backchannel.pipeline import analyze
    from backchannel.store import connect, extractor_version
    from backchannel.store.writer import Writer

    con = connect(store, create=True)
    def on_commit(tally) -> None:  # noqa: ANN001
        samples.append((tally.committed, rss_mb()))  # type: ignore[union-attr]
        if tally.committed // 5000 != samples[-2][0] // 5000 if len(samples) > 1 else False:
            print(f"  {tally.committed} documents, rss {samples[-1][1]:.1f} MB, "
                  f"{tally.committed / (time.monotonic() - tally.started):.1f} documents/s", flush=True)

    on_commit = on_commit if samples is not None else None  # type: ignore[assignment]
    w = Writer(con, extractor_version(), group=32, on_commit=on_commit)
    t = time.perf_counter()
    w.write(analyze(w.screen(items), nlp=nlp, batch_size=32))
    elapsed = time.perf_counter() - t
    con.close()
    return elapsed


def memory_and_scale(work: Path, n: int) -> dict:
    from backchannel.nlp import load_pipeline

    nlp = load_pipeline()
    add(work / "warm.duckdb", synthetic(200, seed=3, prefix="w"), nlp)  # warm the pipeline's caches
    big = work / "big.duckdb"
    samples: list[tuple[int, float]] = []
    t = time.perf_counter()
    add(big, synthetic(n), nlp, samples)
    big_s = time.perf_counter() - t
    half = [mb for k, mb in samples if k <= n // 2], [mb for k, mb in samples if k > n // 2]
    first, second = max(half[0]), max(half[1])
    empty_s = add(work / "empty.duckdb", synthetic(1000, seed=9, prefix="n"), nlp)
    full_s = add(big, synthetic(1000, seed=9, prefix="n"), nlp)
    return {
        "memory": {"docs": n, "seconds": round(big_s, 1), "docs_per_s": round(n / big_s, 1),
                   "peak_rss_first_half_mb": round(first, 1), "peak_rss_second_half_mb": round(second, 1),
                   "growth": round(second / first - 1, 4), "must": "within 10%",
                   "store_mb": round(big.stat().st_size / 2**20, 1)},
        "scale": {"docs": 1000, "into_empty_s": round(empty_s, 2), f"into_{n}_s": round(full_s, 2),
                  "ratio": round(full_s / empty_s, 3), "must": "<= 1.20"},
    }


def kill_test() -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    r = subprocess.run([sys.executable, "-m", "pytest", "-q", "tests/test_store_kill.py"], cwd=ROOT, env=env,
                       capture_output=True, text=True)
    return {"kill_points": 7, "passed": r.returncode == 0, "lost": 0 if r.returncode == 0 else None,
            "duplicated": 0 if r.returncode == 0 else None}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=100_000, help="documents for the memory and scale figures")
    ap.add_argument("--throughput-docs", type=int, default=1500)
    ap.add_argument("--skip", nargs="*", default=[], choices=["throughput", "memory", "kill"])
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results-store.json")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bc-store-"))
    results: dict = {"python": sys.version.split()[0], "cpus": os.cpu_count()}
    try:
        if "throughput" not in args.skip:
            results["throughput"] = throughput(work, args.throughput_docs)
            print(json.dumps(results["throughput"]), flush=True)
        if "memory" not in args.skip:
            results.update(memory_and_scale(work, args.docs))
            print(json.dumps({k: results[k] for k in ("memory", "scale")}), flush=True)
        if "kill" not in args.skip:
            results["kill"] = kill_test()
            print(json.dumps(results["kill"]), flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    args.out.write_text(json.dumps(results, indent=1) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
