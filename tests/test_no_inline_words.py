"""No inline word lists in the rules: language data belongs in ``data/*.toml``, read through
``backchannel.data_loader``. Fails on a tuple/list/set literal holding two or more word
strings, or an ``==``/``!=`` comparison with a word, inside ``extract/`` or ``resolve/``
(a port of /work/tools/inline_words.py; besides the tool's parser labels and model
enumerations, the names of the stages and a module's ``__all__`` count as code, not words)."""

from __future__ import annotations

import ast
import re
import typing
from pathlib import Path

import pytest

from backchannel import model
from backchannel.extract import STAGES

SRC = Path(__file__).resolve().parents[1] / "src" / "backchannel"
PACKAGES = ("extract", "resolve", "syntax")

# lower-case words; all-caps strings are parser labels (PERSON, NOUN)
WORD = re.compile(r"^[a-z][A-Za-z' ’-]*$")
# Parser categories and the model's own enumerations are vocabulary of the code, not language data.
CODE_VOCABULARY = frozenset("""nsubj nsubjpass csubj csubjpass dobj iobj dative obj pobj prep pcomp agent
attr acomp oprd xcomp ccomp advcl relcl acl amod advmod npadvmod nmod npmod appos compound conj cc preconj
predet det poss case aux auxpass neg mark punct nummod quantmod expl intj meta parataxis prt dep
root""".split()) | frozenset(
    v for lit in (model.ActorKind, model.InteractionType, model.Modality, model.Qualifier, model.Stance)
    for v in typing.get_args(lit)) | frozenset(STAGES)


def is_word(value: object) -> bool:
    return isinstance(value, str) and bool(WORD.match(value)) and value not in CODE_VOCABULARY


def inline_words(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, finding) for every inline word list and word comparison of a module."""
    found = []
    exported = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == "__all__" for t in n.targets)}
    for node in ast.walk(tree):
        if id(node) in exported:
            continue
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            words = [e.value for e in node.elts if isinstance(e, ast.Constant) and is_word(e.value)]
            if len(words) >= 2:
                found.append((node.lineno, f"inline words {words[:6]}"))
        elif isinstance(node, ast.Compare):
            for op, right in zip(node.ops, node.comparators):
                value = right.value if isinstance(right, ast.Constant) else None
                if isinstance(op, (ast.Eq, ast.NotEq)) and isinstance(value, str) and is_word(value) \
                        and len(value) > 1:
                    found.append((node.lineno, f"compares with word {value!r}"))
    return found


def test_the_check_finds_inline_words():
    tree = ast.parse('X = ("said", "told")\nif w == "said": pass\nY = ("nsubj", "dobj", "PERSON")\n'
                     '__all__ = ["lexicon", "words"]\nZ = ("actors", "claims")\n')
    assert [line for line, _ in inline_words(tree)] == [1, 2]


@pytest.mark.parametrize("package", PACKAGES)
def test_no_inline_words_in_rules(package):
    files = sorted((SRC / package).rglob("*.py"))
    assert files
    found = [f"{f.relative_to(SRC)}:{line}: {what}"
             for f in files for line, what in inline_words(ast.parse(f.read_text("utf-8")))]
    assert not found, "word lists belong in data/*.toml:\n" + "\n".join(found)
