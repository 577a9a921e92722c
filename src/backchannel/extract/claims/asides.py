"""Asides between a speaker and its cue that the parse misreads (s43-speaker).

Why: an apposed description with a reduced relative clause ("X, a lawyer for citizens held by Y,
said") looks like a clause of its own to the segment reader, and an aside after an "of" phrase
("the family of X, a captive held since May, said") leaves the noun before it, X, as the speaker
though the phrase is headed by the family. Both readers of the speaker before an aside
(``claims.attribution.leading_speaker``, ``claims.attribution.speaker_before_aside``) use these.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.claims.cue_lexicon import words


def before_reduced_relative(seg: list[Token]) -> list[Token]:
    """An apposed description up to a reduced relative clause on its last noun ("X, a lawyer for
    citizens held by Y, said": "a lawyer for citizens"): a past form right after a noun, with no
    subject or auxiliary of its own in the segment, that the parse took for a finite verb."""
    for k, t in enumerate(seg[1:], 1):
        if t.tag_ in ("VBD", "VBN") and seg[k - 1].pos_ in ("NOUN", "PROPN") and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") and seg[0].i <= c.i <= seg[-1].i for c in t.children):
            return seg[:k]
    return seg


def of_phrase_head(noun: Token) -> Token:
    """The head of the phrase a noun ends: the common noun whose "of" phrase holds ``noun`` ("the
    family of X": family), else ``noun`` itself."""
    of = noun.head if noun.dep_ == "pobj" else None
    if of is not None and of.lower_ in words().aside_of_preps and of.head.pos_ == "NOUN" and of.head.i < of.i:
        return of.head
    return noun
