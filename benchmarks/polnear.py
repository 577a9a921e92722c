#!/usr/bin/env python3
"""Claims benchmark on PolNeAR dev: run backchannel, write PRED lines, score them.

    .venv/bin/python benchmarks/polnear.py [--gold ../shared/bench/polnear_dev.jsonl]
                                           [--out benchmarks/work/polnear_dev.pred.jsonl]
                                           [--cache] [--json] [--stages actors,claims,finalize]

The PRED file goes to benchmarks/work/ (gitignored: PolNeAR texts are
third-party and never enter the repository). ``--cache`` keeps the spaCy
parses in benchmarks/work/ (a DocBin) so that re-runs only re-extract.
The scorer is ``shared/bench/score_claims.py``, run unchanged.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
WORK = ROOT / "benchmarks" / "work"


def parse_docs(nlp, gold: Path, cache: bool):
    """[(Document, spaCy Doc)] for every gold line, parsed once (optionally cached)."""
    from spacy.tokens import DocBin

    from backchannel.ingest import InputError, read_file

    items = [it for it in read_file(gold) if not isinstance(it, InputError)]
    bin_path = WORK / (gold.stem + ".spacy")
    if cache and bin_path.exists() and bin_path.stat().st_mtime > gold.stat().st_mtime:
        docs = list(DocBin().from_disk(bin_path).get_docs(nlp.vocab))
        if len(docs) == len(items):
            return [(it.document, doc) for it, doc in zip(items, docs)]
    docs = list(nlp.pipe((it.document.text for it in items), batch_size=16))
    if cache:
        WORK.mkdir(parents=True, exist_ok=True)
        DocBin(store_user_data=False, docs=docs).to_disk(bin_path)
    return [(it.document, doc) for it, doc in zip(items, docs)]


def predict(parsed, out: Path, stages=None) -> None:
    from backchannel.export.polnear import pred_lines
    from backchannel.pipeline import DEFAULT_STAGES, extract

    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for document, doc in parsed:
            for line in pred_lines(extract(document, doc, stages or DEFAULT_STAGES)):
                fh.write(json.dumps(line, ensure_ascii=False) + "\n")


def score(gold: Path, pred: Path) -> dict:
    res = subprocess.run([sys.executable, str(SHARED / "bench" / "score_claims.py"), str(gold), str(pred), "--json"],
                         check=True, capture_output=True, text=True)
    return json.loads(res.stdout)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=SHARED / "bench" / "polnear_dev.jsonl")
    ap.add_argument("--out", type=Path, default=WORK / "polnear_dev.pred.jsonl")
    ap.add_argument("--cache", action="store_true", help="keep/reuse the spaCy parses in benchmarks/work/")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--stages", help="comma-separated extraction stages (default: the whole pipeline), "
                                     "e.g. actors,claims,finalize")
    args = ap.parse_args(argv)
    if not args.gold.exists():
        print(f"{args.gold} is absent (the benchmark data lives in ../shared)", file=sys.stderr)
        return 2
    from backchannel.nlp import load_pipeline

    stages = tuple(args.stages.split(",")) if args.stages else None
    predict(parse_docs(load_pipeline(), args.gold, args.cache), args.out, stages)
    if args.json:
        print(json.dumps(score(args.gold, args.out), indent=1))
    else:
        subprocess.run([sys.executable, str(SHARED / "bench" / "score_claims.py"), str(args.gold), str(args.out)],
                       check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
