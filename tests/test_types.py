"""The package type-checks: mypy over src/backchannel (settings: [tool.mypy] of pyproject.toml)
reports no error.

Skipped when mypy is not installed (it is in requirements/test.in)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "backchannel"

# Files other branches are rewriting while this test was written: their errors are tolerated
# until those branches are merged. To empty on merge (then every file must check cleanly).
KNOWN = frozenset({
    "src/backchannel/extract/interactions/document.py",
    "src/backchannel/docindex.py",
    "src/backchannel/context.py",
    "src/backchannel/extract/timex.py",
    "src/backchannel/extract/claims/syntax.py",
    "src/backchannel/extract/actors/spans.py",
    "src/backchannel/extract/actors/queries.py",
})
KNOWN_DIRS = ("src/backchannel/syntax/",)  # to empty on merge, too

ERROR = re.compile(r"^(?P<file>[^:\n]+):\d+(?::\d+)?: error: ", re.MULTILINE)


def _tolerated(file: str) -> bool:
    return file in KNOWN or file.startswith(KNOWN_DIRS)


def test_mypy_reports_no_errors(monkeypatch):
    api = pytest.importorskip("mypy.api")
    monkeypatch.chdir(ROOT)  # paths in mypy's report are relative to the project
    stdout, stderr, status = api.run(["--config-file", str(ROOT / "pyproject.toml"), "--no-error-summary",
                                      "--no-pretty", str(SRC.relative_to(ROOT))])
    assert status in (0, 1), f"mypy did not run: {stderr or stdout}"
    errors = [m.group(0) + stdout[m.end():].split("\n", 1)[0] for m in ERROR.finditer(stdout)
              if not _tolerated(m.group("file").replace("\\", "/"))]
    assert not errors, "mypy errors:\n" + "\n".join(errors)


def test_known_files_still_exist():
    """A tolerated file that is gone (renamed or merged away) must leave the list."""
    for name in KNOWN:
        assert (ROOT / name).is_file(), f"{name} is no longer there: remove it from KNOWN"
