"""A count of people told in a report's own voice, weighed as a claim's (rule ``across.links.count_own_voice``).

Why: :mod:`.factcounts` weighs the counts of one side's people that claims give, the account a reader weighs.
A report often gives the count in its own words ("On Thursday, Norland returned 230 Lorvian servicemen"), with no
one quoted; such a count disputed nothing, though another outlet's "225" cannot hold with it.
"""

from __future__ import annotations

from backchannel.resolve.across.records import ClaimRec, InterRec

OWN = "act:"  # the id prefix of an act's sentence read as its report's own account (:func:`own_voice`)
LINK_ENDS = tuple("ab")  # the two ends of a link
OWN_TYPES = ("release",)  # acts whose sentence, told in the report's own voice, gives a count of one side's people


def own_voice(claims: list[ClaimRec], inters: list[InterRec]) -> list[ClaimRec]:
    """Rule ``across.links.count_own_voice``: the sentence of a freeing act that no claim of its report overlaps
    ("On Thursday, Norland returned 230 Lorvian servicemen") is the report's own account of the count, weighed as a
    claim is (was: claims only, so a count told in the outlet's own words disputed nothing). Its id is the act's
    behind :data:`OWN`; :func:`own_ends` makes such an end the act."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for c in claims:
        spans.setdefault(c.doc, []).append(c.span)
    out, seen = [], set()
    for r in inters:
        if r.type not in OWN_TYPES or r.negated or r.span[0] < 0 or (r.doc, r.span) in seen:
            continue
        if any(a < r.span[1] and r.span[0] < b for a, b in spans.get(r.doc, ())):
            continue
        seen.add((r.doc, r.span))
        out.append(ClaimRec(r.doc, OWN + r.id, None, r.evidence, False, frozenset(), r.span))
    return out


def own_ends(links: list[dict], told: list[dict]) -> list[dict]:
    """``links`` with each end that is an act's sentence (:func:`own_voice`) made that act; a link with such an end
    is dropped when ``told`` (the count rule's links) already holds a count dispute of the same two reports (one
    dispute of one count, not one per way of reading it)."""
    pairs = {frozenset((lk["a"]["doc"], lk["b"]["doc"])) for lk in told}
    out = []
    for lk in links:
        own = [k for k in LINK_ENDS if str(lk[k].get("claim", "")).startswith(OWN)]
        if own and frozenset((lk["a"]["doc"], lk["b"]["doc"])) in pairs:
            continue
        for k in own:
            lk[k] = {"doc": lk[k]["doc"], "interaction": lk[k]["claim"][len(OWN):]}
        out.append(lk)
    return out
