"""One index per parsed document: sentences, paragraphs, quotations, time expressions and token
attributes, read once; and the index of a document's claims (:class:`ClaimIndex`).

Why one: the actors, claims and interactions stages each built their own
lists of sentences, paragraph breaks and tokens, and each walked spaCy's
``Doc`` again; a ``Token`` is a new Python object on every ``doc[i]``, ``for
t in doc`` or ``.head``, so that cost was paid three times. The index is built
lazily (a stage pays only for what it reads) and once per document, on
:attr:`backchannel.context.Context.index`, and dropped with the context.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LOWER, ORTH, POS  # type: ignore[import-not-found]  # Cython, no stub
from spacy.tokens import Doc, Span, Token

from backchannel.model import Claim
from backchannel.quotes import PARA_BREAK, Region, scan_quotes
from backchannel.timex import Timex, find, timex_words
from backchannel.timex_period import told_month_days

TIME_ENTS = frozenset({"DATE", "TIME"})  # spaCy's entity labels of dates and times
POBJ = "pobj"
FAR = 2000  # characters: a claim span ending this far before a position cannot hold it


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
        """Token attributes as plain lists (see :class:`TokenTable`)."""
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
    def para_of_sent(self) -> list[int]:
        """Paragraph number of each sentence: how many paragraph breaks come before its start."""
        return [self.para_index(s.start_char) for s in self.sents]

    @cached_property
    def timexes(self) -> list[tuple[Timex, Span, Token | None]]:
        """Time expressions (:func:`backchannel.timex.find`, with the parser's DATE/TIME
        entities), each with its token span and the token it attaches to (see :meth:`attachment`)."""
        ents = [(e.start_char, e.end_char) for e in self.doc.ents if e.label_ in TIME_ENTS]
        out = []
        for tx in told_month_days(find(self.text, ents), self.sent_index):  # "In March ... on the 14th"
            span = self.doc.char_span(tx.start, tx.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            out.append((tx, span, self.attachment(span)))
        return out

    @cached_property
    def timex_at(self) -> dict[int, list[tuple[Timex, Span]]]:
        """Token index -> the time expressions attached to that token, in text order."""
        at: dict[int, list[tuple[Timex, Span]]] = {}
        for tx, span, att in self.timexes:
            if att is not None:
                at.setdefault(att.i, []).append((tx, span))
        return at

    @staticmethod
    def attachment(span: Span) -> Token | None:
        """The token a time expression modifies: the head of its span's top ("met on Monday"
        -> "met": a prepositional object's preposition is skipped), else the span's root."""
        r = span.root
        h = r.head
        while h.i != r.i and span.start <= h.i < span.end:
            r, h = h, h.head
        if r.dep_ == POBJ and not (span.start <= r.head.i < span.end):
            return _past_host_noun(r.head.head)
        if h.i == r.i:
            return r
        if h.dep_ == "advmod" and h.head.i != h.i and h.lower_ in _lead_adverbs():
            return h.head  # "Earlier on Friday, X met Y": the phrase dates the adverb's verb
        return _past_host_noun(h)

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

    def sent_of_token(self, i: int) -> int:
        """The sentence holding token ``i``."""
        return bisect.bisect_right(self.sent_start_tokens, i) - 1

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


class ClaimIndex:
    """Where a document's claims are, by character offset.

    Why apart from :class:`DocIndex`: the document index is built before the claims stage
    (which reads it), so the claims cannot be part of it; a later stage builds this one from
    ``ctx.claims`` when it starts.
    """

    def __init__(self, claims: Iterable[Claim]) -> None:
        claims = list(claims)
        spans = []
        for c in claims:
            for a, b in c.spans.content:
                spans.append((a, b, c.id))
            if c.spans.clause:
                spans.append((c.spans.clause[0], c.spans.clause[1], c.id))
        self.spans: list[tuple[int, int, str]] = sorted(spans)  # (start, end, claim id): content pieces, clauses
        self.claims: dict[str, Claim] = {c.id: c for c in claims}
        self.speaker_starts: set[int] = {c.spans.speaker[0] for c in claims if c.spans.speaker}

    def claim_at(self, pos: int) -> str | None:
        """The claim whose content or clause holds character ``pos`` (the one starting last)."""
        i = bisect.bisect_right(self.spans, (pos, 1 << 30, "")) - 1
        while i >= 0:
            a, b, cid = self.spans[i]
            if a <= pos < b:
                return cid
            if b < pos - FAR:
                break
            i -= 1
        return None

    def is_speaker(self, start: int) -> bool:
        """Does a mention at ``start`` name the speaker of a claim ("..., the army said")?"""
        return start in self.speaker_starts


HOST_NOUN = "timex.host_noun"


def _past_host_noun(h: Token) -> Token:
    """Rule HOST_NOUN: "Shortly before 11pm local time on Friday, X agreed", "freed them in the early hours
    of Monday": the parser hangs the day on a noun of a time of day or a clock's zone, which is
    itself only a time phrase (a bare noun phrase or a preposition's object); the day dates what
    that phrase modifies. Other nouns keep the day ("the meeting on Sunday")."""
    if h.lemma_.lower() not in timex_words().host_nouns or h.head.i == h.i:
        return h
    if h.dep_ == "npadvmod":
        return h.head
    if h.dep_ == POBJ and h.head.dep_ == "prep" and h.head.head.i != h.head.i:
        return h.head.head
    return h


def _lead_adverbs() -> frozenset[str]:
    """Adverbs that lead a time phrase ("earlier on Friday", "back in February") without a time of
    their own: the phrase modifies what the adverb modifies."""
    w = timex_words()
    return frozenset(w.near_mods) | frozenset(w.part_mods) | w.lead_adverbs
