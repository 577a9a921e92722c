"""The interactions stage: the order of its steps, and assembly into ``Interaction``.

The steps, in order (each a function of its own module):

1. ``Doc_(ctx)``            the document: shared indexes (ctx.index, claims) and token -> actor look-ups
2. ``find_raw``             triggers -> candidates (frame matching, arguments, modality, count,
                            time), plus the proposals a condition or a rejection implies
3. ``derived``              candidates a frame derives from another ("found out ... not from X")
4. ``expand``               story-level inference: the story's two sides fill markers, relays
                            and mediators become ``via``; candidates become records
4b. ``represented``         a side a representative stood in for at its sentence's talks
                            ("Representing Y at the talks was X") becomes the representative
5. ``drop_impossible``      records with no party, or between a body and its own member, or
                            telling the press
5b. ``held_releasers``      an agentless release of a captive the report places in someone's
                            custody ("X, arrested in Y") gets that holder
5c. ``known_releasers``     an agentless release of a class of captives the report frees
                            elsewhere by one named releaser gets that releaser
6. ``merge``                the same act told twice becomes one record
6b. ``filled_slots``        an act with one party takes the other from a compatible act told in
                            its sentence or the two before (an answer, a conversation)
7. ``assemble``             records -> ``Interaction`` (ids, evidence, trigger offsets)

Rule ids (``docs/rules.md``): a candidate carries the rule that made it (``frame_rule`` of
the frame that fired, from :mod:`.rules`, or the id of the step that made it: a swap's other
release, a conditional offer...) and a ``trace`` of the fields other rules filled or changed;
each record keeps them, with the duplicates it absorbed, and ``assemble`` writes them on the
``Interaction`` (``rule``, ``trace``, ``trace["merged:<start>-<end>:<rule>"]``).
"""

from __future__ import annotations

from backchannel.extract.context import Context, Field, note, stage
from backchannel.extract.interactions.captive_releases import joined_releases
from backchannel.extract.interactions.candidate import MODALITY, TIME, Candidate, Record
from backchannel.extract.interactions.discourse_slots import filled_slots
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.captors import DOCUMENT_CAPTOR
from backchannel.extract.interactions.custody import held_releasers
from backchannel.extract.interactions.expand import CAPTIVE_HOLDER, expand
from backchannel.extract.interactions.lexicon import Frame
from backchannel.extract.interactions.mediation_checks import clear_sides_only, own_body_records, own_body_targets
from backchannel.extract.interactions.mediation_requests import requested_mediations
from backchannel.extract.interactions.merge import MERGE_RULE, merge
from backchannel.extract.interactions.own_acts import retold_own_acts
from backchannel.extract.interactions.counted_captives import counted_captives
from backchannel.extract.interactions.sentence_sides import sentence_order
from backchannel.extract.interactions.releasers import known_releasers, named_captives
from backchannel.extract.interactions.represent import represented
from backchannel.extract.interactions.rules import derived_rule
from backchannel.extract.interactions.story import is_press, level
from backchannel.extract.interactions.timing_release_day import one_release_day
from backchannel.syntax.tree import all_preps
from backchannel.extract.interactions.triggers import find_raw
from backchannel.extract.interactions.words import words
from backchannel.model import Interaction, as_interaction_type, as_modality
from backchannel.resolve.phrases import STATE_IDS

PREP_SPEC = "prep:"
PRESS_PARTY = "interactions.stage.press_party"  # no item: the press as a party of a demand, deal or release
W = words()
IN_CLAIM = "interactions.assemble.in_claim_reported"  # an asserted act inside a claim's content is reported


@stage("interactions", requires=(Field.ACTORS, Field.MENTIONS, Field.COREF, Field.CLAIMS, note(STATE_IDS)),
       assigns=(Field.INTERACTIONS,))
def extract_interactions(ctx: Context) -> None:
    d = Doc_(ctx)
    raws = find_raw(d)
    raws = own_body_targets(d, clear_sides_only(d, requested_mediations(d, raws)))  # (mediation_checks.py)
    raws = raws + derived(d, raws)
    recs = own_body_records(d, represented(d, expand(d, raws)))  # (mediation_checks.py)
    recs = counted_captives(ctx, named_captives(ctx, recs))  # (counted_captives.py)
    recs = known_releasers(ctx, held_releasers(d, drop_impossible(d, recs), (CAPTIVE_HOLDER, DOCUMENT_CAPTOR)))
    recs = joined_releases(d, recs)  # "freed the engineers, along with two nurses" (captive_releases.py)
    recs = retold_own_acts(recs)  # "X and Y agreed to free them ... Y confirmed it had agreed to" (own_acts.py)
    recs = merge(recs, {a: level(ctx, a) for a in ctx.actors})
    recs = filled_slots(d, recs)  # an untold party from the act just before (discourse_slots.py)
    recs = one_release_day(d, recs)  # a retold release: the report's one release day (timing_release_day.py)
    recs = sentence_order(ctx, recs)  # guessed sides of a symmetric act in their sentence's order (sentence_sides.py)
    ctx.interactions.extend(assemble(d, recs))


def derived(d: Doc_, raws: list[Candidate]) -> list[Candidate]:
    """Derived frames ("found out ... not from X" -> X did not inform the learner)."""
    out: list[Candidate] = []
    for r in raws:
        for al in r.frame.also:
            for spec in al.get("source", []):
                if spec.startswith(PREP_SPEC):
                    for o in all_preps(r.trig, spec[len(PREP_SPEC):]):
                        acts = d.actors(o)
                        if not acts:
                            continue
                        prep = o.head
                        neg = any(c.dep_ == "neg" for c in prep.children)
                        fr = Frame(lemma=r.frame.lemma, type=al["type"], pos=r.frame.pos)
                        out.append(Candidate(type=al["type"], trig=r.trig, frame=fr, sources=acts[:1],
                                             targets=list(r.sources[:1]), negated=neg, modality=r.modality,
                                             claim=r.claim, time=r.time, topic=r.topic,
                                             rule=derived_rule(r.frame, al["type"]),
                                             trace={k: v for k, v in r.trace.items() if k in (MODALITY, TIME)}))
    return out


def drop_impossible(d: Doc_, recs: list[Record]) -> list[Record]:
    """Records that name no party or one party twice; a state (or body) meeting, talking or
    agreeing with its own official; telling the press (a claim, never ``inform``); an act of the
    talks with the press as a party (rule PRESS_PARTY: ``press_free_types``)."""
    ctx = d.ctx
    recs = [r for r in recs if (r.source or r.target) and r.source != r.target]
    recs = [r for r in recs if not (r.type in d.lex.settings.symmetric_types and r.source and r.target and (
        getattr(ctx.actors.get(r.source), "affiliation", None) == r.target or
        getattr(ctx.actors.get(r.target), "affiliation", None) == r.source))]
    # rule PRESS_PARTY: "ignored a request for comment from X News": no demand of or by the press
    recs = [r for r in recs if not (r.type in W.press_free_types and (is_press(ctx, r.source) or is_press(ctx, r.target)))]
    cue_starts = {c.spans.cue[0] for c in ctx.claims if c.spans.cue}
    return [r for r in recs if not (r.type == "inform" and (is_press(ctx, r.target) or (
        r.trig.idx in cue_starts and r.target is not None
        and getattr(ctx.actors.get(r.target), "kind", None) == "organization")))]


def assemble(d: Doc_, recs: list[Record]) -> list[Interaction]:
    """Records as the model's interactions, numbered in order; an act inside a claim is reported."""
    out: list[Interaction] = []
    for rec in recs:
        trig = rec.trig
        sent = d.sents[d.sent_index(trig)]
        modality = rec.modality
        if rec.claim and modality == "asserted":
            modality = "reported"
            rec.trace[MODALITY] = IN_CLAIM
        item = Interaction(
            id=f"i{len(out) + 1}", type=as_interaction_type(rec.type), source=rec.source, target=rec.target,
            via=rec.via, count=rec.count, time=rec.time, negated=rec.negated,
            modality=as_modality(modality), means=rec.means, topic=rec.topic, claim=rec.claim,
            evidence=d.ctx.sentence_evidence(sent), trigger=[trig.idx, trig.idx + len(trig.text)],
            inferred=rec.inferred, rule=rec.rule)
        for name, rule in rec.trace.items():
            d.ctx.trace(item, name, rule)
        for dup in rec.absorbed:
            d.ctx.trace(item, f"merged:{dup.trig.idx}-{dup.trig.idx + len(dup.trig.text)}:{dup.rule}", MERGE_RULE)
        out.append(item)
    return out
