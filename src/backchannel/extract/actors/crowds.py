"""Plural descriptions that only gather actors already named: not new actors.

Why: "delegates of the council and the militia" and "go-betweens such as Malta and
Qatar" speak of two or more parties the report names in the same phrase; the parties are the
actors, and the plural noun adds no one (a single named owner still makes a new actor:
"representatives of Hamas").
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.actors.state import ActorState


def lists_named_parties(st: ActorState, tok: Token) -> bool:
    """Does the plural ``tok`` take an "of" or "such as"/"including" phrase listing two or more actors?"""
    w = st.lx.words
    for prep in tok.children:
        # (not "from": "negotiators from Israel and Hamas" are people sent by both, a crowd of its own)
        if prep.dep_ != "prep" or prep.lower_ not in {w.of} | w.example_words:
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            listed = [obj, *(c for c in obj.conjuncts if c.i > obj.i)]
            named = [t for t in listed if _party(st, t)]
            if len(listed) >= 2 and len(named) == len(listed):
                return True
    return False


def _party(st: ActorState, tok: Token) -> bool:
    """Is ``tok`` a party: an actor, a noun a party's name modifies ("the Houthi rebels"), or a
    government noun ("the government")?"""
    if st.actor_of_token(tok) or tok.lemma_.lower() in st.lx.gov_nouns:
        return True
    return any(c.dep_ in ("compound", "poss", "amod") and st.actor_of_token(c) for c in tok.children)
