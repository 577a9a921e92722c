"""Whether a word is an ordinary English word: in the lemma index of the pinned spaCy model's lemmatizer
(the WordNet-derived word list its rule lemmatizer reads), after that lemmatizer's own suffix rules
("forces" -> "force").

Why: a name rule that lets two spellings of one name meet ("the Tarvesh Front" / "the Tarvash Front",
``across.entities.vowel_spelling``) also lets two different English words meet ("police" / "palace",
"national" / "notional"); a pair of dictionary words is two words, not two spellings. The table is the
model's general English data, not a list written from the reports; without the model no word is known and
the name rules behave as before.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from backchannel.nlp import DEFAULT_MODEL, MODEL_ENV

TABLE = "lemma_index"
RULES = "lemma_rules"


@cache
def _index() -> tuple[dict[str, frozenset[str]], dict[str, list[tuple[str, str]]]]:
    """The model's lemma index (part of speech -> words) and suffix rules, read once; empty without them."""
    from spacy.lookups import Lookups
    from spacy.util import get_package_path

    name = os.environ.get(MODEL_ENV) or DEFAULT_MODEL
    try:
        root = Path(name) if Path(name).exists() else get_package_path(name)
    except Exception:  # not installed: no dictionary
        return {}, {}
    found = sorted(root.glob("**/lemmatizer/**/lookups.bin"))
    if not found:
        return {}, {}
    lookups = Lookups().from_bytes(found[0].read_bytes())
    if not lookups.has_table(TABLE):
        return {}, {}
    idx, rules = lookups.get_table(TABLE), lookups.get_table(RULES) if lookups.has_table(RULES) else {}
    index = {str(pos): frozenset(idx[pos]) for pos in idx}  # every part of speech of the table
    return index, {str(pos): [(a, b) for a, b in rules.get(pos, ())] for pos in idx}


@cache
def english_word(word: str) -> bool:
    """``word`` (lower case) or a form its suffix rules lead to is in the model's lemma index."""
    index, rules = _index()
    for pos, words in index.items():
        if word in words:
            return True
        if any(word.endswith(old) and word[: len(word) - len(old)] + new in words for old, new in rules.get(pos, ())):
            return True
    return False
