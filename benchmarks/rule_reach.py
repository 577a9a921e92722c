#!/usr/bin/env python3
"""How often the rules added since a commit fire, on texts the rules were written on and on texts they were not.

    PYTHONPATH=src python benchmarks/rule_reach.py --since REV --seen DIR [DIR ...] --unseen DIR [DIR ...]

Why: per-report rules written on looked-at reports kept moving those reports and barely moved blind
ones. This counts, without any gold (so it can be run on a blind set without reading its errors),
how many of the rule ids that docs/rules.md and docs/across.md gained since REV appear in the
dossiers of each group of texts: fires per document, ids that fire at all, documents touched. A rule
that fires on the reports it was written on and nowhere else is a construction too rare to carry.
Across-report ids (``across.*``) do not appear in per-report dossiers and count as not firing.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
from pathlib import Path

from backchannel.ingest import read_inputs
from backchannel.model import to_json
from backchannel.pipeline import analyze

ROOT = Path(__file__).resolve().parent.parent
DOCS = ("docs/rules.md", "docs/across.md")
# Frame rules carry a fourth part (interactions.frames.attack.pit): without it a new frame would count every
# older frame of its type as new.
RULE_ID = re.compile(r"\b(?:actors|claims|interactions|across)\.[a-z_]+\.[a-z_]+(?:\.[a-z_]+)?\b")


def ids_at(rev: str | None) -> set[str]:
    """The rule ids the rule documents name at ``rev`` (None: the working tree)."""
    text = ""
    for doc in DOCS:
        if rev is None:
            text += (ROOT / doc).read_text("utf-8")
        else:
            text += subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:{doc}"], capture_output=True,
                                   text=True, check=True).stdout
    return set(RULE_ID.findall(text))


ITEM_LISTS = ("actors", "interactions", "claims")


def item_ids(dossier_json: str) -> list[str]:
    """The rule ids of a dossier, each counted once per item (actor, interaction, claim) that carries it in
    its own rule or trace: an actor's id repeated on each of its mentions is one fire, not one per mention
    (the first version counted string occurrences, so an actor rule with three mentions counted four)."""
    d = json.loads(dossier_json)
    out: list[str] = []
    for key in ITEM_LISTS:
        for item in d.get(key) or []:
            own = {k: v for k, v in item.items() if k != "mentions"}
            out.extend(set(RULE_ID.findall(json.dumps(own))))
    return out


def reach(dirs: list[Path], ids: set[str]) -> tuple[int, dict[str, int], int]:
    """(documents, fires per id, documents where any id fires) over every .txt under ``dirs``."""
    counts = dict.fromkeys(ids, 0)
    n = touched = 0
    for res in analyze(read_inputs(str(d) for d in dirs)):
        if res.dossier is not None:
            found = item_ids(to_json(res.dossier))
            n += 1
            hits = [r for r in found if r in counts]
            touched += bool(hits)
            for r in hits:
                counts[r] += 1
    return n, counts, touched


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--since", required=True, help="the commit before the rules to count")
    ap.add_argument("--seen", type=Path, nargs="+", required=True, help="folders of texts the rules were written on")
    ap.add_argument("--unseen", type=Path, nargs="+", required=True, help="folders of texts nobody looked at")
    args = ap.parse_args()
    new = ids_at(None) - ids_at(args.since)
    print(f"{len(new)} rule ids added since {args.since}")
    for name, dirs in (("seen", args.seen), ("unseen", args.unseen)):
        n, counts, touched = reach(dirs, new)
        fires = sum(counts.values())
        print(f"{name}: {n} documents, {fires} fires ({fires / max(n, 1):.2f} a document), "
              f"{sum(1 for v in counts.values() if v)} ids fire, {touched} documents touched")
        print("   " + ", ".join(f"{r} {v}" for r, v in sorted(counts.items(), key=lambda x: -x[1]) if v))


if __name__ == "__main__":
    main()
