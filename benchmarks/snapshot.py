#!/usr/bin/env python3
"""Dossier snapshots of the development files, to prove a refactor changes no output.

    python benchmarks/snapshot.py dump DIR          # one JSON per file: ../shared corpus + clusters, examples
    python benchmarks/snapshot.py dump DIR --hold-out edan-alexander-release   # leave a held-out cluster out
    python benchmarks/snapshot.py compare DIR_A DIR_B   # "N files, K differences"; exit 1 on any

Why: a behaviour-preserving rebuild (issue 11) is checked by dumping every
development dossier before and after and comparing them. The provenance
fields (``rule``, ``backend``, ``trace``) and the schema version are ignored,
so instrumenting rules does not count as a change; the order of a channel's
interactions is normalised (it once depended on the hash seed).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DROP = {"rule", "backend", "trace"}


def files(held_out: frozenset[str] = frozenset()) -> list[Path]:
    """The development files; ``held_out`` names clusters never to read (leave-one-cluster-out work
    must not even see their outputs)."""
    clusters = sorted(p for p in (SHARED / "gold" / "corpora").glob("*/docs/*") if p.parent.parent.name not in held_out)
    found = sorted((SHARED / "corpus").glob("*.txt")) + clusters
    return found + sorted((ROOT / "examples" / "synthetic").glob("*.txt")) + sorted(
        (ROOT / "examples" / "unseen").glob("*.txt"))


def dump(out: Path, held_out: frozenset[str] = frozenset()) -> int:
    from backchannel.ingest import read_file
    from backchannel.model import to_json
    from backchannel.nlp import load_pipeline
    from backchannel.pipeline import extract

    out.mkdir(parents=True, exist_ok=True)
    nlp = load_pipeline()
    paths = files(held_out)
    for f in paths:
        item = next(iter(read_file(f)))
        raw = json.loads(to_json(extract(item.document, nlp(item.document.text))))
        starts = {i["id"]: i["evidence"]["start"] for i in raw["interactions"]}
        for ch in (raw.get("views") or {}).get("channels", []):
            ch["interactions"] = sorted(ch["interactions"], key=lambda x: (starts.get(x, 0), len(x), x))
        (out / f"{f.parent.parent.name}__{f.name}.json").write_text(json.dumps(raw, ensure_ascii=False))
    print(f"{len(paths)} files")
    return 0


def strip(x, top: bool = True):
    if isinstance(x, dict):
        return {k: strip(v, False) for k, v in x.items() if k not in DROP and not (top and k == "version")}
    if isinstance(x, list):
        return [strip(v, False) for v in x]
    return x


def compare(a: Path, b: Path) -> int:
    names = sorted({p.name for p in a.glob("*.json")} | {p.name for p in b.glob("*.json")})
    diffs = 0
    for n in names:
        pa, pb = a / n, b / n
        if not pa.exists() or not pb.exists() or strip(json.loads(pa.read_text())) != strip(json.loads(pb.read_text())):
            print("differs", n)
            diffs += 1
    print(f"{len(names)} files, {diffs} differences")
    return 1 if diffs else 0


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "dump" and len(sys.argv) % 2 == 1 and all(
            a == "--hold-out" for a in sys.argv[3::2]):
        sys.exit(dump(Path(sys.argv[2]), frozenset(sys.argv[4::2])))
    if len(sys.argv) == 4 and sys.argv[1] == "compare":
        sys.exit(compare(Path(sys.argv[2]), Path(sys.argv[3])))
    sys.exit(__doc__)
