"""Quoted names: a nickname or code name in quotation marks is no quotation of speech.

Why: reports set nicknames, code names and the names of wanted men in quotation marks
("guerrilla leader Jo “the Hammer” Brandt", "known by their code names “Falcon” and “Owl”",
"leaders, including “Little Ola,” head of the Front"). The quote rules took such a
quotation for someone's words: a partial quote of the clause around it, or a free quotation
given to the nearest cue. A quotation of one to three words that are all capitalised, with no
sentence inside, is a name when it sits inside a name (a capitalised word right before or
right after it, the sentence's first word aside) or follows a naming word (``name_quote_before``
of claims_words.toml: "including", "names", "nicknamed"). It is marked used, so no claim takes
it; the clause around it stays an indirect claim. No rule id: it makes no item
(``quoted_names.quoted_name`` in docs/rules.md).
"""

from __future__ import annotations

import re

from backchannel.extract.claims.cue_lexicon import words
from backchannel.extract.claims.state import ClaimsDoc
from backchannel.quotes import QUOTE_CHARS, Region

#: the most words a quoted name has
NAME_WORDS = 3
#: punctuation that, inside the closing mark, ends an utterance rather than a name (unless a naming
#: word comes before: "including “Little Ola,” head of the Front")
SPEECH_ENDS = ",.!?"
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def _name_words(text: str, r: Region) -> bool:
    """Whether the quotation is one to three capitalised words and nothing else (a closing comma
    aside)."""
    if len(r.pieces) != 1:
        return False
    inner = text[r.pieces[0][0]:r.pieces[0][1]].strip().rstrip(",")
    toks = inner.split()
    return 1 <= len(toks) <= NAME_WORDS and all(  # "the Hammer": a leading article may be lower case
        _WORD.fullmatch(t) and (t[0].isupper() or i == 0 < len(toks) - 1 and t in words().name_quote_articles) for i, t in enumerate(toks)) \
        and not any(t.endswith(".") and len(t) > 2 for t in toks)


def _word_before(text: str, i: int) -> tuple[str, str]:
    """The word ending right before position ``i`` (spaces skipped) and the character before it."""
    j = i
    while j > 0 and text[j - 1] in " \t\u00a0":
        j -= 1
    k = j
    while k > 0 and (text[k - 1].isalnum() or text[k - 1] in "'’-"):
        k -= 1
    prev = text[k - 1] if k > 0 else "\n"
    return text[k:j], prev


def _word_after(text: str, i: int) -> str:
    """The word starting right after position ``i`` (spaces skipped; none after punctuation)."""
    j = i
    while j < len(text) and text[j] in " \t\u00a0":
        j += 1
    k = j
    while k < len(text) and (text[k].isalnum() or text[k] in "'’-"):
        k += 1
    return text[j:k]


def quoted_name(text: str, r: Region) -> bool:
    """Whether quotation ``r`` is a name (see the module docstring)."""
    if not _name_words(text, r):
        return False
    before, prev = _word_before(text, r.start)
    if before.lower() in words().name_quote_before:
        return True
    if text[r.pieces[0][0]:r.pieces[0][1]].strip()[-1:] in SPEECH_ENDS:
        return False  # "“Never,” Ola Brandt said": punctuation inside the marks ends an utterance
    inside_name = bool(before) and before[0].isupper() and prev not in ".!?\n" + QUOTE_CHARS
    after = _word_after(text, r.end)
    return inside_name or bool(after) and after[0].isupper() and text[r.pieces[0][1]:r.end].strip() in QUOTE_CHARS


def mark_quoted_names(d: ClaimsDoc) -> None:
    """Mark every quoted name used, so that no claim takes it as quoted words."""
    for r in d.regions:
        if not r.used and quoted_name(d.text, r):
            r.used = True
