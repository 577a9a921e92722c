"""Role nouns used of the kind, not of a party (a drop: ``actors.generic_roles.generic_plural``).

Why: a bare plural role noun that is only ever the object of a preposition of relation ("the typical caveats of
diplomats", "the repatriation of captured soldiers", "more cautious than mediators") speaks of diplomats or
soldiers in general. No party is meant: the s39 census of the read reports found 27 of 138 spurious actors were
generic role nouns. A determiner, possessor, number, name, nationality or phrase after the noun anchors it to a
party ("the diplomats", "their soldiers", "200 soldiers", "Lorvian soldiers", "soldiers from Lorvia"), and so does
any mention as a subject, an agent ("by"), a partner ("with") or a speaker; those stay.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.actors.state import ActorState

TARGET_RULES = ("actors.unnamed.person_noun", "actors.unnamed.group_noun")


def drop_generic_roles(st: ActorState) -> None:
    """Drop unnamed role-noun actors whose every mention is a bare plural after a preposition of relation."""
    for a in list(st.ctx.actors.values()):
        if a.named or not a.mentions or a.rule not in TARGET_RULES:
            continue
        roots = [_root(st, m.start, m.end) for m in a.mentions]
        if all(r is not None and _generic(st, r) for r in roots) and not any(
                other.affiliation == a.id for other in st.ctx.actors.values()):
            st.ctx.remove_actor(a.id)
            st.retarget(a.id, "")


def _root(st: ActorState, start: int, end: int) -> Token | None:
    span = st.doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None else None


def _generic(st: ActorState, tok: Token) -> bool:
    """A bare plural noun, unanchored, whose phrase (read at its first conjunct) is the object of a preposition
    of relation."""
    w = st.lx.words
    if tok.tag_ != "NNS" or any(c.dep_ in w.anchor_deps for c in tok.children):
        return False
    if any(c.dep_ == "amod" and (c.pos_ == "PROPN" or st.lx.demonym(c.text)) for c in tok.children):
        return False  # "Lorvian soldiers": the nationality anchors them
    t = tok
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ != "pobj" or t.head.lower_ not in w.generic_preps:
        return False
    owner = t.head.head  # "the forum of top ministers": a body given by its members is a party
    return not (t.head.lower_ == w.of and owner.pos_ in ("NOUN", "PROPN") and (
        owner.lemma_.lower() in st.lx.org_words or owner.lemma_.lower() in w.collective_heads))
