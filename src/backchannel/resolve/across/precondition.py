"""Precondition disputes: one side says an act must come first, the other that it cannot be a condition.

Why a rule of its own: "handing back the captives cannot be a precondition of any negotiation"
and "negotiations will open only after our men are freed" share no act verb and no negated act (the first negates a
noun of condition, the second is a sequence), so neither the near-miss rule of :mod:`.links`
nor the denial rule of :mod:`.denial` can see the dispute, yet it is the dispute a reader
of such reports most needs.

Rule ``across.links.precondition``: a claim DENIES a condition when a negation stands a few
words before a noun of condition in its clause ("cannot be a prerequisite", "is not tied
to", "without preconditions"); it SETS one when it has "only after"/"contingent on", a
necessity modal followed by a sequence word ("must begin after"), a negated clause with a
blocker ("will not join until", "no talks unless"), or a negated "if" clause before a
negated main clause ("if X are not freed, there will be no talks"); a claim that does both
is neither. A denying claim contradicts, ``on: content``, a setting claim of ANOTHER report
by a speaker of another entity when the two share a topic word (a content word other than
the words of the rule); per report and side the plainest claim stands for it (a quote
first, then the shortest), so a report repeating its side three times is one end.
Words in data/across_precondition.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from backchannel.data_loader import loader
from backchannel.resolve.across.caps import Capped
from backchannel.resolve.across.names import fold
from backchannel.resolve.across.records import ClaimRec

RULE = "across.links.precondition"
FILE = "across_precondition.toml"
NEG_WINDOW = 6  # a negation this many words before a noun of condition denies it
NEED_WINDOW = 8  # a sequence word or blocker this many words after a modal or negation, in its clause
ONLY_NEG = 3  # a negation this many words before "contingent on" makes it a denial, not a condition set
CAP = 50  # a report's denial meets the first CAP reports setting the condition on its topic words (caps.py)
CLAUSE = re.compile(r"[,;:—–()]|\bbut\b")
WORD = re.compile(r"[a-z0-9'-]+")


@dataclass(frozen=True)
class Words:
    nouns: frozenset[str]
    negators: frozenset[str]
    only: tuple[str, ...]
    need: tuple[str, ...]
    sequence: frozenset[str]
    blockers: frozenset[str]
    conditional: frozenset[str]
    future: frozenset[str]
    stop: frozenset[str]


# The rule's words, read and checked key by key as every other typed record is (``load_fields``).
words = loader(Words, FILE, "precondition")


def _words(text: str) -> list[str]:
    return [w.replace("n't", " n't").split()[-1] if w.endswith("n't") else w for w in WORD.findall(text)]


def _negated(toks: list[str]) -> bool:
    w = words()
    return any(t in w.negators or t.endswith("n't") for t in toks)


def _clauses(low: str) -> list[list[str]]:
    return [_words(c) for c in CLAUSE.split(low)]


def denies_condition(text: str) -> bool:
    """A negation up to ``NEG_WINDOW`` words before a noun of condition, in its clause."""
    w = words()
    for toks in _clauses(fold(text)):
        for i, t in enumerate(toks):
            if t in w.nouns and _negated(toks[max(0, i - NEG_WINDOW):i]):
                return True
    return False


def _after(toks: list[str], i: int, wanted: frozenset[str]) -> bool:
    return any(t in wanted for t in toks[i + 1:i + 1 + NEED_WINDOW])


def sets_condition(text: str) -> bool:
    """The claim makes one act a condition of another (the shapes of the module's docstring)."""
    w, low = words(), " " + fold(text).replace("n't", " not") + " "
    clauses = _clauses(low)
    for toks in clauses:
        joined = " " + " ".join(toks) + " "
        for p in w.only:
            at = joined.find(f" {p} ")
            if at >= 0 and not _negated(joined[:at].split()[-ONLY_NEG:]):
                return True
        for m in w.need:
            at = joined.find(f" {m} ")
            if at >= 0 and _after(toks, len(joined[:at].split()) + len(m.split()) - 1, w.sequence):
                return True
        if any(t in w.negators and _after(toks, i, w.blockers) and any(x in w.future for x in toks[:i + 1])
               for i, t in enumerate(toks)):
            return True
    return _conditioned(clauses)


def _conditioned(clauses: list[list[str]]) -> bool:
    """A negated "if" clause and another negated clause ("if our men are not freed, there will be no talks";
    "there will be no talks if they are not freed"), or a clause opened by a blocker before a negated
    clause ("unless the men are freed, there will be no talks")."""
    w = words()
    negs = [k for k, c in enumerate(clauses) if _negated(c)]
    for k, toks in enumerate(clauses):
        if toks and toks[0] in w.blockers and any(j > k for j in negs):
            return True
        if any(t in w.conditional for t in toks):
            at = next(i for i, t in enumerate(toks) if t in w.conditional)
            own = _negated(toks[at + 1:]) or any(j == k + 1 for j in negs)
            if own and (_negated(toks[:at]) or len([j for j in negs if j != k]) >= (1 if _negated(toks[at + 1:]) else 2)):
                return True
    return False


@cache
def _cues() -> frozenset[str]:
    """Every single word one of the shapes needs (a noun of condition, a sequence word, a blocker, "if");
    the phrases of ``only`` are looked for as text. A claim with none of them is neither side."""
    w = words()
    return w.nouns | w.sequence | w.blockers | w.conditional


def side(c: ClaimRec) -> int:
    """-1: denies a condition; +1: sets one; 0: neither, or both (a claim that reports the two sides).

    Why the first test: every claim of a corpus passes here, and most have none of the words
    any shape needs, so one scan of its words spares the clause-by-clause reading."""
    low = fold(c.content)
    if _cues().isdisjoint(WORD.findall(low)) and not any(p in low for p in words().only):
        return 0
    d, s = denies_condition(c.content), sets_condition(c.content)
    return 0 if d == s else (-1 if d else 1)


def topic(c: ClaimRec) -> frozenset[str]:
    w = words()
    return frozenset(t.rstrip("s")[:6] for t in _words(fold(c.content))
                     if t not in w.stop and t not in w.nouns and len(t) > 2 and not t.isdigit())


def precondition_links(claims: list[ClaimRec], entity_of: dict[tuple[str, str], str],
                       capped: Capped | None = None) -> list[dict]:
    """Each report's plainest denial of a condition against each other report's plainest setting of it.

    Blocked on topic words and bounded as :mod:`.caps` bounds a block (a denial meets the first
    ``CAP`` settings that share a word with it), the settings left out counted in ``capped``."""
    capped = capped if capped is not None else Capped()
    best: dict[tuple[str, int], ClaimRec] = {}
    for c in sorted(claims, key=lambda c: (not c.direct, len(c.content), c.id)):
        s = side(c)
        if s:
            best.setdefault((c.doc, s), c)
    # blocked on topic words: a denial meets only the settings that share one, the first CAP of them
    settings = sorted((doc, c) for (doc, s), c in best.items() if s > 0)
    by_word: dict[str, list[int]] = {}
    for k, (_, p) in enumerate(settings):
        for t in topic(p):
            by_word.setdefault(t, []).append(k)
    out = []
    for (doc, s), n in sorted(best.items()):
        if s > 0:
            continue
        sn = entity_of.get((n.doc, n.speaker or ""))
        hits = sorted({k for t in topic(n) for k in by_word.get(t, [])})
        capped.largest = max(capped.largest, len(hits))
        if len(hits) > CAP:  # the settings after the first CAP are never weighed against this denial
            capped.blocks += 1
            capped.skipped += len(hits) - CAP
        for k in hits[:CAP]:
            doc2, p = settings[k]
            sp = entity_of.get((p.doc, p.speaker or ""))
            if doc2 == doc or (sn and sn == sp):
                continue
            out.append({"kind": "contradicts", "on": "content", "a": {"doc": n.doc, "claim": n.id},
                        "b": {"doc": p.doc, "claim": p.id},
                        "note": f"one says it cannot be a condition, the other makes it one [{RULE}]"})
    return out
