"""One group of people under several heads across reports: joined by the act they take part in.

Why a pass after the events: unnamed collectives have no name to compare, and reports
call one captive group "Russian servicemen", "Russian soldiers", "Russian captives" or
"prisoners of war". What ties them is their role: the party freed (or freeing) in one
act that several reports tell. Two unnamed groups of people (a head of ``groups.people``
in data/across_counts.toml, or a demonym plural) at the same end of one cross-report
event, with the same side (their affiliation, else the state their name's demonym
names), are one group. Never two groups of one report (a dossier already tells them
apart), and every join is a judgement with its reasons.
"""

from __future__ import annotations

from backchannel.resolve.across.cluster import Judgement
from backchannel.resolve.across.countwords import count_words
from backchannel.resolve.across.names import state_named
from backchannel.resolve.across.names import norm
from backchannel.resolve.across.records import InterRec

GROUP = "group"  # the actor kind of a collective (model.ActorKind)
SOURCE = "source"  # the spec's names of an event's two ends
TARGET = "target"
ENDS = (SOURCE, TARGET)


def side_of(e: dict) -> str | None:
    """The side of a group entity: its affiliation's id, else the state its name names ("Ukrainians")."""
    if e.get("affiliation"):
        return str(e["affiliation"])
    for tok in str(e.get("name") or "").replace("’", "'").split():
        state = state_named(tok.removesuffix("'s"))
        if state:
            return norm(state).replace(" ", "-")
    return None


def group_key(e: dict) -> str | None:
    """What two groups at one end of one act must share to be one group: a group of people's side, or,
    for any unnamed group with no side, its description ("senior officials" told in two reports as the
    party an envoy held talks with): the same words in the same role of the same act."""
    if people_group(e) and (side := side_of(e)):
        return side
    if not e.get("named") and e.get("kind") == GROUP and not e.get("affiliation") and side_of(e) is None:
        return "as '" + norm(e.get("name")) + "'"
    return None


def people_group(e: dict) -> bool:
    """An unnamed collective whose head counts people ("Russian servicemen", "prisoners of war", "Ukrainians")."""
    if e.get("named") or e.get("kind") != GROUP:
        return False
    toks = norm(e.get("name")).split()
    return any(t in count_words().people for t in toks) or bool(toks and state_named(toks[-1].title()))


def role_joins(entities: list[dict], events: list[dict], inters: dict[tuple[str, str], InterRec],
               entity_of: dict[tuple[str, str], str]) -> tuple[dict[str, str], list[Judgement]]:
    """Which group entities join which (absorbed id -> kept id) and the judgements that say why."""
    ents = {e["id"]: e for e in entities}
    docs = {e["id"]: {m["doc"] for m in e["members"]} for e in entities}
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    out: list[Judgement] = []
    keys: dict[str, str | None] = {}  # an entity's group_key, read once (an entity ends many acts' tellings)

    def key_of(eid: str) -> str | None:
        if eid not in keys:
            keys[eid] = group_key(ents[eid])
        return keys[eid]

    for ev in events:
        for end in ENDS:
            found: dict[str, list[str]] = {}
            for m in ev["members"]:
                r = inters.get((m["doc"], m["interaction"]))
                actor = getattr(r, end) if r else None
                eid = entity_of.get((m["doc"], actor)) if actor else None
                if eid and eid in ents and (side := key_of(eid)):
                    found.setdefault(side, [])
                    if eid not in found[side]:
                        found[side].append(eid)
            for side, ids in found.items():
                for other in ids[1:]:
                    a, b = find(ids[0]), find(other)
                    if a == b:
                        continue
                    first = ents[ids[0]]["members"][0]
                    second = ents[other]["members"][0]
                    same = f"same side ({side})" if not side.startswith("as '") else f"same description {side[3:]}"
                    reason = f"the {end} of one act told by several reports ({ev['id']}, {ev['type']}), {same}"
                    if docs[a] & docs[b]:
                        out.append(Judgement((first["doc"], first["actor"]), (second["doc"], second["actor"]), 0.0,
                                             "refused", [reason, "one report holds both groups"]))
                        continue
                    keep, gone = sorted((a, b), key=lambda x: (-len(ents[x]["members"]), x))
                    parent[gone] = keep
                    docs[keep] |= docs[gone]
                    out.append(Judgement((first["doc"], first["actor"]), (second["doc"], second["actor"]), 0.0,
                                         "merged", [reason]))
    return {x: find(x) for x in parent}, out


def apply_joins(joins: dict[str, str], entities: list[dict], entity_of: dict[tuple[str, str], str],
                events: list[dict], statements: list[dict]) -> list[dict]:
    """Merge the joined entities' members and names, and point every id at the entity kept."""
    if not joins:
        return entities
    by_id = {e["id"]: e for e in entities}
    for gone, keep in joins.items():
        kept, old = by_id[keep], by_id[gone]
        kept["members"] = kept["members"] + old["members"]
        kept["aliases"] = sorted({*kept.get("aliases", []), old["name"], *old.get("aliases", [])} - {kept["name"]})
    for k, v in entity_of.items():
        entity_of[k] = joins.get(v, v)
    for ev in events:
        for key in ENDS:
            ev[key] = joins.get(ev[key], ev[key]) if ev.get(key) else ev.get(key)
        ev["via"] = [joins.get(v, v) for v in ev.get("via", [])]
    for s in statements:
        s["speaker"] = joins.get(s["speaker"], s["speaker"]) if s.get("speaker") else s.get("speaker")
    for e in entities:
        if e.get("affiliation") in joins:
            e["affiliation"] = joins[e["affiliation"]]
    return [e for e in entities if e["id"] not in joins]
