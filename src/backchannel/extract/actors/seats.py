"""Seats of government: a capital after an organ of government ("officials in Kessel").

Why: a report often names a state only through where its government sits; ``states._seat_of``
marks such a capital (role ``seat``) and makes the state an actor; this module lets the organ
itself find that state, so "the government in Kessel" is an alias of the state and "officials
in Kessel" take it as their side.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.actors.state import ActorState, How, Role


def seat_state(st: ActorState, tok: Token) -> tuple[str, Token] | None:
    """(state actor id, capital token) of the noun's "in <capital>" phrase when it is a seat."""
    seats = {h.tok.i: h for h in st.state_hits if h.role == Role.SEAT}
    if not seats:
        return None
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in st.lx.venue_preps:
            continue
        for obj in prep.children:
            h = seats.get(obj.i)
            aid = st.state_ids.get(h.country.name) if h is not None else None
            if aid is not None:
                return aid, obj
    return None


def adjacent_seat(st: ActorState, tok: Token) -> tuple[str, Token] | None:
    """(state actor id, capital token) of a capital written right after the noun and a venue preposition
    ("relevant authorities in Kessel"), whatever the parser attached the phrase to; the state actor is
    made if the capital was read as a mere venue (actors.government.government_in_capital)."""
    doc = st.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ not in st.lx.venue_preps:
        return None
    cap = doc[tok.i + 2]
    hit = next((h for h in st.state_hits if h.how == How.CAPITAL and h.start == cap.idx), None)
    if hit is None:
        return None
    return st.state_actor(hit.country, "actors.government.government_in_capital"), cap
