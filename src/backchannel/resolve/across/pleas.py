"""A person's plea of innocence, and an office's charge, told in a report's own voice (rules
``across.links.case_plea``, ``across.links.case_charge``).

Why: the case rule (:mod:`.casedispute`) weighs one side's charge against the other side's claim that the case
is unjust, but it reads claims only, and a report often tells a plea in its own words, with no cue the
extractor takes for a claim: "Anna Berg has maintained her innocence and pleaded not guilty to the fraud
charges". Such a plea disputes a charge another report carries as much as a quoted one does, and it was never
weighed (a charge against a person and that person's plea of innocence scored no contradiction).

A plea passage is the phrase of innocence (``innocence`` of ``[case]``, data/across_cases.toml: "her
innocence", "not guilty", "wrongfully detained") up to the end of its clause (the next comma, semicolon,
stop or joining word: ``plea_clause_joiners``), in a sentence no claim of the report overlaps, whose subject
before the phrase is a named person (a mention of a person actor of the report): a group's plea ("the
campaigners proclaimed their innocence") or a sentence naming nobody is no plea of the accused. It is read as a claim of no speaker (so never
said by the accuser), its id ``told:START-END`` (:func:`.owncounts.told_end` makes a link's end the passage).

A charge passage (``across.links.case_charge``) is the other side of the dispute told the same way: an accusing
office (``accusers``: "prosecutors") and right after it a verb of accusation (``charge_verbs``; up to two words
of ``charge_between`` may stand between: "whom Ostland prosecutors allege stole $5 million"), in a sentence no claim
overlaps and that names a person; the passage is the rest of the clause after the verb. It is read as a claim of no
speaker marked by its cue :data:`CHARGE_CUE`: :func:`.casedispute.case_links` takes it for a guilt claim (an accusing
claim without a speaker) when its sentence names the accused up to the passage's end.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from backchannel.alternation import alternation, word_pattern
from backchannel.resolve.across.case_words import case_words
from backchannel.resolve.across.owncounts import LINK_ENDS, TOLD, told_end
from backchannel.resolve.across.passages import sentences
from backchannel.resolve.across.recbase import ClaimRec

RULE = "across.links.case_plea"
CHARGE_CUE = "across.links.case_charge"  # the cue of a charge passage: the case rule reads it as the accuser's claim
#: where a charge passage ends: a semicolon or a stop before a space or the text's end
SENTENCE_END = re.compile(r"[;.!?](?:\s|$)")


def span_index(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Spans sorted once by start, with the furthest end among each prefix: :func:`overlaps` then answers with a
    bisect (not a scan of every claim for every sentence of a report)."""
    ordered = sorted(spans)
    ends, most = [], -1
    for _, b in ordered:
        most = max(most, b)
        ends.append(most)
    return [a for a, _ in ordered], ends


def overlaps(index: tuple[list[int], list[int]], s: int, e: int) -> bool:
    """Whether a span of the index overlaps [s, e): one starting before ``e`` that ends after ``s``."""
    starts, ends = index
    k = bisect_left(starts, e)
    return k > 0 and ends[k - 1] > s


@cache
def _innocence() -> re.Pattern[str]:
    return word_pattern(list(case_words().innocence), re.IGNORECASE)


def plea_passages(doc: str, text: str, claims: list[ClaimRec], persons: list[int]) -> list[ClaimRec]:
    """The plea passages of one report (module doc), as claims of no speaker (no content tokens: the digest adds
    them, as it does a claim's); ``persons``: where the report names a named person (a surname alone too)."""
    pat = _innocence()
    if not pat.search(text):
        return []  # most reports tell no plea: one scan spares the sentence split
    spans = span_index([c.span for c in claims if c.doc == doc])
    out: list[ClaimRec] = []
    for s, e in sentences(text):
        if overlaps(spans, s, e):
            continue  # a claim's sentence: the case rule reads the claim
        for m in pat.finditer(text, s, e):
            pleader = max((p for p in persons if s <= p < m.start()), default=-1)
            if pleader < 0:
                continue
            stop = _clause_end().search(text, m.end(), e)
            end = stop.start() if stop else e
            content = text[m.start():end].strip()
            out.append(ClaimRec(doc, f"{TOLD}{m.start()}-{m.start() + len(content)}", None, content, False,
                                frozenset(), (m.start(), m.start() + len(content)), s, pleader=pleader))
    return out


@cache
def _clause_end() -> re.Pattern[str]:
    """Where a plea's clause ends: a comma, semicolon or stop, or a word that joins another clause
    (``plea_clause_joiners``)."""
    return re.compile(rf"[,;.!?]|\s(?:{alternation(case_words().plea_clause_joiners)})\s")


@cache
def _charge() -> re.Pattern[str]:
    cw = case_words()
    between = alternation(cw.charge_between)
    return re.compile(rf"\b(?:{alternation(cw.accusers)})\s+(?:(?:{between})\s+){{0,2}}(?:{alternation(cw.charge_verbs)})"
                      rf"\s+(?:that\s+)?", re.IGNORECASE)


def charge_passages(doc: str, text: str, claims: list[ClaimRec], persons: list[int],
                    acts: list[tuple[int, int]]) -> list[ClaimRec]:
    """The charge passages of one report (module doc), as claims of no speaker with the cue :data:`CHARGE_CUE`.

    ``acts``: the evidence spans of the report's acts of accusing; their sentences are left out, since the charge
    told there is that act's, which :mod:`.rebuttal` already weighs against a rebuttal (one charge, one dispute)."""
    pat = _charge()
    if not pat.search(text):
        return []
    spans = span_index([c.span for c in claims if c.doc == doc] + acts)
    out: list[ClaimRec] = []
    for s, e in sentences(text):
        if overlaps(spans, s, e) or not any(s <= p < e for p in persons):
            continue
        for m in pat.finditer(text, s, e):
            stop = SENTENCE_END.search(text, m.end(), e)
            content = text[m.end():stop.start() if stop else e].strip()
            if content:
                out.append(ClaimRec(doc, f"{TOLD}{m.end()}-{m.end() + len(content)}", None, content, False,
                                    frozenset(), (m.end(), m.end() + len(content)), s, cue=CHARGE_CUE))
    return out


def plea_ends(links: list[dict]) -> list[dict]:
    """``links`` with each end that is a plea passage (its claim id behind ``told:``) made that passage."""
    out = []
    for lk in links:
        for k in LINK_ENDS:
            if str(lk[k].get("claim", "")).startswith(TOLD):
                lk = {**lk, k: told_end(lk[k]["doc"], lk[k]["claim"])}
        out.append(lk)
    return out
