"""What brought an act about: credited by one report, denied by another (rule ``across.links.cause_denied``, s48).

Why: outlets dispute the cause of an outcome as often as its facts. One side's official credits a cause ("the
official credited the blockade's pressure as decisive"); the other side answers that the outcome was "not a result
of the pressure but of talks". No act or count carries a cause, and the claims share too few words for the content
rules, so no reader weighed them (the s48 census found one such gold dispute among the eight older read clusters).

Read per sentence of each report (its text, at digest): *denied* a cause when a phrase of ``denied`` ("not a result
of", "nothing to do with") has a noun of ``causes`` ("pressure", "sanctions") among the ``CAUSE_REACH`` words after
it, or a phrase of ``denied_after`` ("played no role") has one among the ``NOUN_BEFORE`` words before it; *credited* when a word of ``credit`` ("credited") has a cause noun among the
``CAUSE_REACH`` words on either side, one of ``credit_after`` ("because of", "thanks to") among those after it, one of
``credit_before`` ("forced", "decisive", "led to") among those before it (the other side is the outcome or what
was forced: "talks were delayed because of bad weather", "fighting forced the suspension of talks"), with no word of ``negations`` in the ``NEGATION_REACH`` words before the credit
word, and the noun is not one the sentence denies. A sentence may credit one cause and deny another ("the result of
talks, not of pressure").

Two reports contradict on ``content`` when one denies the cause noun the other credits: one link per pair of
reports and noun, their first sentences, when the two share an event (:mod:`.storytie`). A link's end is the claim holding the phrase (the credit or denial word),
else the report's act told in that sentence, else the sentence. Cost: one scan of a report for the phrases (most sentences hold none and are not read), pairs per noun.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from backchannel.alternation import word_pattern
from backchannel.data_loader import loader
from backchannel.resolve.across.names import fold
from backchannel.resolve.across.passages import sentences
from backchannel.resolve.across.textspans import WORD

if TYPE_CHECKING:
    from backchannel.resolve.across.recbase import ClaimRec
    from backchannel.resolve.across.records import InterRec
    from backchannel.resolve.across.storytie import StoryTie

FILE = "across_causes.toml"
RULE = "across.links.cause_denied"
CAUSE_REACH = 10  # words between a credit or denial phrase and its cause noun
NOUN_BEFORE = 4  # words before a phrase of ``denied_after`` in which its cause noun is sought
NEGATION_REACH = 3  # words before a credit word in which a negation makes it none
MAX_SENTENCE = 600  # characters: a longer "sentence" is a run of text the splitter did not cut


@dataclass(frozen=True)
class CauseWords:
    """The words of data/across_causes.toml [cause_denied]."""

    causes: frozenset[str]
    denied: tuple[str, ...]
    denied_after: tuple[str, ...]
    credit: tuple[str, ...]
    credit_after: tuple[str, ...]
    credit_before: tuple[str, ...]
    negations: tuple[str, ...]


cause_words = loader(CauseWords, FILE, "cause_denied")


@dataclass(frozen=True)
class Cause:
    """A sentence that credits or denies a cause: its report, span, the cause noun, the phrase's offset, its end."""

    doc: str
    start: int
    end: int
    noun: str
    denied: bool
    at: int  # offset of the credit or denial phrase
    claim: str | None = None
    interaction: str | None = None


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    w = cause_words()
    credit = word_pattern((*w.credit, *w.credit_after, *w.credit_before))
    return word_pattern(w.denied), credit, word_pattern(w.negations), word_pattern(w.denied_after)


@cache
def _sides() -> tuple[frozenset[str], frozenset[str]]:
    """The credit phrases whose cause stands only after them ("because of bad weather") and only before them ("the
    pressure forced", "talks that led to"): the noun on the other side is the outcome, not the cause."""
    w = cause_words()
    return frozenset(w.credit_after), frozenset(w.credit_before)


def _nouns(low: str, lo: int, hi: int) -> list[tuple[str, int]]:
    """The cause nouns of ``low[lo:hi]`` with their offsets."""
    nouns = cause_words().causes
    return [(m.group(0), m.start()) for m in WORD.finditer(low, lo, hi) if m.group(0) in nouns]


def _reach(low: str, at: int, words: int, back: bool) -> int:
    """The offset ``words`` words after (or before) ``at`` in ``low``."""
    if back:
        found = [m.start() for m in WORD.finditer(low, 0, at)]
        return found[-words] if len(found) >= words else 0
    found = [m.end() for m in WORD.finditer(low, at)][:words]
    return found[-1] if found else at


def sentence_causes(low: str) -> list[tuple[str, bool, int]]:
    """(noun, denied, phrase offset) of one folded sentence (the module's docstring)."""
    deny, credit, negation, deny_after = _patterns()
    out: list[tuple[str, bool, int]] = []
    denied: set[int] = set()
    spans = [(m.start(), m.end(), _nouns(low, m.end(), _reach(low, m.end(), CAUSE_REACH, False)))
             for m in deny.finditer(low)]
    spans += [(m.start(), m.end(), _nouns(low, _reach(low, m.start(), NOUN_BEFORE, True), m.start()))
              for m in deny_after.finditer(low)]
    for start, _, nouns in spans:
        for noun, at in nouns:
            denied.add(at)
            out.append((noun, True, start))
    for m in credit.finditer(low):
        if negation.search(low, _reach(low, m.start(), NEGATION_REACH, True), m.start()):
            continue
        if any(a <= m.start() < b for a, b, _ in spans):
            continue  # "not a result of": the credit word is the denial's
        after_only, before_only = _sides()
        lo = m.start() if m.group(0) in after_only else _reach(low, m.start(), CAUSE_REACH, True)
        hi = m.end() if m.group(0) in before_only else _reach(low, m.end(), CAUSE_REACH, False)
        out += [(noun, False, m.start()) for noun, at in _nouns(low, lo, hi) if at not in denied]
    return out


def cause_passages(doc: str, text: str, claims: list[ClaimRec], inters: list[InterRec]) -> list[Cause]:
    """Every sentence of ``text`` that credits or denies a cause, one record per noun and polarity (its first)."""
    low_all = fold(text)
    deny, credit, _, deny_after = _patterns()
    hits = sorted(m.start() for p in (deny, credit, deny_after) for m in p.finditer(low_all))
    if not hits:
        return []  # no phrase of credit or denial: no sentence to read
    out: list[Cause] = []
    seen: set[tuple[str, bool]] = set()
    for s, e in sentences(text):
        k = bisect_left(hits, s)
        if e - s > MAX_SENTENCE or k == len(hits) or hits[k] >= e:
            continue
        for noun, denied, at in sentence_causes(low_all[s:e]):
            if (noun, denied) in seen:
                continue
            seen.add((noun, denied))
            holder = next((c.id for c in claims if c.span[0] <= s + at < c.span[1]), None)
            act = next((i.id for i in inters if i.span[0] <= s + at < i.span[1]), None) if holder is None else None
            out.append(Cause(doc, s, e, noun, denied, s + at, holder, act))
    return out


def cause_links(causes: list[Cause], order: dict[str, tuple[str, str]], tie: StoryTie | None = None) -> list[dict]:
    """A report denying a cause noun against each report crediting it (one link per pair of reports and noun).

    ``tie``: only reports of one story (:mod:`.storytie`, rule ``across.links.one_story``) are compared.
    """
    out = []
    done: set[tuple[str, str]] = set()
    for a in sorted((c for c in causes if c.denied), key=lambda c: order.get(c.doc, ("", c.doc))):
        for b in sorted((c for c in causes if not c.denied), key=lambda c: order.get(c.doc, ("", c.doc))):
            if a.doc == b.doc or a.noun != b.noun or (a.doc, b.doc) in done or (tie is not None and not tie.same(a.doc, b.doc)):
                continue
            done.add((a.doc, b.doc))
            out.append({"kind": "contradicts", "on": "content", "a": end(a), "b": end(b),
                        "note": f"one report credits {a.noun} with the outcome, the other denies it [{RULE}]"})
    return out


def end(c: Cause) -> dict:
    """A link end: the claim holding the phrase, else the act told in its sentence, else the sentence."""
    if c.claim:
        return {"doc": c.doc, "claim": c.claim}
    if c.interaction:
        return {"doc": c.doc, "interaction": c.interaction}
    return {"doc": c.doc, "start": c.start, "end": c.end}
