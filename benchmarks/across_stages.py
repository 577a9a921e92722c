#!/usr/bin/env python3
"""Where a synthetic resolution's CPU and memory go, step by step: what grows per report as the corpus grows.

    PYTHONPATH=src python benchmarks/across_stages.py 10000 [--top 20]

Why: ``across_scaling.py`` gives one figure per size; comparing two sizes says that the
cost per report grows, not where. cProfile says where, but doubles the run's time and
slows Python calls unevenly. This wraps each function ``resolve_digest`` calls from its
module (``resolve/across/corpus.py``; nested calls are counted in the outermost) and
notes its CPU time (``time.process_time``), how far it raised the process's peak RSS and
the RSS after it; the digest is timed as a whole. Same corpus as ``across_scaling.py``
(``corpus(n)``, digested in batches of ``BATCH``). Run two sizes one after the other and
compare the ms a report of each step: a step whose figure grows is not linear.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import os
import resource
import sys
import time
import types
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).parent))
import across_scaling  # noqa: E402
import backchannel.resolve.across.corpus as corpus  # noqa: E402
from backchannel.resolve.across import Digest  # noqa: E402

#: per step: [CPU seconds, calls, MB the peak RSS rose, RSS after (MB)]
STATS: dict[str, list[float]] = {}
DEPTH = [0]


def rss_mb() -> int:
    """The process's resident memory now (Linux ``/proc``; 0 elsewhere)."""
    try:
        with open("/proc/self/status") as fh:
            return next((int(ln.split()[1]) // 1024 for ln in fh if ln.startswith("VmRSS")), 0)
    except OSError:
        return 0


def peak_mb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn``, its CPU time and peak RSS rise added to :data:`STATS` when it is the outermost step running."""
    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        DEPTH[0] += 1
        c0, p0 = time.process_time(), peak_mb()
        try:
            return fn(*args, **kwargs)
        finally:
            DEPTH[0] -= 1
            if DEPTH[0] == 0:
                s = STATS.setdefault(name, [0.0, 0, 0, 0])
                s[0] += time.process_time() - c0
                s[1] += 1
                s[2] = max(s[2], peak_mb() - p0)
                s[3] = rss_mb()
    return run


def wrap_steps() -> None:
    """Every function ``corpus.py`` imports from another module, and the :class:`Linker`'s passes."""
    for name, obj in list(vars(corpus).items()):
        if isinstance(obj, types.FunctionType) and obj.__module__ != corpus.__name__ and name != "gc_paused":
            setattr(corpus, name, timed(name, obj))
    for meth in ("events", "statements", "near_misses"):
        setattr(corpus.Linker, meth, timed("Linker." + meth, getattr(corpus.Linker, meth)))


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int)
    ap.add_argument("--top", type=int, default=20, help="the steps shown, dearest first")
    args = ap.parse_args(argv)
    wrap_steps()
    dg, gen, digest_cpu = Digest(), across_scaling.corpus(args.n), 0.0
    while batch := list(itertools.islice(gen, across_scaling.BATCH)):
        c0 = time.process_time()
        for d in batch:
            dg.add(d)
        digest_cpu += time.process_time() - c0
    del batch
    after_digest, c0 = rss_mb(), time.process_time()
    res = corpus.resolve_digest(dg)
    cpu, n = time.process_time() - c0, args.n
    print(f"n={n}: digest {1000 * digest_cpu / n:.2f} CPU ms a report (RSS after it {after_digest} MB), "
          f"resolution {1000 * cpu / n:.2f} ms a report, peak RSS {peak_mb()} MB "
          f"({1024 * peak_mb() / n:.0f} KB a report); load {os.getloadavg()[0]:.1f}")
    for name, (c, calls, rise, after) in sorted(STATS.items(), key=lambda x: -x[1][0])[:args.top]:
        print(f"  {name:28s} {1000 * c / n:6.3f} ms a report  calls {calls:3.0f}  peak +{rise:5.0f} MB  "
              f"RSS after {after:6.0f} MB")
    print(f"entities {len(res.entities)}, events {len(res.events)}, links {len(res.links)}")


if __name__ == "__main__":
    main(sys.argv[1:])
