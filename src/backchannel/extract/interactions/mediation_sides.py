"""Who a mediation stands between, read off its own sentence and the report's releases.

Why a module of its own: the story step (expand.py) fills a mediation's unnamed parties with the
story's two sides; these rules correct that where the mediation's own sentence names two other
parties acting together, and where a freed captive was taken for a party.
"""

from __future__ import annotations

from backchannel.extract.context import Context
from backchannel.extract.interactions.candidate import PAIR, TARGET, Candidate, Inferred, Record
from backchannel.extract.interactions.coordination import mention_head
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.story import level, sentence_sides
from backchannel.syntax.roles import logical_subject
from backchannel.syntax.tree import VERB_POS

SENTENCE_SIDES = "interactions.expand.mediation_sentence_sides"  # a mediation's sides: its sentence's two


def mediation_sentence_sides(d: Doc_, r: Candidate, tgts: list[str], pair: list[str], mediators: list[str],
                             inferred: Inferred) -> list[str]:
    """Rule SENTENCE_SIDES: "after talks mediated by X, A and B agreed": a mediation with no party
    named at it stands between the two parties its own sentence names acting together (an act
    between them, or coordinated), before the story's sides; the targets unchanged otherwise."""
    own = sentence_sides(d, r, mediators)
    two = next(([x, y] for i, x in enumerate(own) for y in own[i + 1:] if _acted_together(d, r, [x, y])), [])
    if not two or set(two) == set(pair):
        return tgts
    inferred.add(TARGET, SENTENCE_SIDES)
    return [t for t in tgts if t != PAIR] + two


def _acted_together(d: Doc_, r: Candidate, sides: list[str]) -> bool:
    """Do the two ``sides`` act with each other in ``r``'s sentence (talks, a deal, a meeting)?"""
    si = d.sent_index(r.trig)
    if any(o.type in ("negotiate", "agree", "meet") and d.sent_index(o.trig) == si
           and set(sides) <= {level(d.ctx, a) for a in o.sources + o.targets} for o in d.built):
        return True
    sent = d.sents[si]  # "a ceasefire between A and B", "A and B have agreed": named together
    a, b = (mention_head(d, x, sent.start_char, sent.end_char) for x in sides)
    if a is None or b is None or b not in a.conjuncts:
        return False
    first = min((a, b), key=lambda t: t.i)  # (not "X thanked A and B": the mediator acted on them)
    doer = logical_subject(first.head) if first.head.pos_ in VERB_POS and first.dep_ != "agent" else None
    return doer is None or not set(d.actors(doer)) & set(r.sources)



NO_CAPTIVE_SIDE = "interactions.expand.no_captive_side"


def no_captive_sides(ctx: Context, recs: list[Record]) -> list[Record]:
    """Rule NO_CAPTIVE_SIDE: a mediator stands between the sides that hold and free captives, never
    between a side and the captives ("Y freed 40 prisoners after mediation by X": X mediated with Y,
    not with the prisoners). A person or group freed in a release of the report is no mediation's
    party (a state or organisation freed as a whole would be: never dropped)."""
    freed = {rec.target for rec in recs if rec.type == "release" and rec.target}
    return [rec for rec in recs if not (rec.type == "mediate" and rec.target in freed and getattr(
        ctx.actors.get(rec.target), "kind", None) not in ("state", "organization"))]
