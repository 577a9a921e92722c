"""Text and token helpers of the actors stage: trimming, cleaning, noun-phrase edges.

Why: every step turns tokens into character spans and names; trimming quotes,
articles and possessives the same way everywhere keeps mentions and aliases
consistent.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from backchannel.resolve.lexicon import lexicon


POSS_SUFFIX = re.compile(r"(?:['’ʼ]s|['’ʼ])$")
NAMED_LABELS = {"PERSON", "ORG", "GPE", "FAC", "LOC", "NORP", "UNIT", "PERSON?"}
SUBJ = {"nsubj", "nsubjpass"}


def initials_match(acronym: str, name: str) -> bool:
    """Does ``acronym`` spell the initials of ``name``? Function words may be skipped."""
    words = [w for w in re.split(r"[\s-]+", re.sub(r"['’]s\b", "", name)) if w]
    if len(words) < 2:
        return False
    acro = acronym.upper()
    skip = lexicon().words.acronym_skippable

    def go(i: int, j: int) -> bool:
        if j == len(words):
            return i == len(acro)
        w = words[j]
        skippable = w.lower() in skip
        if i < len(acro) and w[:1].upper() == acro[i] and go(i + 1, j + 1):
            return True
        return skippable and go(i, j + 1)

    return go(0, 0)


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
    return lexicon().words.name_article.sub("", text).strip()


def np_left(head: Token) -> list[Token]:
    """The head's pre-modifiers (contiguous, in its subtree) and the head itself."""
    toks = [head]
    i = head.i - 1
    doc = head.doc
    # walk left while the token is in the head's subtree (asked per token: most walks stop
    # after a word or two, and building the whole subtree was the stage's hottest line)
    while i >= 0:
        t = doc[i]
        if not head.is_ancestor(t):
            break
        if t.is_space or t.text in ("(", ")", "[", "]", "—", "–") or t.dep_ in ("relcl", "acl", "appos"):
            break
        if t.text == "," and not inside_coordination(t, head):
            break
        toks.insert(0, t)
        i -= 1
    return toks


def inside_coordination(comma: Token, head: Token) -> bool:
    """A comma between coordinated pre-modifiers ("Israeli, Palestinian, and American sources")."""
    return comma.head.i != head.i and comma.head.dep_ in ("amod", "compound", "conj") and comma.head.i < head.i


def np_right(head: Token, preps: tuple[str, ...] | None = None) -> list[Token]:
    """Post-modifiers that belong to a description: "of"/"from"/"for" phrases and participles.

    ``preps`` defaults to ``description_preps`` of ``data/actors_words.toml``.
    """
    words = lexicon().words
    if preps is None:
        preps = words.description_preps
    out: list[Token] = []
    doc = head.doc
    # narrow: written for one phrase of one article (02-azovstal-commanders-kalin.txt, see
    # merges.drop_places_inside_descriptions): a prepositional phrase right after the head that the
    # parser hung elsewhere
    # ("the exchange of Ukrainian commanders from Azovstal")
    if head.i + 2 < len(doc) and doc[head.i + 1].lower_ in words.origin_preps and doc[head.i + 1].head.i != head.i \
            and doc[head.i + 2].pos_ == "PROPN":
        j = head.i + 2
        while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN":
            j += 1
        return list(doc[head.i + 1: j + 1])
    for c in head.rights:
        if c.dep_ == "prep" and c.lower_ in preps or (
                c.dep_ == "acl" and c.tag_ == "VBN"):
            sub = [t for t in c.subtree if not t.is_space]
            # stop at a comma, a relative clause or a parenthesis
            cut = []
            for t in sub:
                if t.text in (",", "(", ";", "—", "–") or t.dep_ == "relcl":
                    break
                cut.append(t)
            if cut:
                out.extend(cut)
                continue
        break
    return out


def span_text(doc: Doc, toks: list[Token]) -> str:
    """The text covered by ``toks`` (the whole range if they are not contiguous)."""
    if not toks:
        return ""
    # Doc.text rebuilds the whole string on every access: slice the tokens' own text instead
    out = []
    for t in toks[:-1]:
        out.append(t.text_with_ws)
    out.append(toks[-1].text)
    first, n = toks[0].i, len(toks)
    if toks[-1].i - first + 1 != n:  # non-contiguous: take the full range between them
        return "".join(t.text_with_ws for t in doc[first: toks[-1].i]) + toks[-1].text
    return "".join(out)
