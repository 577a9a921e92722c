"""Text specs of the frame lexicon (topic and means): the words that say what about and how.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.syntax.roles import logical_object
from backchannel.extract.interactions.document import Doc_
from backchannel.syntax.tree import (
    NOUN_POS, RELATIVE_PRONOUNS, child, phrase, prep_objects, subtree_span,
)
from backchannel.extract.interactions.words import words

W = words()
# names of text specs in frames.toml
SELF_SPEC = "self"  # the trigger's own phrase
CONTENT_SPEC = "content"  # the clause the trigger introduces


def text_spec(d: Doc_, spec: str, tok: Token) -> str | None:
    """Text for topic/means specs."""
    if spec == SELF_SPEC:
        return phrase(tok).text if tok.pos_ in NOUN_POS else tok.text
    if spec == "self_obj":
        o = child(tok, "dobj")
        return f"{tok.text} {phrase(o).text}" if o is not None else None
    if spec == "subj_text":
        s = child(tok, "nsubj", "nsubjpass")
        return phrase(s).text if s is not None else None
    if spec == "mod_text":
        mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod") and c.pos_ == "NOUN"]
        return " ".join(m.text for m in mods) + " " + tok.text if mods else None
    if spec in ("xcomp", "ccomp"):
        c = child(tok, spec)
        return subtree_span(c).text if c is not None else None
    if spec == "obj":
        o = logical_object(tok)
        return phrase(o).text if o is not None and o.lower_ not in RELATIVE_PRONOUNS else None
    if spec == "acl_to":
        for c in tok.children:
            if c.dep_ in ("acl", "relcl") and (aux := child(c, "aux")) is not None and aux.lower_ == W.infinitive_to:
                return subtree_span(c).text
        return None
    if spec == CONTENT_SPEC:
        for c in tok.children:
            if c.dep_ in ("acl", "ccomp", "relcl"):
                return subtree_span(c).text
        return None
    if spec == "advcl_if":
        for c in tok.children:
            if c.dep_ == "advcl" and any(m.lower_ == W.if_mark for m in c.children if m.dep_ == "mark"):
                return subtree_span(c).text
        return None
    if spec.startswith("prep:"):
        objs = [o for o in prep_objects(tok, spec[5:])
                if not any(span.start <= o.i < span.end for _, span, _ in d.timexes)]  # not "on Tuesday"
        if objs:
            o = objs[0]
            if o.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
                o = tok.head
            sp = subtree_span(o) if o.dep_ == "pcomp" else phrase(o)
            return sp.text
    return None
