"""Descriptions named later: "a Chinese envoy relayed an offer ... the envoy, Deng Xiwen, met X".

Why: news leads introduce a person by an indefinite description and name them a sentence or two
later in apposition to the same description made definite. The unnamed actor the first
description made is that person: one actor, whose side is the one the first description stated
(a nearest-state guess made for the named person gives way to it).
"""

from __future__ import annotations

from backchannel.extract.actors.owners import GUESSED
from backchannel.extract.actors.state import ActorState
from backchannel.model import Actor

RULE = "actors.named_later.description_named"
APPOSITION = "actors.descriptors.apposition_before"


def descriptions_named_later(st: ActorState) -> None:
    """Fold a singular unnamed person into the one named person apposed to its description later."""
    acts = st.ctx.actors
    for u in [a for a in acts.values() if a.kind == "person" and not a.named and a.mentions]:
        words = {w.lower() for w in u.name.split()}
        first = min(m.start for m in u.mentions)
        head = u.name.split()[-1].lower()
        fits = [p for p in acts.values() if p.named and p.kind == "person" and _apposed_again(p, head, words, first)]
        if len(fits) != 1 or u.id not in acts:
            continue
        p = fits[0]
        if u.affiliation is not None and (p.affiliation is None or p.traced("affiliation") in GUESSED):
            st.set_affiliation(p, u.affiliation, u.traced("affiliation") or RULE)
        fold_description(st, u, p, RULE)


def _apposed_again(p: Actor, head: str, words: set[str], first: int) -> bool:
    """Does ``p`` have, after ``first``, an apposed description with the same head and no new word?"""
    for m in p.mentions:
        ws = [w.lower() for w in m.text.split()]
        if m.rule == APPOSITION and m.start > first and ws and ws[-1] == head and set(ws) <= words:
            return True
    return False


def fold_description(st: ActorState, u: Actor, p: Actor, rule: str, text: str | None = None) -> None:
    """Merge ``u`` into ``p``; its name (or ``text``, the description as written) is a description of ``p``
    (a descriptor), not another name."""
    name = u.name
    aliases, alias_rule = list(p.aliases), p.traced("aliases")
    st.merge(u.id, p.id, rule)
    if name in p.aliases:
        p.aliases.remove(name)
    if p.aliases == aliases and isinstance(p.trace, dict):
        if alias_rule == p.rule:
            p.trace.pop("aliases", None)  # the merge left the aliases as they were
        elif alias_rule is not None:
            p.trace["aliases"] = alias_rule
    desc = text or name
    if desc not in p.descriptors:
        st.add_descriptor(p, desc, rule, first=True)
