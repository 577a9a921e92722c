#!/usr/bin/env python3
"""Is the resolver's cost compared like for like? Sizes of real and synthetic dossiers, and `corpus add` per document.

    PYTHONPATH=src python benchmarks/across_calibration.py [--copies 10] [--out benchmarks/results-across-calibration.json]

Why: the scaling benchmark (``across_scaling.py``) times the resolver on generated
dossiers and divides by an analysis time. Both halves must describe the same
reports: a synthetic dossier with more (or fewer) actors, interactions and claims
than a real one, or an analysis time measured on shorter reports than the ones
resolved, would flatter (or blame) the resolver. This script measures

1. what the real reports' dossiers hold per document (actors, interactions,
   claims, text length): the 20 reports of ``../shared/corpus`` and
   ``../shared/gold/corpora/*/docs``, analysed by ``corpus add``, read back from
   the store; and what ``across_scaling.report`` generates per document;
2. the CPU time per document of the batched ``corpus add`` (the real command, in a
   subprocess, its CPU from ``getrusage(RUSAGE_CHILDREN)``) on those real reports
   (each repeated under other outlets, so none is skipped as already stored) and
   on the short invented reports of ``benchmarks/store.py``. The figure is the
   marginal cost: (CPU of a run of N2 documents - CPU of a run of N1) / (N2 - N1),
   so the start-up (loading spaCy) is not spread over a small run.

The texts are read from ../shared and never written anywhere but a temporary directory.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import across_scaling  # noqa: E402
import store as store_bench  # noqa: E402

SHARED = ROOT.parent / "shared"


def real_texts() -> list[tuple[str, str]]:
    """(stem, text) of the real reports: the development corpus and both gold clusters' documents."""
    paths = sorted((SHARED / "corpus").glob("*.txt")) + sorted((SHARED / "gold" / "corpora").glob("*/docs/*.txt"))
    return [(f"{p.parent.parent.name}-{p.stem}" if p.parent.name == "docs" else p.stem, p.read_text()) for p in paths]


def write_real(path: Path, texts: list[tuple[str, str]], copies: int) -> int:
    """Each real report ``copies`` times, under a different outlet each time (so its content hash differs)."""
    n = 0
    with path.open("w") as fh:
        for k in range(copies):
            for stem, text in texts:
                fh.write(json.dumps({"id": f"{stem}-{k}", "text": text, "published": "2031-03-01",
                                     "source": f"Outlet {k}"}) + "\n")
                n += 1
    return n


def corpus_add_cpu(docs: Path, store: Path) -> float:
    """CPU seconds (user + system) of one ``corpus add`` run into an empty store."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-m", "backchannel", "corpus", "add", str(store), str(docs), "--no-progress"],
                   check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def sizes_in_store(store: Path) -> dict:
    """Mean actors, interactions, claims and characters per stored dossier."""
    from backchannel.store import connect, reader

    con = connect(store)
    rows = [row(d) for d in reader.dossiers(con)]
    con.close()
    return summary(rows)


def row(d) -> tuple[int, ...]:  # noqa: ANN001 - a Dossier
    """Actors, interactions, claims, characters, aliases and descriptors, characters of claim content."""
    return (len(d.actors), len(d.interactions), len(d.claims), len(d.documents[0].text),
            sum(len(a.aliases) + len(a.descriptors) for a in d.actors), sum(len(c.content) for c in d.claims))


def summary(rows: list[tuple[int, ...]]) -> dict:
    cols = list(zip(*rows))
    names = ["actors", "interactions", "claims", "characters", "aliases_and_descriptors", "claim_characters"]
    return {"documents": len(rows), **{n: round(statistics.mean(c), 1) for n, c in zip(names, cols)},
            "median": {n: statistics.median(c) for n, c in zip(names, cols)}}


def synthetic_sizes(n: int = 2000) -> dict:
    """What ``across_scaling`` generates per document (same generator and seed as the benchmark)."""
    rows = [row(d) for d in across_scaling.corpus(n)]
    return summary(rows)


def marginal(work: Path, name: str, write, n1: int, n2: int) -> dict:  # noqa: ANN001
    """Marginal CPU ms per document of ``corpus add`` between runs of n1 and n2 documents."""
    cpu = {}
    for n in (n1, n2):
        docs = work / f"{name}-{n}.jsonl"
        got = write(docs, n)
        cpu[got] = corpus_add_cpu(docs, work / f"{name}-{n}.duckdb")
    (a, ca), (b, cb) = sorted(cpu.items())
    return {"runs": {str(k): round(v, 2) for k, v in cpu.items()}, "ms_per_document": round(1000 * (cb - ca) / (b - a), 1)}


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--copies", type=int, default=10, help="repeats of the 20 real reports in the larger run")
    ap.add_argument("--short", type=int, default=1000, help="short invented reports in the larger run")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    texts = real_texts()
    if not texts:
        sys.exit(f"no real reports under {SHARED}")
    out: dict = {"load_average_start": os.getloadavg()}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        out["real_corpus_add"] = marginal(work, "real", lambda p, n: write_real(p, texts, n // len(texts)),
                                          2 * len(texts), args.copies * len(texts))
        out["real_dossiers"] = sizes_in_store(work / f"real-{2 * len(texts)}.duckdb")
        out["short_corpus_add"] = marginal(work, "short", lambda p, n: (store_bench.write_jsonl(
            p, store_bench.synthetic(n, seed=1, prefix="t")), n)[1], args.short // 5, args.short)
        out["short_dossiers"] = sizes_in_store(work / f"short-{args.short // 5}.duckdb")
    out["synthetic_dossiers"] = synthetic_sizes()
    out["load_average_end"] = os.getloadavg()
    print(json.dumps(out, indent=1))
    if args.out:
        args.out.write_text(json.dumps(out, indent=1) + "\n")


if __name__ == "__main__":
    random.seed(0)
    main(sys.argv[1:])
