"""Repairs of parses the arguments of an act depend on.

Why: in "In a call with A, his counterpart B thanked C" the parser often hangs "his
counterpart B" on A as an apposition, and the verb is left with no subject; the act's
doer is then lost to every rule that reads the subject. The shape is recognisable from the
tree alone: a verb with no subject, a fronted prepositional phrase whose last words are an
apposition set off by a comma and running up to the verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.syntax.tree import VERB_POS

SWALLOWED_SUBJECT = "interactions.repair.swallowed_subject"

_ANY_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")  # clausal and expletive subjects too
_BETWEEN_DEPS = ("advmod", "neg", "aux", "auxpass")  # "B also thanked", "B has thanked"


def swallowed_subject(verb: Token) -> Token | None:
    """The apposition that is really ``verb``'s subject, when the parser attached it inside a
    fronted prepositional phrase ("In talks with A, B's envoy C said..." -> "B's envoy")."""
    if verb.pos_ not in VERB_POS or any(c.dep_ in _ANY_SUBJECT_DEPS for c in verb.children):
        return None
    doc = verb.doc
    for prep in verb.lefts:
        if prep.dep_ != "prep":
            continue
        for x in prep.subtree:
            if x.dep_ != "appos" or x.left_edge.i == 0 or doc[x.left_edge.i - 1].text != ",":
                continue
            end = x.right_edge.i
            if all(t.dep_ in _BETWEEN_DEPS for t in doc[end + 1:verb.i]):
                return x
    return None
