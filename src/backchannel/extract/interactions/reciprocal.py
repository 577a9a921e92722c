"""The two sides of reciprocal acts, where the text tells them away from the act itself.

Why: symmetric acts (talks, fighting, meetings, agreements) are often told with their parties
somewhere other than on the act's own word. "Fighting broke out between A and B" and "talks
resumed between A and B" hang the between-phrase on the clause's verb, not on the act noun
(rule CLAUSE_BETWEEN); "the start of fighting between A and B" hangs it on the phase noun (rule
ASPECT_NOUN, kept under its older id). Each rule only says where the two parties stand; the
frame's own specs read them as they read a between-phrase on the noun.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.interactions.words import words
from backchannel.syntax.tree import VERB_POS, measured, prep_objects

W = words()
ASPECT_NOUN = "interactions.specs.aspect_noun_arguments"  # arguments hung on "the start of" the act
CLAUSE_BETWEEN = "interactions.reciprocal.clause_between"
SUBJECT_DEPS = ("nsubj", "nsubjpass")


def borrowed_objects(tok: Token, prep: str) -> tuple[list[Token], str | None]:
    """Objects of ``prep`` that an act noun ``tok`` with none of its own takes from the words
    around it, and the rule that found them (none: ``([], None)``).

    Rule ASPECT_NOUN: the act noun is the of-object of a phase noun ("the outbreak of fighting
    between A and B"): the phase noun's phrases. Rule CLAUSE_BETWEEN: the act noun is the subject
    of its clause's verb ("fighting erupted between A and B", "talks were held between A and B",
    "a round of talks was held between A and B"): the verb's between-phrase, when the verb has no
    object of its own but an occurrence word ("took place"; in "the talks produced a truce between
    A and B" the between-phrase is the truce's)."""
    h = tok.head
    if tok.dep_ == "pobj" and h.lower_ == W.of_prep and h.head.lemma_.lower() in W.aspect_nouns:
        objs = prep_objects(h.head, prep)
        return (objs, ASPECT_NOUN) if objs else ([], None)
    if tok.dep_ == "pobj" and h.lower_ == W.of_prep and (m := measured(h.head)) is not None and m.i == tok.i:
        tok, h = h.head, h.head.head  # "a round of talks was held between A and B": the measure is subject
    if prep != W.between_prep or tok.dep_ not in SUBJECT_DEPS or h.i == tok.i or h.pos_ not in VERB_POS \
            or any(c.dep_ in ("dobj", "attr", "oprd") and c.lemma_.lower() not in W.occurrence_objects
                   for c in h.children):
        return [], None
    objs = prep_objects(h, prep)
    return (objs, CLAUSE_BETWEEN) if objs else ([], None)

