"""``corpus add`` and ``corpus resolve`` on Ray equal the single-process engine, row for row.

One local Ray (2 CPUs, no dashboard, no usage report) serves the whole session:
it takes seconds to start. The inputs are the example reports, invented
variations of them, and the generated hostile corpus (unreadable, empty,
oversized, colliding names, duplicate ids, broken JSONL lines, symbolic links):
every table of the store built on Ray must equal the store built by one
process, ignoring only the wall-clock columns; so must the cross-report tables
of ``corpus resolve``; and a run interrupted after its first commit, or killed
with SIGKILL, resumes to the same store with nothing lost or stored twice.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

for _k, _v in {"RAY_USAGE_STATS_ENABLED": "0", "RAY_AUTH_MODE": "disabled"}.items():
    os.environ.setdefault(_k, _v)  # before Ray starts: no usage report, no token file, nothing on the network

ray = pytest.importorskip("ray")
pytest.importorskip("ray.data")

from click.testing import CliRunner  # noqa: E402

from backchannel.cli import main  # noqa: E402
from backchannel.store import connect  # noqa: E402

from conftest import ROOT  # noqa: E402
import hostile_corpus  # noqa: E402
from test_store import dump  # noqa: E402

MAX_CHARS = "6000"


@pytest.fixture(scope="session")
def local_ray():
    """A private local Ray for the session (it takes seconds to start), shut down at the end."""
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield ray
    ray.shutdown()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    """Examples, invented variations as JSONL (with a repeated id and a broken line), the hostile corpus."""
    root = tmp_path_factory.mktemp("inputs")
    hostile_corpus.make(root / "hostile", random_texts=3, max_chars=int(MAX_CHARS))
    reports = sorted((ROOT / "examples" / "corpus").glob("*.txt"))
    with (root / "more.jsonl").open("w") as fh:
        for k, path in enumerate(reports[:4]):
            body = path.read_text().split("\n", 1)[1]
            text = body + f"\n\nUpdate {k}: officials in Sarnow said the talks in Velm would resume in {k + 2} weeks."
            fh.write(json.dumps({"id": f"v{k}", "text": text, "published": f"2025-03-1{k}", "source": "Velm Post"}) + "\n")
        fh.write('{"id": "v1", "text": "Another text under a repeated id: the mayor of Orlan met the envoy."}\n')
        fh.write('{"id": "cut", "text": "never closed\n')
    return [str(ROOT / "examples" / "corpus"), str(root / "more.jsonl"), str(root / "hostile"), str(root / "absent.txt")]


def add(store: Path, inputs: list[str], *extra: str):  # noqa: ANN201 - click Result
    return CliRunner().invoke(main, ["corpus", "add", str(store), *inputs, "--no-progress", "--max-chars", MAX_CHARS,
                                     "--batch-size", "4", *extra])


@pytest.fixture(scope="module")
def reference(tmp_path_factory, inputs) -> Path:
    """The store one process builds (``--engine local``, the default)."""
    store = tmp_path_factory.mktemp("ref") / "local.duckdb"
    r = add(store, inputs)
    assert r.exit_code == 1, r.output  # the hostile documents fail; the rest is stored
    return store


def error_lines(output: str) -> list[str]:
    return sorted(line for line in output.splitlines() if line.startswith(("error:", "warning:")))


def test_a_store_built_on_ray_equals_the_one_built_by_one_process(local_ray, tmp_path, inputs, reference):
    store = tmp_path / "ray.duckdb"
    r = add(store, inputs, "--engine", "ray", "--workers", "2")
    assert r.exit_code == 1, r.output
    expected, got = dump(reference), dump(store)
    assert len(expected["documents"]) > 20 and len(expected["errors"]) > 8  # the hostile corpus did its job
    for table in expected:
        assert got[table] == expected[table], table
    local = add(tmp_path / "again.duckdb", inputs)  # the same per-document messages, in any order
    assert error_lines(r.output) == error_lines(local.output)
    again = add(store, inputs, "--engine", "ray", "--workers", "2")  # everything stored is skipped before parsing
    assert f"0 added, 0 replaced, {len(expected['documents'])} unchanged skipped" in again.output
    assert dump(store) == expected


class Interrupted(Exception):
    pass


def test_an_interrupted_ray_run_resumes_with_nothing_lost_or_duplicated(local_ray, tmp_path, inputs, reference):
    from backchannel.scale.add import ray_results
    from backchannel.store import extractor_version
    from backchannel.store.writer import Writer

    store = tmp_path / "cut.duckdb"
    con = connect(store, create=True)

    def stop(tally) -> None:  # noqa: ANN001
        if tally.committed >= 8:
            raise Interrupted

    writer = Writer(con, extractor_version(), group=4, on_commit=stop)
    opts = {"workers": 2, "model": None, "batch_size": 4, "doc_timeout": 60.0, "address": None}
    with pytest.raises(Interrupted):
        writer.write(ray_results(writer, inputs, opts, int(MAX_CHARS), 60.0))
    con.close()
    stored = dump(store)
    assert 0 < len(stored["documents"]) + len(stored["errors"]) < len(dump(reference)["documents"])
    r = add(store, inputs, "--engine", "ray", "--workers", "2")
    assert r.exit_code == 1, r.output
    assert f"{len(stored['documents'])} unchanged skipped" in r.output
    assert dump(store) == dump(reference)


def test_a_ray_run_killed_with_sigkill_resumes(local_ray, tmp_path, inputs, reference):
    """A real ``corpus add --engine ray`` joins the module's Ray and is killed after its first commit."""
    store = tmp_path / "killed.duckdb"
    address = local_ray.get_runtime_context().gcs_address
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    proc = subprocess.Popen([sys.executable, "-m", "backchannel.cli", "corpus", "add", str(store), *inputs,
                             "--engine", "ray", "--address", address, "--workers", "2", "--batch-size", "2",
                             "--max-chars", MAX_CHARS, "--trace-commits", "--no-progress"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    try:
        for line in proc.stdout:  # type: ignore[union-attr]
            if line.startswith("committed"):
                break
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()  # type: ignore[union-attr]
    con = connect(store, read_only=True)
    n, distinct = con.execute("SELECT count(*), count(DISTINCT id) FROM documents").fetchone()
    con.close()
    assert n == distinct
    r = add(store, inputs, "--engine", "ray", "--workers", "2")
    assert r.exit_code == 1, r.output
    assert dump(store) == dump(reference)


def meta(store: Path) -> dict[str, str]:
    con = connect(store, read_only=True)
    rows = dict(con.execute("SELECT key, value FROM meta").fetchall())
    con.close()
    return rows


def test_resolution_on_ray_equals_the_single_process_resolution(local_ray, tmp_path, reference):
    one, many = tmp_path / "one.duckdb", tmp_path / "many.duckdb"
    shutil.copy(reference, one)
    shutil.copy(reference, many)
    r1 = CliRunner().invoke(main, ["corpus", "resolve", str(one)])
    r2 = CliRunner().invoke(main, ["corpus", "resolve", str(many), "--engine", "ray", "--workers", "2"])
    assert r1.exit_code == 0 and r2.exit_code == 0, r1.output + r2.output
    expected, got = dump(one), dump(many)
    assert len(expected["entities"]) > 10 and len(expected["judgements"]) > 5
    for table in expected:
        assert got[table] == expected[table], table
    assert meta(many) == meta(one)  # the corpus views and what the resolution covered
    assert r2.output.splitlines()[-1].split(": ", 1)[1] == r1.output.splitlines()[-1].split(": ", 1)[1]


def plain(rec) -> dict:  # noqa: ANN001 - a dataclass record
    """A record's fields, arrays (a MinHash signature) as lists, so that records compare with ``==``."""
    import dataclasses

    return {f.name: (lambda v: v.tolist() if hasattr(v, "tolist") else v)(getattr(rec, f.name))
            for f in dataclasses.fields(rec)}


def test_the_parallel_pair_scorer_finds_exactly_the_serial_pairs(local_ray, reference):
    """The seam itself: blocking and scoring on Ray return the very list the one-process scorer returns."""
    from backchannel.resolve.across.entities import Scorer, profiles, scored_candidates
    from backchannel.scale.resolve import digest_on_ray, pair_scorer
    from backchannel.store.reader import dossiers
    from backchannel.resolve.across import Digest

    con = connect(reference, read_only=True)
    serial = Digest()
    for d in dossiers(con):
        serial.add(d)
    parallel = digest_on_ray(local_ray, con, 2)
    con.close()
    assert parallel.actors == serial.actors and parallel.spans == serial.spans
    assert [plain(d) for d in parallel.docs] == [plain(d) for d in serial.docs]
    reps = [serial.actors[g[0]] for g in profiles(serial.actors)]
    scorer = Scorer(serial.actors)
    expected = sorted(scored_candidates(reps, scorer))
    assert len(expected) > 10
    assert sorted(pair_scorer(local_ray, 2)(reps, scorer, False)) == expected
