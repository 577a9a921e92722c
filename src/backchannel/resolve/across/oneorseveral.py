"""One unnamed party or several at the same end of one act: "a senior official" vs "senior officials".

Why: reports that name the other side of talks only by description still disagree on how many
took part: one tells the talks with "a senior Lorvian official", another with "senior
representatives of Lorvia, including A and B". Neither names anyone the other denies, so no actor
or negation link sees it, and the counts are words, not numbers, so the count rules do not either.

Rule ``across.links.one_or_several``: two tellings (different reports, not denied) of acts of one
type that share one end's entity (either way round for a symmetric act) and whose other end is
unnamed in both, of one side (the same affiliation), with one head (officials = representatives
under ``synonyms.heads`` of across.toml), singular in one telling and plural in the other,
contradict on ``count``. A report that tells the act both ways says nothing against either; per
pair of reports one link, and per act at most ``CAP`` links a report beyond the first ``CAP`` reports
of each kind (the pairs left out counted, as :mod:`.caps` counts them).
"""

from __future__ import annotations

from backchannel.resolve.across.caps import Capped, note_bipartite
from backchannel.resolve.across.links import link
from backchannel.resolve.across.mentions import is_plural
from backchannel.resolve.across.names import head
from backchannel.resolve.across.records import ActorRec, InterRec, synonym_form
from backchannel.resolve.across.words import words

RULE = "across.links.one_or_several"
CAP = 50  # the reports telling several after the first CAP meet the first CAP telling one only (caps.py)


def described(rec: ActorRec) -> tuple[str, str, bool] | None:
    """(side, head, plural) of an unnamed party with a side, else None."""
    if rec.named or not rec.affiliation or not rec.forms:
        return None
    h = head(rec.name.lower())
    if not h:
        return None
    plural = is_plural(rec.name, False)
    key = synonym_form(h if plural else h + "s")
    return rec.affiliation, key, plural


def tellings(inters: list[InterRec], actors: dict[tuple[str, str], ActorRec],
             entity_of: dict[tuple[str, str], str]) -> dict[tuple, list[tuple[InterRec, bool]]]:
    """(type, anchor entity, side, head) -> the tellings with an unnamed other end, and whether it is plural."""
    out: dict[tuple, list[tuple[InterRec, bool]]] = {}
    for r in inters:
        if r.negated or not r.source or not r.target:
            continue
        ends = [(r.source, r.target)] + ([(r.target, r.source)] if r.type in words().symmetric else [])
        for slot, (anchor, other) in enumerate(ends):
            a, o = entity_of.get((r.doc, anchor)), actors.get((r.doc, other))
            d = described(o) if o else None
            if a and d and (a_rec := actors.get((r.doc, anchor))) and a_rec.named:
                out.setdefault((r.type, a, slot if r.type not in words().symmetric else 0, d[0], d[1]), []) \
                    .append((r, d[2]))
    return out


def one_or_several_links(inters: list[InterRec], actors: list[ActorRec],
                         entity_of: dict[tuple[str, str], str], capped: Capped | None = None) -> list[dict]:
    """Each report's telling with one unnamed party linked to each other report's telling with several.

    Bounded as :mod:`.caps` bounds a block: the reports telling several after the
    first ``CAP`` are weighed against the first ``CAP`` reports telling one only (a
    main party's talks with "officials" told by every report of a story would give
    the square of its reports); the pairs left out are counted in ``capped``.
    """
    recs = {a.key: a for a in actors}
    out: list[dict] = []
    for told in tellings(inters, recs, entity_of).values():
        plural = {r.doc for r, p in told if p}
        single = {r.doc for r, p in told if not p}
        firsts: dict[tuple[str, bool], InterRec] = {}
        for r, p in told:
            firsts.setdefault((r.doc, p), r)
        several = [r for (doc, p), r in firsts.items() if p and doc not in single]
        one = [s for (doc, q), s in firsts.items() if not q and doc not in plural]
        note_bipartite(capped or Capped(), len(several), len(one), CAP)
        for k, r in enumerate(several):
            for s in one if k < CAP else one[:CAP]:
                out.append(link("contradicts", "count", r, s,
                                f"{RULE}: several unnamed parties in one report, one in the other"))
    return out
