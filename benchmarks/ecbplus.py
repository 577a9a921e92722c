#!/usr/bin/env python3
"""Cross-document coreference of ECB+ human participants with backchannel's own resolver.

    PYTHONPATH=src python benchmarks/ecbplus.py ../shared/bench/ecbplus/dev.jsonl --out PRED.jsonl
    python3 ../shared/bench/score_coref.py ../shared/bench/ecbplus/dev.jsonl PRED.jsonl

Every given mention of type HUM becomes an actor record (its text is its name; a
capitalised mention is a named person, a lower-case one an unnamed group) and the
mentions of one subtopic are resolved together by
:func:`backchannel.resolve.across.entities.resolve_entities`, the code that resolves
the actors of a corpus: the same blocking keys, pair weights, threshold and
union-find. Two differences, both of the input: ECB+ gives mentions, not
per-report actors, so mentions of one document may join (no cannot-link within a
document), and a pronoun, which names nobody on its own, joins the nearest
preceding non-pronoun mention of its document (the way a dossier's actor gathers
its pronoun mentions). Why a peer benchmark: the clusters of the spec are tiny;
ECB+ scores the same resolver on 196 documents with a standard metric.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from backchannel.resolve.across.entities import resolve_entities
from backchannel.resolve.across.names import norm
from backchannel.resolve.across.records import ActorRec, actor_record
from backchannel.resolve.across.words import words

HUM = "HUM"


def sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip(" ")
    return not before or before[-1] in "\n.!?\"'"


def record(doc: str, m: dict, text: str) -> ActorRec:
    """An actor record of one mention: named when capitalised other than by its place in the sentence."""
    words_ = m["text"].split()
    caps = [w[:1].isupper() for w in words_]
    named = (any(caps[1:]) or (caps[0] and not sentence_initial(text, m["start"]))) \
        and norm(m["text"]) not in words().pronouns
    kind = "person" if named else "group"
    return actor_record(doc, m["id"], m["text"], kind, named)


def resolve_subtopic(docs: list[dict]) -> dict[str, str]:
    """Mention id -> cluster label for the HUM mentions of one subtopic."""
    recs, pronoun_of = [], {}
    for d in docs:
        last = None
        for m in sorted((m for m in d["mentions"] if m["type"] == HUM), key=lambda m: m["start"]):
            if norm(m["text"]) in words().pronouns or not norm(m["text"]):
                pronoun_of[m["id"]] = last
                continue
            recs.append(record(d["id"], m, d["text"]))
            last = m["id"]
    res = resolve_entities(recs, distinct_within_doc=False)
    label = {r.id: res.entity_of[r.key] for r in recs}
    for pid, antecedent in pronoun_of.items():
        label[pid] = label[antecedent] if antecedent else f"pronoun:{pid}"
    return label


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", type=Path, help="ECB+ JSONL (../shared/bench/ecbplus/dev.jsonl)")
    ap.add_argument("--out", type=Path, required=True, help="predictions for score_coref.py")
    args = ap.parse_args(argv)
    docs = [json.loads(line) for line in args.gold.open(encoding="utf-8")]
    by_sub: dict[str, list[dict]] = {}
    for d in docs:
        by_sub.setdefault(d["subtopic"], []).append(d)
    t0 = time.perf_counter()
    labels: dict[str, str] = {}
    for sub, group in sorted(by_sub.items()):
        labels.update({m: f"{sub}/{c}" for m, c in resolve_subtopic(group).items()})
    with args.out.open("w", encoding="utf-8") as out:
        for d in docs:
            ms = [{"id": m["id"], "cluster": labels[m["id"]]} for m in d["mentions"] if m["id"] in labels]
            out.write(json.dumps({"id": d["id"], "mentions": ms}) + "\n")
    print(f"{len(docs)} documents, {len(labels)} HUM mentions, {len(by_sub)} subtopics, "
          f"{time.perf_counter() - t0:.2f} s", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
