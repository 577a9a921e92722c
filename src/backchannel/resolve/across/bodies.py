"""A body of a state ("the Lorvian cabinet", "Lorvia's negotiating team") stands for the state in an act.

Why: one report writes "the Front agreed with Lorvia", another "the Front agreed with the
Lorvian cabinet"; the act is one. The entities stay apart (the cabinet is not the state);
only the constraint that an event has one named party at each end reads a body as its
state (:func:`backchannel.resolve.across.events.slots`).
"""

from __future__ import annotations

from backchannel.resolve.across.linkwords import link_words

STATE = "state"


def state_of_bodies(entities: list[dict]) -> dict[str, str]:
    """Entity id of a body -> the entity id of the state it belongs to (its affiliation, a state).

    A body's name holds a word of ``events.bodies`` anywhere: "the Lorvian cabinet" and, in the
    other word order, "the Ministry of Defence of Lorvia".
    """
    kinds = {e["id"]: e.get("kind") for e in entities}
    bodies = link_words().bodies
    return {e["id"]: e["affiliation"] for e in entities
            if e.get("kind") not in ("person", STATE) and e.get("affiliation")
            and kinds.get(e["affiliation"]) == STATE and not bodies.isdisjoint(e["id"].split("-"))}
