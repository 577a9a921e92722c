"""The holder of a place seized or attacked: "The rebels seized Goma" is an attack on Goma's state.

Why apart from specs.py: the rule reads the story's states, not a syntactic slot; the act's subjects
come in as a callable (the spec resolver lives in specs.py, which registers this reader).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from backchannel.extract.interactions.candidate import OTHER_OF, Candidate, Flag, is_marker
from backchannel.extract.interactions.document import Doc_
from backchannel.syntax.roles import logical_object
from backchannel.syntax.tree import is_passive, prep_objects


def place_holder(d: Doc_, tok: Token, raw: Candidate, subjects: Callable[[], list[str]]) -> list[str]:
    """"The rebels seized Goma": an attack on the state that holds the place, when the text makes
    it plain: the one state of the story other than the attacker's, else the story's other side
    (dropped when there is none)."""
    o = logical_object(tok)
    if o is None or is_passive(tok) or d.actors(o, deep=False):
        return []
    place = o
    if o.lemma_.lower() in d.lex.settings.place_nouns:  # "the port city of Hodeidah"
        named = [x for x in prep_objects(o, "of") if x.pos_ == "PROPN"] + [
            c for c in o.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"]
        if not named:
            return []
        place = named[0]
    if place.pos_ != "PROPN" or place.ent_type_ not in ("GPE", "LOC", "FAC", "ORG", ""):
        return []
    subj = subjects()
    subj = [a for a in subj if not is_marker(a)]
    if not subj:
        return []
    own = set(subj) | {getattr(d.ctx.actors.get(a), "affiliation", None) for a in subj}
    states = [a.id for a in d.ctx.actors.values() if a.kind == "state" and a.id not in own]
    if len(states) == 1:
        raw.infer("target", "interactions.specs.place_holder_state")
        return states
    raw.pending.add(Flag.PLACE_TARGET)
    return [OTHER_OF + subj[0]]
