"""Whether two claims of different reports can be one fact retold, beyond sharing words.

Why a veto after the word measures: "her council will not convene to ratify the accord" and
"the cabinet voted to approve the deal" share their rare words, and "the truce frees 30
captives" and "the truce frees the first three captives" share all but the number. Words
shared say the claims are about one thing; a denial on one side only, or counts of the
same thing whose ranges cannot meet, say they do not state the same fact about it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from backchannel.resolve.across.countwords import people_noun
from backchannel.resolve.across.factcounts import EACH, TOTAL, FactCount, fact_counts
from backchannel.resolve.across.linkwords import link_words
from backchannel.resolve.across.quantities import quantities
from backchannel.resolve.across.records import ClaimRec, InterRec

CORROBORATES = "corroborates"  # the link kind of spec/corpus.md this module thins
NEGATION = "negation"  # the ``on`` of spec/corpus.md whose contradictions it thins too (contra_once_per_passages)


def denies(text: str) -> bool:
    """Whether a claim holds a negation word ("not", "never", "n't")."""
    low = text.lower().replace("’", "'")
    neg = link_words().negation
    # "don't" is one word ending in "n't" (a pattern "n't|[a-z]+" reads "don" and never sees the "n't")
    return any(w in neg or w.endswith("n't") for w in re.findall(r"[a-z]+(?:'[a-z]+)?", low))


def at_odds(a: ClaimRec, b: ClaimRec) -> str | None:
    """Why two claims cannot retell one fact: one denies and the other not, or their counts of
    one thing (same head noun) cannot meet; ``None`` when nothing sets them apart."""
    if denies(a.content) != denies(b.content):
        return "one denies, the other not"
    qa, qb = quantities(a.content), quantities(b.content)
    fa, fb = fact_counts(a), fact_counts(b)
    apart = {f.scope for f in fa} ^ {f.scope for f in fb} >= {EACH, TOTAL}  # per side vs in all: 150 each is 300
    for x in qa:
        for y in qb:
            if apart and people_noun(x.noun):
                continue
            if x.noun.split()[-1:] == y.noun.split()[-1:] and not x.meets(y):
                return f"counts differ ('{x.text}' / '{y.text}')"
    return fact_odds(fa, fb)


def fact_odds(fa: list[FactCount], fb: list[FactCount]) -> str | None:
    """Counts of one group of people, under whatever heads ("150 people each side" / "189 Ukrainians"),
    that cannot meet (:mod:`.factcounts`)."""
    for x in fa:
        for y in fb:
            if x.same_fact(y) and not x.meets(y):
                return f"counts of one group differ ('{x.text}' / '{y.text}')"
    return None


def sentence_of(claim: ClaimRec, evidences: list[str], folded: list[str] | None = None) -> str:
    """The evidence sentence of an act of the claim's report that holds the claim's words, else the claim.
    ``folded``: the evidences lower-cased with their spaces made single, when the caller keeps them."""
    words = " ".join(claim.content.lower().split())
    alone = f"sentence:{claim.sentence}" if claim.sentence >= 0 else "claim:" + claim.id  # across.links.one_sentence
    if folded is None:
        folded = [" ".join(e.lower().split()) for e in evidences]
    return next((e for e, f in zip(evidences, folded) if words and words in f), alone)


def passage_of(inters: list[InterRec], claims: list[ClaimRec]) -> Callable[[dict], tuple]:
    """The passage a link end stands for: an act's evidence sentence, the sentence holding a claim, or a span."""
    evidences: dict[str, list[str]] = {}
    for r in inters:
        evidences.setdefault(r.doc, []).append(r.evidence)
    by_claim = {(c.doc, c.id): c for c in claims}
    by_act = {(r.doc, r.id): r for r in inters}
    # why kept: a report's evidences were folded again for every claim end, and a claim ends many links
    folded: dict[str, list[str]] = {}
    said: dict[tuple[str, str], str] = {}  # (doc, claim id) -> its sentence, once found

    def passage(end: dict) -> tuple:
        if "interaction" in end:
            r = by_act.get((end["doc"], end["interaction"]))
            return (end["doc"], r.evidence if r else end["interaction"])
        if "claim" in end and (c := by_claim.get((end["doc"], end["claim"]))):
            if (got := said.get((c.doc, c.id))) is None:
                own = evidences.get(c.doc, [])
                if (f := folded.get(c.doc)) is None:
                    f = folded[c.doc] = [" ".join(e.lower().split()) for e in own]
                got = said[(c.doc, c.id)] = sentence_of(c, own, f)
            return (end["doc"], got)
        return (end["doc"], end.get("start"), end.get("end"))
    return passage


def two_acts(lk: dict, kind_of: dict[tuple[str, str], str]) -> tuple[str, ...]:
    """The types of a link's two ends when both are acts (sorted; empty when an end is a claim or a span): the key
    ``links.act_types`` gives :meth:`.links.Linker.chain` for a pair of tellings."""
    kinds = [kind_of.get((e["doc"], e["interaction"]), "") for e in (lk["a"], lk["b"]) if "interaction" in e]
    return tuple(sorted(kinds)) if len(kinds) == 2 and all(kinds) else ()


def once_per_passages(links: list[dict], inters: list[InterRec], claims: list[ClaimRec]) -> list[dict]:
    """One corroboration per pair of passages, whether its ends are given as acts or as claims.

    Why: a sentence that tells an act and carries a claim ("Qatar said it will work with
    Egypt to ensure the truce holds") is one passage; when two reports' sentences are
    already linked as tellings of one act, linking the claims inside them again says
    nothing new. The first link made is kept (acts and statements come first).

    Rule ``across.links.contra_once_per_passages`` (s36): so too a contradiction on one ``on`` between two
    passages already at odds on it ("Lorvia dismissed reports that Pell had mediated" against "Pell mediated
    between Lorvia and Norland" is one dispute, read once as the two acts' negation and once as a claim's denial).

    Rule ``across.links.once_per_acts`` (s43): two sentences that each tell two acts of different types ("talks
    mediated by Pell": the talks and the mediation) state two facts; a link between acts of one pair of types is
    kept once, and a link between acts of other types on the same sentences is kept too. A claim's link on
    sentences already linked is still dropped (it restates the act).

    Rule ``across.links.contra_once_own_span`` (s44): for a negation contradiction, a passage end (a report's own
    sentence denying an act) inside an act's sentence of its report is that sentence: "Lorvia never held talks with
    the Front", told as a negated act and read as an own-voice denial, is one dispute with another report's talks.
    """
    passage = passage_of(inters, claims)
    denied = spans_as_acts(passage, inters)  # across.links.contra_once_own_span
    kind_of = {(r.doc, r.id): r.type for r in inters}
    seen: set[tuple] = set()  # passage pairs linked, and (passage pair, the two acts' types) for a link of acts
    by_other: set[tuple] = set()  # passage pairs linked by a link with a claim or a span at an end
    out = []
    for lk in links:
        if lk["kind"] == CORROBORATES or lk.get("on") == NEGATION:
            tag = () if lk["kind"] == CORROBORATES else (lk["kind"], lk.get("on"))
            at = denied if tag else passage
            key = (*tag, *sorted((at(lk["a"]), at(lk["b"]))))
            acts = two_acts(lk, kind_of)  # across.links.once_per_acts
            if (*key, acts) in seen or key in by_other or (not acts and key in seen):
                continue
            seen.update({key, (*key, acts)})
            if not acts:
                by_other.add(key)
        out.append(lk)
    return out


def spans_as_acts(passage: Callable[[dict], tuple], inters: list[InterRec]) -> Callable[[dict], tuple]:
    """``passage``, but a span end lying inside an act's evidence sentence of its report is that sentence (as the
    act's end would be): for :func:`once_per_passages`' negation contradictions (``contra_once_own_span``)."""
    sentences: dict[str, list[InterRec]] = {}
    for r in inters:
        if r.span[0] >= 0:
            sentences.setdefault(r.doc, []).append(r)

    def at(end: dict) -> tuple:
        s, e = end.get("start"), end.get("end")
        if isinstance(s, int) and isinstance(e, int) and "claim" not in end and "interaction" not in end:
            r = next((r for r in sentences.get(end["doc"], []) if r.span[0] <= s and e <= r.span[1] + 1
                      or s <= r.span[0] and r.span[1] <= e), None)
            if r is not None:
                return (end["doc"], r.evidence)
        return passage(end)
    return at
