#!/usr/bin/env python3
"""Leave-one-set-out experiment: a learned second type for the rules' interactions.

    PYTHONPATH=src python benchmarks/type_add.py [--thresholds 0.2,0.3,...] DUMP_DIR...

Dump dirs as for ``benchmarks/end_rerank.py``. For every predicted act and every
other act type (the types of the training gold), a candidate "the same ends also
stand in this type's relation"; label: a gold act of that type with both ends
that no predicted act already matches. Features: the act's type and the
candidate type, the act's rule id (the frame that fired: the trigger's class,
never its word), the ends' actor kinds, negation and modality, the trigger's
part of speech and dependency label, whether a predicted act of the candidate
type already links either end. A copy of the act with the candidate type is
added when the pointwise model's probability reaches the threshold. The table:
strict true positives and predicted acts per set, before and after; ``oracle``
adds every labelled candidate.
"""
from __future__ import annotations

import argparse
import collections
import copy

import end_rerank as E
from backchannel.evaluate import combine, greedy, interaction_matchers, match_actors, same_actor, score
from backchannel.learn.fit import fit


def rows_of(dirs: list[str]) -> tuple[dict, dict, list[str]]:
    data, docs = E.read_dumps(dirs)
    types = sorted({g["type"] for _, gold in data.values() for g in gold.get("interactions", [])})
    rows: dict = collections.defaultdict(list)
    for key, (pred, gold) in data.items():
        g2p = match_actors(gold["actors"], pred["actors"])
        same = same_actor(g2p)
        strict, _ = interaction_matchers(same)
        taken = {id(g) for g, _ in greedy(gold["interactions"], pred["interactions"], strict)}
        free = [g for g in gold["interactions"] if id(g) not in taken]
        pa = {a["id"]: a for a in pred["actors"]}
        for xi, x in enumerate(pred["interactions"]):
            tr = x.get("trigger")
            sp = docs[key].char_span(tr[0], tr[1], alignment_mode="expand") if tr else None
            t = sp.root if sp is not None and len(sp) else None
            kinds = [pa[x[e]].get("kind") if x.get(e) in pa else None for e in ("source", "target")]
            for ty in types:
                if ty == x["type"]:
                    continue
                lab = any(g["type"] == ty and same(g.get("source"), x.get("source"))
                          and same(g.get("target"), x.get("target")) for g in free)
                near = {e for y in pred["interactions"] if y["type"] == ty for e in (y.get("source"), y.get("target"))}
                F = ["bias", f"cand={ty}", f"pair={x['type']}>{ty}", f"rule={'.'.join(x['rule'].split('.')[:4])}>{ty}",
                     f"kinds={kinds[0]}/{kinds[1]}>{ty}", f"neg={bool(x.get('negated'))}>{ty}",
                     f"mod={x.get('modality')}>{ty}", f"tpos={t.pos_ if t is not None else None}>{ty}",
                     f"tdep={t.dep_ if t is not None else None}>{ty}",
                     f"near={x.get('source') in near}/{x.get('target') in near}>{ty}"]
                rows[key[0]].append((key, xi, ty, F, lab))
    return rows, data, types


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--thresholds", default="0.2,0.3,0.4,0.5,0.6")
    ap.add_argument("--pooled", default="s39,s40,s41,s44,s45,c34,c33,ea,gz")
    a = ap.parse_args()
    rows, data, _ = rows_of(a.dirs)
    ths = [float(t) for t in a.thresholds.split(",")]
    pooled = a.pooled.split(",")
    tot = collections.Counter()
    print(f"{'set':7s} base tp/pred  oracle tp/pred  " + "  ".join(f"t={t}" for t in ths))
    for s in rows:
        m = fit([(F, "yes" if lab else "no") for t in rows if t != s for (*_, F, lab) in rows[t]],
                labels=["no", "yes"], epochs=10, min_count=3)
        probs = [(m.proba(r[3])["yes"], r) for r in rows[s]]
        cells = []
        for name, chosen in [("base", []), ("oracle", [r for _, r in probs if r[4]])] + \
                [(t, [r for p, r in probs if p >= t]) for t in ths]:
            res = []
            for key in [k for k in data if k[0] == s]:
                pred, gold = data[key]
                p2 = copy.deepcopy(pred)
                for (k2, xi, ty, _, _) in chosen:
                    if k2 == key:
                        y = copy.deepcopy(pred["interactions"][xi])
                        y["type"], y["id"] = ty, f"{y['id']}+{ty}"
                        p2["interactions"].append(y)
                res.append(score(gold, p2))
            R = combine(res)["interactions_strict"]
            cells.append((R["tp"], R["pred"], R["gold"]))
            if s in pooled:
                tot.update({(name, 0): R["tp"], (name, 1): R["pred"], (name, 2): R["gold"]})
        f = lambda c: 2 * c[0] / (c[1] + c[2])
        print(f"{s:7s} " + "  ".join(f"{c[0]}/{c[1]} ({f(c):.3f})" for c in cells))
    names = ["base", "oracle"] + ths
    print("POOLED " + "  ".join(f"{n}: {tot[(n, 0)]}/{tot[(n, 1)]} ({2 * tot[(n, 0)] / (tot[(n, 1)] + tot[(n, 2)]):.3f})"
                                for n in names))


if __name__ == "__main__":
    main()
