"""A real ``backchannel serve`` in a subprocess on a free loopback port, for the tests of the service."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from conftest import ROOT

TOKEN = "test-token-" + "7" * 24
EXAMPLES = ROOT / "examples" / "corpus"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "backchannel", *args], capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin", **(env or {})})


def demo_store(path: Path) -> Path:
    """The invented demo corpus, added and resolved."""
    assert cli("corpus", "add", str(path), str(EXAMPLES), "--no-progress").returncode == 0
    assert cli("corpus", "resolve", str(path)).returncode == 0
    return path


def demo_copy(tmp_path_factory, name: str) -> Path:  # noqa: ANN001 - pytest's TempPathFactory
    """A fresh copy of the demo store, built once per test session (a module may change its copy)."""
    import shutil

    cached = tmp_path_factory.getbasetemp() / "serve-demo.duckdb"
    if not cached.exists():
        demo_store(cached)
    path = tmp_path_factory.mktemp(name) / "demo.duckdb"
    shutil.copy(cached, path)
    return path


class Server:
    """``backchannel serve STORE`` on 127.0.0.1:<free port>; waits for /readyz; stopped with SIGTERM."""

    def __init__(self, store: Path, *args: str, token: str | None = TOKEN, log: Path | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin", "HOME": os.environ.get("HOME", "/tmp")}
        if token is not None:
            env["BACKCHANNEL_TOKEN"] = token
        self.log_path = log or store.with_suffix(f".{self.port}.log")
        self.log = open(self.log_path, "w")
        self.proc = subprocess.Popen([sys.executable, "-m", "backchannel", "serve", str(store), "--port",
                                      str(self.port), "--no-access-log", *args],
                                     stdout=self.log, stderr=subprocess.STDOUT, env=env)
        self.client = httpx.Client(base_url=self.url, timeout=60)

    def wait_ready(self, seconds: float = 120) -> "Server":
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}: {self.output()}")
            try:
                if self.client.get("/readyz").status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"server not ready in {seconds} s: {self.output()}")

    def output(self) -> str:
        return self.log_path.read_text()

    def stop(self, timeout: float = 60) -> int:
        """SIGTERM (uvicorn's graceful shutdown) and wait; the exit code."""
        self.client.close()
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()
        return self.proc.returncode

    def __enter__(self) -> "Server":
        return self.wait_ready()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def auth(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def stall(seconds: float) -> None:
    """A task no signal interrupts (SIGALRM blocked): what code stuck in one C call looks like to the pool."""
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
    time.sleep(seconds)
