#!/usr/bin/env python3
"""What cross-report resolution costs as a corpus grows: synthetic dossiers, timed per document.

    PYTHONPATH=src python benchmarks/across_scaling.py [--sizes 1000,4000,16000] [--out FILE]

Each size runs in a process of its own, so ``peak_rss_mb`` (the process's peak
resident memory, ``getrusage``) is that size's alone.

Each synthetic report is shaped as the real reports' dossiers are on average
(``benchmarks/across_calibration.py``): 15 actors drawn from a pool that grows with the
corpus (people with shared surnames, states, organisations, unnamed officials and
delegations; three in four with a role descriptor), 11 interactions, 7 claims of
100 characters, and a 1,860-character text of random words (Zipf-distributed over
5,832 made-up words, as news vocabulary is; MinHash and the passage rules read
it). Every tenth report is a wire copy of another.

The dossiers are generated and digested in batches of ``BATCH`` (the benchmark
never holds the corpus), and only the resolver's own work is timed: the digest of
each batch and the resolution. ``ms_per_document`` is CPU time
(``time.process_time``): wall time on shared CPUs varies by a factor of two with the
other processes' load; ``seconds`` is the resolver's wall time. The shares compare
it with the analysis of the same reports: the resolver's share of a corpus run is
resolve_ms / (resolve_ms + analysis_ms), against the batched ``corpus add`` of
real-length reports, of the short invented reports of ``benchmarks/store.py``
(both from ``results-across-calibration.json``), and against ``analyze_text`` one
report at a time. ``peak_rss_mb`` is the process's peak resident memory so far.
Why synthetic: the cost depends on block sizes and counts, not on what the
reports say; a generated corpus can be made large and shaped like news.

The rules that read more than names and types (``docs/across.md``) are fed too (``--plain``
leaves them out and gives the corpus of the earlier figures): one report in ten
accuses one of ``DETAINED`` people or calls their detention wrongful (``across.links.case_dispute``,
the same few people whatever the corpus size, as one famous detainee is told by every
report of a story), and some reports tell a main party's meeting with one or several
unnamed officials of a side (``one_or_several``, ``side_group``), a contact or talks
(``told_as``), an agreement with a guessed partner (``guessed_partner``), a state's
president named or not (``office_holder``), "Government of X" (``of_inverted``), a defined
acronym (``defined_acronym``) and kinds from the NER label alone (``guessed_kind``).
These are drawn from a random stream of their own, so the rest of each report is as without them.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import resource
import subprocess
import sys
import time
import zlib
from collections import Counter
from pathlib import Path
from typing import Iterator

from backchannel.model import (Actor, Claim, ClaimSpans, Document, Dossier, Evidence, Interaction, Mention)
from backchannel.resolve.across import Digest, resolve_digest

from across_extra import EVENT_RULES, LINK_RULES, Extra, Hot  # noqa: E402  (the reports that feed the newer rules)

CALIBRATION = Path(__file__).with_name("results-across-calibration.json")
SINGLE_MS = 53.0  # CPU ms of analyze_text on one 1,300-character report, one by one (docs/across.md)
BATCH = 1000  # dossiers generated, then digested, at a time
SYLLABLES = "ka lo ri ve sa mu den tor al bin ash ur ne pa gol sti fen dra".split()
VOCABULARY = [a + b + c for a in SYLLABLES for b in SYLLABLES for c in SYLLABLES][:20000]
ZIPF = [1 / (k + 1) for k in range(len(VOCABULARY))]  # news words: a few common, most rare
TYPES = ["meet", "message", "mediate", "agree", "release", "propose"]
# Per report, as the real reports' dossiers hold on average (benchmarks/across_calibration.py: the 20 reports of
# ../shared/corpus and ../shared/gold/corpora analysed by `corpus add`: 14.6 actors, 10.7 interactions, 6.9 claims
# of 103 characters, 0.77 aliases or descriptors per actor, 1,856 characters, a third of the actors unnamed).
ACTORS, INTERACTIONS, CLAIMS, CLAIM_CHARS, WORDS = 15, 11, 7, 100, 214
ROLES = ["envoy", "minister", "spokesman", "negotiator", "adviser", "commander", "mediator", "delegate"]


def word(rng: random.Random, n: int = 2) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(n))


def pool(rng: random.Random, size: int) -> list[tuple[str, str, bool]]:
    """(name, kind, named) parties: people (shared surnames), states, organisations, unnamed ones."""
    surnames = [word(rng, 3).title() for _ in range(max(10, size // 4))]
    out = []
    for k in range(size):
        r = k % 10
        if r < 3:
            out.append((f"{word(rng).title()} {rng.choice(surnames)}", "person", True))
        elif r < 5:
            out.append((word(rng, 3).title() + "ia", "state", True))
        elif r < 7:
            out.append((f"{word(rng).title()} {word(rng).title()} Front", "organization", True))
        elif r < 8:
            out.append((f"{word(rng).lower()} official", "person", False))
        else:
            out.append((f"{word(rng).lower()} delegation", "group", False))
    return out


def report(rng: random.Random, k: int, parties: list[tuple[str, str, bool]], copy_of: str | None) -> Dossier:
    chosen = rng.sample(parties, ACTORS)
    text = copy_of or " ".join(rng.choices(VOCABULARY, weights=ZIPF, k=WORDS))
    text = text + " " + " ".join(name for name, _, _ in chosen) + "."
    doc = f"r{k:06d}"
    actors = []
    for j, (name, kind, named) in enumerate(chosen):
        at = text.rindex(name)
        role = [f"the {ROLES[zlib.crc32(name.encode()) % len(ROLES)]}"] if rng.random() < 0.77 else []
        actors.append(Actor(id=f"a{j}", name=name, kind=kind, named=named, descriptors=role,  # type: ignore[arg-type]
                            mentions=[Mention(doc=doc, start=at, end=at + len(name), text=name)]))
    ev = Evidence(doc=doc, start=0, end=40, text=text[:40])
    inters = [Interaction(id=f"i{j}", type=rng.choice(TYPES), source=f"a{rng.randrange(ACTORS)}",  # type: ignore[arg-type]
                          target=f"a{rng.randrange(ACTORS)}", evidence=ev) for j in range(INTERACTIONS)]
    claims = []
    for j in range(CLAIMS):
        s, e = (s := rng.randrange(0, 1500)), s + CLAIM_CHARS
        claims.append(Claim(id=f"c{j}", speaker=f"a{rng.randrange(ACTORS)}", content=text[s:e],
                            spans=ClaimSpans(doc=doc, content=[[s, e]]),
                            evidence=Evidence(doc=doc, start=s, end=e, text=text[s:e])))
    published = f"2031-{1 + k % 12:02d}-{1 + k % 28:02d}"
    return Dossier(documents=[Document(id=doc, text=text, published=published, source=f"outlet{k % 40}")],
                   actors=actors, interactions=inters, claims=claims)


def corpus(n: int, seed: int = 14, plain: bool = False) -> Iterator[Dossier]:
    """The ``n`` synthetic dossiers of a run, one at a time (the benchmark never holds them all)."""
    rng = random.Random(seed)
    parties = pool(rng, max(200, n // 2))
    hot = Hot(parties)
    texts: list[str] = []
    for k in range(n):
        copy = rng.choice(texts) if texts and k % 10 == 9 else None
        d = report(rng, k, parties, copy)
        if not plain:
            d = Extra(d).fill(random.Random(f"{seed}-{k}"), hot)
        if len(texts) < 50:
            texts.append(d.documents[0].text[:1650])
        yield d


def baselines() -> dict[str, float]:
    """Analysis CPU ms per document: batched `corpus add` of real-length and of short reports, and one by one."""
    cal = json.loads(CALIBRATION.read_text())
    return {"real_corpus_add": cal["real_corpus_add"]["ms_per_document"],
            "short_corpus_add": cal["short_corpus_add"]["ms_per_document"], "single_analysis": SINGLE_MS}


def run(n: int, seed: int = 14, plain: bool = False, dump: Path | None = None) -> dict:
    """Generate ``n`` dossiers in batches, digest each batch, resolve; time only the digest and the resolution.

    ``dump``: write the whole resolution there (sorted-key JSON), so that a speed change can be checked
    byte for byte against the output before it (``cmp``)."""
    dg, gen, cpu, seconds = Digest(), corpus(n, seed, plain), 0.0, 0.0
    while batch := list(itertools.islice(gen, BATCH)):
        t0, c0 = time.perf_counter(), time.process_time()
        for d in batch:
            dg.add(d)
        seconds, cpu = seconds + time.perf_counter() - t0, cpu + time.process_time() - c0
    del batch
    t0, c0 = time.perf_counter(), time.process_time()
    res = resolve_digest(dg)
    seconds, cpu = seconds + time.perf_counter() - t0, cpu + time.process_time() - c0
    ms = 1000 * cpu / n
    if dump:
        whole = {**res.to_dict(), "copies": res.copies, "capped": {k: c.to_dict() for k, c in res.capped.items()}}
        dump.write_text(json.dumps(whole, sort_keys=True))
    shares = {f"share_of_{k}": round(ms / (ms + v), 3) for k, v in baselines().items()}
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"documents": n, "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2), "ms_per_document": round(ms, 3),
            **shares, "entities": len(res.entities), "events": len(res.events), "links": len(res.links),
            "judgements": len(res.judgements), "rules": rule_counts(res), "plain": plain, "capped": {k: c.to_dict() for k, c in getattr(res, "capped", {}).items()},
            "peak_rss_mb": round(rss), "peak_rss_kb_per_document": round(1024 * rss / n, 1),
            "load_average": os.getloadavg()}


def rule_counts(res: object) -> dict[str, int]:
    """How many links and events the rules this corpus feeds produced (a rule that fires on nothing costs nothing)."""
    out: Counter[str] = Counter()
    for ln in getattr(res, "links", []):
        why = str(ln.get("note", ""))
        out.update(r for r in LINK_RULES if r in why)
    for e in getattr(res, "events", []):
        out.update(r for r in EVENT_RULES if r in json.dumps(e.get("joined", [])) + json.dumps(e.get("reasons", [])))
    return dict(sorted(out.items()))


def run_apart(n: int, plain: bool = False) -> dict:
    """:func:`run` in a fresh process, so that its peak memory is its own."""
    got = subprocess.run([sys.executable, __file__, "--one", str(n)] + ["--plain"] * plain, check=True,
                         capture_output=True, text=True)
    return json.loads(got.stdout)


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,4000,16000")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--one", type=int, help="run one size here and print its row (used by the other sizes)")
    ap.add_argument("--plain", action="store_true", help="without the reports that feed the newer rules (Extra)")
    ap.add_argument("--dump", type=Path, help="with --one: write the whole resolution to this JSON file")
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(run(args.one, plain=args.plain, dump=args.dump)))
        return
    rows = []
    for n in (int(x) for x in args.sizes.split(",")):
        rows.append(run_apart(n, args.plain))
        print(json.dumps(rows[-1]), file=sys.stderr)
    if args.out:
        args.out.write_text(json.dumps(rows, indent=1) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
