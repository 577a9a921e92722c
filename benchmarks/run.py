#!/usr/bin/env python3
"""backchannel benchmarks: throughput, extraction overhead, scaling, memory, cost growth, profile.

    python benchmarks/run.py            # the full run (`make bench`): < 10 min on 2 cores
    python benchmarks/run.py --quick    # ~1 min, writes under benchmarks/work/ only
    python benchmarks/run.py --only throughput,profile

What is measured, on the same texts (the corpus articles + the PolNeAR dev
articles, read from ../shared at run time):

(a) the raw spaCy pipeline: ``nlp.pipe`` with backchannel's own pipeline
    (``load_pipeline()``), batch size and process count;
(b) the full backchannel run: ``pipeline.analyze`` (parse + extract + views);
    plus extraction alone (``pipeline.extract`` on the docs parsed in (a)), so
    the ratio (b)/(a) can also be computed as parse / (parse + extract);
(c) the peer: textacy 0.13 ``direct_quotations`` on the same parsed docs, with
    the paragraph fallback of ../shared/bench/baseline_textacy.py.

Then 1 vs 2 processes, the peak RSS of ``backchannel analyze FILE.jsonl
--format jsonl`` (a subprocess, polled with psutil) on 1k/10k/50k short
documents, the time per document against its length, and a pyinstrument
profile of the extraction; then benchmarks/fetch.py (web input: 1,000 local pages,
its own results-fetch.json). Writes benchmarks/results.json and docs/bench.png
(``--quick``: benchmarks/work/results-quick.json and bench-quick.png).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import platform
import re
import subprocess
import sys
import time
from pathlib import Path

import corpus
from corpus import HERE, WORK, words

ROOT = HERE.parent
SECTIONS = ("throughput", "scaling", "growth", "profile", "memory", "fetch")
GOAL_RATIO = 0.7


# --------------------------------------------------------------------------- helpers

def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


#: Clock of the single-process measurements: "cpu" (time.process_time: this process's CPU time, which
#: other jobs on a shared machine barely disturb) or "wall" (time.perf_counter). Runs that use worker
#: processes (the scaling and memory sections) are always timed by the wall clock.
CLOCK = "cpu"


def now() -> float:
    return time.process_time() if CLOCK == "cpu" else time.perf_counter()


class Timing:
    """Best (smallest) wall and CPU times over repeated calls; ``.t`` is the one of :data:`CLOCK`."""

    def __init__(self) -> None:
        self.wall = self.cpu = float("inf")

    @property
    def t(self) -> float:
        return self.cpu if CLOCK == "cpu" else self.wall

    def add(self, fn, repeat: int = 1) -> "Timing":
        for _ in range(max(1, repeat)):
            gc.collect()
            w0, c0 = time.perf_counter(), time.process_time()
            fn()
            self.wall = min(self.wall, time.perf_counter() - w0)
            self.cpu = min(self.cpu, time.process_time() - c0)
        return self

    def as_dict(self) -> dict:
        return {"wall_s": self.wall, "cpu_s": self.cpu}


def best_of(fn, repeat: int) -> float:
    """Best time (by :data:`CLOCK`) of ``repeat`` calls: the least disturbed by other load."""
    return Timing().add(fn, repeat).t


def best_wall(fn, repeat: int) -> float:
    return Timing().add(fn, repeat).wall


def rate(n: float, seconds: float) -> float:
    return n / seconds if seconds > 0 else float("nan")


def machine() -> dict:
    import spacy

    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or "unknown"
    try:
        import psutil

        mem_gb = round(psutil.virtual_memory().total / 2**30, 1)
    except ImportError:
        mem_gb = None
    commit, dirty = git_state()
    rev = os.environ.get(REV_ENV)
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gb": mem_gb, "os": platform.platform(),
            "python": platform.python_version(), "spacy": spacy.__version__,
            "commit": rev or commit, "source": f"git {rev} (src/ exported)" if rev else
            ("working tree" + (" with uncommitted changes in src/" if dirty else "")),
            "load_average_at_start": [round(x, 2) for x in os.getloadavg()]}


def git_state() -> tuple[str | None, bool]:
    """Short HEAD commit and whether src/ has uncommitted changes."""
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True, check=True).stdout.strip()
        dirty = bool(subprocess.run(["git", "status", "--porcelain", "--", "src"], cwd=ROOT, capture_output=True,
                                    text=True, check=True).stdout.strip())
        return commit, dirty
    except (OSError, subprocess.CalledProcessError):
        return None, False


REV_ENV = "BACKCHANNEL_BENCH_REV"


def reexec_at(rev: str) -> None:
    """Run this same benchmark on the committed src/ of ``rev``, not on the working tree.

    Why: in a working tree that other people are editing, uncommitted work in
    progress (even a hanging loop) would be measured. ``git archive`` exports
    src/ of that commit under benchmarks/work/ (nothing in the repository
    changes) and the process restarts with it first on PYTHONPATH, so the
    ``backchannel`` subprocesses of the memory runs use it too.
    """
    sha = subprocess.run(["git", "rev-parse", "--short", rev], cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout.strip()
    dest = WORK / f"src-{sha}"
    if not (dest / "src" / "backchannel").is_dir():
        dest.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "archive", sha, "src"], cwd=ROOT, capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    env = dict(os.environ)
    env[REV_ENV] = sha
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(dest / "src"), env.get("PYTHONPATH")]))
    log(f"benchmarking the committed src/ of {sha} ({dest / 'src'})")
    os.execve(sys.executable, [sys.executable, str(Path(__file__).resolve())] + sys.argv[1:], env)


# --------------------------------------------------------------------------- (c) textacy

PARAGRAPH = re.compile(r"\S(?:.*?\S)?(?=\s*\n\s*\n|\s*$)", re.S)


def textacy_quotes(sdoc, direct_quotations) -> tuple[int, int]:
    """Triples of one parsed doc as ../shared/bench/baseline_textacy.py gets them: (triples, errors).

    textacy raises ValueError on an odd number of quotation marks; then each
    paragraph is tried on its own (Span.as_doc, no re-parse) and paragraphs
    that still raise are skipped.
    """
    try:
        return len(list(direct_quotations(sdoc))), 0
    except ValueError:
        n, errors = 0, 1
        for m in PARAGRAPH.finditer(sdoc.text):
            span = sdoc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            try:
                n += len(list(direct_quotations(span.as_doc())))
            except ValueError:
                pass
        return n, errors


# --------------------------------------------------------------------------- sections

def run_throughput(nlp, docs, args, out: dict) -> list:
    """(a), (b), extraction alone, per stage, and (c); one process. Returns the parsed docs."""
    from backchannel import pipeline

    texts = [d.text for d in docs]
    n_words = sum(words(t) for t in texts)
    n_docs = len(docs)
    parsed: list = []

    def parse():
        parsed[:] = list(nlp.pipe(texts, batch_size=args.batch_size, n_process=1))

    def extract_all():
        for d, sd in zip(docs, parsed):
            pipeline.extract(d, sd)

    items = corpus.as_items(docs)
    errors = []

    def full():
        errors[:] = [r for r in pipeline.analyze(items, nlp=nlp, batch_size=args.batch_size, n_process=1)
                     if r.error]

    log(f"warm-up: parse + extract {min(8, n_docs)} docs")
    for d, sd in zip(docs, nlp.pipe(texts[:8], batch_size=args.batch_size)):
        pipeline.extract(d, sd)  # data files, caches, lazy imports
    # (a) and (b) alternate, best of --repeat each, so that a slow spell of the
    # machine does not fall on one of them only.
    tm_parse, tm_full = Timing(), Timing()
    for r in range(max(1, args.repeat)):
        log(f"(a) spaCy nlp.pipe, 1 process, {n_docs} docs, {n_words} words (run {r + 1})")
        tm_parse.add(parse)
        log(f"(b) full pipeline.analyze, 1 process (run {r + 1})")
        tm_full.add(full)
    t_parse, t_full = tm_parse.t, tm_full.t

    log("extraction alone on the parsed docs")
    tm_extract = Timing().add(extract_all, args.repeat_extract)
    t_extract = tm_extract.t

    # Per-stage split, re-doing what pipeline.extract does, stage by stage.
    from backchannel.extract import STAGES, Context
    from backchannel.model import Dossier
    from backchannel.views import build_views

    stage_s = {name: 0.0 for name in pipeline.DEFAULT_STAGES}
    stage_s["views"] = 0.0
    for d, sd in zip(docs, parsed):
        ctx = Context(document=d, doc=sd, anchor=pipeline.parse_date(d.published))
        for name in pipeline.DEFAULT_STAGES:
            t0 = now()
            STAGES[name](ctx)
            stage_s[name] += now() - t0
        t0 = now()
        build_views(Dossier(documents=[d], actors=list(ctx.actors.values()),
                            interactions=ctx.interactions, claims=ctx.claims))
        stage_s["views"] += now() - t0

    log("(c) textacy direct_quotations on the same parsed docs")
    textacy = {"available": False}
    try:
        import textacy as tx
        from textacy.extract.triples import direct_quotations

        counts = []

        def peer():
            counts[:] = [textacy_quotes(sd, direct_quotations) for sd in parsed]

        peer()
        tm_tx = Timing().add(peer, args.repeat_extract)
        t_tx = tm_tx.t
        textacy = {"available": True, "version": tx.__version__, "extract_s": t_tx, **tm_tx.as_dict(),
                   "triples": sum(c[0] for c in counts), "docs_with_odd_quotes": sum(c[1] for c in counts),
                   "extract_words_per_s": rate(n_words, t_tx),
                   "end_to_end_s": t_parse + t_tx,
                   "words_per_s": rate(n_words, t_parse + t_tx), "docs_per_s": rate(n_docs, t_parse + t_tx)}
    except ImportError as exc:
        textacy["error"] = f"{exc} (install the bench extra: make .venv/.bench)"

    out["throughput"] = {
        "documents": n_docs, "words": n_words, "chars": sum(len(t) for t in texts),
        "batch_size": args.batch_size, "processes": 1, "repeat": args.repeat, "clock": CLOCK,
        "spacy": {"seconds": t_parse, "words_per_s": rate(n_words, t_parse), "docs_per_s": rate(n_docs, t_parse),
                  **tm_parse.as_dict()},
        "backchannel": {"seconds": t_full, "words_per_s": rate(n_words, t_full), "docs_per_s": rate(n_docs, t_full),
                        "errors": len(errors), **tm_full.as_dict()},
        "extract_only": {"seconds": t_extract, "words_per_s": rate(n_words, t_extract), **tm_extract.as_dict(),
                         "ms_per_doc": 1000 * t_extract / n_docs,
                         "stages_s": stage_s},
        "textacy": textacy,
        # (b)/(a) two ways: from the two end-to-end runs, and from parse vs extraction alone
        "ratio_measured": t_parse / t_full,
        "ratio_from_parts": t_parse / (t_parse + t_extract),
        "extraction_overhead": t_extract / t_parse,
        "ratio_measured_wall": tm_parse.wall / tm_full.wall,
    }
    return parsed


def run_scaling(nlp, docs, args, out: dict) -> None:
    """(a) and (b) with 1 and 2 processes and two batch sizes, wall-clock, all configurations in turn.

    Why two batch sizes: spaCy hands whole batches to its worker processes, so
    with the CLI's default of 32 documents a batch, 91 articles make 3 batches
    and the second worker idles for most of the run; 8 a batch shows what a
    second core can give. Why in turn: on a machine shared with other jobs the
    load changes from minute to minute.
    """
    from backchannel import pipeline

    texts = [d.text for d in docs]
    n_words = sum(words(t) for t in texts)
    items = corpus.as_items(docs)
    configs = [(n, bs) for bs in args.scaling_batch_sizes for n in args.processes]
    for d, sd in zip(docs, nlp.pipe(texts[:8])):  # warm-up, when this section runs alone
        pipeline.extract(d, sd)
    t_a = {c: float("inf") for c in configs}
    t_b = dict(t_a)
    for r in range(max(1, args.scaling_repeat)):
        for n, bs in configs:
            log(f"scaling: {n} process{'es' if n > 1 else ''}, batch size {bs} (run {r + 1})")
            t_a[n, bs] = min(t_a[n, bs], best_wall(lambda: sum(1 for _ in nlp.pipe(texts, batch_size=bs,
                                                                                   n_process=n)), 1))
            t_b[n, bs] = min(t_b[n, bs], best_wall(lambda: sum(1 for _ in pipeline.analyze(
                items, nlp=nlp, batch_size=bs, n_process=n)), 1))
    rows = []
    for n, bs in configs:
        base = (1, bs) if (1, bs) in t_a else None
        rows.append({"processes": n, "batch_size": bs, "spacy_s": t_a[n, bs], "backchannel_s": t_b[n, bs],
                     "spacy_words_per_s": rate(n_words, t_a[n, bs]),
                     "backchannel_words_per_s": rate(n_words, t_b[n, bs]),
                     "backchannel_docs_per_s": rate(len(docs), t_b[n, bs]),
                     "ratio": t_a[n, bs] / t_b[n, bs],
                     "speedup_spacy": t_a[base] / t_a[n, bs] if base else None,
                     "speedup_backchannel": t_b[base] / t_b[n, bs] if base else None})
    out["scaling"] = {"documents": len(docs), "words": n_words, "clock": "wall", "repeat": args.scaling_repeat,
                      "load_average": [round(x, 2) for x in os.getloadavg()], "rows": rows}


def run_growth(nlp, docs, args, out: dict) -> None:
    """Time per document against its length: parse and extraction, best of several runs each."""
    from backchannel import pipeline

    rows = []
    for label, d in corpus.length_series(docs):
        w = words(d.text)
        rep = max(2, min(20, int(args.growth_budget_words / max(w, 1))))
        parsed = nlp(d.text)
        t_parse = best_of(lambda: nlp(d.text), rep)
        pipeline.extract(d, parsed)
        t_ext = best_of(lambda: pipeline.extract(d, parsed), max(rep, 3))
        rows.append({"label": label, "words": w, "chars": len(d.text), "repeat": rep, "clock": CLOCK,
                     "parse_s": t_parse, "extract_s": t_ext,
                     "parse_us_per_word": 1e6 * t_parse / w, "extract_us_per_word": 1e6 * t_ext / w})
        log(f"growth: {label}: {w} words, parse {t_parse:.3f}s, extract {t_ext:.4f}s")
    ref = next((r for r in rows if r["label"] == "median article"), rows[0])
    for r in rows:
        r["extract_per_word_vs_median"] = r["extract_us_per_word"] / ref["extract_us_per_word"]
        r["parse_per_word_vs_median"] = r["parse_us_per_word"] / ref["parse_us_per_word"]
    out["growth"] = {"rows": rows}


def run_profile(parsed, docs, args, out: dict) -> None:
    """pyinstrument over the extraction alone (pre-parsed docs): top costs by self time, heaviest functions.

    Shares are of the time sampled inside ``pipeline.extract``. Self time of a
    function includes the spaCy (Cython) attribute look-ups it makes, which
    pyinstrument cannot show as frames of their own.
    """
    try:
        from pyinstrument import Profiler
    except ImportError:
        out["profile"] = {"error": "pyinstrument missing (install the bench extra: make .venv/.bench)"}
        return
    from backchannel import pipeline

    log("profile: pyinstrument on extraction alone")
    prof = Profiler(interval=0.001)
    prof.start()
    t0 = time.perf_counter()
    rounds = 0
    while True:  # enough samples even while the extraction is still light
        for d, sd in zip(docs, parsed):
            pipeline.extract(d, sd)
        rounds += 1
        if time.perf_counter() - t0 > args.profile_seconds:
            break
    prof.stop()
    root = prof.last_session.root_frame()
    WORK.mkdir(parents=True, exist_ok=True)
    (WORK / "profile.html").write_text(prof.output_html(), encoding="utf-8")
    (WORK / "profile.txt").write_text(prof.output_text(unicode=True, color=False, show_all=False), encoding="utf-8")

    selfs: dict[tuple, dict] = {}
    ours: dict[tuple, float] = {}
    orphans: dict[tuple, float] = {}  # Cython frames pyinstrument could not attach to a Python caller

    def key(fr):
        name = f"{fr.class_name}.{fr.function}" if getattr(fr, "class_name", None) else fr.function
        return (name, fr.file_path_short or fr.file_path, fr.line_no)

    def ours_file(fr) -> bool:
        return is_ours(fr.file_path or "")

    def walk(fr, owner, stack_keys):
        if fr.is_synthetic:
            return
        k = key(fr)
        kids = [c for c in fr.children if not c.is_synthetic]
        self_t = fr.time - sum(c.time for c in kids)
        if ours_file(fr) and k not in stack_keys:  # inclusive time, counting recursion once
            ours[k] = ours.get(k, 0.0) + fr.time
        e = selfs.setdefault(k, {"self_s": 0.0, "called_from": {}})
        e["self_s"] += self_t
        if owner and owner != k:
            e["called_from"][owner] = e["called_from"].get(owner, 0.0) + self_t
        for c in kids:
            walk(c, k if ours_file(fr) else owner, stack_keys | {k})

    def find(fr, hits):
        if fr.is_synthetic:
            return
        if fr.function == "extract" and (fr.file_path or "").endswith("pipeline.py"):
            hits.append(fr)
            return
        for c in fr.children:
            find(c, hits)

    extract_frames: list = []
    if root:
        find(root, extract_frames)
        for c in root.children:  # top-level spaCy (.pyx/.pxd) frames without their caller
            if not c.is_synthetic and (c.file_path or "").endswith((".pyx", ".pxd")):
                orphans[key(c)] = orphans.get(key(c), 0.0) + c.time
    for fr in extract_frames:
        walk(fr, None, frozenset())
    total = sum(fr.time for fr in extract_frames)

    def fmt(k):
        return f"{k[0]} ({k[1]}:{k[2]})"

    top_self = sorted(selfs.items(), key=lambda kv: -kv[1]["self_s"])[:args.top]
    top_ours = sorted(((k, v) for k, v in ours.items() if k[0] != "extract"), key=lambda kv: -kv[1])
    out["profile"] = {
        "seconds": total, "sampled_s": root.time if root else 0.0, "rounds": rounds, "documents": len(docs),
        "interval_s": 0.001,
        "top_self": [{"function": fmt(k), "self_s": v["self_s"], "share": v["self_s"] / total if total else None,
                      "called_from": fmt(max(v["called_from"], key=v["called_from"].get)) if v["called_from"] else None}
                     for k, v in top_self],
        "top_backchannel_inclusive": [{"function": fmt(k), "seconds": t, "share": t / total if total else None}
                                      for k, t in top_ours[:args.top * 3]],
        "spacy_cython_unattached_s": sum(orphans.values()),
        "html": str((WORK / "profile.html").relative_to(ROOT)),
        "text": str((WORK / "profile.txt").relative_to(ROOT)),
    }


def is_ours(path: str) -> bool:
    """A backchannel source file (working tree or an exported revision), not this harness."""
    return "/backchannel/" in path and Path(path).parent != HERE


def run_cprofile(parsed, docs, args, out: dict) -> None:
    """cProfile over one extraction pass: every function, Cython ones included, by own time.

    Why a second profiler: pyinstrument samples Python frames and cannot attach
    spaCy's Cython functions (Token creation, Doc.text, Doc.ents) to the
    backchannel line that called them; cProfile records every call with its
    callers, so a quadratic ``doc.text`` inside a loop shows up with its caller.
    Its own overhead inflates small Python functions, so read shares, not times.
    """
    import cProfile
    import pstats

    from backchannel import pipeline

    log("profile: cProfile on extraction alone")
    pr = cProfile.Profile()
    pr.enable()
    for d, sd in zip(docs, parsed):
        pipeline.extract(d, sd)
    pr.disable()
    st = pstats.Stats(pr)
    n_words = sum(words(d.text) for d in docs)
    stats = st.stats  # (file, line, func) -> (cc, nc, tottime, cumtime, callers)
    total = sum(v[2] for v in stats.values())

    def name(f):
        file, line, func = f
        short = file.split("/src/", 1)[-1] if "/src/" in file else ("/".join(file.split("/")[-3:]) if "/" in file else file)
        return f"{func} ({short}:{line})" if line else func

    def our_caller(f, seen=frozenset()):
        """The backchannel function that leads to f: the caller charged most of f's time, up the call graph."""
        callers = stats.get(f, (0, 0, 0, 0, {}))[4]
        for c, _ in sorted(callers.items(), key=lambda kv: -(kv[1][2] + kv[1][3])):
            if c in seen:
                continue
            if is_ours(c[0]):
                return c
            found = our_caller(c, seen | {f})
            if found:
                return found
        return None

    top = sorted(stats.items(), key=lambda kv: -kv[1][2])[:args.top]
    rows = []
    for f, v in top:
        caller = None if is_ours(f[0]) else our_caller(f)
        rows.append({"function": name(f), "calls": v[1], "self_s": v[2], "share": v[2] / total if total else None,
                     "called_from": name(caller) if caller else None,
                     "calls_per_word": v[1] / n_words if n_words else None})
    ours_cum = sorted(((f, v[3]) for f, v in stats.items()
                       if is_ours(f[0]) and f[2] not in ("extract",) and not f[0].endswith("pipeline.py")),
                      key=lambda kv: -kv[1])
    spacy_self = sorted(((f, v[2]) for f, v in stats.items() if f[0].endswith((".pyx", ".pxd"))),
                        key=lambda kv: -kv[1])
    out["cprofile"] = {"seconds": total, "documents": len(docs), "top_self": rows,
                       "spacy_self": [{"function": name(f), "self_s": t, "share": t / total if total else None}
                                      for f, t in spacy_self[:10]],
                       "top_backchannel_inclusive": [{"function": name(f), "seconds": t,
                                                      "share": t / total if total else None}
                                                     for f, t in ours_cum[:args.top * 3]]}


def backchannel_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("backchannel")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "backchannel.cli"]


def run_memory(docs, args, out: dict) -> None:
    """Peak RSS of `backchannel analyze FILE.jsonl --format jsonl > /dev/null` for growing streams."""
    import psutil

    texts = corpus.short_texts(docs, args.mem_words)
    rows = []
    for n in args.mem_sizes:
        path = corpus.write_stream(n, texts, f"w{args.mem_words}")
        cmd = backchannel_cmd() + ["analyze", str(path), "--format", "jsonl", "--no-progress",
                                   "--processes", str(args.mem_processes)]
        log(f"memory: {n} docs ({args.mem_processes} processes): {' '.join(cmd[-6:])}")
        t0 = time.perf_counter()
        errlog = WORK / f"memory-{n}.stderr"
        with errlog.open("wb") as errfh:
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=errfh)
        ps = psutil.Process(proc.pid)
        # Samples: (seconds, RSS summed over the tree, PSS summed over the tree, RSS of the main process), MB.
        # RSS counts the pages the forked parser workers share with the main process once per process;
        # PSS splits shared pages between the processes that map them, so its sum is the real footprint.
        series, peak_rss, peak_pss, peak_main = [], 0, 0, 0
        # The child is not reaped until the end (os.wait4 below gives its CPU time and max RSS,
        # parser workers included), so poll its status through psutil, not Popen.poll().
        while True:
            try:
                if ps.status() == psutil.STATUS_ZOMBIE:
                    break
                procs = [ps] + ps.children(recursive=True)
            except psutil.Error:
                break
            rss = pss = main = 0
            for q in procs:
                try:
                    mi = q.memory_full_info()
                except psutil.Error:
                    continue
                rss += mi.rss
                pss += getattr(mi, "pss", mi.rss)
                if q is ps:
                    main = mi.rss
            peak_rss, peak_pss, peak_main = max(peak_rss, rss), max(peak_pss, pss), max(peak_main, main)
            series.append((round(time.perf_counter() - t0, 2), rss // 2**20, pss // 2**20, main // 2**20))
            time.sleep(args.poll)
        _, status, ru = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        rc = proc.returncode = os.waitstatus_to_exitcode(status)
        stderr = errlog.read_text(encoding="utf-8", errors="replace")
        if rc != 0:
            log(f"memory run exited {rc}: {stderr[-500:]}")
        cpu = ru.ru_utime + ru.ru_stime  # the main process and its waited-for parser workers
        # Flatness inside the run: late vs early samples (after the model has loaded), RSS summed.
        tail = [s[1] for s in series[len(series) // 2:]] or [0]
        early = [s[1] for s in series[len(series) // 5: len(series) // 2]] or tail
        rows.append({"documents": n, "words": sum(words(texts[i % len(texts)]) for i in range(n)),
                     "seconds": wall, "docs_per_s": rate(n, wall), "exit_code": rc,
                     "cpu_s": cpu, "cpu_ms_per_doc": 1000 * cpu / n, "maxrss_largest_process_mb": ru.ru_maxrss / 1024,
                     "peak_rss_mb": peak_rss / 2**20, "peak_pss_mb": peak_pss / 2**20,
                     "peak_rss_main_mb": peak_main / 2**20,
                     "rss_first_half_mb": max(early), "rss_second_half_mb": max(tail),
                     "samples": len(series), "series": series if n == max(args.mem_sizes) else None})
        log(f"memory: {n} docs: {wall:.1f}s, peak RSS {peak_rss / 2**20:.0f} MB, PSS {peak_pss / 2**20:.0f} MB "
            f"(main RSS {peak_main / 2**20:.0f} MB)")
    first, last = rows[0], rows[-1]
    out["memory"] = {"doc_words": args.mem_words, "processes": args.mem_processes, "poll_s": args.poll,
                     "texts_cycled": len(texts), "rows": rows,
                     "growth_mb": last["peak_rss_mb"] - first["peak_rss_mb"],
                     "growth_ratio": last["peak_rss_mb"] / first["peak_rss_mb"] if first["peak_rss_mb"] else None,
                     "pss_growth_mb": last["peak_pss_mb"] - first["peak_pss_mb"],
                     "largest_second_vs_first_half": last["rss_second_half_mb"] / max(1, last["rss_first_half_mb"])}


# --------------------------------------------------------------------------- report

def goals(res: dict) -> dict:
    g = {}
    th = res.get("throughput")
    if th:
        g["ratio_b_over_a >= 0.7 (from parts)"] = th["ratio_from_parts"] >= GOAL_RATIO
        g["ratio_b_over_a >= 0.7 (measured)"] = th["ratio_measured"] >= GOAL_RATIO
    mem = res.get("memory")
    if mem:  # flat: the biggest stream peaks < 10% above the smallest, and its 2nd half not > 5% above its 1st
        g["memory flat (RSS: largest stream < +10% over 1k, no upward trend within it)"] = (
            (mem["growth_ratio"] or 9) < 1.10 and mem["largest_second_vs_first_half"] < 1.05)
    gr = res.get("growth")
    if gr:  # linear: per-word cost of the longest within 1.5x of the median article's
        g["cost linear in length (10x: per-word cost < 1.5x median's)"] = all(
            r["extract_per_word_vs_median"] < 1.5 and r["parse_per_word_vs_median"] < 1.5
            for r in gr["rows"] if r["label"] != "paragraph")
    if "total_seconds" in res:
        g["whole run < 10 min"] = res["total_seconds"] < 600
    return g


def fmt_n(x: float, nd: int = 0) -> str:
    return f"{x:,.{nd}f}"


def markdown(res: dict) -> str:
    """The tables, in Markdown (printed, and pasted into the README)."""
    m = res["machine"]
    L = [f"Measured {res['date']} on {m['cpu']} ({m['cores']} cores, {m['memory_gb']} GB), Python {m['python']}, "
         f"spaCy {m['spacy']} with `{res.get('model', '?')}`, commit {m['commit']} ({m.get('source', '?')}); "
         f"`{res['command']}` took {res['total_seconds']:.0f} s.", ""]
    th = res.get("throughput")
    if th:
        tx = th["textacy"]
        clock = "CPU time of the process" if th.get("clock") == "cpu" else "wall-clock time"
        L += [f"Throughput, 1 process, batch size {th['batch_size']}, on {th['documents']} articles "
              f"({fmt_n(th['words'])} whitespace-separated words: the corpus articles + PolNeAR dev); {clock}, best of "
              f"{th['repeat']} (extraction alone: best of {res.get('repeat_extract', 3)}):", "",
              "| system | words/s | docs/s | ms/doc |", "|---|--:|--:|--:|",
              f"| (a) spaCy `nlp.pipe` alone | {fmt_n(th['spacy']['words_per_s'])} | {th['spacy']['docs_per_s']:.2f} "
              f"| {1000 / th['spacy']['docs_per_s']:.0f} |",
              f"| (b) backchannel (parse + extract) | {fmt_n(th['backchannel']['words_per_s'])} | "
              f"{th['backchannel']['docs_per_s']:.2f} | {1000 / th['backchannel']['docs_per_s']:.0f} |"]
        if tx.get("available"):
            L.append(f"| (c) spaCy + textacy {tx['version']} `direct_quotations` | {fmt_n(tx['words_per_s'])} | "
                     f"{tx['docs_per_s']:.2f} | {1000 / tx['docs_per_s']:.0f} |")
        L.append(f"| backchannel extraction alone (pre-parsed) | {fmt_n(th['extract_only']['words_per_s'])} | "
                 f"{th['documents'] / th['extract_only']['seconds']:.1f} | {th['extract_only']['ms_per_doc']:.1f} |")
        if tx.get("available"):
            L.append(f"| textacy `direct_quotations` alone (pre-parsed) | {fmt_n(tx['extract_words_per_s'])} | "
                     f"{th['documents'] / tx['extract_s']:.1f} | {1000 * tx['extract_s'] / th['documents']:.1f} |")
        st = th["extract_only"]["stages_s"]
        tot = sum(st.values()) or 1
        L += ["", f"(b)/(a) = **{th['ratio_from_parts']:.2f}** from parse time / (parse + extraction alone), "
              f"{th['ratio_measured']:.2f} from the two end-to-end runs (goal ≥ {GOAL_RATIO}); the extraction "
              f"adds {100 * th['extraction_overhead']:.0f}% to parsing. Extraction time by stage: "
              + ", ".join(f"{k} {100 * v / tot:.0f}%" for k, v in st.items()) + "."]
    sc = res.get("scaling")
    if sc:
        L += ["", f"Processes (same {sc['documents']} articles; wall-clock time, best of {sc.get('repeat', 1)}, "
              f"configurations taken in turn; load average {sc.get('load_average', ['?'])[0]} when measured). "
              "spaCy hands whole batches to its worker processes in turn, so a batch size that leaves few batches "
              "per worker leaves one idle: " + ", ".join(
                  f"batches of {bs} make {-(-sc['documents'] // bs)} batches of these {sc['documents']} articles"
                  for bs in sorted({r['batch_size'] for r in sc['rows']}, reverse=True)) + ":", "",
              "| processes | batch size | (a) spaCy words/s | (b) backchannel words/s | (b)/(a) | speed-up (a) | speed-up (b) |",
              "|--:|--:|--:|--:|--:|--:|--:|"]
        for r in sc["rows"]:
            sp = lambda x: f"{x:.2f}×" if x else "–"  # noqa: E731
            L.append(f"| {r['processes']} | {r['batch_size']} | {fmt_n(r['spacy_words_per_s'])} | "
                     f"{fmt_n(r['backchannel_words_per_s'])} | {r['ratio']:.2f} | {sp(r['speedup_spacy'])} | "
                     f"{sp(r['speedup_backchannel'])} |")
        L += ["", "With worker processes spaCy parses in the workers and sends every Doc back serialized; "
              "backchannel extracts in the main process, so on 2 cores the extraction and the transfer compete "
              "with the two parsers, which can lower (b)/(a) below its one-process value."]
    mem = res.get("memory")
    if mem:
        L += ["", f"Memory: `backchannel analyze FILE.jsonl --format jsonl --processes {mem['processes']} > /dev/null` "
              f"(a subprocess, its RSS polled every {mem['poll_s']} s with psutil) on streams of short documents: "
              f"each a paragraph cut to its first {mem['doc_words']} words, cycling {mem['texts_cycled']} "
              "paragraphs, every line its own id (short, so that 50k documents fit in the run)."]
        if mem["processes"] > 1:
            L[-1] += (" The RSS sum adds the main process and its parser workers, so the pages the forked workers "
                      "share with the main process count once per process; PSS splits shared pages between the "
                      "processes (the real footprint) and creeps up as the workers touch, and so unshare, pages "
                      "inherited from the main process (copy-on-write; bounded by the main process's size).")
        if mem["processes"] > 1:
            L += ["", "| documents | peak RSS, main | peak RSS, sum | peak PSS, sum | wall time | docs/s | CPU ms/doc |",
                  "|--:|--:|--:|--:|--:|--:|--:|"]
            for r in mem["rows"]:
                L.append(f"| {fmt_n(r['documents'])} | {r['peak_rss_main_mb']:.0f} MB | {r['peak_rss_mb']:.0f} MB | "
                         f"{r['peak_pss_mb']:.0f} MB | {r['seconds']:.0f} s | {r['docs_per_s']:.0f} | "
                         f"{r.get('cpu_ms_per_doc', float('nan')):.1f} |")
        else:
            L += ["", "| documents | peak RSS | RSS max, 1st / 2nd half of the run | wall time | docs/s | CPU ms/doc |",
                  "|--:|--:|--:|--:|--:|--:|"]
            for r in mem["rows"]:
                L.append(f"| {fmt_n(r['documents'])} | {r['peak_rss_mb']:.0f} MB | {r['rss_first_half_mb']:.0f} / "
                         f"{r['rss_second_half_mb']:.0f} MB | {r['seconds']:.0f} s | {r['docs_per_s']:.0f} | "
                         f"{r.get('cpu_ms_per_doc', float('nan')):.1f} |")
        L += ["", "CPU ms/doc includes loading the model once (about 2 s), hence higher for the small stream."]
    gr = res.get("growth")
    if gr:
        clock = "CPU time" if gr["rows"][0].get("clock") == "cpu" else "wall-clock time"
        L += ["", f"Cost against document length (one document, `nlp(text)` then `extract`; {clock}, best of "
              "several runs; the long ones are whole articles joined with blank lines):", "",
              "| document | words | parse | extract | parse µs/word | extract µs/word |", "|---|--:|--:|--:|--:|--:|"]
        for r in gr["rows"]:
            L.append(f"| {r['label']} | {fmt_n(r['words'])} | {r['parse_s'] * 1000:.0f} ms | {r['extract_s'] * 1000:.1f} ms | "
                     f"{r['parse_us_per_word']:.0f} | {r['extract_us_per_word']:.1f} |")
    pr = res.get("profile")
    if pr and "top_self" in pr:
        L += ["", f"Profile of the extraction alone (pyinstrument, {pr['seconds']:.1f} s sampled), top costs by self time:", ""]
        for i, t in enumerate(pr["top_self"], 1):
            L.append(f"{i}. `{t['function']}`: {100 * (t['share'] or 0):.0f}%"
                     + (f" (called from `{t['called_from']}`)" if t["called_from"] and t["called_from"] != t["function"] else ""))
        if pr["top_backchannel_inclusive"]:
            L += ["", "Heaviest backchannel functions (inclusive): " + ", ".join(
                f"`{t['function'].split(' (')[0]}` {100 * (t['share'] or 0):.0f}%" for t in pr["top_backchannel_inclusive"][:5]) + "."]
    cp = res.get("cprofile")
    if cp:
        L += ["", f"The same by cProfile (one pass, {cp['seconds']:.1f} s with its overhead; counts spaCy's Cython "
              "calls too, with the backchannel function that makes them), top costs by own time:", ""]
        for i, t in enumerate(cp["top_self"], 1):
            L.append(f"{i}. `{t['function']}`: {100 * (t['share'] or 0):.0f}%, {t['calls']:,} calls "
                     f"({t.get('calls_per_word') or 0:.0f} per word)"
                     + (f" (from `{t['called_from']}`)" if t["called_from"] else ""))
        spacy_share = sum(t["share"] or 0 for t in cp.get("spacy_self", []))
        if spacy_share:
            L += ["", f"spaCy's own Cython code (Token objects, Doc indexing and iteration, attribute getters) "
                  f"is {100 * spacy_share:.0f}% of that: a Token is a new Python object on every `doc[i]`, "
                  "`for t in doc` and `.head`, so walking the same tokens again costs again."]
        if cp["top_backchannel_inclusive"]:
            L += ["", "Heaviest backchannel functions (inclusive, cProfile): " + ", ".join(
                f"`{t['function'].split(' (')[0]}` {100 * (t['share'] or 0):.0f}%" for t in cp["top_backchannel_inclusive"][:6]) + "."]
    g = res.get("goals")
    if g:
        L += ["", "Goals: " + "; ".join(f"{k}: {'met' if v else 'NOT met'}" for k, v in g.items()) + "."]
    return "\n".join(L) + "\n"


def update_readme(md: str, png: Path) -> None:
    """Replace the text between the benchmark markers in README.md (only that part)."""
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    start, end = "<!-- bench:start -->", "<!-- bench:end -->"
    if start not in text or end not in text:
        log("README has no bench markers; not updated")
        return
    rel = png.relative_to(ROOT)
    block = f"{start}\n{md}\n![benchmarks]({rel})\n{end}"
    text = re.sub(re.escape(start) + ".*?" + re.escape(end), lambda _: block, text, flags=re.S)
    readme.write_text(text, encoding="utf-8")
    log("README benchmark section updated")


# --------------------------------------------------------------------------- main

def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="~1 min: fewer articles and documents; writes to benchmarks/work/")
    ap.add_argument("--only", default=",".join(SECTIONS), help=f"comma-separated subset of {','.join(SECTIONS)}")
    ap.add_argument("--polnear", type=int, default=None, help="use only the first N PolNeAR dev articles")
    ap.add_argument("--batch-size", type=int, default=32, help="nlp.pipe batch size (the CLI's default)")
    ap.add_argument("--processes", default="1,2", help="process counts for the scaling section")
    ap.add_argument("--scaling-batch-sizes", default="32,8", help="batch sizes for the scaling section")
    ap.add_argument("--scaling-repeat", type=int, default=1, help="runs of each scaling configuration (best taken)")
    ap.add_argument("--repeat", type=int, default=2, help="runs of each parsing pass (best taken)")
    ap.add_argument("--repeat-extract", type=int, default=3, help="runs of each extraction-only pass (best taken)")
    ap.add_argument("--mem-sizes", default="1000,10000,50000", help="stream sizes for the memory section")
    ap.add_argument("--mem-words", type=int, default=12, help="words per document in the memory streams")
    ap.add_argument("--mem-processes", type=int, default=1, help="--processes for the memory runs")
    ap.add_argument("--poll", type=float, default=0.1, help="RSS polling interval, seconds")
    ap.add_argument("--growth-budget-words", type=int, default=20000, help="words parsed per length point (sets repeats)")
    ap.add_argument("--profile-seconds", type=float, default=4.0, help="minimum sampled time for the profile")
    ap.add_argument("--top", type=int, default=3, help="top costs to report from the profile")
    ap.add_argument("--clock", choices=("cpu", "wall"), default="cpu",
                    help="clock of the single-process timings (cpu: robust to other jobs on the machine)")
    ap.add_argument("--rev", default=None,
                    help="benchmark the committed src/ of this git revision (e.g. HEAD) instead of the working tree")
    ap.add_argument("--out", type=Path, default=None, help="results JSON (default benchmarks/results.json)")
    ap.add_argument("--png", type=Path, default=None, help="plot (default docs/bench.png)")
    ap.add_argument("--update-readme", action="store_true", help="rewrite the README part between the bench markers")
    ap.add_argument("--render", type=Path, default=None, metavar="RESULTS.json",
                    help="measure nothing: re-print the tables and redraw the plot from a results file")
    args = ap.parse_args(argv)
    global CLOCK
    CLOCK = args.clock
    if args.rev and not os.environ.get(REV_ENV):
        reexec_at(args.rev)

    if args.quick:
        args.polnear = 20 if args.polnear is None else args.polnear
        if args.mem_sizes == ap.get_default("mem_sizes"):
            args.mem_sizes = "200,1000,3000"
        args.profile_seconds = min(args.profile_seconds, 2.0)
        args.growth_budget_words = min(args.growth_budget_words, 6000)
    args.out = args.out or (WORK / "results-quick.json" if args.quick else HERE / "results.json")
    args.png = args.png or (WORK / "bench-quick.png" if args.quick else ROOT / "docs" / "bench.png")
    args.processes = [int(x) for x in args.processes.split(",") if x]
    args.scaling_batch_sizes = [int(x) for x in args.scaling_batch_sizes.split(",") if x]
    args.mem_sizes = sorted(int(x) for x in args.mem_sizes.split(",") if x)
    if args.render:
        res = json.loads(args.render.read_text(encoding="utf-8"))
        res["goals"] = goals(res)
        md = markdown(res)
        import plot

        plot.plot(res, args.png)
        print(md)
        if args.update_readme:
            update_readme(md, args.png)
        return 0
    only = [s.strip() for s in args.only.split(",") if s.strip()]
    bad = [s for s in only if s not in SECTIONS]
    if bad:
        ap.error(f"unknown section(s) {bad}; choose from {SECTIONS}")

    t_start = time.perf_counter()
    command = "make bench" if not argv and not sys.argv[1:] else "python benchmarks/run.py " + " ".join(sys.argv[1:])
    from backchannel import __version__
    from backchannel.nlp import load_pipeline

    res: dict = {"date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "command": command,
                 "quick": args.quick, "machine": machine(), "backchannel": __version__}
    log("loading the pipeline")
    t0 = time.perf_counter()
    nlp = load_pipeline()
    res["model"] = f"{nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')}"
    res["model_load_s"] = time.perf_counter() - t0
    res["repeat_extract"] = args.repeat_extract
    res["pipe_names"] = nlp.pipe_names
    docs = corpus.load_documents(args.polnear)
    res["corpus"] = corpus.describe(docs)
    try:
        import textacy

        res["machine"]["textacy"] = textacy.__version__
    except ImportError:
        pass

    parsed = None
    if "throughput" in only or "profile" in only:
        if "throughput" in only:
            parsed = run_throughput(nlp, docs, args, res)
        else:
            parsed = list(nlp.pipe([d.text for d in docs], batch_size=args.batch_size))
    if "scaling" in only:
        run_scaling(nlp, docs, args, res)
    if "growth" in only:
        run_growth(nlp, docs, args, res)
    if "profile" in only:
        run_profile(parsed, docs, args, res)
        run_cprofile(parsed, docs, args, res)
    if "memory" in only:
        run_memory(docs, args, res)
    if "fetch" in only:  # web input (issue 18): benchmarks/fetch.py, its own results file
        import fetch as fetch_bench

        fetch_bench.main(["--quick"] if args.quick else [])

    res["total_seconds"] = time.perf_counter() - t_start
    res["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    res["goals"] = goals(res)
    md = markdown(res)
    res["markdown"] = md
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(res, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    try:
        import plot

        plot.plot(res, args.png)
        log(f"wrote {args.png}")
    except ImportError as exc:
        log(f"no plot: {exc}")
    print(md)
    log(f"wrote {args.out} in {res['total_seconds']:.0f} s")
    if args.update_readme:
        update_readme(md, args.png)
    return 0


if __name__ == "__main__":
    sys.exit(main())
