"""The code stays in small pieces: no source file over 500 lines, no function over 80.

Why a test: the extractor grew by one-phrase fixes into files of thousands of
lines that nobody could safely change; this keeps it from growing back.
"""

from __future__ import annotations

import ast

from conftest import ROOT

SRC = ROOT / "src" / "backchannel"


def test_no_source_file_over_500_lines():
    big = {str(p.relative_to(SRC)): n for p in SRC.rglob("*.py") if (n := p.read_text().count("\n")) > 500}
    assert big == {}


def test_no_function_over_80_lines():
    long = []
    for p in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(p.read_text())):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                n = node.end_lineno - node.lineno + 1  # type: ignore[operator]
                if n > 80:
                    long.append(f"{p.relative_to(SRC)}:{node.lineno} {node.name} ({n} lines)")
    assert long == []
