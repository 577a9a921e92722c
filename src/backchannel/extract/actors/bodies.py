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
STATELESS_RULE = "actors.bodies.stateless_same_body"
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
    _stateless_bodies(st, seen)
    _bare_heads(st)


def _stateless_bodies(st: ActorState, seen: dict[tuple[str, str], str]) -> None:
    """ "The Ministry of Foreign Affairs announced ..." beside "the Zorlan Foreign Ministry": a body named
    with no state word is the one body of a state in the report whose name gives the same body key
    (actors.bodies.stateless_same_body); two states' foreign ministries (or none): it stays apart.

    Why: a report about one state's body drops the state from one of its names; "Ministry of Defence"
    could be any state's only when the report names more than one such body.
    """
    acts, lex = st.ctx.actors, lexicon()
    for a in sorted(acts.values(), key=_first_offset):
        if a.id not in acts or a.kind != "organization" or not a.named or _state_of(st, a) or a.affiliation:
            continue
        owners = {c.name for n in [a.name, *a.aliases] for t in tokens(norm(n)) if (c := lex.country(t)) is not None}
        owners |= _trailing_owners(st, a)
        fits = {into for (state, k), into in seen.items() if into in acts and into != a.id and k in {
            body_key(norm(n), norm(acts[state].name)) for n in [a.name, *a.aliases]}
            and owners <= {_country_key(acts[state].name)}}
        if len(fits) == 1:
            st.merge(a.id, fits.pop(), STATELESS_RULE)


def _country_key(name: str) -> str:
    """A state's name as the gazetteer spells it (its own name when the gazetteer lacks it)."""
    c = lexicon().country(name)
    return c.name if c is not None else norm(name)


def _trailing_owners(st: ActorState, a: Actor) -> set[str]:
    """The states named right after a mention by a name preposition ("Ministry of Defence of Kenya"
    where the tagger cut the name before "of"): the body is theirs, whatever its name says."""
    doc, out = st.doc, set()
    for m in a.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.end + 1 >= len(doc) or doc[span.end].lower_ not in st.lx.words.name_preps:
            continue
        aid = st.token_actor.get(span.end + 1)
        if aid in st.ctx.actors and st.ctx.actors[aid].kind == "state":
            out.add(_country_key(st.ctx.actors[aid].name))
    return out


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
