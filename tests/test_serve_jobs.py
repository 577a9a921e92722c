"""The service's reliability: a job kept in the store across a restart, graceful shutdown, the time limits,
a stalled worker replaced, and the schema 2 -> 3 migration that added the job tables."""

from __future__ import annotations

import asyncio
import signal
import time

import duckdb
import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

from serve_helpers import Server, auth, stall  # noqa: E402

from backchannel.store import connect  # noqa: E402
from backchannel.store.schema import SCHEMA_VERSION, SERVICE_TABLES  # noqa: E402

#: Invented names for invented reports.
ENVOYS = ["Mara Lind", "Oskar Vell", "Ilka Dorn", "Teo Marsh", "Runa Falk"]
PLACES = ["Tovel", "Brisk", "Amberg", "Kessow", "Lunde"]


def reports(n: int) -> list[dict]:
    out = []
    for k in range(n):
        envoy, place = ENVOYS[k % 5], PLACES[(k // 5) % 5]
        text = (f"Envoy {envoy} of Quentor met leaders of the Brask Alliance in {place} on Tuesday, report {k}. "
                f"The Brask Alliance agreed to release {k + 2} prisoners held since the spring, {envoy} told "
                f"reporters after the meeting. A spokesman for the government of Orlen said it had not been "
                f"informed of the talks in advance and would study the proposal. Mediators from the Council of "
                f"{place} are expected to meet both sides again next week, officials said.")
        out.append({"id": f"r{k:03d}", "text": text, "published": f"2031-06-{1 + k % 28:02d}", "source": "Tovel Post"})
    return out


def job_state(server: Server, job: str) -> dict:
    return server.client.get(f"/v1/jobs/{job}").json()


def test_a_queued_job_survives_a_restart(tmp_path):
    store = tmp_path / "jobs.duckdb"
    first = Server(store).wait_ready()
    try:
        job = first.client.post("/v1/documents", json=reports(40), headers=auth(), params={"resolve": "false"}
                                ).json()["job"]
        deadline = time.monotonic() + 120
        while job_state(first, job)["done"] < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        code = first.stop()
    # uvicorn shuts down gracefully, then re-raises SIGTERM so a supervisor sees how the process ended
    assert code == -signal.SIGTERM and "Application shutdown complete" in first.output()
    con = connect(store, read_only=True)
    states = dict(con.execute("SELECT state, count(*) FROM job_items GROUP BY ALL").fetchall())
    added = {d for (d,) in con.execute("SELECT doc FROM job_items WHERE state = 'added'").fetchall()}
    queued = {d for (d,) in con.execute("SELECT doc FROM job_items WHERE state = 'queued'").fetchall()}
    stored = {d for (d,) in con.execute("SELECT id FROM documents").fetchall()}
    con.close()
    assert states.get("queued", 0) > 0 and states.get("added", 0) >= 2  # stopped part way, the batch in hand stored
    assert stored == added and not (queued & stored)
    with Server(store) as second:
        deadline = time.monotonic() + 180
        while (state := job_state(second, job))["state"] != "done" and time.monotonic() < deadline:
            time.sleep(0.2)
        assert (state["added"], state["failed"], state["queued"], state["total"]) == (40, 0, 0, 40)
        assert second.client.get("/v1/documents", params={"limit": 1}).json()["total"] == 40


def test_a_document_past_its_time_limit_fails_alone(tmp_path):
    with Server(tmp_path / "slow.duckdb", "--doc-timeout", "0.001") as server:
        slow = server.client.post("/v1/analyze", content=reports(1)[0]["text"].encode())
        assert slow.status_code == 422 and "limit" in slow.json()["detail"]
        assert server.client.get("/healthz").status_code == 200
        assert server.client.post("/v1/analyze", content=b" ").json()["stage"] == "read"


def test_a_stalled_worker_is_killed_and_replaced(monkeypatch):
    from backchannel.serve import analysts as mod
    from backchannel.serve.config import Settings

    monkeypatch.setattr(mod, "GRACE", 0.0)

    async def scenario() -> tuple[str, int, int]:
        pool = mod.Analysts(Settings(store=None, token="x" * 16, doc_timeout=0.5))  # type: ignore[arg-type]
        try:
            await pool.start()
            before = await pool.call(mod._ping, chars=10)
            with pytest.raises(mod.Stalled) as stalled:
                await pool.call(stall, 60.0, chars=10)  # blocks the worker's alarm: only the hard limit stops it
            after = await pool.call(mod._ping, chars=10)
            return str(stalled.value), before, after
        finally:
            pool.shutdown()

    message, before, after = asyncio.run(scenario())
    assert "no answer within" in message and before != after  # a new worker process took over


def test_a_schema_3_store_gets_the_job_tables(tmp_path):
    path = tmp_path / "old.duckdb"
    connect(path, create=True).close()
    c = duckdb.connect(str(path))  # make it what schema 3 was
    for table in SERVICE_TABLES:
        c.execute(f"DROP TABLE {table}")
    c.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    c.close()
    con = connect(path)
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
    for table in SERVICE_TABLES:
        assert con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    con.close()
