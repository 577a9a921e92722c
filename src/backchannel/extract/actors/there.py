"""A body "there" is the body of the place just named: "... emerged in <State>, as the Supreme Court there
ruled"; "<Name> flew to <Capital>. Officials there said ...".

Why: a report names the place once and then writes "there" for it; the court, officials or police so
placed are that state's, and nothing else in the sentence says so. The place is the last state written
as a place (its name or capital as a venue: "in X", "to X", "at X") before the adverb in the same sentence
or the one before, and it must be an actor of the report. A demonym names no place ("met Iranian
negotiators. The officials there ..."), and only a state's own organs take its side: an international
body with an office there ("the Red Cross there") belongs to no state (s35-fixaff).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from backchannel.data_loader import read, word_list
from backchannel.extract.actors.state import ActorState, How, Role

FILE = "affiliations.toml"
RULE = "actors.there.there_side"
BODY_KINDS = ("organization", "group", "person")


PLACE_HOW = (How.NAME, How.CAPITAL)
PLACE_ROLES = (Role.VENUE, Role.SEAT)


@cache
def _state_bodies() -> frozenset[str]:
    return frozenset(word_list(FILE, "there.state_bodies", read(FILE)["there"]["state_bodies"]))


@cache
def _adverbs() -> frozenset[str]:
    return frozenset(word_list(FILE, "there.place_adverbs", read(FILE)["there"]["place_adverbs"]))


def there_sides(st: ActorState) -> None:
    """Bodies and people with "there" hung on their noun, and no side yet, take the state just named."""
    adverbs = _adverbs()
    for tok in st.doc:
        if tok.lower_ not in adverbs or tok.dep_ != "advmod" or tok.head.pos_ not in ("NOUN", "PROPN"):
            continue
        if tok.head.lemma_.lower() not in _state_bodies() and tok.head.lower_ not in _state_bodies():
            continue  # "the Red Cross there": not a state's organ
        aid = st.actor_of_token(tok.head)
        actor = st.ctx.actors.get(aid) if aid else None
        if actor is None or actor.kind not in BODY_KINDS or actor.affiliation is not None:
            continue
        place = _place_before(st, tok.head)
        if place is not None and place != actor.id:
            st.set_affiliation(actor, place, RULE)


def _place_before(st: ActorState, noun: Token) -> str | None:
    """The state actor of the last state named as a place before ``noun``'s phrase, in its sentence or the
    one before; None when that place is no actor (an earlier state is not what "there" points to)."""
    sent = noun.sent
    lo = sent.start_char
    if sent.start > 0:
        lo = st.doc[sent.start - 1].sent.start_char
    first = noun.left_edge.idx
    best: tuple[int, str | None] | None = None
    for h in st.state_hits:
        if lo <= h.start < first and h.how in PLACE_HOW and h.role in PLACE_ROLES and \
                (best is None or h.start > best[0]):
            best = (h.start, st.state_ids.get(h.country.name))
    aid = best[1] if best else None
    return aid if aid is not None and aid in st.ctx.actors else None
