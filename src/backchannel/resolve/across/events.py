"""Events: the same act told by several reports becomes one event.

Two interactions are one act when their types are equal, their ends resolve to the
same entities (one end may be unknown in one report; undirected acts such as
"agree" or "meet" match either way round), their negation is equal and their times
are compatible (one date within the other: "2025-01" holds "2025-01-15"). Planned
and reported-as-done tellings of one act stay one event: that difference is a
link (``on: modality``), not a second act. Pairs that agree on everything but
negation or time are kept as *near misses*: they are the contradictions.

Blocking is by (type, source entity) and (type, target entity); clustering is
union-find with slots so that an act with an unknown end cannot chain two acts
with different known ends into one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Hashable
from dataclasses import dataclass, field
from datetime import date

from backchannel.resolve.across.acttypes import (GUESSED, HYPOTHETICAL, end_filled, event_type, families,
                                                 guessed_partner, guessed_reason, join_told_as, one_side, told_as_fit,
                                                 partner_guessed, told_ends, types_fit)
from backchannel.resolve.across.caps import Capped
from backchannel.resolve.across.cluster import SHORT, SPELT, RankedClusters
from backchannel.resolve.across.copied import copied_tellings
from backchannel.resolve.across.copied import reason as copied_reason
from backchannel.resolve.across.records import DocRec, InterRec
from backchannel.resolve.across.words import words
from backchannel.timex import iso_week
from backchannel.timex_period import short_day_span

#: a larger block compares each telling with its first MAX_BLOCK only (caps.py), the pairs left out counted.
#: Why 50: a telling then costs at most 100 comparisons (two ends) however large the corpus; the largest
#: block of the development clusters holds 12 (before: the first 200 tellings, all pairs, the rest dropped)
MAX_BLOCK = 50
PLANNED = "planned"


@dataclass
class EventResult:
    """The events of the spec (with reports, outlets, first date and independent sources), and near misses."""

    events: list[dict] = field(default_factory=list)
    event_of: dict[tuple[str, str], str] = field(default_factory=dict)
    near: list[tuple[InterRec, InterRec, str]] = field(default_factory=list)  # (a, b, what differs)
    capped: Capped = field(default_factory=Capped)  # the oversize blocks and the pairs they left out
    #: joins of tellings of two types (acttypes.py), each with its reasons: recorded on the event
    joined: list[tuple[tuple[str, str], tuple[str, str], list[str]]] = field(default_factory=list)


Pair = tuple[str | None, str | None]  # an act's two ends: entity ids, or None where unknown


class Ends:
    """Entity ids of an interaction's ends, through the entity map.

    ``side``: each entity's affiliation (entity id -> entity id), given by the events only: a guessed partner on
    the named party's own side is dropped (rule ``across.events.own_side_guess``, :func:`own_side`).
    """

    def __init__(self, entity_of: dict[tuple[str, str], str], side: dict[str, str] | None = None,
                 kinds: dict[str, str] | None = None) -> None:
        self.entity_of = entity_of
        self.side = side or {}
        self.kinds = kinds or {}  # each entity's kind (acttypes.told_as_fit)
        self.dropped: set[tuple[str, str]] = set()  # tellings whose guessed partner was their own side
        self.memo: dict[tuple[str, str], tuple[str | None, str | None]] = {}  # pairs read each act many times

    def __call__(self, r: InterRec) -> tuple[str | None, str | None]:
        got = self.memo.get((r.doc, r.id))
        if got is None:
            get = self.entity_of.get
            got = (get((r.doc, r.source)) if r.source else None, get((r.doc, r.target)) if r.target else None)
            if self.side and got[0] and got[1] and partner_guessed(r) and own_side(got[0], got[1], self.side):
                got = (got[0], None)  # across.events.own_side_guess
                self.dropped.add((r.doc, r.id))
            self.memo[(r.doc, r.id)] = got
        return got


def own_side(a: str, b: str, side: dict[str, str]) -> bool:
    """Whether ``b`` is ``a``'s own side or ``a`` is ``b``'s, up their chains of affiliations, or both have one
    side (two members of one body; a body and the state it belongs to).

    Why (rule ``across.events.own_side_guess``): an undirected act ("agree", "negotiate") whose partner the report
    did not name takes the story's other side (``interactions.expand.other_side``); when a report gives the party
    a side the rest of the corpus does not (a leader of a group called by his nationality), the guess falls on
    the party's own body. A party does not agree or negotiate with itself, so such a guess is no partner at all:
    the telling names one party, and joins the act another report tells with that party and its partner named,
    as a telling of one party does ("X had agreed to stop" and "the deal agreed with X")."""
    def chain(e: str) -> list[str]:
        out = [e]
        while (up := side.get(out[-1])) and up not in out and len(out) < 6:
            out.append(up)
        return out
    ca, cb = chain(a), chain(b)
    return b in ca or a in cb or (len(ca) > 1 and len(cb) > 1 and ca[-1] == cb[-1])


def times_compatible(a: str | None, b: str | None) -> bool:
    """Unknown times are compatible with anything; known ones when one is a prefix of the other,
    or a day lies in the other's ISO week ("2025-09-09" in "2025-W37": one report dates the act
    by its day, another by "this week")."""
    if not a or not b:
        return True
    return a.startswith(b) or b.startswith(a) or _in_week(a, b) or _in_week(b, a) or spans_meet(a, b)


def spans_meet(a: str, b: str) -> bool:
    """Whether two times, one of them a span ("2025-05-10/2025-05-11": a weekend, "between Friday and Sunday"),
    share a day: each value covers from its first to its last day, a month or a year every day it begins.

    Why (rule ``across.events.day_in_span``): one report dates an act by the day, another by the span it fell in
    ("over the weekend"); the two tellings are one act, as a day and the week holding it are (:func:`_in_week`).
    Weeks are left to that rule (a week is no prefix of a day). Only a short span of days
    (``timex_period.short_day_span``) meets the days inside it: years of talks ("from 2029 to 2033") are a
    series, not one day's meeting."""
    if "/" not in a + b or "W" in a + b or not all(short_day_span(t) for t in (a, b) if "/" in t):
        return False
    (alo, ahi), (blo, bhi) = _ends(a), _ends(b)
    return alo <= bhi + "~" and blo <= ahi + "~"  # "~" sorts after every digit: a prefix covers what it begins


def _ends(t: str) -> tuple[str, str]:
    """A time's first and last value (a span's two ends; one value for a day, a month or a year)."""
    lo, _, hi = t.partition("/")
    return lo, hi or lo


def _in_week(day: str, week: str) -> bool:
    """Is the date ``day`` (YYYY-MM-DD) inside the ISO week ``week`` (YYYY-Www)?"""
    if len(day) != 10 or "-W" not in week or "/" in week:
        return False
    try:
        return iso_week(date.fromisoformat(day)) == week
    except ValueError:
        return False


def slipped(a: InterRec, b: InterRec) -> bool:
    """A plan told for one day and the act told as done on a later day: the plan slipped, the act is one.

    Why: "the council was set to vote on Thursday" and "the council voted on Saturday"
    tell one vote; a planned date is a schedule, not a fact about the act.
    """
    plan, done = (a, b) if a.modality == PLANNED else (b, a)
    return plan.modality == PLANNED and done.modality != PLANNED and bool(plan.time and done.time) \
        and plan.time[:10] <= done.time[:10]  # type: ignore[index]


def same_ends(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    """One known end equal (the other may differ: reports name the counterpart differently)."""
    (sa, ta), (sb, tb) = a, b
    return bool((sa and sa == sb) or (ta and ta == tb))


def compare(a: InterRec, b: InterRec, ea: Pair, eb: Pair) -> tuple[bool, str | None]:
    """(same act?, what alone differs: "negation" | "time" | None; only between tellings of one type).

    ``ea``, ``eb``: the tellings' :func:`told_ends` (a guessed partner matches nothing, acttypes.py), read
    once per telling by the caller, not once per pair.
    """
    if not types_fit(a, b):
        return False, None
    ok = same_ends(ea, eb) or (a.type in words().symmetric and same_ends(ea, (eb[1], eb[0])))
    if not ok:
        return False, None
    if held_alone_with_plan(a, b, ea, eb) or held_alone_with_plan(b, a, eb, ea):
        return False, None
    if a.negated != b.negated:
        return False, "negation" if a.type == b.type else None
    if not times_compatible(a.time, b.time) and not slipped(a, b):
        return False, "time" if a.type == b.type else None
    return True, None


def slots(r: InterRec, ends: Ends, named: frozenset[str] = frozenset(),
          acts_for: dict[str, str] | None = None, described: dict[str, str] | None = None,
          identified: frozenset[str] = frozenset()) -> dict[str, str]:
    """Constraint slots: an event has one negation, and at most one named party at each end.

    Why named ends only: "Qatar mediated with Israel" and "Qatar mediated with
    Hamas" are two acts (spec: a mediation's target is one party), but "released
    the captives" and "released three female hostages" may be one act whose target
    each report describes its own way. A party that acts for another (``acts_for``: a
    body of a state, "the Lorvian cabinet" -> Lorvia, :mod:`.bodies`; an office for the
    person it speaks for, "Marrow's office" -> Ilse Marrow, :mod:`.voices`) fills that
    party's place at an end. An undirected
    act told with one party alone ("the Front agreed") holds one such party: "the cabinet
    agreed" (to ratify) is not drawn into "the Front agreed with Lorvia" through a telling
    that names both. Talks (``interactions.two_sided``) have two sides however a report
    tells them: one side's telling ("Lorvia held talks", its partner guessed or absent) holds no
    ends slot, so it joins the talks another report tells with both sides named (rule
    ``across.events.two_sided``, acttypes.py). A day told as done is a slot too (:func:`time_slot`).
    """
    s, t = ends(r)
    if acts_for:
        s, t = (acts_for.get(s, s) if s else s), (acts_for.get(t, t) if t else t)
    out = {"negated": str(r.negated)}
    out.update(time_slot(r))
    if r.type in words().symmetric:
        out.update(told_slot(r, (s, t)))
        if one_side(r, (s, t)) and r.modality not in (PLANNED, HYPOTHETICAL):
            return out  # talks told as held by one side hold no ends slot (across.events.two_sided, acttypes.py)
        if s and t:  # an unnamed partner stands by its description: "talks with senior officials" told twice
            if partner_guessed(r):  # a partner the report did not name there (acttypes.py)
                out["ends"] = "|".join(sorted((s, GUESSED)))
                return out
            out["ends"] = "|".join(sorted(e if e in named or not described else "?" + described.get(e, e)
                                          for e in (s, t)))
        elif s or t:
            out["alone"] = s or t or ""
        return out
    if s is not None and s in named:
        out["source"] = s
    if t is not None and (t in named or t in identified):
        out["target"] = t  # across.events.identified_target for an unnamed one
    return out


def told_slot(r: InterRec, ends: Pair) -> dict[str, str]:
    """Slots that keep one side's plan apart from talks told as held (rule ``across.events.two_sided``).

    Why: one side's telling ("Lorvia will negotiate") joins on its one party, too little to make a plan and talks
    told as held one act (a plan is as often the next round as the last one). Slot ``held``: one side's plan vs
    every telling as held. One side's held talks vs a plan is no slot but a pair refused (:func:`held_alone_with_plan`):
    such a telling may still join a plan's event through a telling as held that names both sides ("Lorvia and
    Harlund will meet in Tarn", "Lorvia held talks in Tarn", "Harlund and Lorvia held talks in Tarn": one event). Two
    tellings that both name two sides (or have them filled in) share no slot value apart, so a plan of the talks
    still joins the talks told as held (a plan that slipped is one act), as for every other act.
    """
    if r.type not in words().two_sided:
        return {}
    if r.modality in (PLANNED, HYPOTHETICAL):
        return {"held": "one side's plan"} if one_side(r, ends) else {}
    return {"held": "done"}


def held_alone_with_plan(a: InterRec, b: InterRec, ea: Pair, eb: Pair) -> bool:
    """``a`` tells two-sided talks as held by one side, ``b`` plans two-sided talks: never joined as a pair (rule
    ``across.events.two_sided``). Why a pair and not a slot: the one side's telling is too little to tie a plan to
    these talks, but once a telling as held that names both sides has joined the plan, the one side's telling joins
    that telling (a slot would keep it out of the event for good, and leave a duplicate of the day's talks)."""
    tw = words().two_sided
    return a.type in tw and b.type in tw and a.modality not in (PLANNED, HYPOTHETICAL) and one_side(a, ea) \
        and b.modality in (PLANNED, HYPOTHETICAL)


def time_slot(r: InterRec) -> dict[str, str]:
    """An act told as done on a day has that day: two days never share an event, whatever chain of
    undated tellings would join them (a month or a year fits every day it holds; a plan has no day)."""
    if not r.time or r.modality == PLANNED or short_day_span(r.time):
        return {}  # a short span fits each day it holds (across.events.day_in_span): the days told hold the slot
    return {"time": r.time if len(r.time) >= 10 else r.time + SHORT}


def resolve_events(inters: list[InterRec], entity_of: dict[tuple[str, str], str],
                   docs: dict[str, DocRec], copies: dict[str, str],
                   named: frozenset[str] = frozenset(), acts_for: dict[str, str] | None = None,
                   described: dict[str, str] | None = None, identified: frozenset[str] = frozenset(),
                   side: dict[str, str] | None = None, kinds: dict[str, str] | None = None) -> EventResult:
    """Cluster interactions into events; ``copies`` maps a report to its near-duplicate group.

    ``named``: the entity ids of named parties; ``acts_for``: who acts for whom; ``described``: an
    unnamed party's description (see :func:`slots`); ``side``: each entity's affiliation, ``kinds`` its kind
    (:class:`Ends`).
    """
    ends = Ends(entity_of, side, kinds)
    blocks: dict[tuple, list[int]] = {}
    number: dict[tuple, int] = {}  # a block's place in the order blocks are walked
    where: list[list[tuple[int, int]]] = [[] for _ in inters]  # per telling: (block number, place in it)
    for i, r in enumerate(inters):
        s, t = ends(r)
        for kind in families(r.type):  # a call and talks are compared in one block (acttypes.py)
            for end in sorted({e for e in (s, t) if e is not None}):  # sorted: a set of str iterates in hash-seed order, and union order matters
                members = blocks.setdefault((kind, end), [])
                where[i].append((number.setdefault((kind, end), len(number)), len(members)))
                members.append(i)
    slot: dict[Hashable, dict[str, str]] = {(r.doc, r.id): slots(r, ends, named, acts_for, described, identified)
                                            for r in inters}
    uf = RankedClusters([(r.doc, r.id) for r in inters], slot)
    own = [party_slots(slot[(r.doc, r.id)]) for r in inters]  # (each telling's own; the map is not kept)
    del slot
    out = EventResult()
    told_as: list[tuple[InterRec, InterRec]] = []
    told = [told_ends(r, ends(r)) for r in inters]  # once per telling: a telling is in up to 100 pairs
    at = [uf.id[(r.doc, r.id)] for r in inters]  # each telling's number in the union-find
    for k, members in enumerate(blocks.values()):
        out.capped.note(len(members), MAX_BLOCK)
        heads = members[:MAX_BLOCK]
        for j, b in enumerate(members):
            rb, twice = inters[b], len(where[b]) > 1
            for a in heads[:j] if j < MAX_BLOCK else heads:
                if twice and len(where[a]) > 1 and compared_before(where[a], where[b], k):
                    continue
                ra = inters[a]
                same, differs = compare(ra, rb, told[a], told[b])
                if same and ra.type != rb.type:
                    if told_as_fit(ra, rb, told[a], told[b], named, ends.side, ends.kinds):
                        told_as.append((ra, rb))  # joined once each type is grouped (acttypes.py)
                elif same and not parties_apart(own[a], own[b]):  # (apart: a union that must refuse, not tried)
                    uf.union(at[a], at[b])
                elif differs and ra.doc != rb.doc:
                    out.near.append((ra, rb, differs))
    out.joined = join_told_as(uf, told_as)
    by_key = {(r.doc, r.id): r for r in inters}
    for ka, kb in copied_tellings(inters, ends):  # across.events.same_sentence: over the slots
        if uf.find(uf.id[ka]) != uf.find(uf.id[kb]):
            uf.union(uf.id[ka], uf.id[kb], force=True)
            out.joined.append((ka, kb, copied_reason(by_key[ka], by_key[kb])))
    for k, g in enumerate(uf.groups(), 1):
        event = build_event(f"e{k}", [by_key[x] for x in g], ends, docs, copies)  # type: ignore[index]
        out.events.append(event)
        for x in g:
            out.event_of[x] = event["id"]  # type: ignore[index]
        if len(g) > 1 and (why := guessed_reason([by_key[x] for x in g], ends)):  # type: ignore[index]
            event["reasons"] = why
    by_id = {e["id"]: e for e in out.events}
    for ka, kb, why in out.joined:
        by_id[out.event_of[ka]].setdefault("joined", []).append(
            {"a": {"doc": ka[0], "interaction": ka[1]}, "b": {"doc": kb[0], "interaction": kb[1]}, "reasons": why})
    return out


def party_slots(own: dict[str, str]) -> tuple[str | None, ...]:
    """A telling's own values of the named parties' slots (None: not held, or a short form that may fit another).

    Why: three joins in four that the events' comparisons ask for are refused, nearly all by these slots, and
    a telling's own values are in its cluster's for good: two tellings whose own values differ can never share
    a cluster, so :func:`parties_apart` refuses them without finding both roots and walking their slots."""
    return tuple(v if v is not None and not v.endswith(SHORT) and SPELT not in v else None
                 for v in (own.get("ends"), own.get("source"), own.get("target")))  # (as :func:`slots` names them)


def parties_apart(a: tuple[str | None, ...], b: tuple[str | None, ...]) -> bool:
    """Two tellings' :func:`party_slots` that differ in one slot (two full values never fit: ``cluster.fits``)."""
    for x, y in zip(a, b):
        if x is not None and y is not None and x != y:
            return True
    return False


def compared_before(wa: list[tuple[int, int]], wb: list[tuple[int, int]], k: int) -> bool:
    """Whether two tellings (their ``where``: block number, place) were compared in a block before block ``k``.

    Why not a set of the pairs seen: that set grew with every pair compared (a
    per-pair record held to the end). A pair is in two blocks only when both ends
    are shared, and the earlier block compared it when either telling is among
    its first ``MAX_BLOCK``.
    """
    for kb, pb in wb:
        if kb < k:
            for ka, pa in wa:
                if ka == kb and min(pa, pb) < MAX_BLOCK:
                    return True
    return False


def no_order(r: InterRec, told: Pair) -> bool:
    """A telling that gives no order of an undirected act's parties: an end filled in by the extractor (not read
    in its sentence), or two-sided talks told with one party."""
    return end_filled(r) or one_side(r, told)


def undirected_ends(members: list[InterRec], ends: Callable[[InterRec], tuple[str | None, str | None]],
                    alone: frozenset[tuple[str, str]] = frozenset()) -> tuple[Counter[str], Counter[str]]:
    """The ends of an undirected act ("agree", "meet"): the party most reports put first, then the party
    most tellings name at either end.

    ``members`` come in the order they were published, so that a tie goes to the party
    the first report put first.

    ``alone``: tellings whose guessed partner was their own side (``across.events.own_side_guess``): they name one
    party, the subject the report wrote ("X had agreed"), so that party votes as first like a partner told.

    Why: reports write "Israel and Hamas agreed" or "Hamas agreed with Israel" as they
    please; the event's source should be the party every telling shares, not whichever
    order the first report chose.
    """
    told = [ends(m) for m in members]
    both = Counter(e for pair in told for e in pair if e)
    # which party a report puts first is one vote per report: a report that tells the act three times
    # ("the two sides negotiated", "in the talks", "after talks") does not outvote two that tell it once
    # a telling of one side puts no party first: an end the extractor filled in follows or leads the named party in
    # the extractor's order, not the report's, and "Lorvia held talks" names one side of two-sided talks; such
    # tellings vote only when no telling has a vote (across.events.one_side_order)
    votes = {(m.doc, s) for m, (s, t) in zip(members, told)
             if s and ((m.doc, m.id) in alone or not no_order(m, (s, t)))} or \
        {(m.doc, s) for m, (s, _) in zip(members, told) if s}
    as_source = Counter(s for _, s in votes)
    first_told: dict[str, int] = {}
    for k, (s, _) in enumerate(told):
        if s:
            first_told.setdefault(s, k)
    # the party more reports put first (a party told alone, "X agreed", or named twice by one report does
    # not outvote two reports that put the other first), then the one more tellings name, then the one
    # the earliest telling puts first (the gold's "order of first mention"), then the id (never hashing)
    first = max(both, key=lambda e: (as_source[e], both[e], -first_told.get(e, len(members)), e), default=None)
    return Counter([first] if first else []), Counter({e: n for e, n in both.items() if e != first})


def build_event(eid: str, members: list[InterRec], ends: Ends, docs: dict[str, DocRec],
                copies: dict[str, str]) -> dict:
    """One event of the spec from its member interactions."""
    srcs: Counter[str] = Counter(e for m in members if (e := ends(m)[0]))
    tgts: Counter[str] = Counter(e for m in members if (e := ends(m)[1]))
    if members[0].type in words().symmetric:
        told = sorted(members, key=lambda m: (getattr(docs.get(m.doc), "published", None) or "~", m.doc))
        srcs, tgts = undirected_ends(told, lambda m: told_ends(m, ends(m)), frozenset(ends.dropped))  # published order
        tgts = tgts or guessed_partner(members, ends, srcs)
    via = sorted({v for m in members for v in (ends.entity_of.get((m.doc, x)) for x in m.via) if v})
    times = sorted(m.time for m in members if m.time and m.modality != PLANNED) or \
        sorted(m.time for m in members if m.time)  # the day it happened, else the day it was planned for
    counts = Counter(m.count for m in members if m.count)
    modalities = {m.modality for m in members}
    reports = sorted({m.doc for m in members})
    dates = sorted(d for d in [docs[r].published for r in reports if r in docs] if d is not None)
    outlets = sorted({s for s in [docs[r].source for r in reports if r in docs] if s is not None and s})
    count = counts.most_common(1)[0][0] if counts else None
    return {
        "id": eid, "type": event_type(m.type for m in members),
        "source": srcs.most_common(1)[0][0] if srcs else None,
        "target": tgts.most_common(1)[0][0] if tgts else None,
        "via": via, "negated": members[0].negated,
        "modality": PLANNED if modalities == {PLANNED} else sorted(modalities - {PLANNED})[0],
        "time": {"value": max(times, key=lambda t: ("/" not in t, len(t)))} if times else None,  # a day over a span
        "count": {"value": count[0], "qualifier": count[1]} if count else None,
        "members": [{"doc": m.doc, "interaction": m.id} for m in sorted(members, key=lambda m: (m.doc, m.id))],
        "reports": reports, "outlets": outlets, "first_reported": dates[0] if dates else None,
        "independent_sources": len({copies.get(r, r) for r in reports}),
    }
