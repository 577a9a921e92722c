"""Rule ids of the act ends taken over from the clause around the trigger (syntax/inherit.py).

Why here: the syntax layer names the construction; the interactions stage writes the ids it
records, as literals next to the code that records them (docs/rules.md, "Other rules").
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.interactions.candidate import Candidate
from backchannel.syntax import inherit
from backchannel.syntax.words import words

RELATIVE_WORDS = words().relative_pronouns

RULE_IDS = {
    inherit.RELATIVE_CONTROLLER: "interactions.inherit.relative_controller",
    inherit.SENT_PARTICIPLE: "interactions.inherit.sent_participle",
    inherit.SHARED_PASSIVE: "interactions.inherit.shared_passive",
    inherit.LEFT_SUBJECT: "interactions.inherit.left_subject",
    inherit.AUTHOR_PARTICIPLE: "interactions.inherit.author_participle",
    inherit.PASSIVE_ADJUNCT: "interactions.inherit.passive_adjunct",
    inherit.RELATIVE_PREP: "interactions.inherit.relative_prep",
    inherit.INTENT_PHRASE: "interactions.inherit.intent_phrase",
    inherit.PURPOSE_PARTICIPLE: "interactions.inherit.purpose_participle",
}


def trace_subject(raw: Candidate, field: str, tok: Token, s: Token | None) -> None:
    """Trace ``field`` to the construction that gave ``tok`` its subject ``s``, if one of these did."""
    why = inherit.subject_rule(tok, s)
    if why is not None:
        raw.trace[field] = RULE_IDS[why]


def trace_object(raw: Candidate, field: str, tok: Token, o: Token | None) -> None:
    """Trace ``field`` to the construction that gave ``tok`` its object ``o``, if one of these did."""
    why = inherit.object_rule(tok, o)
    if why is not None:
        raw.trace[field] = RULE_IDS[why]


def trace_relative_prep(raw: Candidate, field: str, tok: Token, objs: list[Token]) -> None:
    """Trace ``field`` to rule RELATIVE_PREP when a preposition's object under ``tok`` was a relative
    pronoun standing for the clause's noun ("X, with whom she met")."""
    if tok.dep_ == "relcl" and any(x.i == inherit.named_head(tok.head).i for x in objs) and any(
            o.lower_ in RELATIVE_WORDS for p in tok.children if p.dep_ == "prep" for o in p.children):
        raw.trace[field] = RULE_IDS[inherit.RELATIVE_PREP]
