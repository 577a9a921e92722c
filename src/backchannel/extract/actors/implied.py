"""Sides the report implies through its own vocabulary: "a senior administration official".

Why: once a report has said "the Biden administration" (or "the Ethiopian government"), a
later "administration official" or "government negotiators" needs no state: the report's one
administration is meant. Two states with such a description make the bare word ambiguous,
and then no side is given.
"""

from __future__ import annotations

import re

from backchannel.extract.actors.state import ActorState
from backchannel.resolve.lexicon import fold

RULE = "actors.implied.government_word_side"


def implied_government_sides(st: ActorState) -> None:
    """An unnamed actor whose description holds a bare government word takes the one state so described."""
    acts = st.ctx.actors
    owners: dict[str, set[str]] = {}
    for aid, a in acts.items():
        if a.kind != "state":
            continue
        for alias in a.aliases:
            words = re.findall(r"\w+", fold(alias))
            if words and words[-1] in st.lx.gov_nouns:
                owners.setdefault(words[-1], set()).add(aid)
    if not owners:
        return
    for actor in acts.values():
        if actor.named or actor.affiliation is not None or actor.kind == "state":
            continue
        words = re.findall(r"\w+", fold(actor.name))
        found = {o for w in words[:-1] if w in owners for o in owners[w]}  # a modifier, never the head
        if len(found) == 1:
            st.set_affiliation(actor, next(iter(found)), RULE)
