"""An agent acts for the principal its own noun names: "a spokesman for <Name>", "representatives of <Name>".

Why: news English names whom an unnamed spokesman, representative, negotiator or envoy stands for in a
"for"/"of" phrase or a possessive on the noun itself ("a spokesman for Ola Brandt said", "the
representative of Mr Brandt", "Brandt's negotiators"). The staff rule (``staff.py``) reads "of"/"to" on
personal-staff nouns only, and the owner rule (``owners.py``) passes a person's side only when that
person has one, so such an agent kept no side, or took the state named nearest. The golds give the
principal: the person (a person's own side when it has one, by ``staff.served_person_side`` later), or
the named body or state. Syntax only: the principal must hang on the agent noun, never a state nearby.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.actors.state import ActorState
from backchannel.model import Actor

FILE = "agent_owners.toml"
RULE = "actors.owners.agent_of_person"


@dataclass(frozen=True)
class AgentWords:
    """``[agents]`` of agent_owners.toml: the agent heads, the prepositions of the principal, and the
    kinds of actor a principal can be."""
    nouns: frozenset[str]
    preps: frozenset[str]
    owner_kinds: frozenset[str]


words = loader(AgentWords, FILE, "agents")


def agent_owner_sides(st: ActorState) -> None:
    """An unnamed person or group with no side, headed by an agent noun with a principal on it, takes
    that principal. A named person's agent title is the owner rule's (``owners.note_owner``), which
    waits for the principal's own side ("X, the envoy of Prime Minister Y": Y's state)."""
    for actor in list(st.ctx.actors.values()):
        if actor.kind not in ("person", "group") or actor.named or actor.affiliation is not None:
            continue
        for head in _agent_heads(st, actor):
            owner = _principal(st, head, actor.id)
            if owner is not None:
                st.set_affiliation(actor, owner, RULE)
                break


def _agent_heads(st: ActorState, actor: Actor) -> list[Token]:
    """The agent nouns that head the mentions of the unnamed description ``actor``."""
    heads = []
    for m in actor.mentions:
        span = st.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and len(span) and span.root.lower_ in words().nouns:
            heads.append(span.root)
    return heads


def _principal(st: ActorState, head: Token, own: str) -> str | None:
    """The actor the agent noun ``head`` stands for: the object of its "for"/"of" phrase or a
    non-pronoun possessive, when that is a person, a named body or a state (not the agent itself)."""
    w = words()
    cands = [c for c in head.children if c.dep_ == "poss" and c.tag_ != "PRP$"]
    cands += [p for c in head.children if c.dep_ == "prep" and c.lower_ in w.preps
              for p in c.children if p.dep_ == "pobj"]
    for t in cands:
        aid = st.actor_of_token(t)
        owner = st.ctx.actors.get(aid) if aid else None
        if aid and owner is not None and aid != own and owner.kind in w.owner_kinds and _whole_name(st, t, aid):
            return aid
    return None


def _whole_name(st: ActorState, tok: Token, aid: str) -> bool:
    """Is no proper noun compounded on ``tok`` another actor's? ("a spokesman for <Movement> Ostland" where
    the tagger cut the movement's name: the state at its end is no principal; a title is no actor)."""
    return all(st.actor_of_token(c) in (None, aid) for c in tok.children
               if c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN")
