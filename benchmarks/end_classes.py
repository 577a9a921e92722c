#!/usr/bin/env python3
"""Classes of wrong or missing other ends of interactions, over dumped dossiers.

    PYTHONPATH=src python benchmarks/end_classes.py DUMP_DIR... [--examples N]

A dump dir holds ``X.json`` (the rules' dossier) beside ``X.gold`` (its gold), as
written by the dump scripts of the sessions' notes. Why: strict interaction F1
is about half of relaxed because many acts found with the right type have one
end right and the other wrong or missing. This counts those gold acts (a
predicted act of the same type with one end matching, by the reference
scorer's actor matching) by which end is wrong, whether the prediction put a
wrong actor, none, or one where gold has none, and where the gold end's actor
is mentioned relative to the act's sentence (in it, in the previous sentence,
earlier, only later, or not an actor of the prediction at all). For an end in
the sentence it also gives the dependency path from the mention's head to the
trigger. Development data only: reading a set's errors is tuning on it.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from backchannel.evaluate import match_actors
from backchannel.nlp import load_pipeline

Item = dict[str, Any]


def relaxed_only(gold: Item, pred: Item, g2p: dict[str, str]) -> list[tuple[Item, Item, str]]:
    """(gold act, predicted act, wrong end) for gold acts matched relaxed but not strict (negation aside)."""
    P = pred.get("interactions", [])

    def same(g: str | None, x: str | None) -> bool:
        return (g is None and x is None) or (g is not None and g2p.get(g) == x)

    out = []
    for g in gold.get("interactions", []):
        if any(x["type"] == g["type"] and same(g.get("source"), x.get("source"))
               and same(g.get("target"), x.get("target")) for x in P):
            continue
        for x in P:
            if x["type"] != g["type"]:
                continue
            hit = next((end for end, other in (("target", "source"), ("source", "target"))
                        if g.get(other) is not None and same(g[other], x.get(other))), None)
            if hit:
                out.append((g, x, hit))
                break
    return out


def dep_path(head: Any, trig: Any) -> str:
    """Dependency labels from a mention's head up to the trigger (``^`` marks the turn at a common ancestor)."""
    up = [head] + list(head.ancestors)
    down = [trig] + list(trig.ancestors)
    for k, t in enumerate(up):
        if t in down:
            a = [x.dep_ for x in up[:k]]
            b = [x.dep_ for x in down[:down.index(t)]]
            return ">".join(a) + ("^" + "<".join(reversed(b)) if b else "") or "self"
    return "none"


def locate(doc: Any, actor: Item | None, x: Item) -> tuple[str, str]:
    """Where the gold end's (predicted) actor is mentioned relative to the act's sentence, and its path."""
    if actor is None:
        return "gold end not a predicted actor", ""
    tr = x.get("trigger") or [x["evidence"]["start"], x["evidence"]["start"] + 1]
    span = doc.char_span(tr[0], tr[1], alignment_mode="expand")
    if span is None or not len(span):
        return "no trigger", ""
    sent = span.root.sent
    prev = doc[sent.start - 1].sent if sent.start > 0 else None
    ms = actor.get("mentions", [])
    inside = [m for m in ms if m["start"] >= sent.start_char and m["end"] <= sent.end_char]
    if inside:
        m = doc.char_span(inside[0]["start"], inside[0]["end"], alignment_mode="expand")
        return "in sentence", dep_path(m.root, span.root) if m is not None and len(m) else ""
    if prev is not None and any(m["start"] >= prev.start_char and m["end"] <= prev.end_char for m in ms):
        return "previous sentence", ""
    if any(m["end"] <= sent.start_char for m in ms):
        return "earlier in the report", ""
    return "only later (the sentence's mention is not linked)", ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--examples", type=int, default=0)
    args = ap.parse_args()
    nlp = load_pipeline()
    counts: Counter[tuple[str, ...]] = Counter()
    paths: Counter[str] = Counter()
    examples: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for d in args.dirs:
        for p in sorted(d.glob("*.json")):
            pred, gold = json.loads(p.read_text()), json.loads(p.with_suffix(".gold").read_text())
            g2p = match_actors(gold["actors"], pred["actors"])
            pa = {a["id"]: a for a in pred["actors"]}
            doc = nlp(pred["documents"][0]["text"])
            for g, x, end in relaxed_only(gold, pred, g2p):
                ge, pe = g.get(end), x.get(end)
                kind = "gold None" if ge is None else "pred None" if pe is None else "wrong actor"
                where, path = ("-", "") if ge is None else locate(doc, pa.get(g2p.get(ge, "")), x)
                key = (end, kind, where)
                counts[key] += 1
                if path:
                    paths[path] += 1
                examples[key].append(f"{d.name}/{p.stem} {x['type']} [{x.get('rule', '')}] "
                                     f"gold={ge} pred={pe} {{{path}}}")
    print("relaxed-only gold acts:", sum(counts.values()))
    for k, v in counts.most_common():
        print(f"{v:4d} {' / '.join(k)}")
    print("paths of gold ends in the sentence (head > ... ^ ... < trigger):")
    for k2, v in paths.most_common(15):
        print(f"{v:4d} {k2}")
    for k, lines in examples.items():
        if args.examples:
            print("==", " / ".join(k))
            print("\n".join("  " + line for line in lines[:args.examples]))


if __name__ == "__main__":
    main()
