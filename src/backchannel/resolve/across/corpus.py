"""The resolver from end to end: dossiers in, the cross-report sections of the corpus dossier out.

Why one entry point that consumes an iterator: the same code serves ``analyze
--corpus`` (dossiers as the pipeline makes them), the store (dossiers paged out of
DuckDB) and benchmarks; each dossier is digested and dropped, so memory holds the
digests, never the corpus text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from backchannel.model import Dossier
from backchannel.resolve.across.ages import age_links
from backchannel.resolve.across.heldfor import held_disputed, held_links
from backchannel.resolve.across.agents import agent_links
from backchannel.resolve.across.aliases import Aliases
from backchannel.resolve.across.bodies import state_of_bodies, state_of_leaders
from backchannel.resolve.across.brokered import brokered_links
from backchannel.resolve.across.captivecounts import captive_links, covered
from backchannel.resolve.across.denialscan import denial_links
from backchannel.resolve.across.denialtext import top_sides
from backchannel.resolve.across.denialagree import agreeing_denials
from backchannel.resolve.across.deniedacts import denied_act_links
from backchannel.resolve.across.rebuttal import rebuttal_links
from backchannel.resolve.across.refusal import refusal_links
from backchannel.resolve.across.calls import call_links
from backchannel.resolve.across.casedispute import case_links
from backchannel.resolve.across.pleas import plea_ends
from backchannel.resolve.across.cluster import Judgement
from backchannel.resolve.across.caps import Capped
from backchannel.resolve.across.dupes import copy_groups
from backchannel.resolve.across.gcpause import unsettle
from backchannel.resolve.across.groups import apply_joins, role_joins
from backchannel.resolve.across.names import norm
from backchannel.resolve.across.nearmiss import tellings
from backchannel.resolve.across.countsplit import split_links
from backchannel.resolve.across.owncounts import own_ends, own_voice
from backchannel.resolve.across.swapday import swap_day_links
from backchannel.resolve.across.storytie import StoryTie, word_links
from backchannel.resolve.across.movedday import moved_day_links, releases
from backchannel.resolve.across.factcounts import fact_contradictions, speaker_states, state_forms
from backchannel.resolve.across.entities import ScorePairs, resolve_entities
from backchannel.resolve.across.gcpause import gc_paused
from backchannel.resolve.across.events import Ends, resolve_events
from backchannel.resolve.across.precondition import precondition_links
from backchannel.resolve.across.memtrim import release
from backchannel.resolve.across.links import (Linker, actor_contradictions, content_contradictions, count_act_ends,
                                               count_contradictions, dedupe,
                                               passage_links, retell_claims, scored_similar_claims)
from backchannel.resolve.across.offices import office_contradictions
from backchannel.resolve.across.oneorseveral import one_or_several_links
from backchannel.resolve.across.misquote import misquoted, quoted_figure_links
from backchannel.resolve.across.pairlog import JudgementLog
from backchannel.resolve.across.records import Digest
from backchannel.resolve.across.retell import once_per_passages, passage_of
from backchannel.resolve.across.retelltree import retell_tree
from backchannel.resolve.across.shared import share_ends
from backchannel.resolve.across.statebare import state_joins
from backchannel.resolve.across.statements import claim_pairs, resolve_statements
from backchannel.resolve.across.sums import sum_links
from backchannel.resolve.across.voices import note_voices, speakers, voice_of
from backchannel.resolve.across.views import corpus_views
from backchannel.resolve.across.withheld import withheld_links
from backchannel.resolve.across.yielding import yield_links


@dataclass
class Resolution:
    """The cross-report sections of spec/corpus.md, the merge judgements and the wire-copy groups."""

    entities: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    statements: list[dict] = field(default_factory=list)
    links: list[dict] = field(default_factory=list)
    judgements: JudgementLog = field(default_factory=JudgementLog)
    copies: dict[str, str] = field(default_factory=dict)
    views: dict = field(default_factory=dict)
    #: oversize blocks per step ("entities", "events"): what the bound left out, reported, not in the dossier
    capped: dict[str, Capped] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"entities": self.entities, "events": self.events, "statements": self.statements,
                "links": self.links, "judgements": [j.to_dict() for j in self.judgements], "views": self.views}


def identified_parties(entities: list[dict]) -> frozenset[str]:
    """Unnamed parties that two or more reports tell of, joined with evidence ("a Norlander" inside one wire passage
    both carry): rule ``across.events.identified_target``, an act's target as sure as a name (events.slots)."""
    return frozenset(e["id"] for e in entities if not e["named"] and len({m["doc"] for m in e["members"]}) >= 2)


def sides_of(entities: list[dict]) -> dict[str, str]:
    """Each entity's affiliation (entity id -> entity id): read by the events for a guessed partner on a party's
    own side (rule ``across.events.own_side_guess``, events.Ends). A group or organisation affiliated to a state
    is on its side only as one of its bodies (bodies.state_of_bodies: a cabinet, a delegation). Why: the extractor
    gives domestic groups their state as affiliation ("Sudanese rebels", "Ostland's opposition"); in a civil war
    such a group is the state's other side, and its guess as the state's partner (or the state as its) is the
    true partner, not the party's own side (review s46 finding 9)."""
    kinds = {e["id"]: e.get("kind") for e in entities}
    bodies = state_of_bodies(entities)
    return {e["id"]: e["affiliation"] for e in entities if e["affiliation"]
            and (e.get("kind") in ("person", "state") or kinds.get(e["affiliation"]) != "state" or e["id"] in bodies)}


@gc_paused
def resolve_digest(dg: Digest, aliases: Aliases | None = None, score_pairs: ScorePairs | None = None) -> Resolution:
    """Resolve a digested corpus: entities, then events and statements over them, then links.

    ``score_pairs``: who scores the entities' candidate pairs (``backchannel.scale.resolve``: Ray).
    """
    docs = {d.id: d for d in dg.docs}
    published = {d.id: d.published for d in dg.docs}
    copies = copy_groups({d.id: d.sig for d in dg.docs})
    ents = resolve_entities(dg.actors, aliases, same=dg.same, same_why=dg.same_why, score_pairs=score_pairs)
    capped = {"entities": ents.capped} if ents.capped else {}
    release()  # the entities' pair arrays and chunks, freed: their heap pages back to the system (memtrim.py)
    joins, joined = state_joins(dg.actors, ents.entities, ents.entity_of, dg.inters)  # a bare "the government" of one state
    ents.entities = apply_joins(joins, ents.entities, ents.entity_of, [], [])
    ents.judgements += joined
    named = frozenset(e["id"] for e in ents.entities if e["named"])
    voice = voice_of(ents.entities)
    described = {e["id"]: norm(e["name"]) for e in ents.entities if not e["named"]}
    acts_for = top_sides({**state_of_bodies(ents.entities), **state_of_leaders(ents.entities), **voice})
    evs = resolve_events(dg.inters, ents.entity_of, docs, copies, named, acts_for, described,
                         identified_parties(ents.entities), sides_of(ents.entities), {e["id"]: e["kind"] for e in ents.entities})
    release()  # the events' blocks and comparisons, freed
    pairs = claim_pairs(dg.claims)
    sts = resolve_statements(dg.claims, speakers(dg.claims, ents.entity_of, voice), pairs)
    note_voices(sts.statements, dg.claims, ents.entity_of)
    inters = {(r.doc, r.id): r for r in dg.inters}
    joins, joined = role_joins(ents.entities, evs.events, inters, ents.entity_of)  # one group, several heads
    ents.entities = apply_joins(joins, ents.entities, ents.entity_of, evs.events, sts.statements)
    ents.judgements += joined
    linker = Linker(docs, copies, Ends(ents.entity_of))
    claims = {(c.doc, c.id): c for c in dg.claims}
    links = linker.events(evs.events, inters) + linker.statements(sts.statements, claims)
    links += linker.near_misses(evs.near, evs.event_of, Ends(ents.entity_of), tellings(dg.inters, Ends(ents.entity_of)))
    plain = count_contradictions(dg.counts, dg.inters, Ends(ents.entity_of))
    states = state_forms(dg.actors)  # one pass over every actor record, read by three steps
    counted = fact_contradictions(dg.claims + own_voice(dg.claims, dg.inters) + dg.told_counts, states, published,
                                  speaker_states(dg.actors, states))
    links += plain + own_ends(counted.contradicts, plain, dg.inters) + own_ends(counted.agrees, [], dg.inters)
    links += content_contradictions(dg.claims, ents.entity_of)
    links += split_links(dg.splits, dg.inters, published)
    capped["case_dispute"], capped["one_or_several"], capped["precondition"] = Capped(), Capped(), Capped()  # caps.py
    links += precondition_links(dg.claims, ents.entity_of, capped["precondition"])
    statement_of = {(m["doc"], m["claim"]): s["id"] for s in sts.statements for m in s["members"]}
    links += plea_ends(case_links(dg.claims + dg.pleas, dg.inters, dg.actors, dg.mentions, dg.contexts,
                                  ents.entity_of, statement_of, capped["case_dispute"]))  # across.links.case_plea
    links += one_or_several_links(dg.inters, dg.actors, ents.entity_of, capped["one_or_several"])
    side = {e["id"]: e["affiliation"] for e in ents.entities if e["affiliation"]}
    capped["links"] = Capped()
    persons = [e for e in ents.entities if e["kind"] == "person"]
    links += actor_contradictions(dg.inters, Ends(ents.entity_of), side, capped["links"], (
        frozenset(e["id"] for e in persons if e["named"]), frozenset(e["id"] for e in persons if not e["named"])))
    capped["agent_actor"] = Capped()
    links += agent_links(dg.agents, dg.mentions, ents.entity_of, named, side, capped["agent_actor"])
    capped["denial"] = Capped()
    links += denial_links(dg.claims, dg.inters, dg.actors, ents.entity_of, side, published, capped["denial"], dg.voiced,
                          acts_for)
    links += agreeing_denials(dg.claims, dg.actors, ents.entity_of, side, dg.inters)
    links += denied_act_links(dg.inters, Ends(ents.entity_of))
    links += refusal_links(dg.claims, published)
    links += rebuttal_links(dg.inters, dg.claims, dg.actors, ents.entity_of, published)
    links += office_contradictions(dg.actors, ents.entity_of, side)
    links += age_links(dg.actors, ents.entity_of, dg.claims, published)
    links = held_disputed(links, held_links(evs.events, inters, dg.mentions, published, dg.actors))
    capped["yield_dispute"] = Capped()
    links += yield_links(dg.yields, ents.entity_of, side, capped["yield_dispute"])
    capped["withheld_name"] = Capped()
    links += withheld_links(dg.withheld, ents.entity_of, side, capped["withheld_name"])
    capped["captive_count"] = Capped()
    links = count_act_ends(covered(links, dg.captives), dg.counts, dg.inters) + captive_links(dg.captives, capped["captive_count"])
    order, tie = {d: linker.order(d) for d in docs}, StoryTie(evs.events)  # reports' (date, id); shared events
    links += passage_links(dg.passages, order)
    links += swap_day_links(dg.swaps, dg.inters, published, order) + word_links(dg, order, published, tie)
    links += moved_day_links(dg.moved, dg.claims, published, order, releases(dg.inters, ents.entity_of))
    links += sum_links(dg.counts, order) + brokered_links(dg.told, evs.events, order) + call_links(dg.calls, order, states, tie)
    links = dedupe(links)
    links += retell_tree(links, scored_similar_claims(retell_claims(dg.claims)), passage_of(dg.inters, dg.claims))
    links = misquoted(links, quoted_figure_links(dg.claims, ents.entity_of, published))  # across.links.quoted_figure
    links = share_ends(once_per_passages(links, dg.inters, dg.claims), evs.events)  # one object per equal end
    views = corpus_views(dg, ents.entities, evs.events, links, ents.entity_of)
    capped["events"] = evs.capped
    return Resolution(ents.entities, evs.events, sts.statements, links, ents.judgements, copies, views, capped)


def resolve_dossiers(dossiers: Iterable[Dossier], aliases: Aliases | None = None) -> Resolution:
    """Digest each dossier as it comes, then resolve."""
    dg = Digest()
    try:
        for d in dossiers:
            dg.add(d)
    finally:
        unsettle()  # (an error in the loop leaves nothing frozen for the rest of the process)
    return resolve_digest(dg, aliases)
