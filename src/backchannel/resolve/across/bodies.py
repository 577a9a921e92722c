"""A body of a state ("the Lorvian cabinet", "Lorvia's negotiating team") stands for the state in an act.

Why: one report writes "the Front agreed with Lorvia", another "the Front agreed with the
Lorvian cabinet"; the act is one. The entities stay apart (the cabinet is not the state);
only the constraint that an event has one named party at each end reads a body as its
state (:func:`backchannel.resolve.across.events.slots`).
"""

from __future__ import annotations

import re

from backchannel.resolve.across.linkwords import link_words
from backchannel.resolve.lexicon import lexicon

STATE = "state"


def state_of_bodies(entities: list[dict]) -> dict[str, str]:
    """Entity id of a body -> the entity id of the state it belongs to (its affiliation, a state).

    A body's name holds a word of ``events.bodies`` anywhere: "the Lorvian cabinet" and, in the
    other word order, "the Ministry of Defence of Lorvia"; or it is a state body the gazetteer names
    (countries.toml ``bodies``: a seat of government told for its state, s44 review: the side chain
    of a denial climbs through it, :func:`.denialtext.top_sides`).
    """
    kinds = {e["id"]: e.get("kind") for e in entities}
    bodies = link_words().bodies
    return {e["id"]: e["affiliation"] for e in entities
            if e.get("kind") not in ("person", STATE) and e.get("affiliation")
            and kinds.get(e["affiliation"]) == STATE
            and (not bodies.isdisjoint(e["id"].split("-")) or lexicon().body(e.get("name") or "") is not None)}


def state_of_leaders(entities: list[dict]) -> dict[str, str]:
    """Rule ``across.events.leader_for_state`` (s44): entity id of a state's leader -> the state's entity id.

    Why: one report credits "Pell's emir" with a mediation, another "Pell"; the spec's event is one act whatever
    endpoint each report names. A leader is a person affiliated to a state with a descriptor naming one of
    ``events.leaders`` ("president", "crown prince") and no word of ``events.leader_not`` ("former president",
    "vice president", "the president's adviser"). As for bodies, the entities stay apart: only the event's end
    slots read the leader as the state (:func:`backchannel.resolve.across.events.slots`)."""
    kinds = {e["id"]: e.get("kind") for e in entities}
    w = link_words()
    return {e["id"]: e["affiliation"] for e in entities
            if e.get("kind") == "person" and e.get("affiliation") and kinds.get(e["affiliation"]) == STATE
            and any(_leads(d) for d in e.get("descriptors") or [])}


def _leads(descriptor: str) -> bool:
    """The descriptor names a leader's office as its head and nothing that makes it another's or a past one (s44
    review): not "the king's nephew" (a possessive after the office), "president of the central bank" (an
    institution after its "of"), "Chancellor of the Exchequer" (``leaders_alone`` with words after them)."""
    w = link_words()
    low = " " + " ".join(re.findall(r"[a-z]+", descriptor.lower())) + " "
    if any(f" {x} " in low for x in w.leader_not):
        return False
    for x in w.leaders:
        at = low.find(f" {x} ")
        if at < 0:
            continue
        after = low[at + len(x) + 2:].split()
        if x in w.leaders_alone and after or after[:1] == ["s"]:
            continue
        if after[:1] == ["of"] and w.leader_institutions & set(after[1:]):
            continue
        return True
    return False
