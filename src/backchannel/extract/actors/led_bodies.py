"""A body "<X>-led" belongs to X: "the Saudi-led coalition", "the <Movement>-led armed forces".

Why: the golds give a coalition or force led by a party that party as affiliation (the leader is
the party the body acts for), and the rules read either nothing ("the Saudi-led coalition", whose
name swallows the leader's word) or the state of a demonym in the body's own name ("the
<Movement>-led <demonym> Armed Forces" is the movement's, not the state's). The leader is read from
the word before the hyphen: a state's name or demonym, or the name or alias of one named
organisation or group of the report.
"""

from __future__ import annotations

from functools import cache

from backchannel.data_loader import read, word_list
from backchannel.extract.actors.coalitions import WEAKER
from backchannel.extract.actors.state import ActorState
from backchannel.resolve.lexicon import fold

RULE = "actors.led_bodies.led_by_modifier"
FILE = "affiliations.toml"


@cache
def _owner_words() -> frozenset[str]:
    """Participles that, like "led", make the word before the hyphen the body's owner ("<X>-run")."""
    return frozenset(word_list(FILE, "led_bodies.owner_words", read(FILE)["led_bodies"]["owner_words"]))

BODY_KINDS = ("organization", "group")


def led_bodies(st: ActorState) -> None:
    """Every organisation or group whose mention holds (or follows) "<X> - led" takes X's actor."""
    doc, led = st.doc, {st.lx.words.led_word} | _owner_words()
    parties = {fold(n): a.id for a in st.ctx.actors.values() if a.named and a.kind in BODY_KINDS
               for n in [a.name, *a.aliases]}
    for tok in doc:
        if tok.lower_ not in led or tok.i < 2 or doc[tok.i - 1].text != "-" or doc[tok.i - 1].whitespace_ \
                or doc[tok.i - 2].whitespace_:
            continue
        leader = _leader(st, doc[tok.i - 2].text, parties)
        body = _body_after(st, tok.i)
        if leader is None or body is None or leader == body:
            continue
        actor = st.ctx.actors[body]
        if actor.affiliation is None or actor.traced("affiliation") in WEAKER:
            st.set_affiliation(actor, leader, RULE)


def _leader(st: ActorState, word: str, parties: dict[str, str]) -> str | None:
    """The actor a leader's word names: a state (name or demonym) or one named organisation or group."""
    country = st.lx.country(word)
    if country is not None:
        return st.state_ids.get(country.name)
    return parties.get(fold(word))


def _body_after(st: ActorState, led_i: int) -> str | None:
    """The organisation or group that "led" modifies: the actor of the "led" token itself (a name that
    swallowed it, "the Saudi-led coalition") or of the first name within the next four words."""
    doc = st.doc
    for j in range(led_i, min(led_i + 5, len(doc))):
        if j > led_i and doc[j].pos_ in ("VERB", "AUX", "ADP", "PUNCT", "CCONJ"):
            return None
        aid = st.token_actor.get(j)
        if aid and aid in st.ctx.actors and st.ctx.actors[aid].kind in BODY_KINDS:
            return aid
    return None
