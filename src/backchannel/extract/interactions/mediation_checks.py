"""Checks on whom a mediation stands between (s37 census #2 and #4).

Why: a mediator's parties are the parties of the talks or act it mediates. Two readings broke that:
a target taken from a noun near the mediator that is no party (rule OWN_BODY_TARGET: the mediator's
own state or body, one of its own members, or the press that reports it: "Costa Rican President X
agreed to mediate", "a deal facilitated by Q, the Daily Y reports"), and a mediator named with no
sides at all whose parties only the window around it gave (rule NO_CLEAR_SIDES: the mediators of
interactions.mediator_names stand between the story's two sides or nobody).
"""

from __future__ import annotations

from backchannel.extract.interactions.candidate import PAIR, SOURCE, TARGET, Candidate, Record, is_marker
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.mediator_names import RULES
from backchannel.extract.interactions.story import affiliations, is_press

OWN_BODY_TARGET = "interactions.mediation_checks.own_body_target"
NO_CLEAR_SIDES = "interactions.mediation_checks.no_clear_sides"
WINDOW_PARTIES = "interactions.expand.mediation_window_parties"


def _own(d: Doc_, mediator: str, party: str) -> bool:
    """Is ``party`` the mediator's own body or state, one of its own members, or the press?"""
    ctx = d.ctx
    return party in affiliations(ctx, mediator) or mediator in affiliations(ctx, party) or is_press(ctx, party)


def own_body_targets(d: Doc_, raws: list[Candidate]) -> list[Candidate]:
    """Rule OWN_BODY_TARGET: a mediation's targets that are the mediator's own body or member or
    the press are no parties; when none is left, the mediation stands between the story's sides
    (the ``pair`` marker, filled by the expansion, or no act when the story has none)."""
    for r in raws:
        ms = [s for s in r.sources if not is_marker(s)]
        if r.type != "mediate" or not ms:
            continue
        keep = [t for t in r.targets if is_marker(t) or not any(_own(d, m, t) for m in ms)]
        if len(keep) == len(r.targets):
            continue
        r.targets = keep or [PAIR]
        r.trace[TARGET] = OWN_BODY_TARGET
    return raws


def no_window_sides(recs: list[Record]) -> list[Record]:
    """Rule NO_CLEAR_SIDES: a mediator named by a role word alone (interactions.mediator_names)
    whose parties only the window around it gave has no sides the story tells: no act."""
    return [r for r in recs if not (r.type == "mediate" and r.trace.get(SOURCE) in RULES
                                    and r.trace.get(TARGET) == WINDOW_PARTIES)]
