"""Where sentences and names sit in a report's text: offsets the digest reads claims and passages by.

Why apart from the records: these helpers read only text (and a dossier's mentions), and every
reader of passages in the across stage needs them; kept here they stay one copy (and records.py
keeps room for the records themselves).
"""

from __future__ import annotations

import re
from functools import cache

from backchannel.data_loader import read
from backchannel.model import Dossier

#: the one empty word set the digest keeps (each ``frozenset()`` is an object of 216 bytes, and most actors'
#: runs and most claims' neighbouring anchors are empty: kept per report until the corpus is resolved)
NONE: frozenset[str] = frozenset()


#: a stop and what closes it, the space after it (:func:`sentence_start`) or before it (:func:`sentence_end`):
#: compiled once, as the digest reads three times per claim
_STOP_BEFORE = re.compile(r"[.!?][\"”’)]*\s+|\n")
_STOP_AFTER = re.compile(r"[.!?][\"”’)]*(?=\s|$)|\n")
_LETTERS = re.compile(r"[a-z]+")
WORD = re.compile(r"[\w'’-]+")  # a word with its inner apostrophes and hyphens ("ostland's", "cease-fire")


def sentence_start(text: str, at: int, reach: int = 400) -> int:
    """Where the sentence holding offset ``at`` starts (after the last ". ", "! ", "? " or line break)."""
    lo = max(0, at - reach)
    ends = [m.end() for m in _STOP_BEFORE.finditer(text[lo:at])]
    return lo + ends[-1] if ends else lo


@cache
def _anchor_words() -> frozenset[str]:
    return frozenset(w for f in read("across_denial.toml")["denial"]["families"].values() for w in f.get("anchors", []))


def near_words(text: str, begin: int, end: int, after: int | None = None) -> frozenset[str]:
    """The anchor words of the denial families (data/across_denial.toml ``anchors``) in the sentence before a claim
    and the one after it: "'They were freed by their captors,' he said. 'No money was given'" ties the bare "no
    money" to a captive (rule ``across.links.denial_anchor``)."""
    j = begin
    while j > 0 and text[j - 1].isspace():
        j -= 1
    after = sentence_end(text, end) if after is None else after
    nearby = text[sentence_start(text, max(0, j - 1)) if j else 0:begin] + " " + text[after:sentence_end(text, after + 1)]
    return frozenset(_LETTERS.findall(nearby.lower())) & _anchor_words() or NONE


def sentence_end(text: str, at: int, reach: int = 400) -> int:
    """Where the sentence holding offset ``at`` (or ending just before it) ends: its stop and closing quotes."""
    m = _STOP_AFTER.search(text[at:at + reach])
    return at + m.end() if m else min(len(text), at + reach)


def mention_starts(text: str, d: Dossier) -> list[tuple[int, str]]:
    """(start, actor id) of every mention of an actor and every other place its name is written
    (a named person's surname too), in text order: the extractor keeps some mentions under
    another actor or none, and whom a claim is about is read from the names before it."""
    out = {(m.start, a.id) for a in d.actors for m in a.mentions}
    for a in d.actors:
        if not a.named:
            continue
        forms = {a.name, *a.aliases} | ({a.name.split()[-1]} if a.kind == "person" else set())
        for f in forms:
            if len(f) > 2:
                out.update((at, a.id) for at in word_starts(text, f))
    return sorted(out)


def is_word(ch: str) -> bool:
    """A word character as ``re``'s ``\\w`` of a str pattern reads it: alphanumeric (Unicode) or "_"."""
    return ch.isalnum() or ch == "_"


def word_starts(text: str, form: str) -> list[int]:
    """Where ``form`` is written in ``text`` as a whole word: the starts ``re.finditer(r"\\bFORM\\b")`` gives
    (left to right, not overlapping), found with ``str.find``.

    Why not the regex: each report's names make patterns of their own, so at corpus
    scale every one misses ``re``'s cache of 512 and is compiled anew: 45 compiles a
    report, a fifth of the digest's time (``benchmarks/across_scaling.py``).
    """
    out, n, at = [], len(form), text.find(form)
    while at >= 0:
        end = at + n
        before = is_word(text[at - 1]) if at else False
        after = is_word(text[end]) if end < len(text) else False
        if before != is_word(form[0]) and is_word(form[-1]) != after:
            out.append(at)
            at = text.find(form, end)
        else:
            at = text.find(form, at + 1)
    return out
