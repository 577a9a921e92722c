"""How one candidate's parties become records: both directions of a mutual act, one act per
coordinated party, and the order of a symmetric act's two parties.

Why a module of its own: the expansion step (expand.py) decides *who* the parties are (the story's
sides, mediators, relays); this decides how those parties are laid out as records, which every
branch of the expansion shares through :func:`record`.
"""

from __future__ import annotations

from backchannel.extract.context import Context
from backchannel.extract.interactions.candidate import (
    SOURCE, TARGET, Candidate, Flag, Inferred, Record, is_marker)
from backchannel.extract.interactions.story import NAMED_FIRST, first_mention, named_first, symmetric_order
from backchannel.extract.interactions.story_sides import ONE_SIDE_PARTIES
from backchannel.extract.interactions.words import words
from backchannel.syntax.tree import prep_objects

W = words()
STORY_SIDES = "interactions.expand.story_sides"  # "the two sides": the story's two sides
STATE_SIDES = "interactions.expand.state_sides"  # "the two sides" of two ministers: their states
EACH_SUBJECT = "interactions.expand.each_subject"  # "A and B held talks with C": each conjunct's talks
EACH_COUNTERPART = "interactions.expand.each_counterpart"  # "X signed deals with A and B": one act with each
EACH_TO_EACH = "interactions.expand.each_source_each_target"  # "A and B urged both sides": four demands


MUTUAL_EACH = "interactions.expand.mutual_each"


def _mutual_pair(r: Candidate, a: str, b: str, via: list[str], inferred: Inferred, extra: bool) -> list[Record]:
    """A mutual act of ``a`` and ``b``: the record each way (an ``extra`` partner, past the first, traces
    rule MUTUAL_EACH)."""
    one, back = record(r, [a], [b], via, inferred), record(r, [b], [a], via, inferred)
    if extra:
        one.trace[TARGET] = back.trace[SOURCE] = MUTUAL_EACH
    back.rule = "interactions.expand.mutual_reverse"
    return [one, back]


def distribute(ctx: Context, r: Candidate, srcs: list[str], tgts: list[str], via: list[str],
                inferred: Inferred) -> list[Record]:
    """Records for the parties: both directions of a mutual act, one per coordinated party."""
    if r.frame.mutual:
        ps = list(dict.fromkeys(srcs + tgts))
        if len(srcs) == 1 and len(ps) > 2 and not any(is_marker(p) for p in ps):
            # "A has been at war with B and C": A with each partner, both ways (rule MUTUAL_EACH, review s47 R12)
            return [rec for k, t in enumerate(ps[1:]) for rec in _mutual_pair(r, ps[0], t, via, inferred, k > 0)]
        if len(ps) >= 2:
            a, b = ps[0], ps[1]
            back = record(r, [b], [a], via, inferred)
            back.rule = "interactions.expand.mutual_reverse"
            return [record(r, [a], [b], via, inferred), back]
    if r.frame.mutual_between and r.frame.mutual is False and not srcs and len(tgts) >= 2:
        srcs, tgts = tgts[:1], tgts[1:2]
    if r.frame.symmetric and Flag.EACH_SUBJECT in r.pending and len(srcs) > 1 and tgts:
        out = []  # "A and B held talks with C": A's talks with C and B's
        for s in srcs:
            for t in tgts:
                ps, inf = named_first(ctx, r.type, symmetric_order(ctx, [s, t], r.trig, _named_here(inferred)),
                                      [s], [t], inferred)
                ps = [s, t] if r.trace.get(SOURCE) == ONE_SIDE_PARTIES else ps  # the one side's group first
                rec = _traced_order(ctx, record(r, ps[:1], ps[1:], via, inf))
                if s != srcs[0]:
                    rec.trace[SOURCE] = EACH_SUBJECT
                out.append(rec)
        return out
    if r.frame.symmetric and len(srcs) == 1 and len(tgts) > 1 and not is_marker(srcs[0]) \
            and not any(is_marker(t) for t in tgts) and (r.type == "meet" or not prep_objects(r.trig, W.between_prep)):
        # "X met A and B", "X signed deals with A and B": one act each, ordered as the first (rule EACH_COUNTERPART)
        out = []
        for t in tgts:
            later = bool(out) and r.type != "meet"
            order = ([srcs[0], t] if out[0].source == srcs[0] else [t, srcs[0]]) if later else \
                symmetric_order(ctx, [srcs[0], t], r.trig, _named_here(inferred))
            ps, inf = named_first(ctx, r.type, order, srcs, [t], inferred)
            rec = _traced_order(ctx, record(r, ps[:1], ps[1:], via, inf))
            if later:
                rec.trace[TARGET] = EACH_COUNTERPART
            out.append(rec)
        return out
    if r.frame.symmetric and len(srcs) + len(tgts) >= 2:
        ps = list(dict.fromkeys(srcs + tgts))
        if _antecedent_order(r, ps):
            rec = record(r, ps[:1], ps[1:2], via, inferred)
            rec.trace[ANTECEDENT_ORDER] = ANTECEDENT_ORDER
            return [rec]
        if not _story_sides_both(r, inferred):
            ps, inf = named_first(ctx, r.type, symmetric_order(ctx, ps, r.trig, _named_here(inferred)),
                                  srcs, tgts, inferred)
            return [_traced_order(ctx, record(r, ps[:1], ps[1:2], via, inf))]
        rec = record(r, ps[:1], ps[1:2], via, inferred)
        if rec.source and rec.target and first_mention(ctx, rec.target) < first_mention(ctx, rec.source):
            rec.trace[SOURCE] = rec.trace[TARGET] = STORY_ORDER  # (traced where it decided the order)
        return [rec]
    if r.frame.per_party and tgts:
        return [record(r, srcs[:1], [t], via, inferred) for t in tgts]
    # coordinated targets ("Medvedchuk and 55 soldiers") are separate acts; coordinated sources
    # and targets ("A and B urged both sides") are one act from each source to each target
    if len(tgts) > 1 and not r.frame.symmetric:
        if len(srcs) > 1 and not any(is_marker(s) for s in srcs):
            out = [record(r, [s], [t], via, inferred) for s in srcs for t in tgts]
            for rec in out[len(tgts):]:
                rec.trace[SOURCE] = EACH_TO_EACH
            return out
        return [record(r, srcs[:1], [t], via, inferred) for t in tgts]
    if len(srcs) > 1 and not r.frame.symmetric:
        return [record(r, [s], tgts[:1], via, inferred) for s in srcs]
    return [record(r, srcs[:1], tgts[:1], via, inferred)]


SENTENCE_ORDER = "interactions.expand.sentence_order"
STORY_ORDER = "interactions.expand.story_order"


ANTECEDENT_ORDER = "interactions.expand.antecedent_order"


def _antecedent_order(r: Candidate, ps: list[str]) -> bool:
    """Rule ANTECEDENT_ORDER: a symmetric act told of "the two leaders" (:meth:`.Doc_.person_pair`)
    keeps the order its antecedent named the two in ("A and B agreed to a deal. The two leaders also
    agreed to ..."): the phrase points back at that telling, so its parties come as they came there,
    not in the order of their first mentions in the document (a side quoted earlier by name alone)."""
    return Flag.PERSON_PAIR in r.pending and len(ps) == 2 and not any(is_marker(a) for a in ps)


def _traced_order(ctx: Context, rec: Record) -> Record:
    """The record, traced to the sentence-order rule where its sentence's order of the two
    parties is not their order in the document (the one case that rule decides)."""
    if rec.source and rec.target and first_mention(ctx, rec.target) < first_mention(ctx, rec.source) \
            and rec.trace.get(SOURCE) != NAMED_FIRST:
        rec.trace[SOURCE] = rec.trace[TARGET] = SENTENCE_ORDER
    return rec


def _story_sides_both(r: Candidate, inferred: Inferred) -> bool:
    """Were both parties filled in as the story's sides ("the talks", "both countries agreed")?
    Rule STORY_ORDER: they keep the order the story names its sides in (the act that made them
    the sides: "India and Pakistan agreed"), not the order of their first mentions."""
    story = (STORY_SIDES, STATE_SIDES)
    return not [a for a in r.sources + r.targets if not is_marker(a)] and (
        inferred.rules.get(SOURCE) in story or inferred.rules.get(TARGET) in story)


def _named_here(inferred: Inferred) -> bool:
    """Were both parties of the act named at it (not filled in from the story's sides)?"""
    return SOURCE not in inferred.fields and TARGET not in inferred.fields


def record(r: Candidate, srcs: list[str], tgts: list[str], via: list[str], inferred: Inferred) -> Record:
    tgt = tgts[0] if tgts else None
    count = (r.counts.get(tgt) if tgt is not None else None) if r.counts else r.count
    if r.counts and count is None and tgt is not None and tgt not in r.counts:
        count = None
    src = srcs[0] if srcs else None
    # a marker left unfilled (no story sides known) names no actor: never an Interaction's party
    src = None if src is not None and is_marker(src) else src
    tgt = None if tgt is not None and is_marker(tgt) else tgt
    return Record(type=r.type, source=src, target=tgt,
                  via=list(dict.fromkeys(v for v in via if v not in srcs[:1] + tgts[:1] and not is_marker(v))),
                  negated=r.negated, modality=r.modality, claim=r.claim, count=count,
                  time=r.time, means=r.means, topic=r.topic, trig=r.trig,
                  inferred=list(dict.fromkeys(inferred.fields)), cand=r,
                  unnamed_object=r.unnamed_object and tgt is None, rule=r.rule, trace=dict(inferred.rules))
