"""Quotation regions: where the quoted words of a text are.

Why first: every later step asks whether a cue, a speaker or a clause lies
inside a quotation, so the regions are found once per document by one regex
pass over the quotation marks and a small state machine that reads each
mark's role from the characters around it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass



QUOTE_MARK = re.compile(r"``|''|[\"“”„«»″‶]")  # '' is the NYT's straight double quote; `` … ″ old wire copy


#: single marks, read only in a text that has no double mark (the British and wire style 'A,' he said)
SINGLE_MARK = re.compile(r"[‘’‛‚‹›']")
LATER_CLOSE = re.compile(r"[^\s][’'›](?=[\s.,;:!?)]|$)")


PARA_BREAK = re.compile(r"\n[ \t\u00a0\r]*\n")


OPEN_GLYPHS, CLOSE_GLYPHS = "“„«‶`‘‛‚‹", "”»″’›"


BEFORE_OPEN = "([{—–-/…\u00a0"


AFTER_CLOSE = ".,;:!?)]}—–-…"


QUOTE_CHARS = "\"“”„«»″‶``"  # "``" twice so that the token ``` `` ``` is found in it


@dataclass
class Region:
    """One quotation: the marks' extent and its content pieces (one per paragraph)."""

    start: int
    end: int
    pieces: list[list[int]]
    used: bool = False
    closed: bool = True  # False: a mark nobody closed, ended by its paragraph


def trim(text: str, s: int, e: int, chars: str = " \t\n\r\u00a0") -> tuple[int, int]:
    """``[s, e)`` without the characters ``chars`` at either end."""
    while s < e and text[s] in chars:
        s += 1
    while e > s and text[e - 1] in chars:
        e -= 1
    return s, e


def mark_opens(text: str, i: int, j: int, is_open: bool) -> bool:
    """Whether the mark text[i:j] opens a quotation, from the characters around it."""
    prev = text[i - 1] if i > 0 else "\n"
    nxt = text[j] if j < len(text) else "\n"
    o = (prev.isspace() or prev in BEFORE_OPEN or prev in QUOTE_CHARS) and not nxt.isspace()
    c = not prev.isspace() and (nxt.isspace() or nxt in AFTER_CLOSE or nxt in QUOTE_CHARS)
    if o != c:
        return o
    ch = text[i]
    if ch in OPEN_GLYPHS:
        return True
    if ch in CLOSE_GLYPHS:
        return False
    return not is_open


def scan_quotes(text: str) -> list[Region]:
    """All quotation regions of a text (one regex pass over the marks). A text without a
    double mark of any glyph quotes with single marks ('A,' he said; ‘A’): those are read
    instead, apostrophes aside (:func:`single_mark`), and a single mark nobody closed opens
    no quotation (an elision or a possessive the filter let through, never a quote)."""
    marks = [(m.start(), m.end()) for m in QUOTE_MARK.finditer(text)]
    if marks:
        return _scan(text, marks)
    singles = [(m.start(), m.end()) for m in SINGLE_MARK.finditer(text) if single_mark(text, m.start())]
    return [r for r in _scan(text, singles) if r.closed]


def single_mark(text: str, i: int) -> bool:
    """Whether the single mark at ``i`` can open or close a quotation, not be an apostrophe:
    never between two letters or digits ("don't", "Israel’s"), before a digit ("'90s"), or
    after a final s before a lower-case word when a later mark of the paragraph can close (the
    plural possessive "'the hostages' families wait,' he said"; with no later close, "wanted
    'talks with the rebels' by Friday" ends there)."""
    prev = text[i - 1] if i > 0 else "\n"
    nxt = text[i + 1] if i + 1 < len(text) else "\n"
    if prev.isalnum() and nxt.isalnum() or nxt.isdigit():
        return False
    after = text[i + 2] if i + 2 < len(text) else ""
    if not (prev in "sS" and nxt == " " and after.islower()):
        return True
    end = text.find("\n", i)
    return LATER_CLOSE.search(text, i + 1, len(text) if end < 0 else end) is None


def _scan(text: str, found: list[tuple[int, int]]) -> list[Region]:
    """The regions of a text from its quotation marks ``found`` (start, end), in order."""
    breaks = [m.start() for m in PARA_BREAK.finditer(text)]
    regions: list[Region] = []
    cur: Region | None = None
    piece_start = 0

    def para_end(pos: int) -> int:
        j = bisect.bisect_right(breaks, pos)
        return breaks[j] if j < len(breaks) else len(text)

    def finish(end: int, close: int, closed: bool = True) -> None:
        nonlocal cur
        assert cur is not None  # only called with a quotation open
        s, e = trim(text, piece_start, end)
        if e > s:
            cur.pieces.append([s, e])
        cur.end = close
        cur.closed = closed
        if cur.pieces:
            regions.append(cur)
        cur = None

    for i, j in found:
        opens = mark_opens(text, i, j, cur is not None)
        if cur is not None:
            pend = para_end(piece_start)
            if pend < i:  # a paragraph break since the piece began
                if opens and not text[pend:i].strip():
                    # the same quotation goes on in a new paragraph
                    s, e = trim(text, piece_start, pend)
                    if e > s:
                        cur.pieces.append([s, e])
                    piece_start = j
                    continue
                finish(pend, pend, False)  # unclosed: ends with its paragraph
        if cur is None:
            if opens:
                cur = Region(start=i, end=j, pieces=[])
                piece_start = j
            continue
        if opens and text[piece_start:i].strip():
            # an opening mark inside an open quotation: the previous one lost its close
            finish(i, i, False)
            cur = Region(start=i, end=j, pieces=[])
            piece_start = j
            continue
        if not opens or not text[piece_start:i].strip():
            if not text[piece_start:i].strip():  # empty quotation: drop
                cur = None
                continue
            finish(i, j)
    if cur is not None:
        pend = para_end(piece_start)
        finish(pend, pend, False)
    return regions
