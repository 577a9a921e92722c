#!/usr/bin/env python3
"""Hostile-input benchmark (issue 10): no batch aborts, nothing lost, bounded cost per document.

    python benchmarks/hostile.py            # full run, ~3 min on 2 cores; writes benchmarks/results-hostile.json
    python benchmarks/hostile.py --quick    # smaller corpus and lengths; writes benchmarks/work/

Three measurements, each against the "must hold" of issue 10:

1. **Batch**: a generated hostile corpus of 300+ documents (binary, empty,
   UTF-16/32 and legacy encodings, over-size text and HTML, 10k-nested and
   malformed HTML, XSS payloads, colliding and unsafe names, broken JSONL,
   symbolic-link loops; tests/hostile_corpus.py) through ``backchannel
   analyze DIR --format json -o OUT --html HTML`` in a subprocess. Must hold:
   0 aborts (exit code other than 0/1 or a traceback), 0 documents lost or
   overwritten (outputs + named errors = documents).
2. **Memory by length**: peak RSS of ``backchannel analyze`` on one text of
   100k ... 1M characters (the bundled example repeated). Must hold: under
   600 MB at 1M characters and flat beyond one 40k-character piece.
3. **Pathological 30 KB documents**: wall time of the full analysis of texts
   built to hurt a tokenizer, a parser or a rule (runs of symbols, one word,
   one endless sentence, a wall of quotes, of names, of numbers...). Must
   hold: none over 10 s.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
import hostile_corpus  # noqa: E402

BIN = [sys.executable, "-m", "backchannel.cli"]
EXAMPLE = ROOT / "examples" / "edan-alexander-backchannel.txt"


def batch(tmp: Path, random_texts: int) -> dict:
    corpus = tmp / "hostile"
    fate = hostile_corpus.make(corpus, random_texts=random_texts, max_chars=30_000)
    t = time.perf_counter()
    proc = subprocess.run([*BIN, "analyze", str(corpus), "--format", "json", "-o", str(tmp / "out"),
                           "--html", str(tmp / "html"), "--max-chars", "30000"], capture_output=True, text=True)
    seconds = time.perf_counter() - t
    errors = [x for x in proc.stderr.splitlines() if x.startswith("error: ")]
    outputs = list((tmp / "out").rglob("*.json"))
    expected_errors = [n for n, f in fate.items() if f == "error"]
    missed = [n for n in expected_errors if not any(e.startswith(f"error: {n}: ") for e in errors)]
    return {"documents": len(fate), "outputs": len(outputs), "errors": len(errors), "seconds": round(seconds, 1),
            "exit_code": proc.returncode,
            "aborts": int(proc.returncode not in (0, 1) or "Traceback" in proc.stderr),
            "lost_or_overwritten": len(fate) - len(outputs) - len(errors),
            "expected_errors_not_reported": len(missed)}


def memory(tmp: Path, lengths: list[int]) -> list[dict]:
    base = EXAMPLE.read_text().split("\n", 1)[1] + "\n\n"
    rows = []
    for n in lengths:
        path = tmp / f"long-{n}.txt"
        path.write_text((base * (n // len(base) + 1))[:n])
        code = ("import resource, subprocess, sys, time; t=time.perf_counter(); "
                f"r=subprocess.run({BIN + ['analyze', str(path), '--format', 'jsonl', '--doc-timeout', '0']!r}, "
                "stdout=subprocess.DEVNULL, stderr=subprocess.PIPE); "
                "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, time.perf_counter()-t, r.returncode)")
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.split()
        rows.append({"chars": n, "peak_mb": round(int(out[0]) / 1024), "seconds": round(float(out[1]), 1),
                     "exit_code": int(out[2])})
        print(f"  {n:>9,} chars: peak {rows[-1]['peak_mb']} MB, {rows[-1]['seconds']} s", file=sys.stderr)
    return rows


def pathological(size: int = 30_000) -> dict[str, str]:
    rng = random.Random(1)
    words = [w for w in hostile_corpus.report(rng, 40).split() if w.isalpha()]
    texts = {
        "equals": "=" * size, "quotes": '"' * size, "emoji": "😀" * (size // 4), "parens": "(" * size,
        "dots": "." * size, "one word": "a" * size, "symbols": "".join(rng.choice("=-*#@!?<>[]{}") for _ in range(size)),
        "spaced symbols": " ".join(rng.choice("=-*#@!?<>[]{}\"'") for _ in range(size // 2)),
        "endless sentence": " ".join(rng.choice(words) for _ in range(size // 6)),
        "wall of names": " ".join(rng.choice(hostile_corpus.PEOPLE) for _ in range(size // 12)),
        "wall of states": ", ".join(rng.choice(hostile_corpus.STATES) for _ in range(size // 7)) + ".",
        "wall of quotes": " ".join(f"“{rng.choice(words)},” he said." for _ in range(size // 20)),
        "nested quotes": "“" * (size // 4) + "said" + "”" * (size // 4),
        "numbers": " ".join(str(rng.randrange(10**6)) for _ in range(size // 7)),
        "dates": " ".join(f"on {rng.randint(1, 28)} May {rng.randint(1990, 2030)}" for _ in range(size // 16)),
        "said said": "Qatar said " * (size // 11),
        "one line of sentences": " ".join(hostile_corpus.sentence(rng) for _ in range(size // 50)),
        "newlines": "\n" * size, "tabs and spaces": " \t" * (size // 2),
        "report": hostile_corpus.report(rng, size // 45),
    }
    return {k: v[:size] for k, v in texts.items()}


def slow_documents(quick: bool) -> list[dict]:
    from backchannel.ingest import Item
    from backchannel.model import Document
    from backchannel.nlp import load_pipeline
    from backchannel.pipeline import analyze

    nlp = load_pipeline()
    list(analyze([Item(Document(id="w", text=EXAMPLE.read_text()), "w", "w")], nlp=nlp))  # warm up
    rows = []
    for name, text in pathological(10_000 if quick else 30_000).items():
        t = time.perf_counter()
        (r,) = list(analyze([Item(Document(id="p", text=text), name, "p")], nlp=nlp, doc_timeout=None))
        rows.append({"document": name, "chars": len(text), "seconds": round(time.perf_counter() - t, 2),
                     "error": r.error})
        print(f"  {name:<24} {rows[-1]['seconds']:>6.2f} s  {r.error or ''}", file=sys.stderr)
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    res: dict = {"date": time.strftime("%Y-%m-%d"), "quick": args.quick}
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        print("batch", file=sys.stderr)
        res["batch"] = batch(tmp, 60 if args.quick else 260)
        print(f"  {res['batch']}", file=sys.stderr)
        print("memory by length", file=sys.stderr)
        res["memory"] = memory(tmp, [100_000, 400_000] if args.quick else [100_000, 250_000, 500_000, 1_000_000])
    print("pathological documents", file=sys.stderr)
    res["pathological"] = slow_documents(args.quick)
    mem = res["memory"]
    res["must_hold"] = {
        "batch: 300+ documents, 0 aborts, 0 lost or overwritten":
            res["batch"]["documents"] >= 300 and res["batch"]["aborts"] == 0
            and res["batch"]["lost_or_overwritten"] == 0,
        "1M characters under 600 MB": mem[-1]["chars"] >= 1_000_000 and mem[-1]["peak_mb"] < 600,
        "memory flat beyond one piece (largest within 15% of 250k)":
            len(mem) > 2 and mem[-1]["peak_mb"] <= 1.15 * mem[1]["peak_mb"],
        "no 30 KB document over 10 s": max(r["seconds"] for r in res["pathological"]) <= 10,
    }
    out = ROOT / "benchmarks" / ("work/results-hostile-quick.json" if args.quick else "results-hostile.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(res, indent=1) + "\n")
    for k, v in res["must_hold"].items():
        print(f"{'PASS' if v else 'FAIL'}  {k}")
    print(f"wrote {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
