"""Per-stage state: the claim candidate and the per-document indexes.

Why typed: the steps hand candidates to each other (cue → content →
quotation → speaker → claim); one dataclass makes what each step may read and
fill explicit, and :class:`ClaimsDoc` builds the sentence, paragraph and
quotation indexes once per document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from spacy.tokens import Span, Token

from backchannel.extract.context import Context
from backchannel.model import Stance


class Kind(StrEnum):
    """How a candidate's content was found (what the later steps may do with it)."""

    CLAUSE = "clause"              # a clausal complement or nominal cue's clause: "said (that) …"
    REVERSE = "reverse"            # the clause comes before the cue: "…, X said"
    OBJECT = "object"              # the object is the content: "denied the report"
    OBJECT_QUOTE = "object-quote"  # a naming object, a claim only with a quotation: "called the deal “…”"
    FRAME = "frame"                # a frame preposition's phrase: "called for talks"
    INFINITIVE = "infinitive"      # a "to"-infinitive: "pledged to …"
    ACCORDING = "according"        # "according to X"
    ANAPHORA = "anaphora"          # an anaphoric object: the previous sentence ("told CNN about this")
    BARE = "bare"                  # no content of its own: waits for a quotation
    TWEET = "tweet"                # a signed post: "— Name (@handle) date"
    TRANSCRIPT = "transcript"      # an interview line: "NAME: …"
    CONTINUED = "continued"        # a quotation continuing the previous quote claim


@dataclass
class Cand:
    """A claim candidate: a cue, its speaker phrase and its content, filled in step by step."""
    cue_tok: Token | None
    cue_span: list[int]  # [start, end] of the cue (every construction gives one)
    cue_text: str
    stance: Stance
    speaker: Span | None  # the phrase that names the speaker
    clause: tuple[int, int] | None  # the attributed clause, trimmed
    kind: Kind
    sent: Span | None
    speaker_actor: str | None = None
    pieces: list[list[int]] = field(default_factory=list)
    direct: bool = False
    parent: Cand | None = None  # the claim a continued quotation belongs to
    partial: bool = False  # quoted words inside a wider clause
    split: list[list[int]] | None = None  # clause pieces around a parenthetical cue ("A, he said, B")
    inferred: list[str] = field(default_factory=list)
    relative: list[int] | None = None  # "who said": the relative pronoun naming the speaker here
    # provenance, kept out of ``==`` (the steps compare candidates field by field):
    # the id of the construction that made the candidate, and field -> id of a later rule
    rule: str | None = field(default=None, compare=False)
    trace: dict[str, str] = field(default_factory=dict, compare=False)


class ClaimsDoc:
    """The claims stage's view of the document: the shared :class:`DocIndex` plus the context."""

    def __init__(self, ctx: Context):
        ix = ctx.index
        self.ctx, self.index = ctx, ix
        self.text = ctx.document.text
        self.tokens, self.sents, self.sent_starts = ix.tokens, ix.sents, ix.sent_starts
        self.regions, self.region_starts, self.breaks = ix.regions, ix.region_starts, ix.breaks
        self.sent_tokens, self.sent_index, self.para_index = ix.sent_tokens, ix.sent_index, ix.para_index
        self.region_at, self.regions_in = ix.region_at, ix.regions_in
