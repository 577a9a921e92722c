"""Who brought an agreement about: the parties directly, or a third party.

Why a rule over the text: "the two sides negotiated directly" and "talks mediated by
Lorvia" are the most common dispute over a backchannel, yet neither is an act
between two named parties that the event rules can compare (a direct telling names
no go-between; a claim of credit often names no counterpart). A sentence that names an
agreement (``polarity.topic`` of across.toml, ``brokered.acts``) and says "directly" /
"bilaterally" / "a direct call" (``brokered.direct``, ``direct_nouns``) is a *direct*
telling; one that names an agreement or the talks (``brokered.talks``) and says
"mediated" / "brokered" / "facilitated" (``brokered.mediated``, not negated) a *mediated*
telling. "Held discussions directly with X" names no agreement: it says who talked to
whom, not who brought the deal about. A sentence with both ("brokered
by a direct call") is direct: the direct words say which channel did it.

An act of agreement whose ``via`` names a go-between is a mediated telling too, for a
report whose words give none (:func:`via_told`).

Across reports (rule ``across.links.brokered``): each direct telling of one report
contradicts (``on: actor``) the mediated telling of every other report that tells the
same agreement (both reports hold a member of one event of ``brokered.agreement_types``);
direct tellings of different reports corroborate each other (``on: actor``), each
with the first report that told it. Links are between reports only: a report that
carries both accounts is not at odds with itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from backchannel.alternation import WordGate, alternation as alt
from backchannel.resolve.across.channelwords import channel_words
from backchannel.resolve.across.linkwords import link_words
from backchannel.resolve.across.names import fold
from backchannel.resolve.across.passages import sentences
from backchannel.resolve.across.words import words

RULE = "across.links.brokered"
MAX_REPORTS = 64  # reports of one polarity compared per agreement: the links grow with the product
NEG_BEFORE = 3  # a negation this many words before a mediation word denies it ("did not mediate")
_CLAUSE = re.compile(r"[,;:()\u2014\u2013]|\s-\s")


@dataclass(frozen=True)
class Told:
    """One report's telling of who brought an agreement about, and the end a link joins."""

    doc: str
    mediated: bool
    at: int  # offset of the cue word
    end: dict  # {doc, claim} | {doc, interaction} | {doc, start, end}
    via: bool = False  # read from an act with a go-between ("negotiated ... via Sannmark"), not from words


def via_told(doc: str, inters: list[tuple[str, str, int, bool]]) -> list[Told]:
    """Acts of agreement with a go-between (``via``), as mediated tellings: (id, type, start, has via).

    Why a fallback: the extraction may read "through Sannmark's good offices" as an act's
    ``via`` where no mediation word is written; a report's words, when it has them, stay
    its telling (:func:`brokered_links` prefers them).
    """
    kinds = channel_words().agreement_types
    return [Told(doc, True, start, {"doc": doc, "interaction": iid}, via=True)
            for iid, kind, start, has_via in inters if has_via and kind in kinds]


@cache
def patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(direct words, mediation words, agreement words, talk words) as patterns over folded text."""
    w = channel_words()

    direct = re.compile(rf"\b(?:{alt(w.direct)})\b|\bdirect\s+(?:[a-z-]+\s+)?(?:{alt(w.direct_nouns)})\b")
    return (direct, re.compile(rf"\b(?:{alt(w.mediated)})\b"), re.compile(rf"\b(?:{alt(w.acts | words().topic)})\b"),
            re.compile(rf"\b(?:{alt(w.talks)})\b"))


@cache
def _gate() -> WordGate:
    """A first test of a report for the direct and mediation patterns (each of their matches holds one of these
    words): most reports hold none, and the patterns' alternations are slow to try at every position."""
    w = channel_words()
    return WordGate(w.direct | w.mediated | {"direct"})


def denied(low: str, at: int) -> bool:
    """A negation word among the few words before ``at`` ("did not mediate", "no one brokered")."""
    before = re.findall(r"[a-z']+", low[:at])[-NEG_BEFORE:]
    return any(t in link_words().negation or t.endswith("n't") for t in before)


def bears_on_act(low: str, hit: re.Match[str]) -> bool:
    """A direct adverb ("directly", "bilaterally") bears on an act or talk word (``brokered.direct_heads``):
    one of the two words before it in its clause, or the word after it; never when the word after it is
    a word of saying or disputing (``brokered.direct_not_heads``: "directly contradicting", "directly denied").

    Why: the adverb modifies the word beside it; "negotiated directly" tells who dealt with whom,
    "directly contradicting earlier claims" does not, though the sentence names an agreement. Other
    direct words ("without mediation", "a direct call") say it themselves.
    """
    w = channel_words()
    if hit.group(0) not in w.direct_adverbs:
        return True
    after = re.findall(r"[a-z'-]+", low[hit.end():])[:1]
    if set(after) & w.direct_not_heads:
        return False
    before = re.split(r"[,;:()\u2014\u2013]", low[:hit.start()])[-1]
    near = re.findall(r"[a-z'-]+", before)[-2:] + after
    return any(t in w.direct_heads for t in near)


def clause(text: str, s: int, e: int, at: int) -> tuple[int, int]:
    """The clause of the sentence ``[s, e)`` that holds offset ``at``: the words that say who did it."""
    lo, hi = s, e
    for m in _CLAUSE.finditer(text, s, e):
        if m.end() <= at:
            lo = m.end()
        elif m.start() > at:
            hi = m.start()
            break
    while lo < hi and text[lo].isspace():
        lo += 1
    return lo, hi


def told_in(doc: str, text: str, claims: list[tuple[str, int, int]],
            inters: list[tuple[str, str, int, int]]) -> list[Told]:
    """Every direct or mediated telling of ``text``, with its end.

    ``claims``: (id, start, end) of each claim's content; ``inters``: (id, type, start,
    end) of each interaction's evidence. The end is the act whose evidence holds the cue
    (a ``mediate`` act for a mediated telling), else the claim that holds it, else the
    clause around it.
    """
    direct, mediated, acts, talks = patterns()
    low_all = fold(text)
    if not _gate().may_match(low_all) or not (direct.search(low_all) or mediated.search(low_all)):
        return []
    out = []
    for s, e in sentences(text):
        low = low_all[s:e]
        agreement = acts.search(low) is not None
        if not agreement and not talks.search(low):
            continue
        d = next((x for x in direct.finditer(low) if bears_on_act(low, x)), None) if agreement else None
        m = next((x for x in mediated.finditer(low) if not denied(low, x.start())), None)
        hit, is_mediated = (d, False) if d else (m, True)
        if hit is None:
            continue
        at = s + hit.start()
        end = pick_end(doc, text, (s, e), (at, s + hit.end()), is_mediated, claims, inters)
        out.append(Told(doc, is_mediated, at, end))
    return out


def pick_end(doc: str, text: str, sentence: tuple[int, int], cue: tuple[int, int], is_mediated: bool,
             claims: list[tuple[str, int, int]], inters: list[tuple[str, str, int, int]]) -> dict:
    """The end of a telling: the act told there, else the claim the cue overlaps, else the clause
    (see :func:`told_in`)."""
    at = cue[0]
    fit = [i for i in inters if i[2] <= at < i[3] and (not is_mediated or i[1] in channel_words().agreement_types)]
    if is_mediated:
        fit.sort(key=lambda i: i[1] != "mediate")
    if fit:
        return {"doc": doc, "interaction": fit[0][0]}
    inside = next((c for c in claims if c[1] < cue[1] and cue[0] < c[2]), None)
    if inside:
        return {"doc": doc, "claim": inside[0]}
    lo, hi = clause(text, *sentence, at)
    return {"doc": doc, "start": lo, "end": hi}


def brokered_links(told: list[Told], events: list[dict], order: dict[str, tuple[str, str]]) -> list[dict]:
    """Direct against mediated tellings of one agreement in different reports; direct with direct."""
    kinds = channel_words().agreement_types
    tied: dict[str, set[str]] = {}
    for ev in events:
        docs = {m["doc"] for m in ev["members"]}
        if ev["type"] in kinds and len(docs) >= 2:
            for d in docs:
                tied.setdefault(d, set()).add(ev["id"])
    first: dict[tuple[str, bool], Told] = {}
    for t in sorted(told, key=lambda t: (t.via, t.at)):  # a report's words before its acts' go-betweens
        first.setdefault((t.doc, t.mediated), t)
    rank = lambda t: order.get(t.doc, ("", t.doc))  # noqa: E731
    direct = sorted((t for (_, med), t in first.items() if not med), key=rank)[:MAX_REPORTS]
    mediated = sorted((t for (_, med), t in first.items() if med), key=rank)[:MAX_REPORTS]
    out = []
    for a in direct:
        for b in mediated:
            if a.doc != b.doc and tied.get(a.doc, set()) & tied.get(b.doc, set()):
                out.append({"kind": "contradicts", "on": "actor", "a": a.end, "b": b.end,
                            "note": f"one report says the parties settled it directly, the other that a third "
                                    f"party mediated [{RULE}]"})
    hub = direct[0] if direct else None
    for b in direct[1:]:
        if hub is not None and tied.get(hub.doc, set()) & tied.get(b.doc, set()):
            out.append({"kind": "corroborates", "on": "actor", "a": hub.end, "b": b.end,
                        "note": f"both say the parties settled it directly [{RULE}]"})
    return out
