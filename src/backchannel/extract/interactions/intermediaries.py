"""Intermediaries carried onto the finished records: talks between the sides go through the
story's mediators, a deal agreed at talks goes through the talks' intermediaries, and a member
of a mediating body mediates as part of it.

Why apart from expand: these passes run only once every record of the document is built (they
read all of them at once), and they touch nothing but a record's ``via`` and the mediations
kept; expand.py builds the records, this module adjusts who stood between their parties.
"""

from __future__ import annotations

from backchannel.extract.context import Context
from backchannel.model import Time
from backchannel.extract.interactions.candidate import TARGET, VIA, Candidate, Record
from backchannel.extract.interactions.story import affiliations, side_of
from backchannel.syntax.tree import measured, prep_objects
from backchannel.extract.interactions.words import words

W = words()


def talks_through_mediators(ctx: Context, recs: list[Record], flat: list[Candidate], mediators: list[str],
                            pair: list[str], shut_out: set[str | None]) -> None:
    """Talks between the sides a mediator connects go through it; but a mediator left out of the
    talks ("X was not invited to the talks") or one of an act dated in another year ("X, which
    brokered the 2020 ceasefire") is no intermediary of the current talks."""
    med_years: dict[str, set[str]] = {}
    for r in flat:
        if r.type == "mediate" and (year := _year(r.time)) is not None:
            for m in r.sources:
                med_years.setdefault(m, set()).add(year)

    def of_other_time(m: str, rec: Record) -> bool:
        years = med_years.get(m)
        if not years:
            return False
        now = _year(rec.time) if rec.time is not None else (str(ctx.anchor.year) if ctx.anchor else None)
        return now is not None and now not in years

    for rec in recs:
        if rec.type == "negotiate" and rec.source and rec.target:
            before = list(rec.via)
            rec.via = [v for v in rec.via if v not in shut_out and not of_other_time(v, rec)]
            if rec.via != before:
                rec.trace[VIA] = "interactions.expand.mediator_not_of_these_talks"
            sides = {side_of(ctx, rec.source, pair) or rec.source, side_of(ctx, rec.target, pair) or rec.target}
            if sides == set(pair) or len(sides & set(pair)) == 2:
                for m in mediators:
                    if m not in rec.via and m not in (rec.source, rec.target) and not of_other_time(m, rec):
                        rec.via.append(m)
                        rec.trace[VIA] = "interactions.expand.talks_through_mediator"


def deals_through_talks(recs: list[Record]) -> None:
    """"The swap was agreed during the talks": the deal goes through the talks' intermediaries."""
    talks = {rec.trig.i: rec for rec in recs if rec.type == "negotiate"}
    for rec in recs:
        if rec.type != "agree":
            continue
        for p in W.talk_preps:
            for o in prep_objects(rec.trig, p):
                m = measured(o)  # (not None: o is a token)
                t = talks.get(m.i) if m is not None else None
                if t is not None:
                    n = len(rec.via)
                    rec.via.extend(v for v in t.via if v not in rec.via
                                   and v not in (rec.source, rec.target))
                    if len(rec.via) > n:
                        rec.trace[VIA] = "interactions.expand.deal_through_talks"


def _year(t: Time | None) -> str | None:
    """The year of a time's ISO value (``None``: no time or no value)."""
    return t.value[:4] if t is not None and t.value is not None else None


OWN_PEOPLE_NOT_MEDIATED = "interactions.sides.own_people_not_mediated"


def one_mediation_per_body(ctx: Context, recs: list[Record]) -> list[Record]:
    """A member of a mediating state or body mediates as part of it ("the UAE mediated ... the
    deal was brokered by its adviser X"): one mediation, the body's. Rule OWN_PEOPLE_NOT_MEDIATED
    (no item): nobody mediates with itself or its own people ("Norway, which sent an envoy to Z in an
    effort to mediate": never Norway -> its envoy); a mediator stands between others."""
    med_pairs = {(rec.source, rec.target) for rec in recs if rec.type == "mediate"}
    return [rec for rec in recs if not (rec.type == "mediate" and (any(
        (m, rec.target) in med_pairs for m in affiliations(ctx, rec.source)) or _own_people(ctx, rec)))]


def _own_people(ctx: Context, rec: Record) -> bool:
    """Is the mediation's target, filled in from the story (not named at the act), its source or one of the
    source's people? (Not the side the source belongs to: "the Chilean mediator X" may stand between Chile
    and Peru; nor a party the act names, "talks between A and B mediated by C", whatever side a guess gave it.)"""
    if rec.source is None or rec.target is None or TARGET not in rec.inferred:
        return False
    return rec.target == rec.source or rec.source in affiliations(ctx, rec.target)
