"""A state's body described by its kind, and named elsewhere in the report: one actor.

Why: reports write "the Rwanda Defence Force" once and "Rwandan troops" after it, or "the
National Intelligence Organization" and "Turkish intelligence"; the description is the body
under another name (an alias in the golds), not a second party. The words that say what kind of
body it is ("intelligence", "army", "troops") are data (``parties.toml`` ``[bodies]``); the
description must be nothing but a state's word and such words, so "Turkish intelligence
officials" (people) stay apart, and counted or held people ("exchanged for 150 Lorvian troops")
are captives, never the body.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from backchannel.data_loader import read, word_list
from backchannel.extract.actors.parties import FILE, first_at, mention_heads, side_of, some_people
from backchannel.extract.actors.state import ActorState
from backchannel.model import Actor
from backchannel.resolve.lexicon import fold

RULE = "actors.bodies.described_body"


@dataclass(frozen=True)
class BodyWords:
    """``parties.toml`` ``[bodies]``."""

    kinds: dict[str, str]  # a kind word -> the first word of its list ("troops" -> "army")
    fillers: frozenset[str]


@cache
def body_words() -> BodyWords:
    raw = read(FILE)["bodies"]
    kinds = {w: grp[0] for k, grp in enumerate(raw["kinds"]) for w in word_list(FILE, f"bodies.kinds[{k}]", grp)}
    return BodyWords(kinds=kinds, fillers=frozenset(word_list(FILE, "bodies.fillers", raw["fillers"])))


def described_bodies(st: ActorState) -> None:
    """Merge an unnamed description "<state word> <kind words>" into the one named organisation of
    that state and kind (``actors.bodies.described_body``); the body takes the state as its side."""
    acts = st.ctx.actors
    for a in sorted([x for x in acts.values() if not x.named and x.kind in ("group", "organization")], key=first_at):
        state = side_of(st, a)
        kind = _kind(st, a.name)
        if a.id not in acts or state is None or state not in acts or acts[state].kind != "state" or kind is None:
            continue
        if any(some_people(h) for h in mention_heads(st, a)):
            continue  # "exchanged for 150 Lorvian troops", "two Lorvian soldiers": captives, not the body
        hits = [b for b in acts.values() if b.named and b.kind == "organization" and b.id != a.id
                and _of_state(st, b, state) and kind in _kinds_named(st, b)]
        if len(hits) != 1:
            continue
        body = hits[0]
        st.merge(a.id, body.id, RULE)
        if body.affiliation is None:
            st.set_affiliation(body, state, RULE)


def _kind(st: ActorState, name: str) -> str | None:
    """The body kind a description names when all its words are a state's, empty or kind words."""
    bw = body_words()
    kinds = set()
    for w in name.replace("’s", "").replace("'s", "").split():
        f = fold(w)
        if st.lx.demonym(w) or st.lx.country(w) or f in bw.fillers:
            continue
        if f not in bw.kinds:
            return None
        kinds.add(bw.kinds[f])
    return kinds.pop() if len(kinds) == 1 else None


def _kinds_named(st: ActorState, b: Actor) -> set[str]:
    """The kinds a named organisation's names and descriptors say it is."""
    bw = body_words()
    return {bw.kinds[fold(w)] for n in [b.name, *b.aliases, *b.descriptors] for w in n.split() if fold(w) in bw.kinds}


def _of_state(st: ActorState, b: Actor, state: str) -> bool:
    """The organisation is the state's: by affiliation, or by the state's name or demonym in its name."""
    if b.affiliation is not None:
        return b.affiliation == state
    sname = st.ctx.actors[state].name
    for w in b.name.split():
        c = st.lx.demonym(w) or st.lx.country(w)
        if c is not None and c.name == sname:
            return True
    return fold(sname) in fold(b.name)
