"""A count of people told in a report's own voice, weighed as a claim's (rule ``across.links.count_own_voice``).

Why: :mod:`.factcounts` weighs the counts of one side's people that claims give, the account a reader weighs.
A report often gives the count in its own words ("On Thursday, Norland returned 230 Lorvian servicemen"), with no
one quoted; such a count disputed nothing, though another outlet's "225" cannot hold with it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from typing import TYPE_CHECKING

from backchannel.alternation import word_pattern
from backchannel.data_loader import read
from backchannel.resolve.across.captivecounts import captive_words
from backchannel.resolve.across.countwords import count_words, running
from backchannel.resolve.across.denialown import FILE as DENIAL_FILE
from backchannel.resolve.across.denialown import YEAR, background
from backchannel.resolve.across.factcounts import people_numbers
from backchannel.resolve.across.passages import sentences
from backchannel.resolve.across.recbase import ClaimRec

if TYPE_CHECKING:  # records reads this module's clauses at digest
    from backchannel.model import Dossier
    from backchannel.resolve.across.records import InterRec

OWN = "act:"  # the id prefix of an act's sentence read as its report's own account (:func:`own_voice`)
LINK_ENDS = tuple("ab")  # the two ends of a link
TOLD = "told:"  # the id prefix of a count's clause read as its report's own account (:func:`told_counts`)
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


def own_ends(links: list[dict], told: list[dict], inters: list[InterRec] | None = None) -> list[dict]:
    """``links`` with each end that is an act's sentence (:func:`own_voice`) made that act (of the acts told in that
    sentence, the one whose count meets the end's ``range``: rule ``across.links.count_own_act``); a link with such
    an end is dropped when ``told`` (the count rule's links) already holds a count dispute of the same two reports (one
    dispute of one count, not one per way of reading it)."""
    pairs = {frozenset((lk["a"]["doc"], lk["b"]["doc"])) for lk in told}
    acts = {(r.doc, r.id): r for r in inters or ()}
    told_with: dict[tuple[str, tuple[int, int]], list[InterRec]] = {}  # the acts of each sentence
    for r in inters or ():
        if r.count:
            told_with.setdefault((r.doc, r.span), []).append(r)
    out = []
    for lk in links:
        for k in LINK_ENDS:
            span = lk[k].pop("range", None)
            if span and str(lk[k].get("claim", "")).startswith(OWN):
                first = acts.get((lk[k]["doc"], lk[k]["claim"][len(OWN):]))
                siblings = told_with.get((first.doc, first.span), []) if first else []
                lk[k]["claim"] = OWN + counted_act(lk[k]["claim"][len(OWN):], span, siblings)
        own = [k for k in LINK_ENDS if str(lk[k].get("claim", "")).startswith((OWN, TOLD))]
        if own and frozenset((lk["a"]["doc"], lk["b"]["doc"])) in pairs:
            continue
        for k in own:
            lk[k] = told_end(lk[k]["doc"], lk[k]["claim"])
        out.append(lk)
    return out


def counted_act(act: str, span: tuple[float, float], siblings: list[InterRec]) -> str:
    """Rule ``across.links.count_own_act``: of the acts told in ``act``'s sentence (``siblings``: those with a count),
    the first whose count lies in ``span`` ("saw 230 Lorvians freed, with Norland releasing 248 Castelians in
    return": the 248 is the second act's); ``act`` itself when none has."""
    return next((r.id for r in siblings if r.count and span[0] <= r.count[0] <= span[1]), act)


def told_end(doc: str, claim: str) -> dict:
    """The link end of a claim id of this module: an act (:data:`OWN`) or a passage (:data:`TOLD`)."""
    if claim.startswith(TOLD):
        start, end = claim[len(TOLD):].split("-")
        return {"doc": doc, "start": int(start), "end": int(end)}
    return {"doc": doc, "interaction": claim[len(OWN):]}


@cache
def _exchange_words() -> re.Pattern[str]:
    """The words of an act of freeing, receiving or swapping (``own_clause.exchange_acts`` and its neighbours)."""
    cw = count_words()
    return word_pattern([*captive_words().freed, *cw.receive, *cw.swap, *cw.exchange_acts], re.IGNORECASE)


SPAN_REACH = 8  # words before a year in which a word of ``span_starts`` makes it open a span


def dating_years(sentence: str) -> list[int]:
    """The years of a sentence that date its act: not one that opens a span ("the largest since the war began in
    2022", ``own_clause.span_starts``)."""
    starts = count_words().span_starts
    return [int(m.group(0)) for m in YEAR.finditer(sentence)
            if not set(re.findall(r"[a-z]+", sentence[:m.start()].lower())[-SPAN_REACH:]) & starts]


def told_counts(doc: str, text: str, claims: list[ClaimRec], d: Dossier, published: str | None,
                states: frozenset[str] = frozenset()) -> list[ClaimRec]:
    """Rule ``across.links.count_own_clause``: a count of people that no claim holds and no act of freeing tells (its
    sentence is :func:`own_voice`'s) is still its report's account of the count ("..., with a broadcaster reporting
    that Norland had secured the release of 173 Norlanders"; "The swap involved over 200 captives from each side");
    it is read, as a claim is, from its clause: from the last opener (``own_clause.clause_openers``) before it in its
    sentence to the sentence's end. Only in a sentence telling an act of freeing, receiving or swapping
    (``own_clause.exchange_acts`` and the like: "300 Norlanders remain held" counts others); not in one of background
    or hearsay (``told.own_voice_not_told``), of a running total ("since the war began"), nor one naming a year before
    the report's, a year after "since" excepted (:func:`dating_years`, denialown.background). Was: counts in claims and act sentences only, so a count told
    in a report's own words beside no act disputed nothing. The id holds the clause's offsets (:func:`told_end`)."""
    held = [c.span for c in claims] + [(i.evidence.start, i.evidence.end) for i in d.interactions
                                        if i.type in OWN_TYPES]
    todo = [at for at in people_numbers(text, states) if not any(a <= at < b for a, b in held)]
    if not todo:
        return []  # most reports: no sentence split
    out, spans, seen = [], sentences(text), set()
    starts = [s for s, _ in spans]
    openers = count_words().clause_openers
    for at in todo:
        k = bisect_right(starts, at) - 1  # the sentence holding it (one search, not a scan: long reports)
        s, e = spans[k] if k >= 0 and at < spans[k][1] else (at, at)
        lead_end = at
        if k >= 0 and (block := list_block(text, spans, k)) is not None:
            s, lead_end, e = block  # across.links.count_list_items: the lead-in and its items are one clause
        start = max([s] + [j + len(o) for o in openers if (j := text.rfind(o, s, lead_end)) >= 0])
        clause, low = text[start:e].strip(), text[s:e].lower()
        if not clause or _not_told().search(text, s, e) or background(dating_years(text[s:e]), published):
            continue  # the whole sentence: "In a separate swap in 2019, Norland freed 95 ..." tells an earlier case
        if running(low) or not _exchange_words().search(low):
            continue  # "Since the war began, Norland has returned 900": a running total; "300 remain held": no act
        start = text.index(clause, start)
        key = f"{TOLD}{start}-{start + len(clause)}"
        if key not in seen:
            seen.add(key)
            out.append(ClaimRec(doc, key, None, clause, False, frozenset(), (start, start + len(clause))))
    return out


@cache
def _not_told() -> re.Pattern[str]:
    """Rule ``across.links.count_own_plan``: ``told.own_voice_not_told`` less the words of a plan
    (``own_clause.plan_words``): "the swap will free 30 people" tells the deal's count, while "may", "could", "would"
    still tell a guess (was: every such word, so a deal announced before it was carried out counted nothing)."""
    plan = count_words().plan_words
    return word_pattern([w for w in read(DENIAL_FILE)["told"]["own_voice_not_told"] if w not in plan], re.IGNORECASE)


ITEM_WORDS = 30  # an item of a list set out on lines of its own has at most this many words
LIST_REACH = 12  # items sought either side of a count's item


def _item(text: str, span: tuple[int, int]) -> bool:
    """A list item: a line of at most ``ITEM_WORDS`` words with no closing stop, ended by a line break."""
    body = text[span[0]:span[1]]
    bare = body.strip()
    return bool(bare) and "\n" in body[len(body.rstrip()):] + text[span[1]:span[1] + 1] and \
        bare[-1] not in ".!?:\"”" and len(bare.split()) <= ITEM_WORDS


def list_block(text: str, spans: list[tuple[int, int]], k: int) -> tuple[int, int, int] | None:
    """Rule ``across.links.count_list_items``: when sentence ``k`` is an item of a list set out on lines under a
    lead-in that ends in a colon ("the deal freed:" / "six Lorvians" / "four other Lorvians"), the lead-in's start,
    its end and the last item's end; else None. Why: the items are the lead-in's objects, and read alone ("six
    Lorvians held in Ostland") they tell no act, so their counts were no report's account."""
    if not _item(text, spans[k]):
        return None
    j = k - 1
    while j >= 0 and k - j <= LIST_REACH and _item(text, spans[j]):
        j -= 1
    if j < 0 or not text[spans[j][0]:spans[j][1]].rstrip().endswith(":"):
        return None
    last = k
    while last + 1 < len(spans) and last + 1 - k <= LIST_REACH and _item(text, spans[last + 1]):
        last += 1
    return spans[j][0], spans[j][1], spans[last][1]
