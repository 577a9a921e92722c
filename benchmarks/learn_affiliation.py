"""Train and judge the learned affiliation stage (``learned.affiliation``) leave-one-set-out.

Usage: PYTHONPATH=src python benchmarks/learn_affiliation.py [--blind-era] [--with-rules]
       [--yes-weight W] [--mode fill|fix] [--write] [--cache PATH]

Examples: every (subject actor, candidate) pair of a dossier
(:func:`backchannel.extract.learned.affiliation_features.all_pairs`) whose
subject is matched to a gold actor; the label is "yes" for the candidate that
is the match of the gold affiliation, "no" for every other. A gold affiliation
that matches no predicted actor makes every candidate "no" (none of them is
right, and choosing any would be scored wrong); predicted actors matched to no
gold actor give no examples (their right answer is unknown).

``--blind-era`` adds, for the five sets measured blind before rounds 9 and 11,
the dossiers of the rules as they were then (``BLIND_ERA``: the commit each
set was first measured at, docs/history.md): the held-out set's are a second
test (how the stage does where the rules had not been tuned on the report), and
the other sets' are extra training. They are built once with ``git archive``
and ``backchannel analyze`` of that commit into the cache's folder.

The table prints, per threshold and then per held-out set, affiliation hits
before (the rules) and after, what the stage set and how it fared: right,
wrong, "over" (an affiliation on an actor whose gold has none: the scorer
ignores it, a reader does not) and "unm" (on an actor matched to no gold
actor). ``other`` counts reports where any other scored column moved (it must
stay 0). ``--write`` fits on every set and writes
``src/backchannel/data/learned/affiliation.json``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import msgspec

from backchannel.evaluate import match_actors, score
from backchannel.learn.fit import fit
from backchannel.learn.linear import LinearModel
from backchannel.learn.training import Sample, read_sets, samples
from backchannel.extract.learned.affiliation import MODE, THRESHOLD, decide
from backchannel.extract.learned.affiliation_features import all_pairs
from backchannel.model import Dossier

ROOT = Path(__file__).resolve().parent.parent
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
FIT: dict[str, Any] = {"epochs": 12, "min_count": 2, "l2": 1e-4}
#: The commit at which each set was measured blind (rounds 9 and 11 of docs/history.md).
BLIND_ERA = {"set7": "3a5bbe8", "set8": "3a5bbe8", "houthi": "3a5bbe8", "set9": "dff4f89", "fogel": "dff4f89"}
Pairs = dict[str, list[tuple[str, list[str]]]]


def examples(items: list[Sample], cache: dict[int, Pairs]) -> list[tuple[list[str], str]]:
    out = []
    for s in items:
        gold = {g["id"]: g for g in s.gold.get("actors", [])}
        p2g = {p: g for g, p in s.g2p.items()}
        for aid, cands in cache[id(s)].items():
            g = gold.get(p2g.get(aid, ""))
            if g is None:
                continue
            right = s.g2p.get(g.get("affiliation") or "")
            out += [(f, "yes" if cid == right else "no") for cid, f in cands]
    return out


def _verdict(s: Sample, aid: str, new: str) -> str:
    gold = {g["id"]: g for g in s.gold.get("actors", [])}
    g = gold.get({p: g for g, p in s.g2p.items()}.get(aid, ""))
    if g is None:
        return "unm"
    if not g.get("affiliation"):
        return "over"
    return "right" if s.g2p.get(g["affiliation"]) == new else "wrong"


def judge(model: LinearModel, items: list[Sample], cache: dict[int, Pairs], threshold: float, mode: str) -> Counter:
    """Affiliation hits before/after, totals, and what the stage set on ``items``."""
    c: Counter = Counter()
    for s in items:
        acts = {a.id: a for a in s.dossier.actors}
        changed = {aid: ch for aid, cands in cache[id(s)].items()
                   if (ch := decide(model, acts[aid].affiliation, cands, threshold, mode)) is not None}
        for aid, new in changed.items():
            c["set"] += 1
            c[_verdict(s, aid, new)] += 1
        pred = s.dossier.to_dict()
        before = score(s.gold, pred)
        for a in pred["actors"]:
            if a["id"] in changed:
                a["affiliation"] = changed[a["id"]]
        after = score(s.gold, pred)
        n = sum(1 for g in s.gold.get("actors", []) if g["id"] in s.g2p and g.get("affiliation"))
        c["total"] += n
        for k, sc in (("before", before), ("after", after)):
            acc = sc["affiliation_accuracy"]
            c[k] += round(acc * n) if acc is not None else 0
            c[f"{k}_per_report"] += acc or 0.0  # the eval table's row averages reports
        c["reports"] += before["affiliation_accuracy"] is not None
        c["other"] += any(before[k] != after[k] for k in before if k != "affiliation_accuracy")
    return c


def blind_era(items: list[Sample], folder: Path) -> list[Sample]:
    """The held-out-era dossiers of the BLIND_ERA sets (same parse and gold, the old rules' actors)."""
    out = []
    for s in items:
        commit = BLIND_ERA.get(s.set)
        if commit is None:
            continue
        src = folder / f"src-{commit}"
        if not src.exists():
            src.mkdir(parents=True)
            tar = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "src"], check=True, capture_output=True)
            subprocess.run(["tar", "-x", "-C", str(src)], input=tar.stdout, check=True)
        dest = folder / f"out-{commit}-{s.set}"
        if not dest.exists():
            docs = next(d for n, _, d in read_sets(ROOT / "benchmarks" / "learn_sets.toml") if n == s.set)
            subprocess.run([sys.executable, "-m", "backchannel", "analyze", str(docs), "--format", "json", "-o",
                            str(dest)], env={"PYTHONPATH": str(src / "src"), "PATH": "/usr/bin:/bin"},
                           check=False, capture_output=True)
        f = dest / f"{s.stem}.json"
        if not f.exists():
            continue
        d = msgspec.json.decode(f.read_bytes(), type=Dossier)
        if d.documents[0].text != s.text:
            continue
        g2p = match_actors(s.gold.get("actors", []), d.to_dict()["actors"])
        out.append(Sample(s.set, s.stem, s.doc, d, s.gold, g2p))
    return out


def table(label: str, rows: dict[str, dict[float, Counter]]) -> None:
    for t in THRESHOLDS:
        c = sum((rows[n][t] for n in rows), Counter())
        print(f"{label} t={t}: {c['before']}/{c['total']} -> {c['after']}/{c['total']}  set={c['set']} "
              f"right={c['right']} wrong={c['wrong']} over={c['over']} unm={c['unm']} other={c['other']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--blind-era", action="store_true")
    ap.add_argument("--with-rules", action="store_true")
    ap.add_argument("--yes-weight", type=float, default=0.5)
    ap.add_argument("--mode", default=MODE, choices=("fill", "fix"))
    ap.add_argument("--threshold", type=float, default=THRESHOLD, choices=THRESHOLDS)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/s28/affil/cache.pkl"))
    ap.add_argument("--hold", default="", help="comma-separated set names left out of training and of the table "
                    "(never parsed): sets kept blind for an honest figure")
    args = ap.parse_args(argv)
    hold = set(filter(None, args.hold.split(",")))
    from backchannel.nlp import load_pipeline
    items = list(samples([t for t in read_sets(ROOT / "benchmarks" / "learn_sets.toml") if t[0] not in hold], load_pipeline(), cache=args.cache))
    old = blind_era(items, args.cache.parent / "blind-era") if args.blind_era else []
    cache = {id(s): all_pairs(s.doc, s.dossier.actors, s.dossier.interactions, s.dossier.claims, args.with_rules)
             for s in items + old}
    weights = {"yes": args.yes_weight}
    now: dict[str, dict[float, Counter]] = {}
    then: dict[str, dict[float, Counter]] = {}
    for name in sorted({s.set for s in items}):
        model = fit(examples([s for s in items + old if s.set != name], cache), class_weight=weights, **FIT)
        now[name] = {t: judge(model, [s for s in items if s.set == name], cache, t, args.mode) for t in THRESHOLDS}
        if any(s.set == name for s in old):
            then[name] = {t: judge(model, [s for s in old if s.set == name], cache, t, args.mode) for t in THRESHOLDS}
    table("now (the rules' dossiers of today)", now)
    if then:
        table("blind era (the rules when the set was unseen)", then)
    print(f"per held-out set at t={args.threshold}:")
    for label, rows in (("now", now), ("blind era", then)):
        for n, r in rows.items():
            c = r[args.threshold]
            r = c["reports"] or 1
            print(f"  {label:9} {n:7} t={args.threshold}: {c['before']}/{c['total']} -> {c['after']}/{c['total']} "
                  f"(mean of reports {c['before_per_report'] / r:.3f} -> {c['after_per_report'] / r:.3f}) "
                  f"right={c['right']} wrong={c['wrong']} over={c['over']} unm={c['unm']}")
    if args.write:
        model = fit(examples(items + old, cache), class_weight=weights, **FIT)
        model.meta.update({"sets": sorted(now), "threshold": args.threshold, "mode": args.mode,
                           "blind_era": sorted(then), "loso": {n: dict(now[n][args.threshold]) for n in now}})
        out = ROOT / "src" / "backchannel" / "data" / "learned" / "affiliation.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        model.save(out)
        print("wrote", out, out.stat().st_size, "bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
