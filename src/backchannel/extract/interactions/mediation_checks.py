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
from backchannel.extract.interactions.own_party import OWN_BODY_TARGET, own_party
from backchannel.extract.interactions.mediator_names import RULES
from backchannel.extract.interactions.story import PairSource, sentence_sides, story_pair
from backchannel.extract.interactions.story_sides import CAPTIVE_STATES, COUNTERPART_SIDES, inferred_sides
from backchannel.extract.interactions.title_sides import title_sides

NO_CLEAR_SIDES = "interactions.mediation_checks.no_clear_sides"


def own_body_targets(d: Doc_, raws: list[Candidate]) -> list[Candidate]:
    """Rule OWN_BODY_TARGET: a mediation's targets that are the mediator's own body or member or
    the press are no parties; when none is left, the mediation stands between the story's sides
    (the ``pair`` marker, filled by the expansion, or no act when the story has none)."""
    for r in raws:
        ms = [s for s in r.sources if not is_marker(s)]
        if r.type != "mediate" or not ms:
            continue
        keep = [t for t in r.targets if is_marker(t) or not any(own_party(d, m, t, r.trig) for m in ms)]
        if len(keep) == len(r.targets):
            continue
        r.targets = keep or [PAIR]
        r.trace[TARGET] = OWN_BODY_TARGET
    return raws


def _named_only(r: Candidate) -> bool:
    """Is ``r`` a mediation by a mediator named by a role word alone (interactions.mediator_names)
    with no party named at it (only the story's sides to stand between)?"""
    return r.type == "mediate" and r.trace.get(SOURCE) in RULES and all(is_marker(t) for t in r.targets)


def _named_sides(d: Doc_, r: Candidate, mediators: list[str]) -> list[str]:
    """The parties the mediator's sentence names, a group of no name ("partners in A and B") left
    out when named parties are there."""
    own = sentence_sides(d, r, mediators)
    named = [a for a in own if getattr(d.ctx.actors.get(a), "named", True)]
    return named or own


def clear_sides_only(d: Doc_, raws: list[Candidate]) -> list[Candidate]:
    """Rule NO_CLEAR_SIDES, before the expansion: the mediations of interactions.mediator_names
    are kept only when the story has two clear sides without them (explicit talks, deals or
    clashes, a swap, the captives' custody; or the headline's two sides, rule TITLE_SIDES, read as the
    expansion reads them: s44-review). Why: the expansion reads the sides of a story with
    none from the window around its first mediator, and from the captives' states only when the
    story has no mediator; a mediator named by a role word alone must change neither. With no
    clear sides, one is kept only where its own sentence names exactly two parties besides the
    mediators ("A thanked the mediating states, B and C, for their efforts in its contacts with
    D"): the window then reads them from that sentence alone."""
    mine = [r for r in raws if _named_only(r)]
    if not mine:
        return raws
    rest = [r for r in raws if not _named_only(r)]
    mediators = list(dict.fromkeys(m for r in rest if r.type == "mediate" for m in r.sources if not is_marker(m)))
    pair, how, rule = inferred_sides(d, rest, *story_pair(d.ctx, rest, mediators), mediators)
    if len(pair) == 2 and how not in (PairSource.NONE, PairSource.FREQUENCY) and (
            mediators or rule not in (CAPTIVE_STATES, COUNTERPART_SIDES)):
        return raws
    titled = title_sides(d, rest, pair, how, mediators)
    if len(titled) == 2 and titled != pair:
        return raws  # the headline names the two sides (rule TITLE_SIDES, as the expansion reads them)
    every = mediators + [m for r in mine for m in r.sources if not is_marker(m)]
    return [r for r in raws if not _named_only(r) or len(_named_sides(d, r, every)) == 2]


def own_body_records(d: Doc_, recs: list[Record]) -> list[Record]:
    """Rule OWN_BODY_TARGET, after the expansion: a mediation record whose party is the mediator's
    own body, state or member, or the press, however the expansion found it (the story's sides
    lifted to states, the sentence's parties), is no act."""
    return [r for r in recs if not (r.type == "mediate" and r.source and r.target and own_party(d, r.source, r.target, r.trig))]
