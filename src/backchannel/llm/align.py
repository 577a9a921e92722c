"""Find the words a model returned in the text it read: exact, then normalised, then strictly fuzzy.

Why an aligner: a model answers with names, quotes and sentences as it
believes they were written; a dossier must point at the characters they rest
on. Each string is looked for three ways, strictest first:

1. **exact**: the string occurs as written;
2. **normalised**: it occurs once case, runs of white space and typographic
   variants (curly quotes, dashes, no-break spaces) are folded on both sides;
3. **fuzzy**: for strings of at least :data:`FUZZY_MIN_CHARS` normalised
   characters only, the best window of the text whose
   :class:`difflib.SequenceMatcher` ratio with the string is at least
   :data:`FUZZY_MIN_RATIO` (a changed word or two in a long quote, a dropped
   comma; never a paraphrase, never a short name).

What none of the three finds is not in the text, and the caller drops it.
Offsets are Python string indices into the original text, never into the
normalised copy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

#: Fuzzy matches below this ratio are refused (1.0 = identical after normalisation).
FUZZY_MIN_RATIO = 0.9
#: Shorter strings (names, cues) must match exactly or after normalisation.
FUZZY_MIN_CHARS = 20
#: A quote split by its cue: at most this many pieces, each at most this far after the one before.
MAX_PIECES = 3
MAX_PIECE_GAP = 120
#: Candidate windows tried per fuzzy search (anchors in a long text are capped).
FUZZY_MAX_ANCHORS = 60

#: Typographic variants folded by the normalised match.
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"',
                       "\u201e": '"', "\u00ab": '"', "\u00bb": '"', "\u2013": "-", "\u2014": "-",
                       "\u2012": "-", "\u2212": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " "})
_QUOTES = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Match:
    """Where a string was found: ``text[start:end]``, how (exact | normalised | fuzzy) and the ratio."""

    start: int
    end: int
    how: str
    score: float = 1.0


def normalise(text: str) -> tuple[str, list[int]]:
    """``text`` folded (case, white space, typography) and, per folded character, its index in ``text``."""
    out: list[str] = []
    index: list[int] = []
    space = True  # drop leading white space
    for i, ch in enumerate(text.translate(_FOLD)):
        if ch.isspace():
            if not space:
                out.append(" ")
                index.append(i)
            space = True
            continue
        space = False
        for c in ch.casefold():
            out.append(c)
            index.append(i)
    while out and out[-1] == " ":
        out.pop()
        index.pop()
    return "".join(out), index


def clean(needle: str) -> str:
    """The string without surrounding white space and quotation marks (a quote's words, not its marks)."""
    return needle.strip().strip(_QUOTES).strip()


class Aligner:
    """Aligns strings to one text; build once per text, ask many times."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.norm, self.index = normalise(text)
        self._bounds: tuple[list[int], list[int]] | None = None

    def find(self, needle: str, near: tuple[int, int] | None = None) -> Match | None:
        """The occurrence of ``needle`` nearest ``near`` (a span), trying exact, normalised, fuzzy in turn."""
        needle = clean(needle)
        if not needle:
            return None
        hits = [Match(s, s + len(needle), "exact") for s in _occurrences(self.text, needle)]
        if not hits:
            hits = self._normalised(needle)
        if hits:
            return min(hits, key=lambda m: _distance(m, near))
        return self._fuzzy(needle)

    def find_pieces(self, needle: str, near: tuple[int, int] | None = None) -> list[Match] | None:
        """``needle`` whole (:meth:`find`), else as runs of its words in order, each within
        :data:`MAX_PIECE_GAP` characters of the one before: a quote interrupted by its cue
        ("“The door is open,” she said, “but ...”"), which the model returns as one string.

        Each run is matched exactly or normalised (never fuzzy), longest first; at most
        :data:`MAX_PIECES` runs, each of two words or more.
        """
        whole = self.find(needle, near)
        if whole is not None:
            return [whole]
        needle = clean(needle)
        words = [w.span() for w in re.finditer(r"\S+", needle)]
        pieces: list[Match] = []
        pos = 0
        while pos < len(words):
            if len(pieces) == MAX_PIECES:
                return None
            found = self._run(needle, words, pos, pieces[-1].end if pieces else None, near)
            if found is None:
                return None
            pos, m = found
            pieces.append(m)
        return pieces if len(pieces) > 1 else None

    def _run(self, needle: str, words: list[tuple[int, int]], pos: int, after: int | None,
             near: tuple[int, int] | None) -> tuple[int, Match] | None:
        """The longest run of words from ``pos`` found after ``after`` (nearest ``near`` for the first)."""
        for k in range(len(words), pos + 1, -1):
            part = clean(needle[words[pos][0]:words[k - 1][1]])
            hits = [Match(s, s + len(part), "exact") for s in _occurrences(self.text, part)] or self._normalised(part)
            if after is not None:
                hits = [h for h in hits if after <= h.start <= after + MAX_PIECE_GAP]
            if hits:
                return k, min(hits, key=lambda m: _distance(m, near))
        return None

    def find_all(self, name: str) -> list[Match]:
        """Every whole-word occurrence of a name: as written, else (case-folded) the first normalised one.

        Why case-sensitive first: an abbreviation ("US") must not match every
        "us" of the text; the folded match is the fallback for a name the
        model wrote in other case or spacing, and takes one occurrence only.
        """
        name = clean(name)
        if not name:
            return []
        hits = [Match(s, s + len(name), "exact") for s in _occurrences(self.text, name) if self._whole(s, s + len(name))]
        if hits:
            return hits
        folded = [m for m in self._normalised(name) if self._whole(m.start, m.end)]
        return folded[:1]

    def _whole(self, start: int, end: int) -> bool:
        t = self.text
        return (start == 0 or not t[start - 1].isalnum()) and (end == len(t) or not t[end].isalnum())

    def _span(self, a: int, b: int) -> tuple[int, int]:
        """Folded positions ``[a, b)`` as a span of the original text (without white space at its edges)."""
        start, end = self.index[a], self.index[b - 1] + 1
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return start, end

    def _normalised(self, needle: str) -> list[Match]:
        folded, _ = normalise(needle)
        if not folded:
            return []
        return [Match(*self._span(s, s + len(folded)), "normalised") for s in _occurrences(self.norm, folded)]

    def _fuzzy(self, needle: str) -> Match | None:
        """The best window of the folded text whose ratio with the folded needle passes the threshold."""
        folded, _ = normalise(needle)
        if len(folded) < FUZZY_MIN_CHARS or not self.norm:
            return None
        starts, ends = self._word_bounds()
        best: tuple[float, int, int] | None = None
        matcher = SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(folded)
        for s in self._anchors(folded, starts):
            lo, hi = s + int(len(folded) * 0.85), s + int(len(folded) * 1.15) + 1
            for e in ends:
                if e < lo or e > hi:
                    continue
                matcher.set_seq1(self.norm[s:e])
                if matcher.real_quick_ratio() < FUZZY_MIN_RATIO or matcher.quick_ratio() < FUZZY_MIN_RATIO:
                    continue
                r = matcher.ratio()
                if best is None or r > best[0]:
                    best = (r, s, e)
        if best is None or best[0] < FUZZY_MIN_RATIO:
            return None
        return Match(*self._span(best[1], best[2]), "fuzzy", round(best[0], 3))

    def _word_bounds(self) -> tuple[list[int], list[int]]:
        if self._bounds is None:
            words = list(_WORD.finditer(self.norm))
            ends = sorted({w.end() for w in words} | {w.end() + 1 for w in words if w.end() < len(self.norm)})
            self._bounds = [w.start() for w in words], ends
        return self._bounds

    def _anchors(self, folded: str, starts: list[int]) -> list[int]:
        """Word starts where the needle may begin: placed by occurrences of its first words in the text."""
        found: set[int] = set()
        for w in list(_WORD.finditer(folded))[:4]:
            if len(w.group()) < 3:
                continue
            for at in _occurrences(self.norm, w.group()):
                guess = at - w.start()
                found.update(s for s in starts if abs(s - guess) <= 3)
                if len(found) >= FUZZY_MAX_ANCHORS:
                    return sorted(found)
        return sorted(found)


def _occurrences(haystack: str, needle: str) -> list[int]:
    out: list[int] = []
    at = haystack.find(needle)
    while at >= 0:
        out.append(at)
        at = haystack.find(needle, at + 1)
    return out


def _distance(m: Match, near: tuple[int, int] | None) -> int:
    """0 inside ``near``, else the characters between ``m`` and it (ties: the first occurrence)."""
    if near is None:
        return 0
    if m.start >= near[0] and m.end <= near[1]:
        return 0
    return min(abs(m.start - near[0]), abs(m.end - near[1])) + 1
