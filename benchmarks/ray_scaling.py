"""Throughput of ``corpus add`` on Ray (1 and 2 workers) against the local engine (--processes 1 and 2).

The same documents for every run: the bundled example reports (examples/corpus,
examples/synthetic) repeated with an invented closing sentence that varies per
copy, so every document is new to the store and is parsed. Each run is the
real command in a fresh process writing a fresh store, timed end to end and
through ``--trace-commits``: the commits' timestamps give the steady rate
(documents/s from the commit past a fifth of the documents to the last) apart from the start-up
(loading spaCy; for Ray also starting the cluster, the screening pass and the
actors). ``corpus resolve`` is timed on the finished store with both engines.

    PYTHONPATH=src python benchmarks/ray_scaling.py [--docs 300] [--repeats 2] [--out benchmarks/results-ray.json]

The machine is what it is: the figures say how many cores it has and its
load average while the runs went, next to the numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "backchannel.cli"]
#: The writer-only measure stores the finished run's dossiers this many times over.
COPIES = 10
CONFIGS = [("local, --processes 1", ["--processes", "1"]), ("ray, --workers 1", ["--engine", "ray", "--workers", "1"]),
           ("local, --processes 2", ["--processes", "2"]), ("ray, --workers 2", ["--engine", "ray", "--workers", "2"])]
PLACES = ["Velm", "Orlan", "Sarnow", "Tessaly", "Brannock", "Quillon"]


def corpus(path: Path, n: int) -> tuple[int, int]:
    """``n`` documents as JSONL (id, text, date, outlet); returns (documents, characters)."""
    sys.path.insert(0, str(ROOT / "src"))
    from backchannel.ingest import Item, read_inputs

    docs = [it.document for it in read_inputs([str(ROOT / "examples" / "corpus"), str(ROOT / "examples" / "synthetic")])
            if isinstance(it, Item)]
    chars = 0
    with path.open("w") as fh:
        for k in range(n):
            d = docs[k % len(docs)]
            text = d.text + (f"\n\nIn {PLACES[k % len(PLACES)]}, officials said on Monday that a further round "
                             f"would follow within {k % 9 + 2} weeks.")
            chars += len(text)
            fh.write(json.dumps({"id": f"b{k:05d}", "text": text, "title": d.title, "published": d.published,
                                 "source": d.source}) + "\n")
    return n, chars


def run_add(store: Path, docs: Path, extra: list[str]) -> dict:
    """One ``corpus add`` in a fresh process: wall seconds, start-up seconds and the steady rate."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), RAY_USAGE_STATS_ENABLED="0", RAY_AUTH_MODE="disabled")
    cmd = [*CLI, "corpus", "add", str(store), str(docs), "--no-progress", "--trace-commits", "--batch-size", "8",
           *extra]
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    marks: list[tuple[float, int]] = []
    for line in proc.stdout:  # type: ignore[union-attr]
        if line.startswith("committed"):
            marks.append((time.monotonic() - t0, int(line.split()[1])))
    err = proc.stderr.read()  # type: ignore[union-attr]
    proc.wait()
    wall = time.monotonic() - t0
    if proc.returncode != 0 or not marks:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-2000:]}")
    # the steady rate: from the first commit past a fifth of the documents to the last (start-up and the
    # first burst of results excluded)
    (t1, n1) = next(m for m in marks if m[1] >= marks[-1][1] / 5)
    (t2, n2) = marks[-1]
    rate = (n2 - n1) / (t2 - t1) if t2 > t1 else float("nan")
    return {"command": " ".join(["backchannel", *cmd[3:5], "STORE", "DOCS.jsonl", *cmd[7:]]),
            "wall_seconds": round(wall, 1), "first_commit_seconds": round(marks[0][0], 1),
            "documents": n2, "steady_docs_per_second": round(rate, 3),
            "docs_per_second": round(n2 / wall, 3)}


def writer_only(source: Path, target: Path) -> dict:
    """The single writer's ceiling: result rows (msgspec dossiers, as the actors send them) decoded and stored."""
    from backchannel.pipeline import Result
    from backchannel.scale.extract import result_row, to_result
    from backchannel.store import connect, extractor_version
    from backchannel.store.reader import dossiers
    from backchannel.store.rows import content_hash
    from backchannel.store.writer import Writer, _Pending

    import msgspec

    con = connect(source, read_only=True)
    stored = list(dossiers(con))
    con.close()
    rows = []
    for copy in range(COPIES):  # enough documents for a steady rate; each copy under its own id
        for d in stored:
            doc = msgspec.structs.replace(d.documents[0], id=f"{d.documents[0].id}-{copy}")
            rows.append(result_row(Result(doc.id, doc.id, dossier=msgspec.structs.replace(d, documents=[doc]))))
    out = connect(target, create=True)
    w = Writer(out, extractor_version(), group=32)

    def results() -> Iterator[Result]:  # what the driver does per result row: decode, then the Writer's work
        for r in rows:
            res = to_result(r)
            d = res.dossier.documents[0]  # type: ignore[union-attr]
            w.pending.append(_Pending(d.id, d.id, content_hash(d), False))
            yield res

    t0 = time.monotonic()
    w.write(results())
    seconds = time.monotonic() - t0
    out.close()
    return {"documents": len(rows), "seconds": round(seconds, 2), "docs_per_second": round(len(rows) / seconds, 1)}


def run_resolve(store: Path, extra: list[str]) -> float:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), RAY_USAGE_STATS_ENABLED="0", RAY_AUTH_MODE="disabled")
    t0 = time.monotonic()
    subprocess.run([*CLI, "corpus", "resolve", str(store), *extra], check=True, capture_output=True, env=env)
    return round(time.monotonic() - t0, 1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--repeats", type=int, default=2, help="runs of each setting; the best steady rate is kept")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results-ray.json")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bc-ray-"))
    try:
        n, chars = corpus(tmp / "docs.jsonl", args.docs)
        load = [os.getloadavg()[0]]
        runs: dict[str, dict] = {}
        stores: dict[str, Path] = {}
        for rep in range(args.repeats):  # interleaved, so that a burst of load hits every setting alike
            for i, (name, extra) in enumerate(CONFIGS):
                store = stores[name] = tmp / f"run{rep}-{i}.duckdb"
                got = run_add(store, tmp / "docs.jsonl", extra)
                load.append(os.getloadavg()[0])
                print(name, got, file=sys.stderr)
                best = runs.setdefault(name, dict(got, all_steady_docs_per_second=[], all_wall_seconds=[]))
                best["all_steady_docs_per_second"].append(got["steady_docs_per_second"])
                best["all_wall_seconds"].append(got["wall_seconds"])
                if got["steady_docs_per_second"] > best["steady_docs_per_second"]:  # best of the repeats
                    best.update(got)
        last = stores["ray, --workers 2"]
        resolve = {"local": run_resolve(last, []), "ray, --workers 2": run_resolve(last, ["--engine", "ray",
                                                                                            "--workers", "2"])}
        writer = writer_only(last, tmp / "writer.duckdb")
        print("writer only", writer, file=sys.stderr)
        base = runs["local, --processes 1"]
        out = {
            "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                        "load_average_during_runs": [round(x, 2) for x in load],
                        "note": "2 cores shared with other agents' test runs: absolute figures are low and noisy"},
            "documents": n, "characters": chars, "repeats": args.repeats,
            "runs (best steady rate of the repeats; all_* lists every run)": runs,
            "ray_overhead_one_node": {
                "start_up_seconds": round(runs["ray, --workers 1"]["first_commit_seconds"]
                                          - base["first_commit_seconds"], 1),
                "steady_rate_ratio_1_worker_vs_1_process": round(
                    runs["ray, --workers 1"]["steady_docs_per_second"] / base["steady_docs_per_second"], 2)},
            "speed_up_per_worker": {
                "local": round(runs["local, --processes 2"]["steady_docs_per_second"]
                               / base["steady_docs_per_second"], 2),
                "ray": round(runs["ray, --workers 2"]["steady_docs_per_second"]
                             / runs["ray, --workers 1"]["steady_docs_per_second"], 2)},
            "resolve_seconds": resolve,
            "single_writer": writer,
        }
        args.out.write_text(json.dumps(out, indent=1) + "\n")
        print(json.dumps(out, indent=1))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
