"""The takers named before: "kidnapped by <Group> ... the kidnappers", "... her captors" are that group.

Why (s48-parties census): the golds write a definite or possessive captor noun ("the kidnappers", "his
captors", "the hostage takers") as an alias of the one party the report has already named as the taker,
the agent of a strong taking verb ("seized by <Group>", "<Group> abducted four engineers"); the abductions
step made a second, unnamed group of takers of it, so the party lost its alias and the group's acts went to
a group the golds do not have. The rule (``actors.abductions.named_taker_again``) asks for exactly one
such party before the noun, an organisation or group (a state "holding" a prisoner is a detainer, and a
strong taking verb is never said of it), and for a captor noun of ``[abductions] captor_nouns`` that is
definite or possessive; with two takers named, or none, or a later clause of taking that names no taker
("a nurse was kidnapped" after the named taking: whose kidnappers is not said), the abductions step decides
as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from backchannel.extract.actors.abductions import Words
    from backchannel.extract.actors.state import ActorState

RULE = "actors.abductions.named_taker_again"
TAKER_KINDS = ("organization", "group")


def named_taker(st: ActorState, w: Words, tok: Token, agent_of: Callable[[Words, Token], Token | None],
                taken: list[str]) -> str | None:
    """The one party named before ``tok`` as the agent of a strong taking verb, when ``tok`` is a
    captor noun; None otherwise. ``agent_of`` is the abductions step's reading of a verb's agent, and
    ``taken`` its groups of people taken (never a taker; the captives step runs later)."""
    if tok.lemma_.lower() not in w.captor_nouns:
        return None
    found: set[str] = set()
    for v in tok.doc[:tok.i]:
        if v.lemma_.lower() not in w.taking_verbs:
            continue
        agent = agent_of(w, v)
        aid = st.token_actor.get(agent.i) if agent is not None else None
        a = st.ctx.actors.get(aid) if aid is not None else None
        if a is not None and aid is not None and a.kind in TAKER_KINDS and aid not in taken:
            found.add(aid)
        elif found and agent is None and v.dep_ != "acl" and any(c.dep_ == "nsubjpass" for c in v.children):
            return None  # "... a nurse was kidnapped in Y. The kidnappers ...": a later taking with no taker named
    return next(iter(found)) if len(found) == 1 else None

