"""Asides between a speaker and its cue that the parse misreads (s43-speaker).

Why: an apposed description with a reduced relative clause ("X, a lawyer for citizens held by Y,
said") looks like a clause of its own to the segment reader, and an aside after an "of" phrase
("the family of X, a captive held since May, said") leaves the noun before it, X, as the speaker
though the phrase is headed by the family. Both readers of the speaker before an aside
(``claims.attribution.leading_speaker``, ``claims.attribution.speaker_before_aside``) use these.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from backchannel.extract.claims.beside_cue import speaker_beside_cue
from backchannel.extract.claims.cue_lexicon import words
from backchannel.extract.claims.state import ClaimsDoc
from backchannel.quotes import QUOTE_CHARS

#: "“…,” warned X, flanked by A: B and C": the name right after the cue, not a subject past the aside
PAST_ASIDE_RULE = "claims.attribution.inverted_before_aside"


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


def joint_antecedent(v: Token, subj: Token | None, joint_adverbs: Collection[str]) -> Token | None:
    """"A and B, who jointly called for …": the relative clause the parse hung on the last conjunct
    speaks for the whole coordination, read from its first conjunct (each party then gets a claim,
    ``claims.speakers.each_party``), when a joint adverb on the cue says so; else ``subj``."""
    if subj is None or v.dep_ != "relcl" or subj.i != v.head.i or not any(
            k.dep_ == "advmod" and k.lower_ in joint_adverbs for k in v.children):
        return subj
    while subj.dep_ == "conj":
        subj = subj.head
    return subj


def subject_past_aside(d: ClaimsDoc, v: Token, subj: Token | None) -> Token | None:
    """The name right after a cue that follows a quotation ("“…,” warned Ola Brandt, flanked by the
    mediators: A and B"), when the parse took for the subject a noun past a comma or colon after that
    name (an aside's: "B"); None otherwise (also when the name is the parse's subject already)."""
    doc = v.doc
    if subj is None or subj.i <= v.i + 1 or not any(t.text in (",", ":", ";") for t in doc[v.i + 1: subj.i]):
        return None
    j = v.i - 1
    while j >= v.sent.start and doc[j].text == ",":
        j -= 1
    if j < v.sent.start or not (doc[j].text in QUOTE_CHARS or d.region_at(doc[j].idx) is not None):
        return None
    beside = speaker_beside_cue(d, v)
    if beside is None or beside.i <= v.i or beside.pos_ != "PROPN" or beside.i == subj.i:
        return None
    return beside
