"""The package type-checks: mypy over src/backchannel (settings: [tool.mypy] of pyproject.toml)
reports no error.

Skipped when mypy is not installed (it is in requirements/test.in)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "backchannel"

ERROR = re.compile(r"^(?P<file>[^:\n]+):\d+(?::\d+)?: error: ", re.MULTILINE)


def test_mypy_reports_no_errors(monkeypatch):
    api = pytest.importorskip("mypy.api")
    monkeypatch.chdir(ROOT)  # paths in mypy's report are relative to the project
    stdout, stderr, status = api.run(["--config-file", str(ROOT / "pyproject.toml"), "--no-error-summary",
                                      "--no-pretty", str(SRC.relative_to(ROOT))])
    assert status in (0, 1), f"mypy did not run: {stderr or stdout}"
    errors = [m.group(0) + stdout[m.end():].split("\n", 1)[0] for m in ERROR.finditer(stdout)]
    assert not errors, "mypy errors:\n" + "\n".join(errors)
