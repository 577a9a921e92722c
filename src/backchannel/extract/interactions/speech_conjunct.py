"""The speaker as the subject of a verb the parser coordinated into what the speaker said.

Why: in "X said the news was a step forward and called on Y to end the attacks" the parser makes "called"
a conjunct of "was", the verb of the reported clause, so the act's subject is "the news", no party, and
the demand lost its source (census-coord, s41). When the reported clause's subject names no party and is
no pronoun, a subjectless verb coordinated with that clause's verb is the speaker's second act: "said ...
and called". A reported clause whose subject is a party keeps it ("X said the army attacked the town and
killed Y": the army killed). Only an act done in words (a demand, a charge, an offer, a refusal) is the
speaker's: "X said the storm hit the coast and killed ten soldiers" tells what the storm did (review s41 #1).
Act types: ``data/speech_conjunct.toml``.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from backchannel.data_loader import read

from backchannel.extract.interactions.candidate import SOURCE, Candidate
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import Frame
from backchannel.syntax.roles import logical_subject
from backchannel.syntax.tree import NSUBJ_DEPS, VERB_POS

SPEAKER_CONJUNCT = "interactions.speech_conjunct.speaker_verb"
FILE = "speech_conjunct.toml"


@cache
def spoken_types() -> frozenset[str]:
    """The act types done in words (``[speech_conjunct] types``): only these can be the speaker's."""
    return frozenset(read(FILE)["speech_conjunct"]["types"])


def speaker_source(d: Doc_, fr: Frame, tok: Token, raw: Candidate) -> None:
    """Rule SPEAKER_CONJUNCT: a frame that takes its source from the subject found none; ``tok`` is a
    verb with no subject of its own, coordinated with the verb of a clause a speech verb reports, whose
    subject is neither a party nor a pronoun, and the frame's act is done in words: the speaker is the source."""
    if fr.type not in spoken_types() or raw.sources or "subj" not in fr.source or tok.pos_ not in VERB_POS or tok.dep_ != "conj":
        return
    if any(c.dep_ in NSUBJ_DEPS for c in tok.children):
        return
    head = tok.head
    if head.dep_ != "ccomp" or head.head.lemma_.lower() not in d.lex.settings.speech_verbs:
        return
    inner = next((c for c in head.children if c.dep_ in NSUBJ_DEPS), None)
    if inner is None or inner.pos_ == "PRON" or d.actors(inner):
        return
    speaker = d.actors(logical_subject(head.head))
    if speaker and not set(speaker) & set(raw.targets):
        raw.sources = speaker
        raw.trace[SOURCE] = SPEAKER_CONJUNCT
