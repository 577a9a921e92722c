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



QUOTE_MARK = re.compile(r"''|[\"“”„«»]")  # '' is the NYT's straight double quote


PARA_BREAK = re.compile(r"\n[ \t\u00a0\r]*\n")


OPEN_GLYPHS, CLOSE_GLYPHS = "“„«", "”»"


BEFORE_OPEN = "([{—–-/…\u00a0"


AFTER_CLOSE = ".,;:!?)]}—–-…"


QUOTE_CHARS = "\"“”„«»"


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
    """All quotation regions of a text (one regex pass over the marks)."""
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

    for m in QUOTE_MARK.finditer(text):
        i, j = m.start(), m.end()
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
