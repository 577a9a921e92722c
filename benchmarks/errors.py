#!/usr/bin/env python3
"""List the errors behind the scores: missed and spurious actors, interactions and claims.

    python benchmarks/errors.py GOLD_DIR DOCS_DIR [--only STEM] [--kind actors|interactions|claims]

Why: ``backchannel eval`` gives the figures and ``--by-rule`` the imprecise rules;
fixing a capability needs the items themselves, read side by side with gold,
using exactly the reference scorer's matching (``backchannel.evaluate``). Items
are printed by name (actor ids resolved), with the predicted item's rule id.
Use it only on development data: reading the errors of a set is tuning on it.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from backchannel.evaluate import (claims_overlap, find_pairs, greedy, interaction_matchers, load_gold,
                                  match_actors, names, norm, same_actor)


def _names(dossier: dict[str, Any]) -> dict[str, str]:
    return {a["id"]: a.get("name") or "?" for a in dossier.get("actors", [])}


def _act(i: dict[str, Any], names: dict[str, str]) -> str:
    via = ",".join(names.get(v, v) for v in i.get("via") or [])
    neg = " NOT" if i.get("negated") else ""
    tm = (i.get("time") or {}).get("value")
    extra = (f" via {via}" if via else "") + (f" @{tm}" if tm else "") + (f" [{i['rule']}]" if i.get("rule") else "")
    return f"{i['type']}{neg}: {names.get(i.get('source'), i.get('source'))} -> " \
           f"{names.get(i.get('target'), i.get('target'))}{extra}"


def report(gold: dict[str, Any], pred: dict[str, Any], kinds: set[str]) -> list[str]:
    """Lines describing every disagreement between one gold and one predicted dossier."""
    g2p = match_actors(gold.get("actors", []), pred.get("actors", []))
    gn, pn = _names(gold), _names(pred)
    out: list[str] = []
    if "actors" in kinds:
        hit = set(g2p.values())
        pmap = {a["id"]: a for a in pred.get("actors", [])}
        for a in gold.get("actors", []):
            if a["id"] not in g2p:
                out.append(f"  actor MISSED   {a['name']} ({a.get('type')}) aliases={a.get('aliases')}")
                continue
            p = pmap[g2p[a["id"]]]
            aff_g, aff_p = gn.get(a.get("affiliation"), None), pn.get(p.get("affiliation"), None)
            if a.get("affiliation") and not same_actor(g2p)(a["affiliation"], p.get("affiliation")):
                out.append(f"  affil WRONG    {a['name']}: gold {aff_g} pred {aff_p} [{p.get('rule')}]")
            lost = [al for al in a.get("aliases") or [] if norm(al) not in names(p)]
            if lost:
                out.append(f"  alias MISSED   {a['name']}: {lost} (pred name {p.get('name')!r}, aliases {p.get('aliases')})")
        for p in pred.get("actors", []):
            if p["id"] not in hit:
                out.append(f"  actor SPURIOUS {p['name']} ({p.get('type')}) [{p.get('rule')}]")
    if "interactions" in kinds:
        strict, _ = interaction_matchers(same_actor(g2p))
        pairs = greedy(gold.get("interactions", []), pred.get("interactions", []), strict)
        gm, pm = {id(g) for g, _ in pairs}, {id(p) for _, p in pairs}
        out += [f"  inter MISSED   {_act(g, gn)}" for g in gold.get("interactions", []) if id(g) not in gm]
        out += [f"  inter SPURIOUS {_act(p, pn)}" for p in pred.get("interactions", []) if id(p) not in pm]
    if "claims" in kinds:
        pairs = greedy(gold.get("claims", []), pred.get("claims", []), claims_overlap)
        gm, pm = {id(g) for g, _ in pairs}, {id(p) for _, p in pairs}
        same = same_actor(g2p)
        for g, p in pairs:
            if not same(g.get("speaker"), p.get("speaker")):
                out.append(f"  claim SPEAKER  gold {gn.get(g.get('speaker'))} pred {pn.get(p.get('speaker'))}"
                           f" [{p.get('rule')}]: {(g.get('content') or '')[:70]!r}")
        out += [f"  claim MISSED   {gn.get(g.get('speaker'))}: {(g.get('content') or '')[:90]!r}"
                for g in gold.get("claims", []) if id(g) not in gm]
        out += [f"  claim SPURIOUS {pn.get(p.get('speaker'))} [{p.get('rule')}]: {(p.get('content') or '')[:90]!r}"
                for p in pred.get("claims", []) if id(p) not in pm]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path)
    ap.add_argument("docs", type=Path)
    ap.add_argument("--only", help="one file stem")
    ap.add_argument("--kind", action="append", choices=["actors", "interactions", "claims"])
    args = ap.parse_args()
    from backchannel.ingest import read_file
    from backchannel.model import to_json
    from backchannel.nlp import load_pipeline
    from backchannel.pipeline import extract

    nlp = load_pipeline()
    kinds = set(args.kind or ["actors", "interactions", "claims"])
    for g, c in find_pairs(args.gold, args.docs):
        if args.only and g.stem != args.only:
            continue
        item = next(iter(read_file(c)))
        pred = json.loads(to_json(extract(item.document, nlp(item.document.text))))
        print(f"== {g.stem}")
        print("\n".join(report(load_gold(g), pred, kinds)))


if __name__ == "__main__":
    main()
