"""An act a report says its doer denies, against another report that tells it done (rule
``across.links.denied_allegation``).

Why: "Lorvia denied allegations that it held the reporter to pressure Ostrava" makes a pressure act that the
extractor does not negate (the denial governs a clause of allegation, not the act's verb), and the claim
holding it names no act family of :mod:`.denial`. Another report telling the same act as done ("Ostrava
bowed to pressure from Lorvia") disputes it. Here an act that lies in the clause of a noun of allegation
that its own doer denies (``deniedacts`` of data/across_denial.toml: "denied allegations that", "rejecting claims
it"; read on the parse at digest time, :mod:`.deniedparse`, session 30) is read as denied; it contradicts (``on: negation``) each act of another report of the same
type, not negated and told as done, whose doer is the same entity (and whose target, when both are known, is
the same), once per report.
"""

from __future__ import annotations

from backchannel.resolve.across.events import Ends
from backchannel.resolve.across.records import InterRec

RULE = "across.links.denied_allegation"
FACTUAL = frozenset({"asserted", "reported"})


def denied(r: InterRec) -> bool:
    """The act's doer denies it ("denied allegations that it held her"): read on the parse when its report was
    digested (:mod:`.deniedparse`)."""
    return r.denied and not r.negated


def denied_act_links(inters: list[InterRec], ends: Ends) -> list[dict]:
    """Each denied act against the same act told done in another report (see the module's docstring)."""
    out: list[dict] = []
    by_type: dict[str, list[InterRec]] = {}
    for r in inters:  # each denied act is weighed against the acts of its own type only
        by_type.setdefault(r.type, []).append(r)
    for a in (r for r in inters if denied(r)):
        sa, ta = ends(a)
        if sa is None:
            continue
        seen: set[str] = set()
        for b in by_type[a.type]:
            if b.doc == a.doc or b.doc in seen or b.type != a.type or b.negated or b.modality not in FACTUAL:
                continue
            if denied(b):
                continue
            sb, tb = ends(b)
            if sb != sa or (ta and tb and ta != tb):
                continue
            seen.add(b.doc)
            out.append({"kind": "contradicts", "on": "negation", "a": {"doc": a.doc, "interaction": a.id},
                        "b": {"doc": b.doc, "interaction": b.id},
                        "note": f"one report says its doer denies the act ({a.type}), the other tells it [{RULE}]"})
    return out
