"""One index per parsed document: sentences, paragraphs, quotations and token attributes, read once.

Why one: the actors, claims and interactions stages each built their own
lists of sentences, paragraph breaks and tokens, and each walked spaCy's
``Doc`` again; a ``Token`` is a new Python object on every ``doc[i]``, ``for
t in doc`` or ``.head``, so that cost was paid three times. The index is built
lazily (a stage pays only for what it reads) and once per document, on
:attr:`backchannel.context.Context.index`, and dropped with the context.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LOWER, ORTH, POS
from spacy.tokens import Doc, Span, Token

from backchannel.quotes import PARA_BREAK, Region, scan_quotes


@dataclass
class TokenTable:
    """Token attributes as plain lists: a scan for a cheap test touches no ``Token`` object."""

    text: list[str]
    lower: list[str]
    idx: list[int]
    pos: list[str]
    is_space: list[bool]
    is_punct: list[bool]

    @classmethod
    def of(cls, doc: Doc) -> TokenTable:
        """Read with ``Doc.to_array``: one pass in C, no ``Token`` object (about 4x faster)."""
        rows = doc.to_array([ORTH, LOWER, IDX, POS, IS_SPACE, IS_PUNCT]).tolist() if len(doc) else []
        strings, seen = doc.vocab.strings, {0: ""}

        def string(h: int) -> str:
            if h not in seen:
                seen[h] = strings[h]
            return seen[h]

        return cls([string(r[0]) for r in rows], [string(r[1]) for r in rows], [r[2] for r in rows],
                   [string(r[3]) for r in rows], [bool(r[4]) for r in rows], [bool(r[5]) for r in rows])


class DocIndex:
    """Sentences, paragraphs, quotation regions and token attributes of one parsed text."""

    def __init__(self, doc: Doc, text: str) -> None:
        self.doc, self.text = doc, text

    @cached_property
    def tokens(self) -> list[Token]:
        """One ``Token`` object per token, shared by every step that needs real tokens."""
        return list(self.doc)

    @cached_property
    def table(self) -> TokenTable:
        return TokenTable.of(self.doc)

    @cached_property
    def sents(self) -> list[Span]:
        return list(self.doc.sents)

    @cached_property
    def sent_starts(self) -> list[int]:
        """Character offset where each sentence starts."""
        return [s.start_char for s in self.sents]

    @cached_property
    def sent_start_tokens(self) -> list[int]:
        """Token index where each sentence starts."""
        return [s.start for s in self.sents]

    @cached_property
    def breaks(self) -> list[int]:
        """Character offsets of the blank lines that separate paragraphs."""
        return [m.start() for m in PARA_BREAK.finditer(self.text)]

    @cached_property
    def regions(self) -> list[Region]:
        """Quotation regions (see :mod:`backchannel.quotes`), in text order."""
        return scan_quotes(self.text)

    @cached_property
    def region_starts(self) -> list[int]:
        return [r.start for r in self.regions]

    def sent_tokens(self, sent: Span) -> list[Token]:
        return self.tokens[sent.start:sent.end]

    def sent_index(self, pos: int) -> int:
        """The sentence holding character ``pos`` (the first for a position before any)."""
        return max(bisect.bisect_right(self.sent_starts, pos) - 1, 0)

    def para_index(self, pos: int) -> int:
        """How many paragraph breaks come before character ``pos``."""
        return bisect.bisect_right(self.breaks, pos)

    def region_at(self, pos: int) -> Region | None:
        j = bisect.bisect_right(self.region_starts, pos) - 1
        if j >= 0 and self.regions[j].start <= pos < self.regions[j].end:
            return self.regions[j]
        return None

    def regions_in(self, s: int, e: int) -> list[Region]:
        """Quotation regions overlapping ``[s, e)``."""
        j = max(bisect.bisect_right(self.region_starts, s) - 1, 0)
        out = []
        while j < len(self.regions) and self.regions[j].start < e:
            r = self.regions[j]
            if r.end > s:
                out.append(r)
            j += 1
        return out
