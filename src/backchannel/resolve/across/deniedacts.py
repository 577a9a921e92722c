"""An act a report says its doer denies, against another report that tells it done (rule
``across.links.denied_allegation``).

Why: "Lorvia denied allegations that it held the reporter to pressure Ostrava" makes a pressure act that the
extractor does not negate (the denial governs a clause of allegation, not the act's verb), and the claim
holding it names no act family of :mod:`.denial`. Another report telling the same act as done ("Ostrava
bowed to pressure from Lorvia") disputes it. Here an act whose sentence holds a verb of denial with a noun of
allegation after it (``deniedacts`` of data/across_denial.toml: "denied allegations that", "rejecting claims
it") is read as denied by its doer; it contradicts (``on: negation``) each act of another report of the same
type, not negated and told as done, whose doer is the same entity (and whose target, when both are known, is
the same), once per report.
"""

from __future__ import annotations

import re
from functools import cache

from backchannel.alternation import alternation as alt
from backchannel.data_loader import read
from backchannel.resolve.across.events import Ends
from backchannel.resolve.across.names import fold
from backchannel.resolve.across.records import InterRec

RULE = "across.links.denied_allegation"
FACTUAL = frozenset({"asserted", "reported"})


@cache
def _pattern() -> re.Pattern[str]:
    raw = read("across_denial.toml")["deniedacts"]
    return re.compile(rf"\b(?:{alt(frozenset(raw['verbs']))})\s+(?:the\s+|any\s+)?(?:{alt(frozenset(raw['nouns']))})\b")


def denied(r: InterRec) -> bool:
    """The act's sentence says its doer denies it: "denied allegations that", "rejecting claims it sought"."""
    return not r.negated and bool(_pattern().search(fold(r.evidence).lower()))


def denied_act_links(inters: list[InterRec], ends: Ends) -> list[dict]:
    """Each denied act against the same act told done in another report (see the module's docstring)."""
    out: list[dict] = []
    for a in (r for r in inters if denied(r)):
        sa, ta = ends(a)
        if sa is None:
            continue
        seen: set[str] = set()
        for b in inters:
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
