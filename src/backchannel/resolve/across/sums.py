"""Sums of money across reports (rule ``across.links.count_sum``): "nearly $6 billion" / "at least $6 billion".

Why a reader of its own: the count rule of :mod:`.links` reads a number with the plural noun after it
("20 messages"); a sum is written with a sign before the number and a word of scale after it ("$6
billion in frozen funds", "€5.63 billion", "US$350m"), so no sum was ever compared. A sum is read as
the range of values it allows, in the currency and scale it names (its ``noun``, "usd billion": sums
of two scales or two currencies are never compared, so a $350 million fine never meets a $6 billion
fund). A figure with a word of scale is rounded, so a flat "$6 billion" allows 5.5 to 6.5 billion (the
unit of its last digit); "nearly" and "almost" put the sum just under the figure (``near_under``), "at
least" at the figure or above, "about" within 15% either way (:mod:`.quantities`). Two reports' sums of
one currency and scale whose ranges cannot meet contradict ("nearly $6 billion" / "at least $6 billion");
a flat "$6 billion" meets both. The plain count rule of :mod:`.links` leaves sums to this one. What a report says of a sum is the range all its tellings allow ("at least $6 billion" and,
later, "$6 billion": 6 to 6.5 billion); reports that say the same corroborate (:func:`sum_links`).

The passage a link ends at is the sum and the words after it up to ``TAIL`` words or a stop ("$6
billion (about €5.63 billion) in frozen funds"): what the sum is of, to the end of its clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from backchannel.alternation import alternation
from backchannel.data_loader import loader
from backchannel.resolve.across.names import norm
from backchannel.resolve.across.quantities import ABOUT, Quantity
from backchannel.resolve.across.words import words

if TYPE_CHECKING:
    from backchannel.resolve.across.passages import Counted

RULE = "across.links.count_sum"
FILE = "across_sums.toml"
NEAR = 1.5  # figures further apart than this factor are two sums ("$2 billion" / "$6 billion"), never compared
MAX_COMPARED = 60  # later reports each report's sum is weighed against, in report order: the pairs stay linear
TAIL = 8  # words after a sum (past a bracket right after it) its passage keeps, to a stop: what the sum is of
# the kinds of qualifier a sum is told with (:func:`qualifier_class`)
FLAT = "flat"
NEAR_UNDER = "near"
LEAST = "least"
OVER = "over"
ABOUT_CLS = "about"
CEILING = "ceiling"
UNDER = "under"
TINY = 1e-6  # how far under (or over) its figure "nearly" (or "more than") puts a sum


@dataclass(frozen=True)
class SumWords:
    signs: dict[str, str]
    names: dict[str, str]
    scales: dict[str, str]
    near_under: tuple[str, ...]


sum_words = loader(SumWords, FILE, "sums")


@cache
def _pattern() -> re.Pattern[str]:
    sw, w = sum_words(), words()
    quals = alternation(frozenset([*w.over, *w.about, *w.under, *w.ceiling, *sw.near_under]))
    signs = "|".join(re.escape(s) for s in sorted(sw.signs, key=len, reverse=True))
    scales = alternation(frozenset(sw.scales))
    names = alternation(frozenset(sw.names))
    lead = _lead([*w.over, *w.about, *w.under, *w.ceiling, *sw.near_under, *sw.signs])
    return re.compile(
        rf"{lead}(?:\b(?P<q>{quals})\s+)?(?:(?P<sign>{signs})\s?)?(?P<n>\d+(?:[.,]\d+)?)"
        rf"(?:\s?(?P<scale>{scales})\b)?(?:\s+(?P<name>{names})\b)?", re.I)


def _lead(starts: list[str]) -> str:
    """A look-ahead at what a sum begins with: a qualifier's or a sign's first letter, or a digit. It matches
    what the pattern matched, and lets every other place of a text fail at once rather than after thirty
    qualifiers (the count rules read every report's text and claims); "" if a word is empty (it would let a
    sum begin with a space)."""
    if not all(starts):
        return ""
    return r"(?=[\d" + "".join(re.escape(c) for c in sorted({x[0] for x in starts})) + "])"


def qualifier_class(q: str | None) -> str:
    """The kind of qualifier a sum is told with: flat, near (just under), least, over, about, ceiling, under."""
    sw, w = sum_words(), words()
    for cls, group in ((NEAR_UNDER, sw.near_under), (LEAST, w.least), (OVER, w.over), (ABOUT_CLS, w.about),
                       (CEILING, w.ceiling), (UNDER, w.under)):
        if q and q.lower() in group:
            return cls
    return FLAT


def sum_range(q: str | None, raw: str, scaled: bool) -> tuple[float, float]:
    """The values a sum allows (module doc): a flat figure with a scale is rounded to its last digit."""
    v = float(raw)
    half = 0.5 * 10 ** -len(raw.partition(".")[2]) if scaled else 0.0
    ranges = {NEAR_UNDER: (v * (1 - ABOUT), v * (1 - TINY)), LEAST: (v, v * 3.0), OVER: (v * (1 + TINY), v * 3.0),
              ABOUT_CLS: (v * (1 - ABOUT), v * (1 + ABOUT)), CEILING: (0.0, v), UNDER: (0.0, v * (1 - TINY))}
    return ranges.get(qualifier_class(q), (v - half, v + half))


def sums(text: str) -> list[tuple[Quantity, int, str]]:
    """Every sum of money in ``text``: (its quantity, the end of its passage, its qualifier class)."""
    sw = sum_words()
    out = []
    for m in _pattern().finditer(text):
        sign, name = (m.group("sign") or "").lower(), (m.group("name") or "").lower()
        currency = sw.signs.get(sign) or sw.names.get(name)
        if not currency or "," in m.group("n"):
            continue  # no currency written: no sum; "6,000" is read by the count rule
        scale = sw.scales.get((m.group("scale") or "").lower(), "")
        lo, hi = sum_range(m.group("q"), m.group("n"), bool(scale))
        noun = f"{currency} {scale}".strip()
        out.append((Quantity(noun, lo, hi, m.group(0), m.start(), m.end()), tail_end(text, m.end()),
                    qualifier_class(m.group("q"))))
    return out


def tail_end(text: str, at: int) -> int:
    """The end of a sum's passage: past a bracket right after it, then up to ``TAIL`` words before a stop."""
    bracket = re.match(r"\s*\([^()]{0,60}\)", text[at:])
    end = at + (bracket.end() if bracket else 0)
    word = re.compile(r"[ \t]+[^\s,.;:!?\"“”()]+")
    for _ in range(TAIL):
        m = word.match(text, end)
        if m is None:
            break
        end = m.end()
    return end


def is_sum(q: Quantity) -> bool:
    """A quantity :func:`sums` read: its noun opens with a currency."""
    sw = sum_words()
    return q.noun.split()[:1] in ([c] for c in {*sw.signs.values(), *sw.names.values()})


def sentence_words(text: str, at: int) -> frozenset[str]:
    """The content words of the sentence holding ``at`` (normal forms, no stop words, longer than two letters)."""
    left = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    right = min([i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0] or [len(text)])
    stop = words().statement_stop
    return frozenset(t for t in norm(text[left:right]).split() if len(t) > 2 and t not in stop)


def told(doc_sums: list[Counted]) -> tuple[float, float] | None:
    """What one report says of a sum: the range all its tellings allow ("at least $6 billion" and "$6 billion":
    6 to 6.5), or None when two of its tellings cannot meet (two sums, or one it tells two ways)."""
    lo = max(c.quantity.low for c in doc_sums)
    hi = min(c.quantity.high for c in doc_sums)
    return (lo, hi) if lo <= hi else None


def sum_links(counts: list[Counted], order: dict[str, tuple[str, str]]) -> list[dict]:
    """Links between reports' sums of one currency and scale (module doc): two reports whose sums cannot meet
    contradict, at the telling of each that does not meet the other's; two that say the same of the sum
    corroborate, each report with the first one that does, at the pair of tellings whose sentences share the
    most words. Figures more than ``NEAR`` apart are two sums, not one told two ways. Each report is weighed
    against the next ``MAX_COMPARED`` reports only (as :mod:`.factcounts`), so a large corpus stays linear."""
    by_noun: dict[str, dict[str, list[Counted]]] = {}
    for c in sorted((c for c in counts if is_sum(c.quantity)), key=lambda c: (order.get(c.doc, ("", c.doc)), c.start)):
        by_noun.setdefault(c.quantity.noun, {}).setdefault(c.doc, []).append(c)
    out: list[dict] = []
    for noun, docs in by_noun.items():
        said = {d: r for d, items in docs.items() if (r := told(items)) is not None}
        reports = list(said)
        for i, a in enumerate(reports):
            for b in reports[i + 1:i + 1 + MAX_COMPARED]:
                ra, rb = said[a], said[b]
                if max(ra[0], rb[0]) > NEAR * min(ra[1], rb[1]):
                    continue  # two sums
                if ra[1] < rb[0] or rb[1] < ra[0]:
                    ea = next((c for c in docs[a] if not meets(c, rb)), docs[a][0])
                    eb = next((c for c in docs[b] if not meets(c, ra)), docs[b][0])
                    out.append(_link("contradicts", ea, eb, "the sums cannot meet"))
        for group in _same(said).values():
            hub, rest = group[0], group[1:]
            for b in rest:
                ea, eb = max(((x, y) for x in docs[hub] for y in docs[b]),
                             key=lambda p: len(p[0].context & p[1].context))
                out.append(_link("corroborates", ea, eb, "the same sum"))
    return out


def meets(c: Counted, r: tuple[float, float]) -> bool:
    return c.quantity.low <= r[1] and r[0] <= c.quantity.high


def _same(said: dict[str, tuple[float, float]]) -> dict[tuple[float, float], list[str]]:
    """The reports that say the same of a sum (one range), in report order."""
    out: dict[tuple[float, float], list[str]] = {}
    for doc, r in said.items():
        out.setdefault(r, []).append(doc)
    return {r: docs for r, docs in out.items() if len(docs) > 1}


def _link(kind: str, a: Counted, b: Counted, why: str) -> dict:
    return {"kind": kind, "on": "count", "a": {"doc": a.doc, "start": a.start, "end": a.end},
            "b": {"doc": b.doc, "start": b.start, "end": b.end},
            "note": f"{why}: '{a.quantity.text}' / '{b.quantity.text}' [{RULE}]"}
