"""Learned stage ``learned_speaker``: re-rank the speaker of each claim the rules found.

Why: the speaker rules were written one construction at a time (nested
attribution, pronouns with two antecedents, an outlet and its source, "per X",
unnamed groups) and their accuracy on reports nobody tuned them on trails the
tuned ones. A linear model scores every candidate of a claim (the rules'
speaker, each actor mentioned in the cue's sentence or the two before, and
"none", see :mod:`.speaker_features`) and replaces the rules' choice only when
another candidate is likely enough (``threshold``) and beats it by ``margin``,
both chosen leave-one-set-out (``benchmarks/learn_speaker.py``). A claim the rules left
without a speaker keeps none. The claim
keeps its rule; ``trace["speaker"]`` records ``learned.speaker.other_actor`` or
``learned.speaker.no_speaker``. Without a shipped model the stage does nothing.
"""

from __future__ import annotations

from typing import Sequence

from backchannel.extract.context import Context, Field, stage
from backchannel.extract.learned.speaker_features import FEATURE_WORDS, Candidate, document_candidates, rule_feature
from backchannel.learn.linear import LinearModel, packaged

NAME = "speaker"
OTHER_RULE = "learned.speaker.other_actor"
NONE_RULE = "learned.speaker.no_speaker"


def choose(model: LinearModel, cands: Sequence[Candidate], threshold: float, margin: float) -> Candidate | None:
    """The candidate to put in place of the rules' speaker, or None to keep it.

    The rules' choice is the first candidate when the rules gave a speaker,
    else the "none" candidate (last).
    """
    if not cands:
        return None
    if cands[0].actor is None or "is_rules" not in cands[0].features:
        return None  # a claim the rules left without a speaker keeps none ("Asked whether ..., X said": the
        # asker is unnamed): the model only re-ranks a speaker the rules found (review, s28)
    rules = cands[0]
    if any(rule_feature(r, True) in rules.features for r in FEATURE_WORDS["kept_rules"]):
        return None  # a choice made from outside the features' window (the dateline) stays
    probs = [model.proba(k.features)["yes"] for k in cands]
    best = max(range(len(cands)), key=lambda k: probs[k])
    pick = cands[best]
    if pick is rules or pick.actor == rules.actor:
        return None
    p_rules = probs[cands.index(rules)]
    if probs[best] >= threshold and probs[best] - p_rules >= margin:
        return pick
    return None


def rerank(ctx: Context, model: LinearModel, threshold: float, margin: float) -> None:
    """Replace speakers where the model is confident (see the module docstring)."""
    for c, cands in document_candidates(ctx):
        pick = choose(model, cands, threshold, margin)
        if pick is None:
            continue
        c.speaker = pick.actor
        c.spans.speaker = list(pick.mention) if pick.mention is not None else None
        if "speaker" not in c.inferred:
            c.inferred = [*c.inferred, "speaker"]
        ctx.trace(c, "speaker", OTHER_RULE if pick.actor is not None else NONE_RULE)


@stage("learned_speaker", requires=(Field.ACTORS, Field.MENTIONS, Field.CLAIMS), assigns=(Field.CLAIMS,))
def learned_speaker(ctx: Context) -> None:
    model = packaged(NAME)
    if model is None or not ctx.claims:
        return
    rerank(ctx, model, float(model.meta.get("threshold", 1.0)), float(model.meta.get("margin", 0.0)))
