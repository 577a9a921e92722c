"""The layers import downwards only: ``resolve`` never imports ``extract``.

Why: the extract stages ask the resolvers "which actor is this token"; a
resolver that reached back into a stage made import cycles, dodged by imports
inside functions. The shared per-document state lives in ``backchannel.context``.
"""

from __future__ import annotations

import ast

from conftest import ROOT

SRC = ROOT / "src" / "backchannel"


def _imports(path):
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module:
            yield node.module, node
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node


def test_resolve_never_imports_extract():
    bad = [f"{p.relative_to(SRC)}:{n.lineno} {m}" for p in (SRC / "resolve").rglob("*.py")
           for m, n in _imports(p) if m.startswith("backchannel.extract")]
    assert bad == []


def test_foundations_import_no_stage():
    files = ["context.py", "docindex.py", "quotes.py", "data_loader.py", "model.py", "nlp.py", "limits.py", "timex.py",
             "mentions.py"]
    for name in files + [str(p.relative_to(SRC)) for p in (SRC / "syntax").glob("*.py")]:
        mods = [m for m, _ in _imports(SRC / name)]
        assert not [m for m in mods if m.startswith(("backchannel.extract", "backchannel.resolve"))], name


def test_no_import_inside_a_function_in_the_stages():
    """Imports inside functions were how cycles between stages and resolvers were dodged."""
    bad = []
    for p in [*(SRC / "extract").rglob("*.py"), *(SRC / "resolve").rglob("*.py")]:
        for fn in ast.walk(ast.parse(p.read_text())):
            if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                for node in ast.walk(fn):
                    if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("backchannel"):
                        bad.append(f"{p.relative_to(SRC)}:{node.lineno} {node.module}")
    assert bad == []


def test_token_table_reads_what_tokens_say(nlp):
    from backchannel.docindex import TokenTable

    doc = nlp("The Tánaiste said “no” — 12 times.\n\nOk.")
    t = TokenTable.of(doc)
    assert t.text == [x.text for x in doc] and t.lower == [x.lower_ for x in doc]
    assert t.pos == [x.pos_ for x in doc] and t.idx == [x.idx for x in doc]
    assert t.is_space == [x.is_space for x in doc] and t.is_punct == [x.is_punct for x in doc]
