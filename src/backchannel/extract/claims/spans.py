"""Character-span helpers shared by the steps: trimming a content span of
clause punctuation, datelines and unpaired quote marks, and telling a period
that ends a sentence from one that ends an abbreviation.
"""

from __future__ import annotations

import re
from functools import lru_cache

from backchannel.alternation import alternation
from backchannel.extract.claims.cue_lexicon import lexicon, words
from backchannel.quotes import QUOTE_CHARS, trim


END_PUNCT = " \t\n\r\u00a0.,;:—–-"


DATELINE = re.compile(r"[A-Z][A-Z.'’ -]{2,40}(?:,[^—–―\n]{0,40})?(?:[ \t]*\([^)\n]{1,30}\))?[ \t]*(?:—|–|―|--?)[ \t]+")


PLACE_DATELINE = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:, [A-Z][\w.'’ -]{1,30})?"
                            r"(?:[ \t]*\([^)\n]{1,30}\))?[ \t]+(?:—|–|―|--?)[ \t]+")


def clean(text: str, s: int, e: int) -> tuple[int, int] | None:
    """Trim spaces and clause punctuation, a dateline ("WASHINGTON —") and unpaired quote marks."""
    s, e = trim(text, s, e, END_PUNCT)
    m = DATELINE.match(text, s, e)
    if m is None and (s == 0 or text[s - 1] == "\n"):
        m = PLACE_DATELINE.match(text, s, e)  # "Lima, Peru — …" opening a paragraph
    if m and m.end() < e:
        s = m.end()
    while s < e and text[s] in QUOTE_CHARS and not any(c in QUOTE_CHARS for c in text[s + 1:e]):
        s, e = trim(text, s + 1, e, END_PUNCT)
    while e > s and text[e - 1] in QUOTE_CHARS and not any(c in QUOTE_CHARS for c in text[s:e - 1]):
        s, e = trim(text, s, e - 1, END_PUNCT)
    return (s, e) if e - s > 1 else None


SENT_END = re.compile(r"[.!?\"“”]")


PAREN = re.compile(r"\([^()]*\)")


@lru_cache(maxsize=1)
def contrast_re() -> re.Pattern[str]:
    """A contrastive conjunction ("but", "yet", …) at a position, any case."""
    alts = "|".join(map(re.escape, words().contrast))
    return re.compile(rf"(?:{alts})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def abbrev_re() -> re.Pattern[str]:
    """A period that ends an abbreviation of ``cues.toml [abbreviations]`` or an initial."""
    alts = "|".join(sorted(map(re.escape, lexicon().abbreviations), key=len, reverse=True))
    return re.compile(rf"\b(?:{alts}|[A-Z])\.")


def no_abbrev(s: str) -> str:
    """``s`` without the periods that end no sentence: titles ("Ms.", "Sen."), initials
    ("E.", "U.S.") and parentheses ("(D-Md.)")."""
    return abbrev_re().sub("", PAREN.sub("", s))


def without_connective(text: str, clause: tuple[int, int]) -> tuple[int, int]:
    """The clause without a sentence-opening connective ("But", "However,"), the reporter's
    link to what came before; a clause that is nothing else is kept whole."""
    s, e = clause
    m = _connective_re().match(text, s, e)
    if m is None or not text[s].isupper() or m.end() >= e:
        return clause
    return clean(text, m.end(), e) or clause


def is_connective(text: str, piece: tuple[int, ...]) -> bool:
    """Whether a piece is nothing but a connective or a sentence adverb ("Still", "But")."""
    w = words()
    word = text[piece[0]:piece[1]].strip(" ,").lower()
    return word in w.connectives or word in w.sentence_adverbs


@lru_cache(maxsize=1)
def _connective_re() -> re.Pattern[str]:
    """A connective of ``claims_words.toml [connectives]`` (and its comma) or a sentence adverb
    and its comma, any case."""
    w = words()
    conj, adv = alternation(w.connectives), alternation(w.sentence_adverbs)
    return re.compile(rf"(?:(?:{conj})\b,?|(?:{adv}),)\s+", re.IGNORECASE)
