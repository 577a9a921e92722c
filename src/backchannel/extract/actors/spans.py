"""Text helpers of the actors stage: trimming, cleaning, initials, the description's post-modifiers.

Why: every step turns tokens into character spans and names; trimming quotes,
articles and possessives the same way everywhere keeps mentions and aliases
consistent.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from backchannel.resolve.lexicon import fold, lexicon
from backchannel.syntax.phrases import np_postmodifiers


POSS_SUFFIX = re.compile(r"(?:['’ʼ]s|['’ʼ])$")
OPENED = re.compile(r"(^|\s)['‘](?=\w)")  # a single quote opening a word
CLOSED = re.compile(r"\w['’](?=\s|$)")  # one closing a word (or a plural possessive)
NAMED_LABELS = {"PERSON", "ORG", "GPE", "FAC", "LOC", "NORP", "UNIT", "PERSON?"}


def initials_match(acronym: str, name: str) -> bool:
    """Does ``acronym`` spell the initials of ``name``? Function words may be skipped; an acronym inside the
    name gives all its letters (s35-affil)."""
    words = [w for w in re.split(r"[\s-]+", re.sub(r"['’]s\b", "", name)) if w]
    if len(words) < 2:
        return False
    acro = acronym if any(c.islower() for c in acronym) and acronym[:1].isupper() else acronym.upper()
    skip = lexicon().words.acronym_skippable

    def go(i: int, j: int) -> bool:
        if j == len(words):
            return i == len(acro)
        w = words[j]
        skippable = w.lower() in skip
        # a lower-case letter of a mixed-case initialism ("MoD") is a function word's ("of")
        if i < len(acro) and (w[:1].upper() == acro[i] or acro[i].islower() and skippable and w[:1] == acro[i]) \
                and go(i + 1, j + 1):
            return True
        # a word that is an acronym itself gives all its letters: "NFLPA" = "NFL Players Association"
        if len(w) >= 2 and w.isupper() and w.isalpha() and acro.startswith(w, i) and go(i + len(w), j + 1):
            return True
        return skippable and go(i, j + 1)

    return go(0, 0)


def name_head_words(name: str) -> tuple[str, ...]:
    """The head nouns of a name, folded: its last word, and the word before its first name preposition
    ("Ministry of Foreign Affairs", "Zorlan Office for Refugees"), the head of such a name. Why: a report
    falls back on the head alone ("the ministry"), whichever end of the name it stands at."""
    words = fold(name).split()
    cut = next((i for i, w in enumerate(words) if w in lexicon().words.name_preps), 0)
    return tuple(words[-1:]) + ((words[cut - 1],) if cut >= 1 else ())


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim whitespace, stray quotes, a leading article and a trailing possessive from text[start:end]."""
    article = lexicon().words.span_article
    for _ in range(3):
        s0, e0 = start, end
        while start < end and (text[start].isspace() or text[start] in "\"“”‘'’("):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",.;:\"“”)"):
            if text[end - 1] == "." and re.search(r"(?:^|[^\w.])(?:[A-Z]\.){2,}$", text[start:end]):
                break  # "U.S.", "U.A.E." keep their final period
            end -= 1
        m = article.match(text[start:end])
        if m and end - start > m.end():
            start += m.end()
        m = POSS_SUFFIX.search(text[start:end])
        if m and end - start > len(m.group(0)) + 1:
            end -= len(m.group(0))
        while end > start and text[end - 1] in "'‘’ʼ" and text[start:end].count(text[end - 1]) == 1:
            end -= 1
        if (start, end) == (s0, e0):
            break
    return start, end


def clean(text: str) -> str:
    """A name as written, without surrounding quotes, double quotes and a leading article."""
    text = re.sub(r"\s+", " ", text).strip().strip("'‘’ʼ").strip()
    text = text.replace('"', "").replace("“", "").replace("”", "")
    if OPENED.search(text) and not CLOSED.search(text):
        text = OPENED.sub(r"\1", text)  # "Supporters of 'X": an opening quote whose closing one the span cut off
    return lexicon().words.name_article.sub("", text).strip()


def np_right(head: Token, preps: tuple[str, ...] | None = None) -> list[Token]:
    """Post-modifiers that belong to a description (:func:`backchannel.syntax.phrases.np_postmodifiers`
    with the actors' prepositions): "of"/"from"/"for" phrases and participles.

    ``preps`` defaults to ``description_preps`` of ``data/actors_words.toml``.
    """
    words = lexicon().words
    return np_postmodifiers(head, words.description_preps if preps is None else preps, words.origin_preps)

