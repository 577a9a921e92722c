"""A title and the name apposed to it with a bracketed gloss between them.

Why: news text glosses an acronym or a kind between a title and the name it is apposed to ("the chief
of the <Name> PMC (private military company), X"; ``actors.descriptors.bracketed_gloss_apposition``,
s46). The parser then hangs the name on the gloss or on nothing, so the title became an unnamed actor
of its own and the person lost the title's side. A gloss is a few words in brackets with no comma.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from backchannel.extract.actors.queries import role_noun
from backchannel.extract.actors.state import ActorState

GLOSS_SPAN = 8  # the longest gloss read, in words


def before_gloss(doc: Doc, start: int) -> Token | None:
    """The word before a bracketed gloss that ends right before ", <name>" (the name at ``start``), or None."""
    if start < 4 or doc[start - 1].text != "," or doc[start - 2].text != ")":
        return None
    for k in range(start - 3, max(start - 2 - GLOSS_SPAN, 0), -1):
        if doc[k].text == "(":
            return doc[k - 1] if k > 0 and noun_phrase_gloss(doc, k, start - 2) else None
        if doc[k].text in (")", ",", ";", "."):
            return None
    return None


def glossed_title(st: ActorState, word: Token) -> Token | None:
    """The role noun whose phrase ends at ``word`` before the gloss: ``word`` itself, or the noun up the
    "of"/"for" arcs ("the head of the <Name> group": "head"); the gloss's own words are passed over (a
    parser may make the gloss the phrase's head: "of the <Name> PMC (private military company)"). None
    when no role noun is that close."""
    cur = word
    for _ in range(6):
        if cur.i <= word.i and role_noun(st, cur) and not st.token_actor.get(cur.i):
            return cur
        if cur.head.i == cur.i or not (cur.i > word.i or cur.dep_ in ("pobj", "prep", "nmod", "compound")):
            return None
        cur = cur.head
    return None


def glossed_name_after(st: ActorState, tok: Token) -> bool:
    """Whether a named person follows the phrase of ``tok`` after a bracketed gloss and a comma ("the head
    of the Front (a militia), X"): the phrase is X's title, no actor of its own."""
    last = max(t.i for t in tok.subtree)
    doc = st.doc
    for k in range(last + 1, min(last + 3 + GLOSS_SPAN, len(doc) - 1)):
        if doc[k].text == ")" and doc[k + 1].text == ",":
            aid = st.token_actor.get(k + 2)
            word = before_gloss(doc, k + 2)
            return aid is not None and aid in st.ctx.actors and st.ctx.actors[aid].kind == "person" \
                and word is not None and tok.i <= word.i <= last
        if doc[k].text in (",", ";", "."):
            return False
    return False


def gloss_of_named(st: ActorState, tok: Token) -> bool:
    """Whether ``tok`` heads a bracketed gloss right after a named actor ("the <Name> group (a private
    army)"): the gloss says what the named actor is, it is no second actor."""
    doc = st.doc
    for k in range(tok.i - 1, max(tok.i - GLOSS_SPAN, 0), -1):
        if doc[k].text == "(":
            aid = st.token_actor.get(k - 1) if k > 0 else None
            close = next((j for j in range(tok.i + 1, min(tok.i + GLOSS_SPAN, len(doc))) if doc[j].text == ")"), None)
            return aid is not None and aid in st.ctx.actors and st.ctx.actors[aid].named and close is not None and \
                not any(doc[j].text in (",", ";", "(") for j in range(k + 1, close)) and noun_phrase_gloss(doc, k, close)
        if doc[k].text in (")", ",", ";", "."):
            return False
    return False


GLOSS_NOT_POS = ("VERB", "AUX")  # a bracket with a verb is a clause or a participle phrase, no gloss
GLOSS_NOT_FIRST = ("ADP", "SCONJ")  # nor one opened by a preposition ("(with X envoys)")


def noun_phrase_gloss(doc: Doc, open_: int, close: int) -> bool:
    """Whether the words between the brackets at ``open_`` and ``close`` are a bare noun phrase, as a gloss
    is ("(a private army)", "(PMC)"); not "(helped by Ostland envoys)", whose nouns are actors of their own
    (review1 #17)."""
    inner = doc[open_ + 1: close]
    return len(inner) > 0 and inner[0].pos_ not in GLOSS_NOT_FIRST and not any(t.pos_ in GLOSS_NOT_POS for t in inner)
