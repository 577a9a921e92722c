#!/usr/bin/env python3
"""What grounding costs a perfect answer: each gold dossier given as the model's answer, aligned, scored.

    PYTHONPATH=src python benchmarks/llm_grounding.py [GOLD_DIR CORPUS_DIR]

Default: the bundled synthetic reports (examples/synthetic and its gold/).
No model and no network: the gold file itself stands in for a model's
answer, so this measures only what the aligner and the grounding drop from
an answer that is right (names written otherwise than in the text, quotes
split by their cue, evidence not copied word for word), and the score that
is left. It is an upper bound on what an LLM backend can score on these
files, not a measure of any model.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from backchannel.evaluate import combine, find_pairs, load_gold, score
from backchannel.ingest import InputError, read_file
from backchannel.llm.ground import Grounder
from backchannel.llm.merge import MergeStats, Merger
from backchannel.model import Dossier, to_json
from backchannel.pipeline import finish

ROOT = Path(__file__).resolve().parents[1]


def main(gold_dir: Path, corpus_dir: Path) -> dict:
    per, drops, items = {}, Counter(), Counter()
    for g, c in find_pairs(gold_dir, corpus_dir):
        gold = load_gold(g)
        item = next(iter(read_file(c)))
        assert not isinstance(item, InputError), item
        doc = item.document
        grounder = Grounder(doc, 0, len(doc.text))
        part = grounder.ground({k: json.loads(json.dumps(gold[k])) for k in ("actors", "interactions", "claims")})
        out = Dossier(documents=[doc])
        Merger(out, MergeStats(), compare=False).merge(part)
        d = finish(out)[0]
        assert d.reference_errors() == [], d.reference_errors()
        drops.update(grounder.drops)
        items.update({k: len(gold[k]) for k in ("actors", "interactions", "claims")})
        per[g.stem] = score(gold, json.loads(to_json(d)))
    summary = combine(list(per.values()))
    return {"files": len(per), "gold_items": dict(items), "dropped": dict(sorted(drops.items())),
            "all": {k: (v["f1"] if isinstance(v, dict) else v) for k, v in summary.items()}}


if __name__ == "__main__":
    args = [Path(a) for a in sys.argv[1:3]] or [ROOT / "examples" / "synthetic" / "gold", ROOT / "examples" / "synthetic"]
    print(json.dumps(main(*args), indent=1))
