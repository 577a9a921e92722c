"""Dates carried by a statement: a participle continuing the reported clause before an
inserted "X said" (rule interactions.timing.attributed_participle) and a speech act the
statement itself performs (rule interactions.timing.performed_in_statement).

Why a module: both read the attribution structure (the speech verb, its content clause and where
the time sits between them), not the act's own path; split from :mod:`.timing_constructions`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from backchannel.model import Time
from backchannel.syntax.tree import VERB_POS, child, coordination_head
from backchannel.extract.interactions.timing_constructions import mark, reaches, resolved, sourced, timing_words

if TYPE_CHECKING:
    from backchannel.extract.interactions.candidate import Candidate
    from backchannel.extract.interactions.document import Doc_

ATTRIBUTED_PARTICIPLE = "interactions.timing.attributed_participle"
PERFORMED_IN_STATEMENT = "interactions.timing.performed_in_statement"


# -- "A met B yesterday, X said, starting talks" (rule interactions.timing.attributed_participle)
def attributed_participle_time(d: Doc_, tok: Token, cur: Token, future: bool) -> Time | None:
    """"A and B met in Z yesterday, an agency said, starting talks on W": the parser hangs the
    subject-less participle on the inserted attribution verb, but it continues the reported
    clause before that verb, and takes that clause's own date (rule
    interactions.timing.attributed_participle). ``cur`` is the participle on the act's path."""
    if cur.dep_ != "advcl" or cur.tag_ != "VBG" or child(cur, "nsubj", "nsubjpass") is not None \
            or cur.head.lemma_ not in d.lex.settings.speech_verbs:
        return None
    said = cur.head
    content = [c for c in said.children if c.dep_ in ("ccomp", "parataxis") and c.i < said.i and c.pos_ in VERB_POS]
    if not content or any(c.dep_ == "mark" for c in cur.children):
        return None  # no reported clause before the verb, or "..., said X, before leaving"
    t = resolved(d, d.timex_at.get(content[-1].i, []), future)
    if t is not None:
        mark(d, tok, ATTRIBUTED_PARTICIPLE)
    return t


def speech_initial(d: Doc_, clause: Token, span: Span) -> bool:
    """"Norland said on Monday it would reject the plan": a time between a speech verb and the
    subject of its content clause (no "that" before it) is the speech's, though the parser hangs
    it on the content verb; it dates no content act but a speech act the statement performs
    (:func:`performed_time`)."""
    speech = clause.head
    if clause.dep_ not in ("ccomp", "parataxis") or speech.lemma_ not in d.lex.settings.speech_verbs \
            or not speech.i < span.start:
        return False
    subj = child(clause, "nsubj", "nsubjpass")
    if subj is None or span.end > subj.left_edge.i:
        return False
    return not any(c.dep_ == "mark" and c.i < span.start for c in clause.children)


# -- "X said on Monday it rejected the plan" (rule interactions.timing.performed_in_statement)
def performed_time(d: Doc_, tok: Token, raw: Candidate) -> Time | None:
    """"Norland said on Monday that it rejected the plan", "stating in an interview in March that
    she rejected all talks": a speech act (rejecting, demanding, accusing, proposing,
    threatening) that its own speaker reports in the simple tense (backshifted: "rejected" for
    "we reject") is performed by that statement, so the statement's date dates it. Not a
    perfect ("had rejected": before the statement), a modal or future ("would reject"), a
    third party's act ("Y said Norland rejected ..."), nor an act dated by its own words (rule
    interactions.timing.performed_in_statement)."""
    words = timing_words()
    c = d.claims.get(raw.claim) if raw.claim else None
    if raw.type not in words.performative_types or c is None or c.speaker is None \
            or c.speaker not in raw.sources or sourced(d, raw.claim):
        return None
    if tok.pos_ not in VERB_POS or tok.tag_ not in words.performative_tags or any(
            a.dep_ in ("aux", "auxpass") and a.lemma_.lower() not in words.performative_aux for a in tok.children):
        return None
    cur = coordination_head(tok, VERB_POS)  # "said it rejected the plan and demanded talks"
    speech = cur.head
    if cur.dep_ not in ("ccomp", "parataxis") or speech.lemma_ not in d.lex.settings.speech_verbs:
        return None
    found = [(tx, span) for tx, span, att in d.timexes if att is not None and (
        reaches(att, speech) and not cur.left_edge.i <= span.start <= cur.right_edge.i
        or reaches(att, cur) and speech_initial(d, cur, span))]
    t = resolved(d, found, False)
    if t is not None:
        mark(d, tok, PERFORMED_IN_STATEMENT)
    return t
