"""Candidates to records: implicit parties filled from the story's sides, mediators made
intermediaries of the talks they connect, relays given both directions.

Why a step of its own: only once every candidate of the document is known can the story's
two sides be told, and only then can "the two sides", "the other side" and an agentless
relay be given actors.
"""

from __future__ import annotations

from backchannel.extract.context import Context
from backchannel.extract.interactions.candidate import (
    HOLDER_OF, OTHER, OTHER_OF, PAIR, SOURCE, TARGET, VIA, Candidate, Flag, Inferred, Record, is_marker)
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.mediation_sides import (
    NOT_PERSUADER, addressed_across, drop_own_negotiators, mediation_sentence_sides, moved_by, no_captive_sides,
    story_side_defaults, talks_go_betweens)
from backchannel.extract.interactions.intermediaries import deals_through_talks, one_mediation_per_body, talks_through_mediators
from backchannel.extract.interactions.led_efforts import EFFORT_LEADER
from backchannel.extract.interactions.lexicon import lexicon
from backchannel.extract.interactions.mediation_counterparts import talked_with
from backchannel.extract.interactions.played_roles import PLAYED_ROLE
from backchannel.extract.interactions.inherited import RULE_IDS
from backchannel.syntax.inherit import INTENT_PHRASE, PURPOSE_PARTICIPLE
from backchannel.extract.interactions.story_sides import CAPTIVE_HOLDER, captive_holder_side, counterpart_of_one_side, inferred_sides, leaders_of_sides, nationals_held, one_side_parties, own_brokers
from backchannel.extract.interactions.governor_specs import mediation_subject
from backchannel.extract.interactions.title_sides import TITLE_SIDES, title_sides
from backchannel.extract.interactions.reciprocal import with_phrase_sides
from backchannel.extract.interactions.story import (
    NOT_OWN_BROKER, PairSource, affiliations, first_mention, frequent_parties, pair_without_brokers, side_of, story_pair,
    window_parties)
from backchannel.syntax.roles import logical_object
from backchannel.syntax.tree import VERB_POS
from backchannel.extract.interactions.party_records import (
    STATE_SIDES, STORY_SIDES, distribute, record)

OTHER_SIDE = "interactions.expand.other_side"  # "the other side": the story's side not named
ONE_SIDED = "interactions.expand.one_sided"  # "X had agreed to a truce", X no side: no other side
MEDIATED_DEAL = "interactions.expand.deal_reached_by_mediators"  # the mediators' deal: the sides', via them
HOSTED_TALKS = "interactions.expand.hosted_talks"  # "X hosted the talks": talks between the parties via X
LEADER_SIDE = "interactions.expand.leader_side"  # no item: a led effort whose leader is a side, or has no two sides
FROM_SIDES = {STORY_SIDES, OTHER_SIDE, CAPTIVE_HOLDER, STATE_SIDES}
STORY_SIDES_RULE = "story_sides"  # trace key: the rule that found the story's sides


def expand(d: Doc_, raws: list[Candidate]) -> list[Record]:
    """Candidates -> interaction records, with implicit parties filled in."""
    ctx = d.ctx
    flat = flatten(raws)
    one_side_parties(d, flat)
    mediators, med_sent = _mediators(d, flat)
    _deals_reached_by_mediators(d, flat, med_sent)
    pair, how, sides_rule = inferred_sides(d, raws, *story_pair(ctx, raws, mediators), mediators)
    if how not in (PairSource.NONE, PairSource.FREQUENCY):  # (frequent names are no sides: see below)
        counterpart_of_one_side(d, flat, pair)
        flat += own_brokers(d, flat, pair)
    around = _sides_around_mediator(d, flat, pair, how, mediators)
    pair = title_sides(d, raws, around, how, mediators)
    sides_rule = TITLE_SIDES if pair != around else sides_rule
    pair = leaders_of_sides(d, flat, pair)
    recs: list[Record] = []
    for r in flat:  # (a phrase for the two sides in a story without them: reciprocal.phrase_sides)
        recs.extend(with_phrase_sides(d, r, pair, mediators, lambda p, r=r: _records_for(d, r, p, med_sent)))  # type: ignore[misc]
    if len(pair) == 2:
        # "talks led by X" where X is one side's own negotiator: no mediator between the sides
        recs, mediators = drop_own_negotiators(ctx, flat, recs, mediators, pair)
    shut_out = {rec.target for rec in recs if rec.type in ("contact", "inform") and rec.negated}
    mediators = [m for m in mediators if m not in shut_out]
    if mediators and pair:
        talks_through_mediators(ctx, recs, flat, mediators, pair, shut_out)
    deals_through_talks(recs)
    recs = addressed_across(ctx, recs, pair)
    nationals_held(d, recs, pair)
    for rec in recs if sides_rule else []:  # the rule that found the sides the record was filled from
        if rec.inferred and {rec.trace.get(SOURCE), rec.trace.get(TARGET)} & FROM_SIDES:
            rec.trace[STORY_SIDES_RULE] = sides_rule  # type: ignore[assignment]
    return one_mediation_per_body(ctx, no_captive_sides(ctx, talks_go_betweens(d, story_side_defaults(d, recs, pair))))


def flatten(raws: list[Candidate]) -> list[Candidate]:
    """Candidates with the other half of each swap or exchange after it."""
    flat: list[Candidate] = []
    for r in raws:
        flat.append(r)
        if r.extra is not None:
            flat.append(r.extra)
    return flat


def _mediators(d: Doc_, flat: list[Candidate]) -> tuple[list[str], dict[int, list[str]]]:
    """The mediators of the story, and those of each sentence."""
    mediators: list[str] = []
    med_sent: dict[int, list[str]] = {}
    for r in flat:
        if r.type == "mediate":
            for m in r.sources:
                if not is_marker(m) and m not in mediators:
                    mediators.append(m)
                if not is_marker(m):
                    med_sent.setdefault(d.sent_index(r.trig), []).append(m)
    return mediators, med_sent


def _deals_reached_by_mediators(d: Doc_, flat: list[Candidate], med_sent: dict[int, list[str]]) -> None:
    """"The work of Norland and Vesterland mediation succeeded in producing an accord": the mediators
    do not agree with each other; the sides (those named, else the story's) agree, through them."""
    for r in flat:
        if r.type != "agree":
            continue
        named = [a for a in r.sources + r.targets if not is_marker(a)]
        meds = med_sent.get(d.sent_index(r.trig), [])
        subj = mediation_subject(d, r.trig)
        by_subject = [m for c in flat if c.type == "mediate" and subj is not None and c.trig.i == subj.i
                      for m in c.sources if not is_marker(m)]
        if not by_subject and not (named and all(a in meds for a in named)):
            continue
        meds = by_subject or meds
        r.via = list(dict.fromkeys(r.via + meds))
        r.trace[VIA] = MEDIATED_DEAL
        parties = [a for a in named if a not in meds]
        if not parties:
            r.sources, r.targets = [PAIR], []
            r.trace[SOURCE] = r.trace[TARGET] = MEDIATED_DEAL
        else:
            r.sources, r.targets = parties[:1], parties[1:]


def _sides_around_mediator(d: Doc_, flat: list[Candidate], pair: list[str], how: PairSource,
                           mediators: list[str]) -> list[str]:
    if how in (PairSource.FREQUENCY, PairSource.NONE) and mediators:
        # no explicit talks between two sides: the sides are those around the first mediator
        named = [r for r in flat if r.type == "mediate" and any(not is_marker(m) for m in r.sources)]
        # a credited part ("X had a big role in freeing A") names no parties around it
        first = next((r for r in named if r.trace.get(SOURCE) != PLAYED_ROLE), named[0])
        wp = window_parties(d, first, mediators)
        if len(wp) >= 2:  # (rule STORY_ORDER: named around a mediator, in no act's order: first mentions)
            pair = sorted(wp[:2], key=lambda a: first_mention(d.ctx, a))
        elif how == PairSource.NONE:
            pair = frequent_parties(d, mediators)  # a mediation story that never names both at once
    elif how == PairSource.FREQUENCY:
        pair = []  # frequent names are not sides of a story unless something connects them
    return pair


def _fill(ctx: Context, r: Candidate, pair: list[str], lst: list[str], other: list[str], role: str,
          inferred: Inferred) -> list[str]:
    """Markers in ``lst`` replaced by the story's sides (``role`` noted as inferred)."""
    out: list[str] = []
    for a in lst:
        if a == PAIR:
            sides, rule = _state_sides(ctx, r, pair)
            if sides:
                out.extend(p for p in sides if p not in out)
                inferred.add(role, rule)
        elif a.startswith(HOLDER_OF):
            holder = captive_holder_side(ctx, a[len(HOLDER_OF):], pair, other)
            if holder:
                out.append(holder)
                inferred.add(role, CAPTIVE_HOLDER)
        elif a.startswith(OTHER_OF):
            known = side_of(ctx, a[len(OTHER_OF):], pair) if pair else None
            rest = [p for p in pair if p != known and p not in other]
            if known and rest:
                out.append(rest[0])
                inferred.add(role, OTHER_SIDE)
        elif a == OTHER:
            named = [side_of(ctx, o, pair) for o in other if not is_marker(o)]
            rest = [p for p in pair if p not in named and p not in other]
            if pair and not [o for o in other if not is_marker(o)]:
                out.extend(p for p in pair if p not in out)  # nobody named: both sides
                inferred.add(role, STORY_SIDES)
            elif pair and rest and (any(named) or not r.frame.symmetric):
                out.append(rest[0])
                inferred.add(role, OTHER_SIDE)
            elif pair and rest:
                inferred.rules[role] = ONE_SIDED  # no side named: "the other side" of no side
        else:
            out.append(a)
    return out


def _state_sides(ctx: Context, r: Candidate, pair: list[str]) -> tuple[list[str], str]:
    """The story's sides as the parties of an act that names them only as "the two sides".

    Rule STATE_SIDES: when the sides are two persons of two different states (the foreign
    ministers who held the talks), "the two sides agreed" and "X brokered the ceasefire" are
    acts of the states, not of the persons: the persons stand for them (not "hosted the meeting":
    the meeting the persons themselves held). "The border clashes"
    between two leaders' countries are always fought by what the persons belong to."""
    if r.type == "attack":
        fought = [p if getattr(ctx.actors.get(p), "kind", None) != "person" else
                  (ctx.actors[p].affiliation if ctx.actors[p].affiliation in ctx.actors else None) for p in pair]
        return ([p for p in fought if p] if all(fought) and len(set(fought)) == 2 else []), STORY_SIDES
    o = logical_object(r.trig) if r.trig.pos_ in VERB_POS else None
    if o is not None and o.lemma_.lower() in lexicon().settings.talk_nouns:
        return pair, STORY_SIDES  # "who hosted the meeting": the meeting the two persons held
    lifted = [_person_state(ctx, p) for p in pair]
    if len(pair) == 2 and any(lifted) and all(
            x or getattr(ctx.actors.get(p), "kind", None) == "state" for x, p in zip(lifted, pair)):
        sides = [x or p for x, p in zip(lifted, pair)]
        if len(set(sides)) == 2:
            return sides, STATE_SIDES
    return pair, STORY_SIDES


def _person_state(ctx: Context, a: str) -> str | None:
    act = ctx.actors.get(a)
    if act is None or act.kind != "person" or not act.affiliation or act.affiliation not in ctx.actors:
        return None
    return act.affiliation if ctx.actors[act.affiliation].kind == "state" else None


def _mediates(ctx: Context, a: str, med_sent: dict[int, list[str]]) -> bool:
    """Is ``a`` (or one of its people) a mediator somewhere in the report?"""
    return any(m == a or a in affiliations(ctx, m) for ms in med_sent.values() for m in ms)


def _at_talks(d: Doc_, r: Candidate) -> bool:
    """Does the sentence of ``r`` tell of talks or a meeting ("ended two days of talks after X
    rejected an EU proposal")?"""
    si = d.sent_index(r.trig)
    return any(o.type in ("negotiate", "meet") and d.sent_index(o.trig) == si for o in d.built)


def _records_for(d: Doc_, r: Candidate, pair: list[str], med_sent: dict[int, list[str]]) -> list[Record]:
    """The records one candidate yields once its implicit parties are filled."""
    ctx = d.ctx
    srcs = [s for s in r.sources]
    tgts = [t for t in r.targets]
    inferred = Inferred.of(r)
    if Flag.TO_REJECTER in r.pending and pair and srcs and not side_of(ctx, srcs[0], pair) \
            and (_mediates(ctx, srcs[0], med_sent) or _at_talks(d, r)):
        tgts = []  # a mediator's proposal, or one at the sides' talks, is to both sides, not to
        # its rejecter; an outsider's offer ("Baku rejected a French offer to mediate") was
        # made to the one who rejected it
        inferred.rules[TARGET] = "interactions.expand.third_party_proposal"
    named_srcs = [a for a in srcs if not is_marker(a)]
    if (r.frame.symmetric or r.frame.mutual) and named_srcs and not (
            Flag.NAMED_PAIR in r.pending and pair and not any(side_of(ctx, a, pair) for a in named_srcs)):
        # one side named: the other side (but a third party that "met the two sides" met both)
        tgts = [OTHER if t == PAIR else t for t in tgts]
    if r.trace.get(SOURCE) == EFFORT_LEADER and all(is_marker(t) for t in tgts) and (
            len(pair) < 2 or any(a in pair for a in named_srcs)):
        return []  # rule LEADER_SIDE: "A and B swapped ... an effort led by B": B's own effort, no mediation
    if r.type == "mediate" and PAIR in tgts and named_srcs:
        tgts = mediation_sentence_sides(d, r, tgts, pair, named_srcs, inferred)
    if Flag.UNTOLD_SIDES in r.pending and PAIR in tgts:
        return []  # "praised a jet deal brokered by X": X stands between parties the text never gives
    sides = pair_without_brokers(ctx, pair, r.via, [m for ms in med_sent.values() for m in ms]) \
        if r.type != "mediate" else pair
    srcs2 = _fill(ctx, r, sides, srcs, tgts, "source", inferred)
    tgts2 = _fill(ctx, r, sides, tgts, srcs, "target", inferred)
    srcs, tgts = srcs2, tgts2
    if len(sides) < len(pair) and r.frame.symmetric and not srcs and len(tgts) == 1 and tgts[0] in sides:
        srcs, tgts = tgts, []  # the one side left of a symmetric act is its source
    if len(sides) < len(pair) and not tgts and any(is_marker(a) for a in r.sources + r.targets):
        inferred.rules[TARGET] = NOT_OWN_BROKER  # the side left out was the act's own broker
    if inferred.rules.get(TARGET) == OTHER_SIDE and tgts and moved_by(d, r, tgts[0]):
        tgts = []  # "X persuaded Y to agree": X moved Y, it is not Y's counterpart
        inferred.fields.remove(TARGET)
        inferred.rules[TARGET] = NOT_PERSUADER
    if Flag.PLACE_TARGET in r.pending and not tgts:
        return []  # a place seized from nobody the text names: no act
    # "passed messages through both sides": a marker in via is filled like any other slot
    via_inf = Inferred([], {})
    filled = [v for v in _fill(ctx, r, pair, r.via, srcs + tgts, VIA, via_inf) if v not in r.via]
    via = [v for v in r.via if not is_marker(v)] + filled
    via = [v for v in via if v not in srcs and v not in tgts]
    if Flag.RELAY in r.pending:
        done, srcs, tgts, via = _relay(d, r, pair, med_sent, srcs, tgts, via, inferred)
        if done is not None:
            return done
        if filled and srcs and srcs[0] in filled:
            inferred.add(SOURCE, "interactions.expand.relayed_sides")  # the sides relayed: they are the source
    if filled and any(v in filled for v in via):
        inferred.add(VIA, via_inf.rules[VIA])
    if r.type == "mediate":
        return _mediation(d, r, srcs, tgts, inferred)
    return distribute(ctx, r, srcs, tgts, via, inferred)


def _relay(d: Doc_, r: Candidate, pair: list[str], med_sent: dict[int, list[str]], srcs: list[str],
           tgts: list[str], via: list[str], inferred: Inferred
           ) -> tuple[list[Record] | None, list[str], list[str], list[str]]:
    """A relay's messages: through the relay, both ways when it stands between two sides."""
    if not via:  # "acting as the intermediary, relaying messages": the mediator relays
        via = [m for m in med_sent.get(d.sent_index(r.trig), []) if m not in srcs and m not in tgts][:1]
    relays = [v for v in via]
    named = [t for t in tgts if not is_marker(t)]
    if not srcs and relays and len(named) >= 2:
        # "X relayed messages between A and B": both directions, through X
        return _both_ways(r, named[0], named[1], relays, inferred), srcs, tgts, via
    if not srcs and pair and relays:
        # "Norland carrying notes back and forth between the two camps": both directions
        tgts = [t for t in tgts]
        if not tgts or tgts == pair:
            sides = inferred.plus("interactions.expand.relay_between_sides", SOURCE, TARGET)
            return _both_ways(r, pair[0], pair[1], relays, sides), srcs, tgts, via
    if srcs and not tgts and pair:
        side = side_of(d.ctx, srcs[0], pair)
        other = [p for p in pair if p != side]
        if side and other:
            tgts = other[:1]
            inferred.add(TARGET, "interactions.expand.relay_to_other_side")
        # (no side: the relay's own contacts, the side the source does not belong to)
    if not srcs and relays:
        srcs, via = relays[:1], []
    return None, srcs, tgts, via


def _both_ways(r: Candidate, a: str, b: str, via: list[str], inferred: Inferred) -> list[Record]:
    """A relay's messages from ``a`` to ``b`` and back: the way back is the expansion's. (Carrying
    messages is not mediating: the golds keep the carrier in ``via`` only.)"""
    back = record(r, [b], [a], via, inferred)
    back.rule = "interactions.expand.relay_both_ways"
    return [record(r, [a], [b], via, inferred), back]


PURPOSE_SOURCES = frozenset(RULE_IDS[k] for k in (INTENT_PHRASE, PURPOSE_PARTICIPLE))


def _purpose_only(r: Candidate) -> bool:
    """An intransitive "mediate" whose doer came from a noun of intent or purpose ("X, which flew to Y in a bid to
    mediate, met Z"): no window parties. Why: the bid names no one it would stand between, and the actors around
    it (Z, met for another end) are no sides of it; a transitive one ("in a bid to mediate between A and B")
    names its own."""
    return r.trace.get(SOURCE) in PURPOSE_SOURCES and not any(
        c.dep_ in ("dobj", "prep", "dative") for c in r.trig.children)


def _mediation(d: Doc_, r: Candidate, srcs: list[str], tgts: list[str], inferred: Inferred) -> list[Record]:
    """One record per mediator and party; a hosting frame also tells of talks through it."""
    out: list[Record] = []
    ms = [s for s in srcs]
    parties = [t for t in tgts if t not in ms]
    if inferred.rules.get(TARGET) == STORY_SIDES:  # the guessed sides, or whom the sentence says it dealt with
        parties = talked_with(d, r, ms, parties, inferred)
    if not parties and not _purpose_only(r):
        parties = window_parties(d, r, ms)
        if parties:
            inferred.add(TARGET, "interactions.expand.mediation_window_parties")
    for m in ms:
        for p in parties:
            out.append(record(r, [m], [p], [], inferred))
    if r.frame.implies and len(parties) >= 2 and ms:
        # "X, which hosted the previous rounds": talks between the parties, through X
        a, b = sorted(parties[:2], key=lambda x: first_mention(d.ctx, x))
        rec = record(r, [a], [b], ms, inferred.plus(HOSTED_TALKS, SOURCE, TARGET))
        rec.rule = HOSTED_TALKS
        rec.type = r.frame.implies
        rec.topic = None
        out.append(rec)
    return out
