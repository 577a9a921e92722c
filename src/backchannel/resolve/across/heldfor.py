"""How long a freed captive was held, told differently by two reports (rule ``across.links.held_for_differs``, s45).

Why: outlets introduce a freed prisoner with the time they were held ("imprisoned for nearly ten years", "after
more than ten years in a Westmark jail", "who had served eight years"); copied wires and loose briefings disagree,
and "nearly ten" and "more than ten" cannot both be true. The figure is no count of the dossier (it is a
duration), so the count rules never saw it.

Read: the evidence sentence of each telling of a release (``held.acts``) is scanned for a duration in one of three
shapes (a word of holding, then "for" and the duration within ``GAP_WORDS`` words; "served" / "spent" and the
duration, then a place of captivity; the duration and a noun of captivity after it). The duration is the
telling's target's only when the last actor mention before the phrase, within ``REACH`` characters, is the
target's: "Lorvia freed Anna Berg, who had been jailed for ..." is Anna Berg's time, "freed Anna Berg after the
Front held Tomas Ferro for ..." is nobody's (Tomas Ferro's mention stands between). Each duration is the range of
days it allows: a bare "ten years" [9.5, 11) years (outlets round), "nearly ten" [8.5, 10), "more than ten"
(10, 30], "about ten" [8.5, 11.5]. Per event, one duration per report (two different ones: none). Two reports
contradict (``on: count``) when their ranges do not meet once the later one is allowed the days between the two
reports (none under a week); reports with one figure written alike corroborate (``on: count``). Per event each report is compared with
the first report of each other figure: linear in the tellings. The ends are the two telling interactions.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date
from functools import cache

from backchannel.alternation import alternation as alt
from backchannel.data_loader import loader
from backchannel.resolve.across.quantities import number_value, number_words
from backchannel.resolve.across.captivecounts import CORROBORATES
from backchannel.resolve.across.links import CONTRADICTS, json_key
from backchannel.resolve.across.records import ActorRec, InterRec

RULE = "across.links.held_for_differs"
SAME = "the same time held"  # the notes of the rule's links
APART = "times held that cannot both be true"
FILE = "across_held.toml"
BARE_BELOW, BARE_ABOVE = 0.5, 1.0  # a bare "ten years": from 9.5 to below 11 (rounded either way, whole units)
NEAR = 0.15  # "nearly ten" reaches down to 8.5, "about ten" 8.5 to 11.5 (as quantities.ABOUT)
ABOVE_TOP = 3.0  # "more than ten" allows up to thirty (as quantities.value_range)
SAME_WEEK = 7  # reports fewer days apart than this tell the time held at one moment
GAP_WORDS = 6  # words allowed between a holding word and "for": "held in a Westmark jail for"
OTHER_CAPTIVE = 2.0  # figures more than twice apart at their nearest ends are two captives' times in one event, no dispute
REACH = 90  # characters from the captive's mention to the phrase: "Anna Berg, a nurse who has been held for"


@dataclass(frozen=True)
class HeldWords:
    """Data ``held`` of data/across_held.toml."""

    acts: frozenset[str]
    captive_kinds: frozenset[str]
    holding: tuple[str, ...]
    serving: tuple[str, ...]
    captivity: tuple[str, ...]
    serving_place: tuple[str, ...]
    places: tuple[str, ...]
    not_after_holding: tuple[str, ...]
    gap_preps: tuple[str, ...]
    held_as: tuple[str, ...]
    sentencing: tuple[str, ...]
    sentence_aux: frozenset[str]
    charge_preps: tuple[str, ...]
    charge_nouns: tuple[str, ...]
    crimes: tuple[str, ...]
    part_of_group: tuple[str, ...]
    relatives: tuple[str, ...]
    below: tuple[str, ...]
    above: tuple[str, ...]
    least: tuple[str, ...]
    about: tuple[str, ...]
    units: dict[str, int]
    single: tuple[str, ...]


held_words = loader(HeldWords, FILE, "held")


@cache
def _pattern() -> re.Pattern[str]:
    """The three shapes of a time held over lower-cased text; group ``q`` the qualifier, ``n`` the number, ``u``
    the unit, ``at`` where the phrase starts (the holding or serving word, else the duration). Between the holding
    word and "for" only a word of the captive's state and a prepositional phrase ("held hostage in a cell for");
    after the duration no year or charge of a sentence passed ("jailed for ten years in 2025 on spying charges")."""
    w = held_words()
    quals = alt((*w.below, *w.above, *w.least, *w.about))
    number = r"(?<![\d,.])(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?![,.]\d)"  # "1,200 days"; not "2,5 years" (braces for format)
    dur = rf"(?:(?P<q{{k}}>{quals})\s+)?(?P<n{{k}}>{number}|{number_words()}|{alt(w.single)})[\s-]+" \
          rf"(?P<u{{k}}>{alt(tuple(w.units))})\b"
    gap = rf"(?:(?:{alt(w.held_as)})\s+)?(?:(?:{alt(w.gap_preps)})\s+(?:[\w.,'’-]+\s+){{0,{GAP_WORDS - 1}}}?)?"
    sentence = rf"(?!\s+(?:in\s+\d{{4}}\b|(?:{alt(w.charge_preps)})\s+(?:[\w-]+\s+){{0,3}}(?:{alt(w.charge_nouns)})\b" \
               rf"|for\s+(?:{alt(w.crimes)})\b))"
    one = rf"\b(?P<at1>{alt(w.holding)})\s+(?!(?:{alt(w.not_after_holding)})\b){gap}for\s+{dur.format(k=1)}{sentence}"
    two = rf"\b(?P<at2>{alt(w.serving)})\s+{dur.format(k=2)}\s+(?:{alt(w.serving_place)})\s+" \
          rf"(?:[\w.'’-]+\s+){{0,3}}?(?:{alt(w.places)})\b"
    three = rf"\b(?P<at3>{dur.format(k=3)})(?:['’]s?|\s+of|\s+in)?\s+(?:{alt(w.captivity)})\b"
    return re.compile(f"{one}|{two}|{three}")


@dataclass(frozen=True)
class Held:
    """A time held as written: its range in days, the words, and where its phrase starts in the sentence."""

    low: float
    high: float
    text: str
    at: int

    def meets(self, other: Held, slack: float = 0.0) -> bool:
        return self.low <= other.high + slack and other.low <= self.high + slack


def durations(sentence: str) -> list[Held]:
    """Every time held written in ``sentence`` (see the module)."""
    w = held_words()
    out = []
    low_text = sentence.lower()
    for m in _pattern().finditer(low_text):
        k = next(k for k in "123" if m.group(f"n{k}") is not None)
        if _sentence_passed(low_text, m) or _part_of_group(low_text, m.start(f"at{k}")):
            continue
        raw = m.group(f"n{k}").replace(",", "")
        value = 1 if raw in w.single else int(raw) if raw.isdigit() else number_value(raw)
        if not value:
            continue
        low, high = _range(m.group(f"q{k}"), float(value))
        day = w.units[m.group(f"u{k}")]
        out.append(Held(low * day, high * day, m.group(0), m.start(f"at{k}")))
    return out


def _sentence_passed(text: str, m: re.Match[str]) -> bool:
    """"was jailed for ten years": a word of jailing after a simple auxiliary tells the sentence passed, not the
    time held (read only in the perfect, "has been jailed for", or as a bare participle, "jailed for")."""
    if m.group("at1") is None or m.group("at1") not in held_words().sentencing:
        return False
    before = text[:m.start("at1")].split()
    return bool(before) and before[-1] in held_words().sentence_aux


def _part_of_group(text: str, at: int) -> bool:
    """"two engineers, one of whom had been jailed for ...": the figure is a part's, not the freed group's."""
    near = " ".join(text[:at].split()[-5:])
    return any(f" {p} " in f" {near} " for p in held_words().part_of_group)


def _range(q: str | None, n: float) -> tuple[float, float]:
    """The values a number of units allows with its qualifier (the module's ranges; an open end is a hair inside)."""
    w, hair = held_words(), 1e-6
    if q in w.below:
        return n * (1 - NEAR), n - hair
    if q in w.above:
        return n + hair, n * ABOVE_TOP
    if q in w.least:
        return n, n * ABOVE_TOP
    if q in w.about:
        return n * (1 - NEAR), n * (1 + NEAR)
    return n - BARE_BELOW, n + BARE_ABOVE - hair


def held_of(r: InterRec, mentions: list[tuple[int, str]]) -> Held | None:
    """The one time held that ``r``'s evidence gives its target (None: none, two, or another's; see the module)."""
    if r.type not in held_words().acts or not r.target or r.negated or r.span[0] < 0:
        return None
    got = {h for h in durations(r.evidence) if _whose(r, h, mentions) == r.target}
    return min(got, key=lambda h: h.at) if len({(h.low, h.high) for h in got}) == 1 else None


def _whose(r: InterRec, h: Held, mentions: list[tuple[int, str]]) -> str | None:
    """The actor whose mention is the last inside the phrase ("Westmark had jailed Tomas Ferro for ten years": the
    one held is the object), else the last before it, within reach and inside the sentence."""
    at = r.span[0] + h.at
    k = bisect_left(mentions, (at + len(h.text), ""))  # the phrase's own mentions first
    inside = {a for s, a in mentions[max(0, k - 8):k] if s >= at}
    if inside:
        return r.target if r.target in inside and len(inside) == 1 else None
    k = bisect_left(mentions, (at, ""))
    if k == 0:
        return None
    start = mentions[k - 1][0]
    if start < max(r.span[0], at - REACH) or _other_antecedent(r.evidence.lower()[start - r.span[0]:h.at]):
        return None
    last = {a for s, a in mentions[max(0, k - 4):k] if s == start}  # one place may start two actors' mentions
    return r.target if r.target in last else next(iter(sorted(last)))


# the antecedent a relative clause may describe, from the captive's mention on: a name of up to four words, then an
# age or a noun phrase in apposition ("Anna Berg, 45, who", "Anna Berg, a Westmark nurse who")
_ANTECEDENT = re.compile(r"[\w.'’-]+(?:\s+[\w.'’-]+){0,3}(?:,\s+(?:\d+|(?:a|an|the)(?:\s+[\w.'’-]+){1,4}))?,?\s*")


def _other_antecedent(between: str) -> bool:
    """Is the phrase in a relative clause on another noun than the captive's mention that ``between`` starts with
    ("freed Anna Berg in exchange for a man who had served nine years": the man's time)?"""
    rel = list(re.finditer(rf"\b(?:{alt(held_words().relatives)})\b", between))
    if not rel:
        return False
    gap = between[:rel[-1].start()]
    return bool(gap.strip()) and _ANTECEDENT.fullmatch(gap) is None


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat((published or "")[:10])
    except ValueError:
        return None


def _gap(a: str | None, b: str | None) -> float | None:
    """Days between two reports' dates, none under a week (a figure told in years or months on the day after is
    the same figure); None when one has no date (then no contradiction is claimed)."""
    da, db = _day(a), _day(b)
    if not (da and db):
        return None
    days = abs((da - db).days)
    return float(days) if days >= SAME_WEEK else 0.0


def held_links(events: list[dict], inters: dict[tuple[str, str], InterRec],
               mentions: dict[str, list[tuple[int, str]]], published: dict[str, str | None],
               actors: list[ActorRec]) -> list[dict]:
    """The time-held links of a corpus, per event (see the module). Only the mentions of actors of a kind that
    can be held (``held.captive_kinds``: persons, groups) stand between a captive and the phrase ("freed Anna
    Berg, jailed in Ostland for ...": a state's name is no other captive)."""
    acts, kinds = held_words().acts, held_words().captive_kinds
    people = {a.key for a in actors if a.kind in kinds}
    out: list[dict] = []
    own: dict[str, list[tuple[int, str]]] = {}  # per report, its people's mentions (made once, when asked)
    for ev in events:
        if ev["type"] not in acts or len({m["doc"] for m in ev["members"]}) < 2:
            continue
        told: dict[str, set[tuple[Held, str]]] = {}
        for m in ev["members"]:
            r = inters.get((m["doc"], m["interaction"]))
            if r and r.doc not in own:
                own[r.doc] = [(at, a) for at, a in mentions.get(r.doc, []) if (r.doc, a) in people]
            if r and (h := held_of(r, own[r.doc])):
                told.setdefault(r.doc, set()).add((h, r.id))
        one = {d: min(v, key=lambda x: x[1]) for d, v in told.items() if len({(h.low, h.high) for h, _ in v}) == 1}
        out += _compare(ev["id"], one, published)
    return out


def _compare(event: str, one: dict[str, tuple[Held, str]], published: dict[str, str | None]) -> list[dict]:
    """Each report against the first report (by date) of every figure; the same figure corroborates, ranges that
    cannot meet (the later report allowed the days between) contradict; a pair is read once."""
    first: dict[tuple[float, float], str] = {}
    for d in sorted(one, key=lambda d: ((published.get(d) or "9999"), d)):
        first.setdefault((one[d][0].low, one[d][0].high), d)
    out, seen = [], set()
    for d in sorted(one):
        h, hid = one[d]
        for fig, ref in sorted(first.items()):
            if ref == d or frozenset((d, ref)) in seen:
                continue
            seen.add(frozenset((d, ref)))
            o, oid = one[ref]
            g = _gap(published.get(d), published.get(ref))
            if fig == (h.low, h.high):
                kind, why = CORROBORATES, SAME
            elif g is not None and not h.meets(o, g) and not _other_captive(h, o):
                kind, why = CONTRADICTS, APART
            else:
                continue
            out.append({"kind": kind, "on": "count", "a": {"doc": ref, "interaction": oid},
                        "b": {"doc": d, "interaction": hid},
                        "note": f"{why} ({event}): '{o.text}' / '{h.text}' [{RULE}]"})
    return out


def _other_captive(a: Held, b: Held) -> bool:
    """Whether two figures are too far apart to be one captive's time told two ways ("five years" / "more than
    twenty"). Why: outlets that dispute a time held give near figures ("nearly twenty" / "more than twenty"); figures
    this far apart come from two captives whose releases one event took in (a named captive beside an unnamed one),
    and a contradiction there would be false."""
    near, far = sorted(((a.low, a.high), (b.low, b.high)))
    return far[0] > OTHER_CAPTIVE * near[1]


def held_disputed(links: list[dict], held: list[dict]) -> list[dict]:
    """``links`` without the corroborations of two tellings whose times held contradict, then ``held``: the same
    act told by both is no agreement a fact-checker should see beside the figure they dispute (as
    ``across.links.retell_disputed`` does for claims). A pair whose figures agree keeps one corroboration, the
    one that says which figure (``on: count``, the rule's note), in place of the same act's."""
    apart = {frozenset((json_key(lk["a"]), json_key(lk["b"]))) for lk in held}
    kept = [lk for lk in links if lk["kind"] != CORROBORATES
            or frozenset((json_key(lk["a"]), json_key(lk["b"]))) not in apart]
    return kept + held
