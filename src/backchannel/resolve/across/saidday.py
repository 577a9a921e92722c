"""The day a claim was said, as its report writes it (read by rule ``across.links.quoted_figure``, s47 review 2).

Why: one speaker says a sentence of one shape again and again (a toll he updates the next day, a weekly count of
releases, an appeal for each captive); two reports quoting two such sayings with two figures are two statements,
both true when made, not one statement misquoted. The day of the saying tells them apart: the one day the words of
the claim's sentences outside the claim write ("army spokesman Jo Lee said on Sunday"), read like the moved-day
rule's days (:func:`.movedday.day_of`, the most precise kind first); none when the sentence writes none or several.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from backchannel.resolve.across.movedday import day_of
from backchannel.resolve.across.passages import sentences
from backchannel.resolve.across.recbase import ClaimRec


def said_days(text: str, published: str | None, claims: list[ClaimRec]) -> list[ClaimRec]:
    """``claims`` of a report, each with ``said`` set to the day its attribution writes (module doc)."""
    try:
        pub = date.fromisoformat((published or "")[:10])
    except ValueError:
        return claims
    low = text.lower()
    if len(low) != len(text) or not claims:
        return claims
    spans = sentences(text)
    out = []
    for c in claims:
        s = next((s for s, e in spans if s <= c.span[0] < e), None)
        e = next((e for s, e in spans if s < c.span[1] <= e), None)
        day = day_of(low[s:c.span[0]] + " " + low[c.span[1]:e], pub) if s is not None and e is not None else None
        out.append(replace(c, said=day.isoformat()) if day is not None else c)
    return out
