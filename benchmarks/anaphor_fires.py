"""Fire counts and precision of the role-anaphor links (``actors.role_anaphors.*``) on gold sets.

Why a script of its own: these rules merge a description into a named person or add a mention to
one; they make no item of their own, so ``eval --by-rule`` does not count them. A link is right when
the named person it went to is matched to a gold person, and the description is not the name or
alias of another gold actor.

Usage: python benchmarks/anaphor_fires.py GOLD_DIR DOCS_DIR [GOLD_DIR DOCS_DIR ...]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from backchannel.evaluate import find_pairs, load_gold, match_actors
from backchannel.ingest import read_file
from backchannel.nlp import load_pipeline
from backchannel.pipeline import extract
from backchannel.resolve.lexicon import fold

PREFIX = "actors.role_anaphors."


def fires(gold: dict, pred: dict) -> list[tuple[str, str, str, bool]]:
    """(rule, description, person, right) for every role-anaphor link of one report."""
    ga, pa = gold.get("actors", []), pred.get("actors", [])
    p2g = {p: g for g, p in match_actors(ga, pa).items()}
    gmap = {g["id"]: g for g in ga}
    out = []
    for p in pa:
        for key, rule in (p.get("trace") or {}).items():
            if not key.startswith("anaphor:") or not str(rule).startswith(PREFIX):
                continue
            desc = key.split(":", 1)[1]
            g = gmap.get(p2g.get(p["id"], ""))
            other = any(o is not g and desc in {fold(n) for n in [o["name"], *o.get("aliases", [])]} for o in ga)
            out.append((rule, desc, p["name"], g is not None and g.get("kind") == "person" and not other))
    return out


def main(args: list[str]) -> None:
    nlp = load_pipeline(None)
    for gd, dd in zip(args[::2], args[1::2]):
        tally: Counter[tuple[str, bool]] = Counter()
        for g, c in find_pairs(Path(gd), Path(dd)):
            item = next(iter(read_file(c)))
            pred = extract(item.document, nlp(item.document.text)).to_dict()  # type: ignore[union-attr]
            for rule, desc, person, right in fires(load_gold(g), pred):
                tally[(rule, right)] += 1
                print(f"  {g.stem[:28]:28} {rule.removeprefix(PREFIX):12} {'ok ' if right else 'BAD'} {desc!r} -> {person}")
        rules = sorted({r for r, _ in tally})
        print(gd, " ".join(f"{r.removeprefix(PREFIX)} {tally[(r, True)]}/{tally[(r, True)] + tally[(r, False)]}"
                           for r in rules) or "no fires")


if __name__ == "__main__":
    main(sys.argv[1:])
