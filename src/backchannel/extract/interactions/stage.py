"""The interactions stage: the order of its steps, and assembly into ``Interaction``.
"""

from __future__ import annotations

from backchannel.extract.context import Context
from backchannel.extract.context import stage
from backchannel.model import Interaction
from backchannel.extract.interactions.candidate import Candidate
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.expand import expand
from backchannel.extract.interactions.lexicon import Frame
from backchannel.extract.interactions.merge import is_press, merge
from backchannel.extract.interactions.story import level
from backchannel.extract.interactions.syntax import _all_preps
from backchannel.extract.interactions.triggers import find_raw


@stage("interactions")
def extract_interactions(ctx: Context) -> None:
    d = Doc_(ctx)
    raws = find_raw(d)
    # derived frames ("found out ... not from X" -> X did not inform the learner)
    derived: list[Candidate] = []
    for r in raws:
        for al in r.frame.also:
            for spec in al.get("source", []):
                if spec.startswith("prep:"):
                    for o in _all_preps(r.trig, spec[5:]):
                        acts = d.actors(o)
                        if not acts:
                            continue
                        prep = o.head
                        neg = any(c.dep_ == "neg" for c in prep.children)
                        fr = Frame(lemma=r.frame.lemma, type=al["type"], pos=r.frame.pos)
                        derived.append(Candidate(type=al["type"], trig=r.trig, frame=fr, sources=acts[:1],
                                           targets=list(r.sources[:1]), negated=neg, modality=r.modality,
                                           claim=r.claim, time=r.time, topic=r.topic))
    raws = raws + derived
    recs = expand(d, raws)
    recs = [r for r in recs if (r.source or r.target) and r.source != r.target]
    # a state (or body) never meets, talks or agrees with its own official
    recs = [r for r in recs if not (r.type in d.lex.sets["symmetric_types"] and r.source and r.target and (
        getattr(ctx.actors.get(r.source), "affiliation", None) == r.target or
        getattr(ctx.actors.get(r.target), "affiliation", None) == r.source))]
    cue_starts = {c.spans.cue[0] for c in ctx.claims if c.spans.cue}
    recs = [r for r in recs if not (r.type == "inform" and (is_press(ctx, r.target) or (
        r.trig.idx in cue_starts and getattr(ctx.actors.get(r.target), "kind", None) == "organization")))]
    recs = merge(recs, {a: level(ctx, a) for a in ctx.actors})
    out = []
    for rec in recs:
        r = rec.cand
        sent = d.sents[d.sent_index(r.trig)]
        modality = rec.modality
        if rec.claim and modality == "asserted":
            modality = "reported"
        trig = r.trig
        out.append(Interaction(
            id=f"i{len(out) + 1}", type=rec.type, source=rec.source, target=rec.target,
            via=rec.via, count=rec.count, time=rec.time, negated=rec.negated,
            modality=modality, means=rec.means, topic=rec.topic, claim=rec.claim,
            evidence=ctx.sentence_evidence(sent), trigger=[trig.idx, trig.idx + len(trig.text)],
            inferred=rec.inferred))
    ctx.interactions.extend(out)
