#!/usr/bin/env python3
"""PolNeAR dev errors behind the claims scores: missed, spurious and inexact claims, by cue.

    .venv/bin/python benchmarks/polnear_errors.py [--gold GOLD] [--pred PRED]
        [--kind missed|spurious|inexact|speaker|cues] [--cue WORD] [--limit N]

Why: ``benchmarks/polnear.py`` gives the figures; improving them needs the items
behind them, read with exactly the reference scorer's matching (the scorer module
``shared/bench/score_claims.py`` is imported, not copied). Run ``polnear.py``
first: it writes the PRED file this reads. ``cues`` counts missed gold claims by
their cue's words (the cues most worth a construction); the other kinds print
items with their sentence, gold beside prediction. Development data only; the
texts are third-party and are printed to the terminal, never written to the
repository.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
WORK = ROOT / "benchmarks" / "work"


def scorer():
    """The reference scorer as a module (its matching rules are the benchmark's)."""
    spec = importlib.util.spec_from_file_location("score_claims", SHARED / "bench" / "score_claims.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def pairs(sc, gold_doc, pred_doc):
    """(gold items, pred items, overlap pairs {gold index: pred index}, exact gold indices)."""
    text = gold_doc["text"]
    toks = sc.Tokens(text)
    gold = []
    for c in gold_doc.get("claims", []):
        span = sc.get_span(c, "content", text)
        gold.append({"c": c, "span": span, "trim": sc.trim(text, span), "toks": toks.of(span),
                     "spk": sc.get_span(c, "speaker", text)})
    pred = []
    for c in (pred_doc or {}).get("claims", []):
        span = sc.get_span(c, "content", text)
        mentions = [sc.get_span(c, "speaker", text)] + [list(m) for m in c.get("speaker_mentions") or []]
        pred.append({"c": c, "span": span, "trim": sc.trim(text, span) if span else None,
                     "toks": toks.of(span), "spk": [m for m in mentions if m]})
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if p["span"] is None or not g["toks"] or not p["toks"]:
                continue
            inter = len(g["toks"] & p["toks"])
            if inter and 2 * inter >= len(g["toks"]) and 2 * inter >= len(p["toks"]):
                cands.append((-inter / len(g["toks"] | p["toks"]), i, j))
    cands.sort()
    match: dict[int, int] = {}
    used = set()
    for _, i, j in cands:
        if i in match or j in used:
            continue
        match[i] = j
        used.add(j)
    return gold, pred, match, toks


def context(text: str, span, width: int = 160) -> str:
    s, e = span
    return text[max(0, s - width): e + 40].replace("\n", " ")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=SHARED / "bench" / "polnear_dev.jsonl")
    ap.add_argument("--pred", type=Path, default=WORK / "polnear_dev.pred.jsonl")
    ap.add_argument("--kind", default="cues", choices=["missed", "spurious", "inexact", "speaker", "cues"])
    ap.add_argument("--cue", help="only gold claims whose cue contains this word")
    ap.add_argument("--limit", type=int, default=40)
    args = ap.parse_args(argv)
    sc = scorer()
    gold_docs, pred_docs = sc.load(args.gold), sc.load(args.pred)
    counts: Counter[str] = Counter()
    shown = 0
    for did, gd in gold_docs.items():
        text = gd["text"]
        gold, pred, match, toks = pairs(sc, gd, pred_docs.get(did))
        if args.kind == "spurious":
            for j in sorted(set(range(len(pred))) - set(match.values())):
                p = pred[j]
                if shown < args.limit and p["span"]:
                    shown += 1
                    print(f"-- {did}\n  PRED cue={p['c'].get('cue_text')!r} spk={p['c'].get('speaker_text')!r}\n"
                          f"  content: {text[p['span'][0]:p['span'][1]]!r}")
            continue
        for i, g in enumerate(gold):
            cue = (g["c"].get("cue_text") or "").lower()
            if args.cue and args.cue.lower() not in cue.split():
                continue
            j = match.get(i)
            if args.kind in ("missed", "cues") and j is None:
                counts[" ".join(cue.split()[:2])] += 1
                if args.kind == "missed" and shown < args.limit:
                    shown += 1
                    print(f"-- {did}\n  GOLD cue={cue!r} spk={g['c'].get('speaker_text')!r} "
                          f"direct={g['c'].get('direct')}\n  content: {text[g['span'][0]:g['span'][1]]!r}\n"
                          f"  context: {context(text, g['span'])!r}")
            elif j is not None and args.kind == "inexact" and pred[j]["trim"] != g["trim"]:
                if shown < args.limit:
                    shown += 1
                    p = pred[j]
                    print(f"-- {did}  cue={cue!r}\n  GOLD: {text[g['span'][0]:g['span'][1]]!r}\n"
                          f"  PRED: {text[p['span'][0]:p['span'][1]]!r}")
            elif j is not None and args.kind == "speaker" and g["spk"] is not None \
                    and not sc.speaker_correct(g, pred[j], toks):
                if shown < args.limit:
                    shown += 1
                    p = pred[j]
                    print(f"-- {did}  cue={cue!r}\n  GOLD spk: {g['c'].get('speaker_text')!r}  "
                          f"PRED spk: {p['c'].get('speaker_text')!r}\n"
                          f"  content: {text[g['span'][0]:g['span'][1]][:200]!r}")
    if args.kind == "cues":
        for cue, n in counts.most_common(args.limit):
            print(f"{n:5d}  {cue}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
