"""One group of people split into kinds, each report its own way (rule ``across.links.count_split``).

Why: reports of a release often split the freed group into kinds ("the 100 freed Lorvians were 80 soldiers and
20 civilians"), and two outlets may split the same group differently ("95 servicemen and five civilians"). Each
figure is a part (:mod:`.countparts`), so the count rules never weigh it against another report's whole; yet two
splits of the same group into the same kinds cannot both hold when the figures of one kind cannot meet.

A split is a list of counts of people of one sentence (the joiners of :mod:`.countparts`: "80 soldiers and 20
civilians", "of the 120, 100 were soldiers and 20 were civilians"). Its kinds are its person words, one word of a
group of ``split.kinds`` (data/across_parts.toml) standing for all ("servicemen" = "soldiers", "military
personnel" by its head), a demonym for its state ("12 Lorvians and 24 Castelians"). Its side: the one state its
parts name; else the nearest count of people with a side before it in its sentence or the one before ("Norland
freed 100 Lorvians, among them ..."), whose figure is the whole it splits; else the one state a clause has receive
them ("Lorvia received 80 soldiers and 20 civilians").

Two splits of different reports are weighed when they split into the same kinds, of one side (or their kinds are
the sides themselves), their wholes (when both are told) meet, and the reports were published at most
``split.days`` apart: a kind whose figures cannot meet is a ``count`` contradiction. Not weighed: splits into
different kinds ("five Lorvians and two relatives" / "five sailors and two Lorvians": two ways of cutting, not two
figures for one cut), a split with no side, two sides' splits.

Cost: one pass over each report's sentences; across reports, splits are grouped by their kinds and each is
weighed against the next ``CAP`` of its group in date order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Iterable

from backchannel.alternation import word_pattern
from backchannel.data_loader import read
from backchannel.resolve.across.countparts import PeopleCount, lists, people_counts
from backchannel.resolve.across.factcounts import clause_state, days_apart, owner_state
from backchannel.resolve.across.names import state_named
from backchannel.resolve.across.quantities import number_value, particle, value_range
from backchannel.resolve.across.words import words

if TYPE_CHECKING:  # records reads this module's counts at digest
    from backchannel.resolve.across.records import ClaimRec, InterRec

FILE = "across_parts.toml"
RULE = "across.links.count_split"
CAP = 40  # splits of one kind set each split is weighed against (the pairs would grow with the square)
QUAL_REACH = 3  # words before a number in which its qualifier ("about", "over") is sought
END = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“])")  # a sentence's end (a closing quote may follow its stop)


@dataclass(frozen=True)
class SplitWords:
    persons: frozenset[str]
    kind_of: dict[str, str]
    generic: frozenset[str]
    leads: re.Pattern[str]
    days: int


@cache
def split_words() -> SplitWords:
    raw = read(FILE)["split"]
    kind_of = {w: group[0] for group in raw["kinds"] for w in group}
    return SplitWords(frozenset(raw["persons"]), kind_of, frozenset(raw["generic"]), word_pattern(raw["leads"]),
                      int(raw["days"]))


@dataclass(frozen=True)
class Split:
    """A group of people a report splits into kinds: the sentence, the side, each kind's range, the whole's."""

    doc: str
    start: int  # its sentence
    end: int
    at: int  # its first count
    side: str | None  # the group's state; "" when the kinds are the sides ("12 Lorvians and 24 Castelians")
    parts: tuple[tuple[str, float, float], ...]  # (kind, low, high) in text order, one per kind
    whole: tuple[float, float] | None = None  # the count of the group told right before the split
    claim: str | None = None  # the claim that holds it (digest)
    lead: bool = False  # one part after a lead word ("including four women"): weighed against splits holding its kind

    def kinds(self) -> frozenset[str]:
        return frozenset(k for k, _, _ in self.parts)

    def of(self, kind: str) -> tuple[float, float]:
        return next((lo, hi) for k, lo, hi in self.parts if k == kind)


def kind(word: str, states: frozenset[str]) -> str:
    """The kind a person word names: its state for a demonym, its group's first word, else the word itself."""
    bare = re.sub(r"['’]s$", "", word).strip(".,;:")
    state = state_named(bare, states)
    if state is not None:
        return state
    low = bare.lower()
    return split_words().kind_of.get(low, low)


def _value(text: str, c: PeopleCount) -> tuple[float, float] | None:
    """The range a part's number allows, with a qualifier up to ``QUAL_REACH`` words before it ("about 80")."""
    raw = text[c.start:c.end].replace(",", "")
    value = int(raw) if raw.isdigit() else number_value(raw.lower())
    if value is None:
        return None
    w = words()
    before = " ".join(text[max(0, c.start - 30):c.start].lower().split()[-QUAL_REACH:])
    qual = next((q for q in sorted([*w.over, *w.about, *w.under, *w.ceiling], key=len, reverse=True)
                 if re.search(rf"\b{re.escape(q)}$", before)), None)
    head = text[max(0, c.start - 40):c.start].lower().rstrip()
    if qual in w.verb_particles and particle(head, len(head) - len(qual)):
        qual = None  # across.links.count_particle: "handed over 100 Lorvians" is 100
    return value_range(qual, value)


def _bounds(text: str, at: int) -> tuple[int, int, int]:
    """The start of the sentence before the one holding offset ``at``, that sentence's start and its end."""
    starts = [0, *(m.end() for m in END.finditer(text, 0, at))]
    stop = END.search(text, at)
    return starts[-2] if len(starts) > 1 else 0, starts[-1], stop.start() + 1 if stop else len(text.rstrip())


def _side(text: str, run: list[PeopleCount], states: frozenset[str]) -> tuple[str | None, tuple[float, float] | None]:
    """The group's side and its whole's range (module doc): the parts' one state ("" when each part is of a state
    and they differ), else the nearest count of people with a side before, else the state a clause has receive them."""
    sides = {c.side for c in run if c.side}
    if len(sides) > 1:
        return ("" if all(c.side for c in run) else None), None
    if sides:
        return sides.pop(), None
    prev, start, stop = _bounds(text, run[0].start)
    before = people_counts(text, prev, run[0].start, states)
    if before:  # "Norland freed 100 Lorvians, among them ...", "Lorvia got back 120 of its people. They were ..."
        last = before[-1]
        _, lo, hi = _bounds(text, last.start)
        owner = owner_state(text, last.start, text[last.end:last.noun_end].split(), states)
        side = last.side or owner or clause_state(text[lo:hi], states) or clause_state(text[start:stop], states)
        return side, _value(text, last)  # the split's own clause when the count before names no side (split_side)
    return clause_state(text[start:stop], states), None


def splits(doc: str, text: str, states: frozenset[str] = frozenset()) -> list[Split]:
    """Every split of a group of people into kinds in ``text`` (module doc); lists of one kind are none."""
    out = []
    for run in lists(text, states):
        parts: dict[str, tuple[float, float]] = {}
        for c in run:
            word = text[:c.noun_end].split()[-1] if text[:c.noun_end].split() else ""
            rng = _value(text, c)
            if rng is not None:
                parts.setdefault(kind(word, states), rng)
        if len(parts) < 2:
            continue
        side, whole = _side(text, run, states)
        _, lo, hi = _bounds(text, run[0].start)
        out.append(Split(doc, lo, hi, run[0].start, side, tuple((k, a, b) for k, (a, b) in parts.items()), whole))
    return out + _single_parts(doc, text, states, {c.start for run in lists(text, states) for c in run})


LEAD_REACH = 40  # characters after a lead word in which its part's number starts, no comma between ("including both
#                 military personnel and six civilians": count_part_lead; was 12)


def _single_parts(doc: str, text: str, states: frozenset[str], listed: set[int]) -> list[Split]:
    """One part of a group after a lead word ("Norland freed 64 Lorvians, including four women"), of a kind that is
    no side and no generic word, with its whole told before it: a split into one kind (``lead``)."""
    sw, out = split_words(), []
    for m in sw.leads.finditer(text):
        c = next(iter(people_counts(text, m.end(), min(len(text), m.end() + LEAD_REACH + 40), states)), None)
        if c is None or c.start - m.end() > LEAD_REACH or c.start in listed or c.side or \
                re.search(r"[,;:]", text[m.end():c.start]):
            continue
        k, rng = kind(text[:c.noun_end].split()[-1], states), _value(text, c)
        side, whole = _side(text, [c], states)
        if rng is None or whole is None or not side or k in sw.generic:
            continue
        _, lo, hi = _bounds(text, c.start)
        out.append(Split(doc, lo, hi, c.start, side, ((k, *rng),), whole, lead=True))
    return out


def _comparable(a: Split, b: Split, published: dict[str, str | None]) -> bool:
    if a.doc == b.doc or a.side is None or b.side is None or a.side != b.side:
        return False
    if days_apart(published.get(a.doc), published.get(b.doc)) > split_words().days:
        return False
    return a.whole is None or b.whole is None or (a.whole[0] <= b.whole[1] and b.whole[0] <= a.whole[1])


def _end(s: Split, acts: dict[str, list[InterRec]]) -> dict:
    """The claim holding the split, else the act whose sentence holds it, else the sentence."""
    if s.claim:
        return {"doc": s.doc, "claim": s.claim}
    act = next((r for r in acts.get(s.doc, ()) if r.span[0] <= s.at < r.span[1]), None)
    return {"doc": s.doc, "interaction": act.id} if act else {"doc": s.doc, "start": s.start, "end": s.end}


def split_links(found: list[Split], inters: list[InterRec], published: dict[str, str | None]) -> list[dict]:
    """Rule ``across.links.count_split``: two reports' splits of one group into the same kinds whose figures of a kind
    cannot meet contradict (``on: count``), once per pair of reports and side (module doc)."""
    acts: dict[str, list[InterRec]] = {}
    for r in inters:
        if r.span[0] >= 0 and not r.negated:
            acts.setdefault(r.doc, []).append(r)
    groups: dict[frozenset[str], list[Split]] = {}
    for s in found:  # splits into the same kinds; a lead part with every split holding its kind
        keys = [s.kinds()] if s.lead else [s.kinds(), *(frozenset([k]) for k in s.kinds())]
        for kinds in keys:
            groups.setdefault(kinds, []).append(s)
    out, seen = [], set()
    for kinds, items in groups.items():
        items = sorted(items, key=lambda s: (published.get(s.doc) or "", s.doc, s.start))
        for i, a in enumerate(items):
            for b in items[i + 1:i + 1 + CAP]:
                pair = (*sorted((a.doc, b.doc)), a.side)
                if pair in seen or not _comparable(a, b, published) or (a.kinds() != b.kinds() and not (a.lead or b.lead)):
                    continue
                apart = [k for k in sorted(kinds) if not (a.of(k)[0] <= b.of(k)[1] and b.of(k)[0] <= a.of(k)[1])]
                summed = None if apart else _sum_apart(a, b)
                if not apart and summed is None:
                    continue
                seen.add(pair)
                note = f"one group split apart: {apart[0]} {_fig(a.of(apart[0]))} / {_fig(b.of(apart[0]))} [{RULE}]" \
                    if apart else f"a whole and its part / the part beside the rest: {summed} [{SUM_RULE}]"
                out.append({"kind": "contradicts", "on": "count", "a": _end(a, acts), "b": _end(b, acts), "note": note})
    return out


SUM_RULE = "across.links.count_split_sum"


def _sum_apart(a: Split, b: Split) -> str | None:
    """Rule ``across.links.count_split_sum``: one report tells a whole with a part INSIDE it ("230 Lorvians, including
    six civilians": a lead split), the other the same part BESIDE the rest ("230 soldiers and six civilians"): when the
    second's parts add up to a sum the first's whole cannot meet (236 / 230), the two cannot both hold. Only when the
    part both tell meets (the same civilians): was, the part alone was weighed, and it agreed."""
    lead, full = (a, b) if a.lead else (b, a)
    if not lead.lead or full.lead or lead.whole is None or len(full.parts) < 2:
        return None
    lo, hi = sum(p[1] for p in full.parts), sum(p[2] for p in full.parts)
    if lo <= lead.whole[1] and lead.whole[0] <= hi:
        return None
    return f"{_fig((lo, hi))} / {_fig(lead.whole)}"


def _fig(r: tuple[float, float]) -> str:
    return f"{r[0]:g}" if r[0] == r[1] else f"{r[0]:g}-{r[1]:g}"


def holding_claim(s: Split, claims: list[ClaimRec]) -> Split:
    """The split with the claim of its report that holds its first count, if any (digest)."""
    holder = claim_holding(claims, s.doc, s.at, s.at + 1)
    return replace(s, claim=holder.id) if holder else s


def claim_holding(claims: Iterable[ClaimRec], doc: str, start: int, end: int) -> ClaimRec | None:
    """The first claim of report ``doc`` whose words hold the passage ``start``-``end``: a link's end is a claim
    when one holds its passage, so the reader sees who said it (shared with :mod:`.ages`)."""
    return next((c for c in claims if c.doc == doc and c.span[0] <= start and end <= c.span[1]), None)
