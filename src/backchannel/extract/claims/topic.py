"""Contents that say nothing: a bare topic and an embedded question.

Why: "Molnar announced the agreement", "the breakthrough was announced by the envoy" name what
the text has already told (the agreement, the breakthrough); nothing the speaker said is in the
object, whose content, if any, is reported elsewhere. The object of such a cue is a claim only
when it carries more than a definite noun: a clause ("confirmed reports that …"), a frame, a
quotation or modifiers ("announced the release of its citizens"), and so is a confirmation ("confirmed the exchange": that
it happened). Likewise "Asked if the talks
had stalled, Varga said …" and "asked whether the captives were moved" report a question, not a
statement: the clause is what nobody has said yet.

Rule ids (no item is produced): ``claims.content.topic_object`` for the first,
``claims.content.question`` for the second.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.claims.cue_lexicon import Cue, Lexicon
from backchannel.quotes import QUOTE_CHARS

#: dependents a bare topic noun may have: its article and words that only qualify it
TOPIC_DEPS = frozenset({"det", "poss", "amod", "compound"})
#: tags of a wh-word that opens an embedded question ("what", "which", "how", "when", "who")
WH_TAGS = frozenset({"WP", "WDT", "WRB", "WP$"})


def topic_only(head: Token, cue: Cue, lex: Lexicon, end: int | None = None) -> bool:
    """Whether ``head`` (the object or passive subject of cue ``cue``) is a bare definite noun that
    names only the topic: "the agreement", "its decision", "the prisoner exchange"; not a name, a
    quotation, an indefinite ("a ceasefire") or a noun with a phrase or clause of its own. ``end``:
    where the content ends, when a closing phrase of the occasion was cut ("announced the
    exchange *in twin statements*": the cut phrase is no part of the object)."""
    if not cue.topic or head.pos_ != "NOUN" or head.ent_type_:
        return False
    w = lex.words
    definite = False
    for k in head.children:
        if end is not None and k.idx >= end:
            continue
        if k.dep_ not in TOPIC_DEPS or k.i > head.i or any(g.i != k.i for g in k.subtree):
            return False
        if k.text in QUOTE_CHARS or k.ent_type_:
            return False
        definite = definite or k.dep_ == "det" and k.lower_ in w.definite_determiners or k.tag_ == "PRP$"
    return definite


def question_clause(v: Token, clause: Token, lex: Lexicon) -> bool:
    """Whether the content clause ``clause`` of cue ``v`` is an embedded question: opened by
    "whether", or, after a verb of asking, by "if" or a wh-word ("asked what he expected")."""
    w = lex.words
    marks = [g for g in clause.children if g.dep_ == "mark" and g.i < clause.i]
    if any(g.lower_ in w.question_marks for g in marks):
        return True
    if v.lemma_.lower() not in w.question_verbs:
        return False
    if any(g.lower_ in w.conditional_marks for g in marks):
        return True
    first = clause.left_edge
    return first.tag_ in WH_TAGS and first.i > v.i
