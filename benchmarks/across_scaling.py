#!/usr/bin/env python3
"""What cross-report resolution costs as a corpus grows: synthetic dossiers, timed per document.

    PYTHONPATH=src python benchmarks/across_scaling.py [--sizes 1000,4000,16000] [--out FILE]

Each synthetic report has 12 actors drawn from a pool that grows with the corpus
(people with shared surnames, states, organisations, unnamed officials and
groups), 8 interactions and 6 claims, and a 1,200-character text of random words
(Zipf-distributed over 5,832 made-up words, as news vocabulary is;
MinHash and the passage rules read it). Every tenth report is a wire copy of
another. The figure to compare is milliseconds per document against the
analysis itself (about 10.5 ms per short document on 2 shared CPUs, `benchmarks/store.py`):
the resolver's share of a corpus run is resolve_ms / (resolve_ms + analysis_ms).
``ms_per_document`` is CPU time (``time.process_time``): wall time on shared CPUs
varies by a factor of two with the other processes' load; ``seconds`` is wall time.
Why synthetic: the cost depends on block sizes and counts, not on what the
reports say; a generated corpus can be made large and shaped like news.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

from backchannel.model import (Actor, Claim, ClaimSpans, Document, Dossier, Evidence, Interaction, Mention)
from backchannel.resolve.across import resolve_dossiers

ANALYSIS_MS = 1000 / 95.0  # ms per short document, corpus add on 2 shared CPUs (README, Corpus store)
SINGLE_MS = 53.0  # CPU ms of analyze_text on one 1,300-character report, one by one (docs/across.md)
SYLLABLES = "ka lo ri ve sa mu den tor al bin ash ur ne pa gol sti fen dra".split()
VOCABULARY = [a + b + c for a in SYLLABLES for b in SYLLABLES for c in SYLLABLES][:20000]
ZIPF = [1 / (k + 1) for k in range(len(VOCABULARY))]  # news words: a few common, most rare
TYPES = ["meet", "message", "mediate", "agree", "release", "propose"]


def word(rng: random.Random, n: int = 2) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(n))


def pool(rng: random.Random, size: int) -> list[tuple[str, str, bool]]:
    """(name, kind, named) parties: people (shared surnames), states, organisations, unnamed ones."""
    surnames = [word(rng, 3).title() for _ in range(max(10, size // 4))]
    out = []
    for k in range(size):
        r = k % 10
        if r < 5:
            out.append((f"{word(rng).title()} {rng.choice(surnames)}", "person", True))
        elif r < 7:
            out.append((word(rng, 3).title() + "ia", "state", True))
        elif r < 9:
            out.append((f"{word(rng).title()} {word(rng).title()} Front", "organization", True))
        else:
            out.append((f"{word(rng).lower()} official", "person", False))
    return out


def report(rng: random.Random, k: int, parties: list[tuple[str, str, bool]], copy_of: str | None) -> Dossier:
    chosen = rng.sample(parties, 12)
    text = copy_of or " ".join(rng.choices(VOCABULARY, weights=ZIPF, k=180))
    text = text + " " + " ".join(name for name, _, _ in chosen) + "."
    doc = f"r{k:06d}"
    actors = []
    for j, (name, kind, named) in enumerate(chosen):
        at = text.rindex(name)
        actors.append(Actor(id=f"a{j}", name=name, kind=kind, named=named,  # type: ignore[arg-type]
                            mentions=[Mention(doc=doc, start=at, end=at + len(name), text=name)]))
    ev = Evidence(doc=doc, start=0, end=40, text=text[:40])
    inters = [Interaction(id=f"i{j}", type=rng.choice(TYPES), source=f"a{rng.randrange(12)}",  # type: ignore[arg-type]
                          target=f"a{rng.randrange(12)}", evidence=ev) for j in range(8)]
    claims = []
    for j in range(6):
        s = rng.randrange(0, 1000)
        claims.append(Claim(id=f"c{j}", speaker=f"a{rng.randrange(12)}", content=text[s:s + 80],
                            spans=ClaimSpans(doc=doc, content=[[s, s + 80]]),
                            evidence=Evidence(doc=doc, start=s, end=s + 80, text=text[s:s + 80])))
    published = f"2031-{1 + k % 12:02d}-{1 + k % 28:02d}"
    return Dossier(documents=[Document(id=doc, text=text, published=published, source=f"outlet{k % 40}")],
                   actors=actors, interactions=inters, claims=claims)


def run(n: int, seed: int = 14) -> dict:
    rng = random.Random(seed)
    parties = pool(rng, max(200, n // 2))
    texts: list[str] = []

    def dossiers():
        for k in range(n):
            copy = rng.choice(texts) if texts and k % 10 == 9 else None
            d = report(rng, k, parties, copy)
            if len(texts) < 50:
                texts.append(d.documents[0].text[:1100])
            yield d

    corpus = list(dossiers())  # generated first: only the resolver is timed
    t0, c0 = time.perf_counter(), time.process_time()
    res = resolve_dossiers(iter(corpus))
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    ms = 1000 * cpu / n
    return {"documents": n, "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2), "ms_per_document": round(ms, 3),
            "share_of_analysis": round(ms / (ms + ANALYSIS_MS), 3),
            "share_of_single_analysis": round(ms / (ms + SINGLE_MS), 3), "entities": len(res.entities),
            "events": len(res.events), "links": len(res.links)}


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,4000,16000")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    rows = []
    for n in (int(x) for x in args.sizes.split(",")):
        rows.append(run(n))
        print(json.dumps(rows[-1]), file=sys.stderr)
    if args.out:
        args.out.write_text(json.dumps(rows, indent=1) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
