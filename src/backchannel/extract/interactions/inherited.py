"""Rule ids of the act ends taken over from the clause around the trigger (syntax/inherit.py).

Why here: the syntax layer names the construction; the interactions stage writes the ids it
records, as literals next to the code that records them (docs/rules.md, "Other rules").
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.interactions.candidate import Candidate
from backchannel.syntax import inherit

RULE_IDS = {
    inherit.RELATIVE_CONTROLLER: "interactions.inherit.relative_controller",
    inherit.SENT_PARTICIPLE: "interactions.inherit.sent_participle",
    inherit.SHARED_PASSIVE: "interactions.inherit.shared_passive",
    inherit.LEFT_SUBJECT: "interactions.inherit.left_subject",
    inherit.AUTHOR_PARTICIPLE: "interactions.inherit.author_participle",
    inherit.PASSIVE_ADJUNCT: "interactions.inherit.passive_adjunct",
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
