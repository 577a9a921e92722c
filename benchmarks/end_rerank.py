#!/usr/bin/env python3
"""Leave-one-set-out experiment: a learned choice of the ends of the rules' interactions.

    PYTHONPATH=src python benchmarks/end_rerank.py [options] DUMP_DIR...

Each DUMP_DIR is one set: ``X.json`` dossiers (``backchannel analyze DOCS --format
json``) beside the gold ``X.gold``. For every predicted act and each end the
candidates are the rules' choice, no actor, every actor mentioned in the act's
sentence or the one before, and (``--wide``) the act's via actors, the other
end's affiliation and the three most mentioned actors of the report (never the
other end). A linear model scores candidates from the parse and the dossier only
(never names, never report words): the dependency path from the candidate's
head to the trigger (labels up and down, the part of speech where they meet),
the preposition of a "pobj", side, conjunction with the other end, actor kind
against the act's type and end, affiliation links with the other end, salience
rank, whether the candidate speaks a claim over the trigger or is an end of
another act in the sentence, the rule id that filled the end (``trace``), and
whether the candidate is the rules' choice. Label: the candidate is the gold end
of a gold act of the same type whose other end the prediction has right and that no other predicted act already matches.

Training is pointwise (``backchannel.learn.fit``, one yes/no per candidate) or
``--listwise`` (softmax over one end's candidates). For each held-out set the
model trained on the other sets replaces the rules' choice when the best
candidate's probability beats the rules' by more than the margin (one end per
act); ``--only guessed`` restricts changes to ends a later rule filled (a trace)
or left empty, ``--only none`` to empty ends. The table gives per set and
pooled strict/relaxed true positives before and after at each margin, and the
``oracle`` column: strict true positives if every end with a right candidate
took it. ``--add`` instead adds a copy of the act with the candidate as that end
(no replacement; the margins are probability thresholds; ``--allrows`` trains on
every act, so the probability also carries whether the act is real at all).
``--insample`` trains on the held-out set too: a check of what the features can
fit, never a result. ``benchmarks/type_add.py`` is the same experiment for a
second type between the same ends. ``--pooled NAME,...`` names the sets of the
pooled row.
"""
from __future__ import annotations

import argparse
import collections
import copy
import json
import os
import pickle
import random
from pathlib import Path
from typing import Any

import numpy as np

from backchannel.evaluate import combine, greedy, interaction_matchers, match_actors, same_actor, score
from backchannel.learn.fit import fit
from backchannel.nlp import load_pipeline

CACHE = os.environ.get("PARSE_CACHE", "/tmp/end_rerank_parses.pkl")
_nlp: Any = None
FIT: dict[str, Any] = {"min_count": 3, "l2": 1e-4}


def parses(keys_texts: list[tuple[tuple[str, str], str]]) -> dict:
    """spaCy docs of the reports, cached across runs (the parse is the slow part)."""
    global _nlp
    from spacy.tokens import Doc
    cache = pickle.load(open(CACHE, "rb")) if os.path.exists(CACHE) else {}
    _nlp = load_pipeline()
    out = {}
    for key, text in keys_texts:
        if key not in cache:
            cache[key] = _nlp(text).to_bytes()
        out[key] = Doc(_nlp.vocab).from_bytes(cache[key])
    pickle.dump(cache, open(CACHE, "wb"))
    return out


def head_of(doc, m):
    sp = doc.char_span(m["start"], m["end"], alignment_mode="expand")
    return sp.root if sp is not None and len(sp) else None


def within(m, s) -> bool:
    return s is not None and m["start"] >= s.start_char and m["end"] <= s.end_char


def path(h, t):
    """Labels from h up to the common ancestor, from t up to it, and that ancestor."""
    aa = [h] + list(h.ancestors)
    bb = [t] + list(t.ancestors)
    for i, x in enumerate(aa):
        if x in bb:
            j = bb.index(x)
            return [y.dep_ for y in aa[:i]], [y.dep_ for y in bb[:j]], x
    return None


def path_feats(doc, h, trig, end) -> list[str]:
    F = []
    p = path(h, trig)
    if p is None:
        return ["nopath"]
    up, dn, lca = p
    L = len(up) + len(dn)
    F += [f"plen={min(L, 6)}", f"dn={min(len(dn), 3)}", f"dep={h.dep_}", f"dep={h.dep_}:{end}",
          f"up={'/'.join(up[:3])}:{end}", f"shape={'/'.join(up[:2])}|{'/'.join(dn[:2])}:{end}",
          f"lca={'trig' if lca is trig else lca.pos_}", f"tpos={trig.pos_}:dep={h.dep_}:{end}"]
    if h.dep_ == "pobj":
        F.append(f"prep={h.head.lower_}:{end}")
        F.append(f"prep={h.head.lower_}:{h.head.head.dep_}:{end}")
    if h.dep_ in ("poss", "compound", "amod"):
        F.append(f"mod:{h.head.dep_}:{end}")
    F.append(f"side={'before' if h.i < trig.i else 'after'}:{end}")
    verbs = [x for x in list(h.ancestors)[: len(up)] if x.pos_ in ("VERB", "AUX") and x is not trig]
    F.append(f"verb_between={bool(verbs)}:{end}")
    return F


def cand_feats(ctx: dict, x: dict, end: str, c: str | None) -> list[str]:
    """Features of candidate c for end of act x (see the module docstring)."""
    ty = x["type"]
    other = "target" if end == "source" else "source"
    o, rulec, pa = x.get(other), x.get(end), ctx["pa"]
    tr = (x.get("trace") or {}).get(end)
    trk = ".".join(tr.split(".")[:3]) if tr else "frame"
    isr = c == rulec
    F = ["bias", f"te={ty}:{end}", f"rule={isr}:{trk}", f"rule={isr}:{end}", f"rule={isr}:rulenone={rulec is None}",
         f"rule={isr}:arule={'.'.join(x.get('rule', '').split('.')[:2])}"]
    if c is None:
        return F + ["none", f"none:{ty}:{end}", f"none:rulenone={rulec is None}", f"none:{trk}"]
    a = pa[c]
    kind = a.get("kind")
    F += [f"kind={kind}", f"kind={kind}:{ty}:{end}", f"kind={kind}:okind={pa[o].get('kind') if o in pa else None}"]
    oa = pa.get(o) if o else None
    if oa and oa.get("affiliation") == c:
        F.append("is_other_aff")
    if a.get("affiliation") and a.get("affiliation") == o:
        F.append("aff_is_other")
    if oa and a.get("affiliation") and a.get("affiliation") == oa.get("affiliation"):
        F.append("same_aff")
    if c in (x.get("via") or []):
        F.append(f"is_via:{end}")
    F.append(f"salrank={min(ctx['rank'].get(c, 9), 5)}")
    sent, prev, trig, doc = ctx["sent"], ctx["prev"], ctx["trig"], ctx["doc"]
    ms = a.get("mentions", [])
    ins = [m for m in ms if within(m, sent)]
    loc = "sent" if ins else "prev" if any(within(m, prev) for m in ms) else "doc"
    F += [f"loc={loc}", f"loc={loc}:{end}", f"loc={loc}:{ty}"]
    if c in ctx["speakers"]:
        F.append(f"speaks_here:{end}")
    if c in ctx["act_ends"]:
        F.append(f"end_of_other_act:{end}")
    for y in ctx["acts"]:
        if y is not x:
            same = "same" if y["type"] == ty else "any"
            for e in ("source", "target"):
                if y.get(e) == c:
                    F.append(f"role_{same}={e == end}:{end}")
    if rulec in pa:
        F.append(f"kind_as_rules={pa[rulec].get('kind') == kind}")
    if ins and trig is not None:
        best = None
        for m in ins:
            h = head_of(doc, m)
            if h is None:
                continue
            p = path(h, trig)
            L = 99 if p is None else len(p[0]) + len(p[1])
            if best is None or L < best[0]:
                best = (L, h)
        if best:
            h = best[1]
            F += path_feats(doc, h, trig, end)
            for tag, who in (("other", oa), ("rules", pa.get(rulec) if rulec != c else None)):
                for m in (who or {}).get("mentions", []):
                    oh = head_of(doc, m) if within(m, sent) else None
                    if oh is not None and (oh.head == h or h.head == oh) and "conj" in (oh.dep_, h.dep_):
                        F.append(f"conj_with_{tag}")
    return F


def candidates(ctx: dict, x: dict, end: str, wide: bool) -> list[str | None]:
    other = "target" if end == "source" else "source"
    o = x.get(other)
    C = {x.get(end), None}
    for aid, a in ctx["pa"].items():
        if aid != o and any(within(m, ctx["sent"]) or within(m, ctx["prev"]) for m in a.get("mentions", [])):
            C.add(aid)
    if wide:
        extra = list(x.get("via") or []) + [r for r, k in ctx["rank"].items() if k < 3]
        if o in ctx["pa"]:
            extra.append(ctx["pa"][o].get("affiliation"))
        C |= {e for e in extra if e and e != o and e in ctx["pa"]}
    return sorted(C, key=lambda a: (a is not None, a or ""))


def act_context(pred: dict, doc, x: dict, rank: dict) -> dict:
    tr = x.get("trigger")
    trig = None
    if tr:
        sp = doc.char_span(tr[0], tr[1], alignment_mode="expand")
        trig = sp.root if sp is not None and len(sp) else None
    if trig is not None:
        sent = trig.sent
    else:
        sp = doc.char_span(x["evidence"]["start"], x["evidence"]["start"] + 1, alignment_mode="expand")
        sent = sp.sent if sp is not None and len(sp) else None
    prev = doc[sent.start - 1].sent if sent is not None and sent.start > 0 else None
    at = trig.idx if trig is not None else x["evidence"]["start"]
    speakers = {c.get("speaker") for c in pred.get("claims", [])
                if c["evidence"]["start"] <= at < c["evidence"]["end"]}
    act_ends = {y.get(e) for y in pred["interactions"] if y is not x and sent is not None
                and sent.start_char <= y["evidence"]["start"] < sent.end_char for e in ("source", "target")}
    return {"pa": {a["id"]: a for a in pred["actors"]}, "rank": rank, "sent": sent, "prev": prev, "trig": trig,
            "doc": doc, "speakers": speakers - {None}, "act_ends": act_ends - {None}, "acts": pred["interactions"]}


def read_dumps(dirs: list[str]) -> tuple[dict, dict]:
    """data[(set, stem)] = (pred, gold) from each dump dir's ``X.json`` beside ``X.gold``, and the parses
    of the predictions' texts under the same keys (type_add.py reads the same dumps)."""
    data, texts = {}, []
    for d in dirs:
        for p in sorted(Path(d).glob("*.json")):
            key = (Path(d).name, p.stem)
            data[key] = (json.loads(p.read_text()), json.loads(p.with_suffix(".gold").read_text()))
            texts.append((key, data[key][0]["documents"][0]["text"]))
    return data, parses(texts)


def load(dirs: list[str], wide: bool) -> tuple[dict, dict]:
    """rows[set] = [(key, xi, end, cand, feats, label, known, is_rules)]; data[key] = (pred, gold)."""
    data, docs = read_dumps(dirs)
    rows: dict = collections.defaultdict(list)
    for key, (pred, gold) in data.items():
        g2p = match_actors(gold["actors"], pred["actors"])
        cnt = {a["id"]: len(a.get("mentions", [])) for a in pred["actors"]}
        rank = {aid: i for i, aid in enumerate(sorted(cnt, key=lambda k: (-cnt[k], k)))}
        G = gold.get("interactions", [])
        strict, _ = interaction_matchers(same_actor(g2p))
        taken = {id(g): id(y) for g, y in greedy(G, pred["interactions"], strict)}
        for xi, x in enumerate(pred["interactions"]):
            ctx = act_context(pred, docs[key], x, rank)
            for end in ("source", "target"):
                other = "target" if end == "source" else "source"
                gs = [g for g in G if g["type"] == x["type"] and x.get(other) and g.get(other)
                      and g2p.get(g[other]) == x.get(other) and taken.get(id(g), id(x)) == id(x)]
                for c in candidates(ctx, x, end, wide):
                    lab = any((g.get(end) is None and c is None) or (c and g.get(end) and g2p.get(g[end]) == c)
                              for g in gs)
                    rows[key[0]].append((key, xi, end, c, cand_feats(ctx, x, end, c), lab, bool(gs), c == x.get(end)))
    return rows, data


def fit_listwise(groups: list[tuple[list[list[str]], int]], epochs: int = 10, rate: float = 0.3,
                 l2: float = 1e-4, min_count: int = 3, seed: int = 13) -> dict[str, float]:
    """Conditional logit: one softmax over a group's candidates, the positive at index k."""
    counts = collections.Counter(f for fs, _ in groups for c in fs for f in set(c))
    fidx = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
    G = [([np.array(sorted({fidx[f] for f in c if f in fidx}), dtype=np.int64) for c in fs], k) for fs, k in groups]
    w = np.zeros(len(fidx))
    gw = np.full_like(w, 1e-8)
    order = list(range(len(G)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            xs, k = G[i]
            s = np.array([w[x].sum() for x in xs])
            p = np.exp(s - s.max())
            p /= p.sum()
            for j, x in enumerate(xs):
                g = p[j] - (1.0 if j == k else 0.0)
                if len(x) and abs(g) > 1e-9:
                    gx = g + l2 * w[x]
                    gw[x] += gx * gx
                    w[x] -= rate * gx / np.sqrt(gw[x])
    return {f: float(w[i]) for f, i in fidx.items()}


def grouped(rs: list) -> dict:
    g = collections.defaultdict(list)
    for r in rs:
        g[(r[0], r[1], r[2])].append(r)
    return g


def train_and_score(train_rows: list, test_rows: list, listwise: bool, allrows: bool = False) -> dict:
    """Per test end: [(prob, cand, is_rules, label)] under a model fitted on train_rows."""
    out = {}
    if listwise:
        groups = []
        for L in grouped([r for r in train_rows if r[6]]).values():
            pos = sorted((not r[7], i) for i, r in enumerate(L) if r[5])  # the rules' choice first when right
            if pos:
                groups.append(([r[4] for r in L], pos[0][1]))
        w = fit_listwise(groups, l2=FIT["l2"], min_count=FIT["min_count"])
        for k, L in grouped(test_rows).items():
            s = np.array([sum(w.get(f, 0.0) for f in r[4]) for r in L])
            p = np.exp(s - s.max())
            p /= p.sum()
            out[k] = [(float(p[i]), r[3], r[7], r[5]) for i, r in enumerate(L)]
        return out
    model = fit([(r[4], "yes" if r[5] else "no") for r in train_rows if r[6] or allrows], labels=["no", "yes"],
                epochs=10, min_count=FIT["min_count"], l2=FIT["l2"])
    for k, L in grouped(test_rows).items():
        out[k] = [(model.proba(r[4])["yes"], r[3], r[7], r[5]) for r in L]
    return out


def changes(scored: dict, data: dict, margin: float, only: str) -> dict:
    best: dict = {}
    for (key, xi, end), L in scored.items():
        x = data[key][0]["interactions"][xi]
        if only == "guessed" and x.get(end) is not None and not (x.get("trace") or {}).get(end):
            continue
        if only == "none" and x.get(end) is not None:
            continue
        rp = [p for p, c, isr, _ in L if isr][0]
        other = "target" if end == "source" else "source"
        have = {(y["type"], y.get("source"), y.get("target")) for y in data[key][0]["interactions"]}
        L = [t for t in L if t[2] or (x["type"], *((t[1], x.get(other)) if end == "source" else (x.get(other), t[1])))
             not in have]  # never turn an act into a copy of another
        bp, bc, _, _ = max(L, key=lambda t: t[0])
        if bp - rp > margin and ((key, xi) not in best or bp - rp > best[(key, xi)][0]):
            best[(key, xi)] = (bp - rp, end, bc)
    return best


def additions(scored: dict, data: dict, threshold: float) -> dict:
    """``--add``: per end, a copy of the act with its best other candidate when that is likely enough."""
    best: dict = {}
    for (key, xi, end), L in scored.items():
        x = data[key][0]["interactions"][xi]
        have = {(y["type"], y.get("source"), y.get("target")) for y in data[key][0]["interactions"]}
        other = "target" if end == "source" else "source"
        ok = [(p, c) for p, c, isr, _ in L if not isr and c is not None and p >= threshold
              and (x["type"], *((c, x.get(other)) if end == "source" else (x.get(other), c))) not in have]
        if ok:
            p, c = max(ok, key=lambda t: t[0])
            k = (key, x["type"], end, x.get(other), c)
            if k not in best or p > best[k][0]:
                best[k] = (p, xi, end, c)
    return {(key, ("add", xi, end, c)): (p, end, c) for (key, *_), (p, xi, end, c) in best.items()}


def add_oracle(scored: dict, data: dict) -> dict:
    return {k: v for k, v in additions({k: [(float(lab), c, isr, lab) for _, c, isr, lab in L]
                                        for k, L in scored.items()}, data, 0.5).items()}


def oracle(scored: dict) -> dict:
    best = {}
    for (key, xi, end), L in scored.items():
        if not any(lab for _, _, isr, lab in L if isr):
            pos = [c for _, c, _, lab in L if lab]
            if pos:
                best[(key, xi)] = (1.0, end, pos[0])
    return best


def apply(data: dict, s: str, best: dict) -> tuple[dict, dict]:
    before, after = [], []
    for key in [k for k in data if k[0] == s]:
        pred, gold = data[key]
        p2 = copy.deepcopy(pred)
        for (k2, xi), (_, end, c) in best.items():
            if k2 == key and isinstance(xi, tuple):
                y = copy.deepcopy(pred["interactions"][xi[1]])
                y[end] = c
                y["id"] = f"{y['id']}+{end}+{c}"
                p2["interactions"].append(y)
            elif k2 == key:
                p2["interactions"][xi][end] = c
        before.append(score(gold, pred))
        after.append(score(gold, p2))
    return combine(before), combine(after)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--margins", default="0,0.1,0.2,0.3,0.5")
    ap.add_argument("--listwise", action="store_true")
    ap.add_argument("--wide", action="store_true")
    ap.add_argument("--insample", action="store_true", help="train on the held-out set too (a check of the features' reach, not a result)")
    ap.add_argument("--allrows", action="store_true", help="pointwise: train on every act, not only those whose other end is right")
    ap.add_argument("--add", action="store_true", help="add a copy with the other end (margins are thresholds)")
    ap.add_argument("--drop", default="", help="comma-separated feature prefixes to leave out (ablation)")
    ap.add_argument("--only", default="all", choices=["all", "guessed", "none"])
    ap.add_argument("--pooled", default="s39,s40,s41,s44,s45,c34,c33,ea,gz")
    ap.add_argument("--l2", type=float, default=1e-4)
    ap.add_argument("--min-count", type=int, default=3)
    a = ap.parse_args()
    FIT.update(l2=a.l2, min_count=a.min_count)
    rows, data = load(a.dirs, a.wide)
    if a.drop:
        drop = tuple(a.drop.split(","))
        rows = {s: [(*r[:4], [f for f in r[4] if not f.startswith(drop)], *r[5:]) for r in L] for s, L in rows.items()}
    sets, pooled = list(rows), a.pooled.split(",")
    margins = [float(m) for m in a.margins.split(",")]
    table = collections.defaultdict(dict)
    for s in sets:
        sc = train_and_score([r for t in sets if t != s or a.insample for r in rows[t]], rows[s], a.listwise, a.allrows)
        B, O = apply(data, s, add_oracle(sc, data) if a.add else oracle(sc))
        table[s]["base"] = (B["interactions_strict"]["tp"], B["interactions_relaxed"]["tp"],
                            B["interactions_strict"]["pred"], B["interactions_strict"]["gold"])
        table[s]["oracle"] = O["interactions_strict"]["tp"]
        for m in margins:
            ch = additions(sc, data, m) if a.add else changes(sc, data, m, a.only)
            _, A = apply(data, s, ch)
            table[s][m] = (A["interactions_strict"]["tp"], A["interactions_relaxed"]["tp"], len(ch),
                           A["interactions_strict"]["pred"])
    report(table, sets, pooled, margins, a.add)


def report(table: dict, sets: list, pooled: list, margins: list, add: bool) -> None:
    print("strict tp/relaxed tp after at each margin (changed or added acts); base = rules; oracle = strict tp ceiling")
    print(f"{'set':7s} {'base':>9s} {'oracle':>6s} " + " ".join(f"{'m=' + str(m):>13s}" for m in margins))
    tot = collections.Counter()
    for s in sets + ["POOLED"]:
        if s == "POOLED":
            b = (tot["bs"], tot["br"], tot["p"], tot["g"])
            o = tot["o"]
            ms = [(tot[(m, 0)], tot[(m, 1)], tot[(m, 2)], tot[(m, 3)]) for m in margins]
        else:
            b, o, ms = table[s]["base"], table[s]["oracle"], [table[s][m] for m in margins]
            if s in pooled:
                tot.update({"bs": b[0], "br": b[1], "p": b[2], "g": b[3], "o": o})
                for m, v in zip(margins, ms):
                    tot.update({(m, 0): v[0], (m, 1): v[1], (m, 2): v[2], (m, 3): v[3]})
        print(f"{s:7s} {b[0]:4d}/{b[1]:4d} {o:6d} " + " ".join(f"{v[0]:4d}/{v[1]:4d} ({v[2]:2d})" for v in ms))
    f1 = lambda tp, pr, g: 2 * tp / (pr + g) if pr + g else 0.0
    print(f"POOLED strict F1 base {f1(tot['bs'], tot['p'], tot['g']):.3f} "
          + " ".join(f"m={m}:{f1(tot[(m, 0)], tot[(m, 3)], tot['g']):.3f}" for m in margins))
    for m in margins:
        d = {s: f1(table[s][m][0], table[s][m][3], table[s]["base"][3])
             - f1(table[s]["base"][0], table[s]["base"][2], table[s]["base"][3]) for s in pooled}
        print(f"m={m}: strict F1 up on {sum(v > 1e-9 for v in d.values())} of {len(pooled)} read sets, "
              f"down on {[s for s, v in d.items() if v < -1e-9]}, worst tp change {min(table[s][m][0] - table[s]['base'][0] for s in pooled)}")


if __name__ == "__main__":
    main()
