"""The seat of a state's executive named only inside someone's description: "a senior <seat> official".

Why: when a report names the seat of a state's executive (data/actors_words.toml [seats], by
metonymy the state) only as the modifier of an unnamed person's description and never on its own,
the seat takes no part in the story: the description's holder speaks for the state. A department
("a State Department spokesperson") is a body of its own and stays.
"""

from __future__ import annotations

from backchannel.extract.actors.state import ActorState
from backchannel.resolve.lexicon import fold

RULE = "actors.body_modifiers.state_of_body"


def bodies_only_in_descriptions(st: ActorState) -> None:
    """Drop a known state body whose every mention modifies another actor's head noun; its
    descriptions take the body's state (``actors.body_modifiers.state_of_body``)."""
    acts = st.ctx.actors
    for body in [a for a in acts.values() if a.kind == "organization" and a.mentions]:
        country = st.lx.body(body.name)
        if country is None or fold(body.name) not in st.lx.words.executive_seats or not all(_modifies_other(st, body.id, m.start, m.end) for m in body.mentions):
            continue
        state = st.state_actor(country, RULE)
        for other in acts.values():
            if other.affiliation == body.id:
                st.set_affiliation(other, state, RULE)
        st.ctx.remove_actor(body.id)
        st.retarget(body.id, state)
        st.ctx.trace(acts[state], f"dropped:{body.id}", RULE)


def _modifies_other(st: ActorState, aid: str, start: int, end: int) -> bool:
    """Is the mention a compound of a head noun that belongs to another actor ("<body> official")?"""
    span = st.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    other = st.token_actor.get(root.head.i)
    return root.dep_ in ("compound", "nmod", "amod") and root.head.i >= span.end and other is not None and \
        other != aid and not st.ctx.actors[other].named
