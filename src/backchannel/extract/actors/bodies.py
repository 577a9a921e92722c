"""One body of a state named two ways in one report: one actor.

Why: a report writes "the <demonym> Ministry of Defence" in one paragraph and "the
<demonym> Defence Ministry", "<state>'s Defense Ministry" or just "the ministry" in the
next; each form became an actor of its own, so the body's acts and claims were split
and the extra forms counted as spurious actors. The words that tell two bodies apart
are the same whatever the word order, spelling or state words
(:func:`backchannel.resolve.across.names.body_key`, reused here within one report).
"""

from __future__ import annotations

from backchannel.extract.actors.state import ActorState
from backchannel.model import Actor
from backchannel.resolve.across.names import body_key, names_state, norm, tokens
from backchannel.resolve.lexicon import lexicon

RULE = "actors.bodies.same_body"
BARE_RULE = "actors.bodies.bare_head"
LEADER_RULE = "actors.bodies.leader_government"


def same_bodies(st: ActorState) -> None:
    """Merge organisations of one state whose names give the same body key; then a bare
    one-word "ministry" into the one body of its state with that head.

    Only organisations with a state affiliation take part: without a state, "Ministry of
    Defence" could be any state's. The first-mentioned form keeps the name.
    """
    acts = st.ctx.actors
    orgs = sorted((a for a in acts.values() if a.kind == "organization" and _state_of(st, a)),
                  key=_first_offset)
    seen: dict[tuple[str, str], str] = {}
    for a in orgs:
        state = _state_of(st, a)
        assert state is not None
        keys = {k for n in [a.name, *a.aliases] if (k := body_key(norm(n), norm(acts[state].name)))}
        into = next((seen[(state, k)] for k in sorted(keys) if (state, k) in seen), None)
        if into is not None and into in acts and into != a.id:
            st.merge(a.id, into, RULE)
            for k in keys:
                seen.setdefault((state, k), into)
            continue
        for k in keys:
            seen.setdefault((state, k), a.id)
    _bare_heads(st)


def _bare_heads(st: ActorState) -> None:
    """ "the ministry", "the Russian ministry": of a state with exactly one named body with that head word."""
    acts = st.ctx.actors
    for a in list(acts.values()):
        state = _state_of(st, a) if a.id in acts and a.kind == "organization" else None
        if state is None:
            continue
        words = _own_words(st, a.name, state)
        if len(words) != 1:
            continue
        fuller = [b for b in acts.values() if b.id != a.id and b.kind == "organization"
                  and _state_of(st, b) == state and len(own := _own_words(st, b.name, state)) > 1
                  and words[0] in own]
        if len(fuller) == 1:
            st.merge(a.id, fuller[0].id, BARE_RULE)


def _own_words(st: ActorState, name: str, state: str) -> list[str]:
    """The words of a body's name that are not the state's (name, demonym, any country word)."""
    lex, sname = lexicon(), tokens(norm(st.ctx.actors[state].name))
    return [t for t in tokens(norm(name)) if lex.country(t) is None and not any(names_state(t, s) for s in sname)]


def leaders_governments(st: ActorState) -> None:
    """ "President X's government" made an organisation: once X's state is known, it is that state.

    Why: a state's government used as a name is an alias of the state (gold README); the
    leader's side is often found only after the description was read (context_affiliations).
    """
    acts = st.ctx.actors
    lx = lexicon()
    persons = {norm(n): p.affiliation for p in acts.values() if p.kind == "person" and p.affiliation
               for n in [p.name, *p.aliases]}
    for a in list(acts.values()):
        words = norm(a.name).split()
        state = _state_of(st, a) if a.kind == "organization" else None
        if state is None or len(words) < 2 or words[-1] not in lx.gov_nouns:
            continue
        if persons.get(" ".join(words[:-1])) == state:
            st.merge(a.id, state, LEADER_RULE)


def _state_of(st: ActorState, a: Actor) -> str | None:
    """The state the organisation belongs to, if its affiliation is a state actor."""
    aff = st.ctx.actors.get(a.affiliation) if a.affiliation else None
    return aff.id if aff is not None and aff.kind == "state" else None


def _first_offset(a: Actor) -> int:
    """Where the actor is first mentioned (actors with no mention last)."""
    return min((m.start for m in a.mentions), default=1 << 30)
