"""Learned stage ``learned.affiliation``: an actor's affiliation chosen among the report's other actors.

Why: the rules read affiliations off syntax (possessives, premodifiers,
of-phrases, titles) and leave an actor without one when no construction they
know links it to its side; on reports nobody tuned them on, that is where
affiliation accuracy is lost. A blind nearest-state fallback is wrong too often
("the Secretary-General is not Swiss"); a linear model weighing the evidence
(dependency paths between the two actors' mentions, a demonym or name of the
candidate in the actor's own words, the actor's title, the candidate's kind and
salience, the rules' own choice) picks a candidate only when it is confident.

Meant to run after the rules' ``finalize``, it only fills an affiliation the
rules left empty (``learned.affiliation.fill``); it never removes one. It is
registered but NOT in ``LEARNED_STAGES``, and no weights ship. s28: trained on
the sets the rules were tuned on, it gained 1-4 of 277 and set 3-14 that gold
lacks. s32: retrained leave-one-set-out on 18 sets (sets 15 and qatari-hunters
held out) whose dossiers hold the rules' blind-condition errors, word features
restricted to lower-case words and lexicon titles; over 676 affiliations it
fixed 4-7 at thresholds 0.8-0.9 and set 3-6 more that gold lacks or gets wrong
(plus 1-4 on actors gold does not have): still no clear gain. Without
``data/learned/affiliation.json`` it does nothing.
"""

from __future__ import annotations

from typing import Sequence

from backchannel.extract.context import Context, Field, stage
from backchannel.extract.learned.affiliation_features import all_pairs
from backchannel.learn.linear import LinearModel, packaged

FILL = "learned.affiliation.fill"
FIX = "learned.affiliation.fix"
#: "fill": only actors the rules left without affiliation; "fix": also replace the rules' choice.
MODE = "fill"
FIX = "fix"  # the mode that may also replace an affiliation the rules gave
THRESHOLD = 0.9


def decide(model: LinearModel, current: str | None, cands: Sequence[tuple[str, Sequence[str]]],
           threshold: float = THRESHOLD, mode: str = MODE) -> str | None:
    """The new affiliation of an actor (None: leave it as it is).

    The candidate with the highest probability of being the affiliation, when
    that probability reaches ``threshold`` and it differs from ``current``;
    in mode "fill" only when ``current`` is None.
    """
    if not cands or (current is not None and mode != FIX):
        return None
    scored = [(model.proba(f).get("yes", 0.0), cid) for cid, f in cands]
    p, best = max(scored)
    if p < threshold or best == current:
        return None
    return best


@stage("learned_affiliation", requires=(Field.ACTORS, Field.MENTIONS, Field.INTERACTIONS, Field.CLAIMS),
       assigns=(Field.ACTORS,))
def learned_affiliation(ctx: Context) -> None:
    """Fill affiliations the rules left empty where the shipped model is confident."""
    model = packaged("affiliation")
    if model is None:
        return
    threshold = float(model.meta.get("threshold", THRESHOLD))
    mode = str(model.meta.get("mode", MODE))
    actors = list(ctx.actors.values())
    for aid, cands in all_pairs(ctx.doc, actors, ctx.interactions, ctx.claims).items():
        actor = ctx.actors[aid]
        new = decide(model, actor.affiliation, cands, threshold, mode)
        if new is not None:
            rule = FILL if actor.affiliation is None else FIX
            actor.affiliation = new
            ctx.trace(actor, "affiliation", rule)
