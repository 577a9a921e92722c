"""Post-modifiers of unnamed descriptions that belong to the name but not to the side.

Why: "critics in <capital>" and "officials from both countries" are how reports (and
annotators) write a group's name; the place gives no affiliation, and "from both
countries" only points at the parties already named, so it stays out of the name.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.actors.state import ActorState

LOCATIVE_NAME = "actors.unnamed.locative_name"


def locative_phrase(st: ActorState, tok: Token) -> list[Token]:
    """A place phrase right after the head that belongs to the name, not to the side (actors.unnamed.locative_name).

    "critics in <capital>", "the <state> embassy in <city>": reports (and annotators) name the group or
    the mission with its place, and two such groups in two places are two actors. Only a phrase whose
    object is a place name (GPE/LOC) with nothing after it counts; the place gives no affiliation
    ("critics in Doha" are not Doha's critics), except where it is the seat of a government organ,
    official or source ("officials in Doha", "a government source in Doha": seats.py, seat_side).
    """
    for c in tok.rights:
        if c.dep_ != "prep" or c.lower_ not in st.lx.words.locative_name_preps or c.i != tok.i + 1:
            continue
        objs = [o for o in c.children if o.dep_ == "pobj"]
        if len(objs) == 1 and objs[0].ent_type_ in ("GPE", "LOC") and not any(
                x.dep_ in ("prep", "relcl", "acl", "conj") for x in objs[0].children):
            return [t for t in c.subtree if not t.is_space]
    return []


def joint_origin(st: ActorState, right: list[Token]) -> bool:
    """The post-modifier ends in "from both countries" / "of all three nations" (actors.unnamed.joint_origin)."""
    return joint_start(st, right) < len(right)


def joint_start(st: ActorState, right: list[Token]) -> int:
    """Where in ``right`` a joint origin phrase starts ("from both countries"), or len(right)."""
    w = st.lx.words
    for k, prep in enumerate(right):
        if prep.dep_ != "prep" or prep.lower_ not in w.origin_preps:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.lemma_.lower() not in w.joint_origin_nouns or any(
                c.dep_ == "prep" for c in obj.children):
            continue
        if any(c.lower_ in w.joint_origin_quantifiers or c.like_num for c in obj.children if c.i < obj.i):
            return k
    for k, prep in enumerate(right):
        if prep.dep_ == "prep" and prep.lower_ in w.origin_preps and _lists_parties(st, prep):
            return k  # "mediators from <state>, <state> and <state>"
    return len(right)


def _lists_parties(st: ActorState, prep: Token) -> bool:
    """Is the object of ``prep`` a list of two or more parties ("from <state>, <state> and <state>")?"""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.i not in st.token_actor:
        return False
    return any(c.dep_ == "conj" and c.i in st.token_actor and st.token_actor[c.i] != st.token_actor[obj.i]
               for c in obj.subtree)


def listed_origin(st: ActorState, right: list[Token]) -> list[Token]:
    """``right`` with an origin phrase that lists two or more parties taken whole, commas and all
    ("mediators from <state>, <state> and <state>"; actors.unnamed.joint_origin): the group of all of
    them, of no one side, named by the words before it. Empty when there is no such phrase."""
    w = st.lx.words
    for k, prep in enumerate(right):
        if prep.dep_ == "prep" and prep.lower_ in w.origin_preps and _lists_parties(st, prep):
            return right[:k] + _list_tokens(prep)
    return []


def _list_tokens(prep: Token) -> list[Token]:
    """The origin phrase up to its last listed party, without what hangs after it (a relative clause)."""
    obj = next(c for c in prep.children if c.dep_ == "pobj")
    last, t = obj, obj
    for _ in range(12):
        nxt = next((c for c in t.children if c.dep_ == "conj"), None)
        if nxt is None:
            break
        last = t = nxt
    return [t for t in prep.subtree if t.i <= last.i and not t.is_space]
