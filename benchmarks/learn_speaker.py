"""Train and judge the learned speaker re-ranker (backchannel.extract.learned.speaker).

Examples: for every claim of the rules' dossier matched to a gold claim (the
scorer's greedy content-overlap matching), each candidate of
``speaker_features.claim_candidates`` labelled "yes" when it is the predicted
actor the scorer matches to the gold speaker ("none" when the gold has no
speaker), else "no"; claims whose gold speaker no candidate matches are left
out. The table is leave-one-set-out: per held-out set, speaker accuracy (the
scorer's per-file mean, and the micro share) before and after, and claims F1
(unchanged by construction: only speakers move), for every threshold/margin.

    PYTHONPATH=src python benchmarks/learn_speaker.py [--write]

``--old DIR`` adds a blind-condition check: the same reports' dossiers by rules that had not yet read
them (e.g. ``git archive dff4f89 src | tar -x -C OLD`` and ``PYTHONPATH=OLD/src python -m backchannel
analyze SET_DOCS --format json -o DIR/<set>``; at dff4f89 set8, set9, houthi and fogel were unread).
Each held-out set then has a second row ``<set>@old``; they are trained on too unless
``--old-eval-only``.
"""

from __future__ import annotations

import argparse
import copy
import sys

import msgspec
from pathlib import Path
from typing import Any

from backchannel.context import Context
from backchannel.evaluate import claims_overlap, combine, greedy, match_actors, score
from backchannel.extract.learned.speaker import NAME, choose
from backchannel.extract.learned import speaker_features
from backchannel.extract.learned.speaker_features import Candidate, document_candidates
from backchannel.learn.fit import fit
from backchannel.learn.linear import LinearModel
from backchannel.model import Dossier
from backchannel.learn.training import Sample, leave_one_set_out, read_sets, samples
from backchannel.nlp import load_pipeline

ROOT = Path(__file__).resolve().parent.parent
GRID = [(t, m) for t in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9) for m in (0.0, 0.1, 0.2, 0.3)]
FIT: dict[str, Any] = {"epochs": 10, "min_count": 2, "l2": 1e-4}


def prepared(s: Sample) -> tuple[dict[str, Any], list[tuple[str, list[Candidate], str | None | bool]]]:
    """The rules' prediction dict and, per claim, its candidates and target (False: unmatched or unreachable)."""
    d = s.dossier
    ctx = Context(document=d.documents[0], doc=s.doc, actors={a.id: a for a in d.actors}, claims=d.claims)
    pred = d.to_dict()
    matched = {p["id"]: g for g, p in greedy(s.gold.get("claims", []), pred["claims"], claims_overlap)}
    out = []
    for c, cands in document_candidates(ctx):
        g = matched.get(c.id)
        target: str | None | bool = False
        if g is not None:
            gs = g.get("speaker")
            want = None if gs is None else s.g2p.get(gs, False)
            if want is False or not any(k.actor == want for k in cands):
                target = False
            else:
                target = want
        out.append((c.id, cands, target))
    return pred, out


DROP: tuple[str, ...] = ()
OLD_TRAIN = True  # train on the old rules' dossiers of the other sets too


def kept(features: list[str]) -> list[str]:
    """Features without the prefixes of ``--drop`` (for ablations)."""
    return [f for f in features if not f.startswith(DROP)] if DROP else features


def examples(prep: list) -> list[tuple[list[str], str]]:
    return [(kept(k.features), "yes" if k.actor == target else "no")
            for claims in prep for _, cands, target in claims if target is not False for k in cands]


def applied(pred: dict[str, Any], claims: list, model: LinearModel, thr: float, margin: float) -> dict[str, Any]:
    out = copy.deepcopy(pred)
    by_id = {c["id"]: c for c in out["claims"]}
    for cid, cands, _ in claims:
        pick = choose(model, cands, thr, margin)
        if pick is not None:
            by_id[cid]["speaker"] = pick.actor
    return out


def fold_rows(items: list[Sample], olds: list[Sample], prep: dict[int, tuple]) -> dict[str, dict]:
    """Per held-out set (and ``<set>@old`` for its dossier by the rules of before it was read): the
    scores before and at every setting, the model trained on the other sets (their dossiers by the
    present rules and, when given, by the old rules)."""
    rows: dict[str, dict] = {}
    for name, train, test in leave_one_set_out(items):
        train = train + [o for o in olds if o.set != name and OLD_TRAIN]
        model = fit(examples([prep[id(s)][1] for s in train]), labels=["no", "yes"], **FIT)  # type: ignore[arg-type]
        for label, held in ((name, test), (f"{name}@old", [o for o in olds if o.set == name])):
            if not held:
                continue
            row: dict = {"before": [score(s.gold, prep[id(s)][0]) for s in held]}
            for thr, margin in GRID:
                row[(thr, margin)] = [score(s.gold, applied(*prep[id(s)], model, thr, margin)) for s in held]
            rows[label] = row
    return rows


def old_samples(items: list[Sample], folder: Path | None) -> list[Sample]:
    """The same reports with the dossiers the rules of an older commit wrote (``analyze --format json``
    into ``folder/<set>/<stem>.json``): rules that had not read these sets, hence their blind errors."""
    out: list[Sample] = []
    for s in items if folder is not None else []:
        p = folder / s.set / f"{s.stem}.json"  # type: ignore[operator]
        if p.exists():
            d = msgspec.json.decode(p.read_bytes(), type=Dossier)
            out.append(Sample(s.set, s.stem, s.doc, d, s.gold,
                              match_actors(s.gold.get("actors", []), d.to_dict()["actors"])))
    return out


def summary(results: list[dict[str, Any]]) -> tuple[float, int, float]:
    """(per-file mean speaker accuracy, matched claims, claims F1)."""
    c = combine(results)
    return c["claim_speaker_accuracy"] or 0.0, c["claims"]["tp"], c["claims"]["f1"]


def micro(results: list[dict[str, Any]]) -> float:
    hits = sum((r["claim_speaker_accuracy"] or 0) * r["claims"]["tp"] for r in results)
    n = sum(r["claims"]["tp"] for r in results)
    return hits / n if n else 0.0


def table(rows: dict[str, dict], also: tuple[float, float] | None = None) -> tuple[float, float, dict]:
    """Print per set before/after at the best setting by micro total (and at ``also``, to compare with a
    shipped setting); return the best setting and its figures."""
    allres = {k: [r for row in rows.values() for r in row[k]] for k in next(iter(rows.values()))}
    now = {k: [r for n, row in rows.items() if "@" not in n for r in row[k]] for k in allres}
    base = micro(allres["before"])
    best = max(GRID, key=lambda k: (round(micro(allres[k]) - base, 4), k[0], k[1]))
    print("setting    micro-speaker all rows (before %.3f), present rules' rows only (before %.3f)"
          % (base, micro(now["before"])))
    for k in GRID:
        print(f"thr={k[0]:.1f} m={k[1]:.1f}  {micro(allres[k]):.3f}  gain {micro(allres[k]) - base:+.3f}   "
              f"{micro(now[k]):.3f}  gain {micro(now[k]) - micro(now['before']):+.3f}")
    figures = {}
    print(f"\nbest thr={best[0]} margin={best[1]}")
    print("set      files  speaker(mean) before->after  micro before->after  claimsF1 before->after")
    for name, row in rows.items():
        b, a = summary(row["before"]), summary(row[best])
        figures[name] = {"speaker_before": b[0], "speaker_after": a[0], "micro_before": round(micro(row["before"]), 3),
                         "micro_after": round(micro(row[best]), 3), "claims_f1_before": b[2], "claims_f1_after": a[2]}
        print(f"{name:12} {len(row['before']):5}  {b[0]:.3f} -> {a[0]:.3f}        {micro(row['before']):.3f} -> "
              f"{micro(row[best]):.3f}        {b[2]:.3f} -> {a[2]:.3f}")
    figures["micro_total"] = {"before": round(base, 3), "after": round(micro(allres[best]), 3)}
    print(f"micro total {base:.3f} -> {micro(allres[best]):.3f}")
    if also is not None and also in allres:
        print(f"\nat thr={also[0]} margin={also[1]}: " + ", ".join(
            f"{name} {micro(row['before']):.3f}->{micro(row[also]):.3f}" for name, row in rows.items()))
    return best[0], best[1], figures


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="fit on all sets and write data/learned/speaker.json")
    ap.add_argument("--drop", default="", help="comma-separated feature prefixes to leave out (ablation)")
    ap.add_argument("--window", type=int, default=None, help="sentences before the cue's (ablation)")
    ap.add_argument("--l2", type=float, default=FIT["l2"])
    ap.add_argument("--epochs", type=int, default=FIT["epochs"])
    ap.add_argument("--old", type=Path, default=None, help="folder of old-rules dossiers (<set>/<stem>.json)")
    ap.add_argument("--old-eval-only", action="store_true", help="old-rules dossiers only held out, not trained on")
    ap.add_argument("--also", default=None, help="THR,MARGIN: also print the per-set rows at this setting")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/s28/speaker/cache.pkl"))
    args = ap.parse_args(argv)
    global DROP, OLD_TRAIN
    OLD_TRAIN = not args.old_eval_only
    FIT.update({"l2": args.l2, "epochs": args.epochs})
    DROP = tuple(x for x in args.drop.split(",") if x)
    if args.window is not None:
        speaker_features.WINDOW = args.window
    sets = read_sets(ROOT / "benchmarks" / "learn_sets.toml")
    items = list(samples(sets, load_pipeline(), cache=args.cache))
    olds = old_samples(items, args.old)
    prep = {id(s): prepared(s) for s in items + olds}
    ex = examples([p[1] for p in prep.values()])
    print(f"{len(olds)} old-rules dossiers")
    print(f"{len(items)} reports, {len(ex)} candidate examples, {sum(y == 'yes' for _, y in ex)} positives")
    ranker_accuracy(items, prep)
    also = tuple(float(x) for x in args.also.split(",")) if args.also else None
    thr, margin, figures = table(fold_rows(items, olds, prep), also)  # type: ignore[arg-type]
    if args.write:
        model = fit(ex, labels=["no", "yes"], **FIT)  # type: ignore[arg-type]
        model.meta.update({"sets": sorted({s.set for s in items}), "threshold": thr, "margin": margin,
                           "loso": figures})
        path = ROOT / "src" / "backchannel" / "data" / "learned" / f"{NAME}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        model.save(path)
        print(f"wrote {path} ({path.stat().st_size:,} bytes)")
    return 0



def ranker_accuracy(items: list[Sample], prep: dict[int, tuple]) -> None:
    """LOSO top-1 accuracy of the model alone vs the rules, on claims with a reachable gold speaker."""
    n = model_ok = rules_ok = 0
    for _, train, test in leave_one_set_out(items):
        model = fit(examples([prep[id(s)][1] for s in train]), labels=["no", "yes"], **FIT)  # type: ignore[arg-type]
        for s in test:
            for _, cands, target in prep[id(s)][1]:
                if target is False:
                    continue
                n += 1
                top = max(cands, key=lambda k: model.proba(k.features)["yes"])
                model_ok += top.actor == target
                rules = cands[0] if "is_rules" in cands[0].features else cands[-1]
                rules_ok += rules.actor == target
    print(f"reachable claims {n}: model top-1 {model_ok / n:.3f}, rules {rules_ok / n:.3f}")


if __name__ == "__main__":
    sys.exit(main())
