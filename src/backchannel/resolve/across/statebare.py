"""A bare "the government" or "the army" with no side, in a report about one state: that state, or its army.

Why: a report about one state's affairs writes "the government will not give in"
or "the army said forty were freed" without naming the state again; the extraction keeps an
unnamed actor with no side, which no other report's "Lorvia" or "Lorvian Army" matches
by name. The report itself ties it: when the only state it concerns is one (the states it
names, and the states its named parties belong to once resolved across reports), its bare
government is that state (the spec's convention: a government is an alias of its state)
and its bare army that state's one army in the corpus. Rule ``across.entities.bare_state``
(``state`` of data/across_roles.toml):

- only a description that is the bare word ("government", "the authorities", "the federal
  government"; "army", "the military"), unnamed, with no affiliation;
- the report concerns exactly one state (a report naming two, or whose parties belong to
  two, joins nothing);
- every member of the bare actor's entity passes, all for one state (an entity holding
  another report's "government" of another state joins nothing); a member in a report that concerns no
  state at all (it names none, and none of its parties belongs to one) neither passes nor blocks (rule
  ``across.entities.bare_stateless``, session 32: a briefing report naming only "the Federal Government" and its
  ministers is joined through the other reports of the same entity);
- the bare word may be capitalised and read as a name ("the Federal Government"): a house style, not a name
  (session 32);
- the army is the one entity affiliated to that state whose name ends in an army word
  (two such entities, or none, join nothing).

Runs once the entities are clustered and before the events, so an act of "the army" is one
event with the same act of "the Lorvian Army"; each join is a judgement with its reason.
Linear in the records.
"""

from __future__ import annotations

from backchannel.resolve.across.cluster import Judgement
from backchannel.resolve.across.names import norm
from backchannel.resolve.across.records import ActorRec, InterRec
from backchannel.resolve.across.storyroles import role_words

STATE = "state"  # the actor kind of a state (model.ActorKind)
PERSON = "person"
RULE = "across.entities.bare_state"


# The two kinds of bare description (labels of this module, not words read from a text).
GOVERNMENT_KIND = "government"
ARMY_KIND = "army"


def bare_kind(r: ActorRec) -> str | None:
    """"government" or "army" when the record is such a bare description, else None."""
    if r.kind == PERSON or r.affiliation or not r.forms:
        return None  # named or not: "the Federal Government" is a bare word a house style capitalises
    w = role_words()
    return GOVERNMENT_KIND if r.forms[0] in w.government else ARMY_KIND if r.forms[0] in w.army else None


def report_states(recs: list[ActorRec], entity_of: dict[tuple[str, str], str],
                  entities: list[dict]) -> dict[str, set[str]]:
    """Per report, the state entities it concerns: the states it names and those its parties belong to.

    A sub-national unit ("Lorvia State", kind state, made by ``actors.subnational.*``) is a part of a
    state, not one: its report's bare "federal government" is never the unit, so units count for nothing."""
    kind = {e["id"]: e.get("kind") for e in entities}
    aff = {e["id"]: e.get("affiliation") for e in entities}
    units = {eid for r in recs if r.unit and (eid := entity_of.get(r.key))}
    out: dict[str, set[str]] = {}
    for r in recs:
        eid = entity_of.get(r.key)
        if eid is None or eid in units:
            continue
        if kind.get(eid) == STATE:
            out.setdefault(r.doc, set()).add(eid)
        elif (side := aff.get(eid)) and kind.get(side) == STATE and side not in units:
            out.setdefault(r.doc, set()).add(side)
    return out


def armies(entities: list[dict]) -> dict[str, list[str]]:
    """Per state entity, the entities affiliated to it whose name ends in an army word ("Lorvian Army")."""
    kind = {e["id"]: e.get("kind") for e in entities}
    heads = role_words().army_heads
    out: dict[str, list[str]] = {}
    for e in entities:
        side, name = e.get("affiliation"), norm(e.get("name"))
        if side and kind.get(side) == STATE and e.get("kind") != PERSON \
                and any(name == h or name.endswith(" " + h) for h in heads):
            out.setdefault(side, []).append(e["id"])
    return out


def counterparts(inters: list[InterRec], entity_of: dict[tuple[str, str], str]) -> set[tuple[str, str, str]]:
    """(report, actor id, entity) of every act's two ends: each end and the entity of the other end."""
    out = set()
    for i in inters:
        if i.source and i.target:
            for x, y in ((i.source, i.target), (i.target, i.source)):
                if (eid := entity_of.get((i.doc, y))) is not None:
                    out.add((i.doc, x, eid))
    return out


def state_joins(recs: list[ActorRec], entities: list[dict], entity_of: dict[tuple[str, str], str],
                inters: list[InterRec] | None = None) -> tuple[dict[str, str], list[Judgement]]:
    """Which bare entities join which state or army (absorbed id -> kept id), and the judgements saying why.

    A bare actor that is the other end of an act with the state in its own report ("the administration
    has pressed Norland") is another party: it joins nothing (no act of a state on itself)."""
    if not any(bare_kind(r) for r in recs):
        return {}, []
    facing = counterparts(inters or [], entity_of)
    states = report_states(recs, entity_of, entities)
    army_of = armies(entities)
    name = {e["id"]: e["name"] for e in entities}
    first: dict[str | None, tuple[str, str]] = {}
    for r in recs:
        first.setdefault(entity_of.get(r.key), r.key)
    targets: dict[str, set[str | None]] = {}
    said: dict[str, tuple[str, str]] = {}
    for r in recs:
        eid = entity_of.get(r.key)
        if eid is None:
            continue
        what, only = bare_kind(r), states.get(r.doc, set())
        if what and not only:
            continue  # across.entities.bare_stateless: a report about no state says nothing of which it is
        target = None
        if what and len(only) == 1:
            state = next(iter(only))
            found = army_of.get(state, []) if what == ARMY_KIND else [state]
            target = found[0] if len(found) == 1 and (r.doc, r.id, found[0]) not in facing else None
            said.setdefault(eid, (f"a bare '{r.forms[0]}' with no side, in a report about one state ({name[state]})", what))
        targets.setdefault(eid, set()).add(target)
    joins: dict[str, str] = {}
    out: list[Judgement] = []
    for eid, got in targets.items():
        if len(got) != 1 or (keep := next(iter(got))) is None or keep == eid or keep in joins:
            continue
        joins[eid] = keep
        text, what = said[eid]
        why = text + (f", is its army '{name[keep]}'" if what == ARMY_KIND else ", is that state") + f" ({RULE})"
        out.append(Judgement(first[eid], first[keep], 0.0, "merged", [why]))
    return joins, out
