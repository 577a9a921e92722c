"""Names in a place frame are places, not actors (veto ``actors.names.place_frame``).

Why: the small model tags many regions, departments and states of a country PERSON or ORG ("the oblasts of
<A>, <B> and <C>", "<A> and <B>, two counties of <State>", "the <A> and <B> prefectures", "Northwest and
Southwest"); the construction around the name says it is a place. A possessive "of" ("the territory of the
<Name> Movement", whose territory) is no place list: the "of" reading needs a plural place noun and a bare name. In the s39 census of the read
reports 7 of 138 spurious actors were such places. The name stays an actor where it is a subject.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from backchannel.extract.actors.ner_spans import Found
from backchannel.extract.actors.state import ActorState
from backchannel.resolve.lexicon import fold

CONJ_STEPS = 6  # "<A>, <B>, <C> and <D>": how far up a list the first conjunct is sought


def place_frame_keys(st: ActorState, spans: list[Found]) -> set[str]:
    """Folded names of the PERSON and ORG spans that stand in a place frame anywhere in the text."""
    lx = st.lx
    return {fold(sp.text) for _, _, label, sp, _ in spans if label in ("PERSON", "ORG")
            and not lx.country(sp.text) and not lx.bloc(sp.text) and _in_place_frame(st, sp)}


def _place_head(st: ActorState, tok: Token) -> bool:
    """The token is a noun of a place list ("departments", "regions", "states")."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in st.lx.words.place_list_heads


def _in_place_frame(st: ActorState, span: Span) -> bool:
    """The span (or the first conjunct of its list) is the "of"-object of a place noun, compounded on one, or in
    apposition with one; or the span is an intercardinal direction alone."""
    w = st.lx.words
    if all(t.lower_ in w.intercardinal_words for t in span if not t.is_punct):
        return True
    first = span.root
    for _ in range(CONJ_STEPS):
        if first.dep_ != "conj" or first.head.i == first.i:
            break
        first = first.head
    head = first.head
    if first.dep_ == "pobj" and head.lower_ == w.of and _place_head(st, head.head) and _list_of(st, head.head, span):
        return True  # "the oblasts of <A>, <B> and <C>"
    if first.dep_ in ("compound", "nmod", "appos") and _place_head(st, head):
        return True  # "<A> and <B> provinces", "the regions of <State>, <A> and <B>"
    return any(c.dep_ == "appos" and _place_head(st, c) for c in first.children)  # "<A> and <B>, border regions"


def _list_of(st: ActorState, place: Token, span: Span) -> bool:
    """An "of" phrase names places only after a plural place noun ("the prefectures of <A> and <B>") and when
    its object is a bare name: "the territory of the <Name> Movement" is a possessive "of" (whose territory),
    and a name with an article or ending in an organisation word is the group's, not a place's."""
    if place.tag_ not in ("NNS", "NNPS"):
        return False
    article = st.lx.words.definite_article
    first = span[0]
    if first.lower_ == article or (first.i > 0 and st.doc[first.i - 1].lower_ == article):
        return False
    return span[-1].lower_ not in st.lx.org_words
