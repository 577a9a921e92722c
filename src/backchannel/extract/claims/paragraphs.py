"""One claim per paragraph of a quotation that runs over several paragraphs.

Why: a speech quoted over several paragraphs (the opening mark repeated at each
new paragraph, the closing mark only at the end: "He added that “A … ¶ “B … ¶
“C …”") is one quotation region with one piece per paragraph, and the quote
rules gave it one claim whose content joins every paragraph. The reporter sets
each paragraph apart as a statement of its own, and the annotated reports give
one claim per paragraph, each with the same speaker and cue. A claim whose
quoted pieces fall in several paragraphs therefore keeps the pieces of its first
paragraph and gives each later paragraph a claim of its own
(``claims.paragraphs.quoted_paragraph``). Pieces of one paragraph stay one claim
("“A,” he said, “B”"), and so do signed posts and transcript lines, whose
paragraphs are one signed text.
"""

from __future__ import annotations

from dataclasses import replace

from backchannel.extract.claims.state import Cand, ClaimsDoc, Kind

RULE = "claims.paragraphs.quoted_paragraph"

#: kinds whose pieces are one signed text, never split
_SIGNED = (Kind.TWEET, Kind.TRANSCRIPT)


def _by_paragraph(d: ClaimsDoc, c: Cand) -> list[list[list[int]]]:
    """The claim's pieces grouped by paragraph, in order."""
    groups: list[list[list[int]]] = []
    last = -1
    for p in c.pieces:
        k = d.para_index(p[0])
        if k != last or not groups:
            groups.append([])
        groups[-1].append(p)
        last = k
    return groups


def _quoted(d: ClaimsDoc, piece: list[int]) -> bool:
    """Whether a piece lies inside a quotation region (only quoted paragraphs split)."""
    return d.region_at(piece[0]) is not None


def split_paragraphs(d: ClaimsDoc, claims: list[Cand]) -> list[Cand]:
    """Each claim, followed by one claim for every later paragraph of its quotation (see the
    module docstring)."""
    out: list[Cand] = []
    for c in claims:
        out.append(c)
        if not c.direct or c.kind in _SIGNED or len(c.pieces) < 2:
            continue
        groups = _by_paragraph(d, c)
        if len(groups) < 2 or not all(_quoted(d, g[0]) for g in groups[1:]):
            continue
        c.pieces = groups[0]
        for g in groups[1:]:
            extra = replace(c, pieces=g, partial=False, trace=dict(c.trace), inferred=list(c.inferred))
            extra.trace["content"] = RULE
            out.append(extra)
    return out
