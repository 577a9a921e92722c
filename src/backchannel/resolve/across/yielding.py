"""Who gave in: one report says a party capitulated, another denies it or says the other side did.

Why a rule of its own: "the rebels have capitulated" and "claims that the movement surrendered are
absolutely wrong" share no act and no negated verb (the second often quotes only its judgement, so the
claim's own words hold no act at all), and "Brandt's capitulation to Lorvia" says the opposite of "the
rebels capitulated" without a negation; yet who backed down is what the sides of a halt dispute most.

Rule ``across.links.yield_dispute`` (words in data/across_yield.toml): a claim READS a yielding when a
word of yielding ("capitulated", "surrender", "backed down", "raised the white flag") stands in it, not
in a question, not sought ("called on Lorvia to surrender", "would back down") and not a thing handed
over ("the surrender of weapons"); a claim that is a rejection ("absolutely wrong", "denied") and holds
no such word reads the one of its sentence before it ("claims that X surrendered are 'absolutely
wrong'"). It is DENIED when a rejection or negation stands before the word in the claim ("never
capitulated", "denied that it backed down") or the claim is the rejection. The party who gave in is
every actor named between the last boundary ("that", "by", a comma) and the word, or after "by"
("the capitulation by Ostrava"); the one given in to follows "to". Across two reports, a yielding told
and the same party's yielding denied contradict (``on: content``), and so do two yieldings told of
parties of different sides when neither names a recipient of another side than the other's yielder
("the rebels capitulated" / "Brandt's capitulation to Lorvia"). A report that itself denies a party gave
in relays the claims that it did (it sets the two sides against each other itself): they are no ends.
One end per report, reading and side (a quote first); the readings are few, and each report's
readings meet at most ``CAP`` other reports' (:mod:`.caps`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from backchannel.alternation import alternation as alt
from backchannel.data_loader import read
from backchannel.resolve.across.caps import Capped

RULE = "across.links.yield_dispute"
FILE = "across_yield.toml"
GOVERN_BEFORE = 6  # a governor this many words before the word of yielding, in its zone, makes it sought
CAP = 50
TAIL = 60  # characters after the sentence searched for who was given in to


@dataclass(frozen=True)
class YieldWords:
    words: tuple[str, ...]
    rejections: frozenset[str]
    governors: tuple[str, ...]
    objects: frozenset[str]
    boundaries: tuple[str, ...]
    recipient: frozenset[str]
    agent: frozenset[str]
    pronouns: frozenset[str]


@cache
def yield_words() -> YieldWords:
    r = read(FILE)["yield"]
    return YieldWords(tuple(r["words"]), frozenset(r["rejections"]), tuple(r["governors"]), frozenset(r["objects"]),
                      tuple(r["boundaries"]), frozenset(r["recipient"]), frozenset(r["agent"]), frozenset(r["pronouns"]))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    w = yield_words()
    marks = "".join(re.escape(b) for b in w.boundaries if not b[0].isalpha())
    words = alt(b for b in w.boundaries if b[0].isalpha())
    return re.compile(rf"\b(?:{alt(w.words)})\b"), re.compile(rf"[{marks}]|\b(?:{words})\b")


@dataclass(frozen=True)
class Reading:
    """What a claim says of who gave in: told or denied, the actors said to give in, those given in to."""

    told: bool
    party: tuple[str, ...]  # actor ids of the report
    to: tuple[str, ...]


@cache
def _stems() -> re.Pattern[str]:
    """The first word of each word of yielding, as one plain alternation (no word bounds, no case folding:
    twenty times faster than the full pattern with ``re.IGNORECASE``), a first test of a lowered window."""
    return re.compile(alt({x.split()[0] for x in yield_words().words}))


def _toks(text: str) -> list[str]:
    return re.findall(r"[a-z']+", text)


def _rejects(text: str) -> bool:
    w = yield_words()
    return any(t in w.rejections or t.endswith("n't") for t in _toks(text))


def read_yield(text: str, sentence: tuple[int, int], claim: tuple[int, int],
               mentions: list[tuple[int, str]]) -> Reading | None:
    """The claim's reading (see the module's docstring); ``text[sentence[0]:sentence[1]]`` is its sentence,
    ``claim`` its span, ``mentions`` the report's (start, actor id) in text order.

    Why a window: the digest reads every claim of a report, so only the claim's sentence (and a little
    after it, for "to Lorvia") is lowered and searched, never the whole text once per claim."""
    w0, w1 = min(sentence[0], claim[0]), max(sentence[1], claim[1]) + TAIL
    window = text[w0:w1].lower()
    if not _stems().search(window):
        return None  # the common case: no word of yielding near (a rejection alone reads nothing)
    lo, hi = bisect_left(mentions, (w0, "")), bisect_left(mentions, (w1, ""))
    return _read(window, (sentence[0] - w0, sentence[1] - w0), (claim[0] - w0, claim[1] - w0),
                 [(s - w0, a) for s, a in mentions[lo:hi]])


def _read(low: str, sentence: tuple[int, int], claim: tuple[int, int],
          mentions: list[tuple[int, str]]) -> Reading | None:
    word, _ = _patterns()
    found = [m for m in word.finditer(low, claim[0], claim[1])]
    told = True
    if not found:
        if not _rejects(low[claim[0]:claim[1]]):
            return None
        found, told = [m for m in word.finditer(low, sentence[0], claim[0])], False
    for m in reversed(found):
        got = _reading(low, m, sentence, claim, mentions)
        if got is not None:
            return Reading(told and not _rejects(low[max(claim[0], sentence[0]):m.start()]), *got)
    return None


def _reading(low: str, m: re.Match[str], sentence: tuple[int, int], claim: tuple[int, int],
             mentions: list[tuple[int, str]]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(party, recipients) of one word of yielding, or None when it is asked, sought, or a thing handed over."""
    w = yield_words()
    _, bound = _patterns()
    if "?" in low[m.end():sentence[1]]:
        return None  # "think Lorvia has surrendered?"
    nxt = re.match(r"\s+([a-z']+)", low[m.end():m.end() + 40])  # the next word, in the same clause
    after = [nxt.group(1)] if nxt else []
    if after and after[0] in w.objects:
        return None
    cuts = [b.end() for b in bound.finditer(low, sentence[0], m.start())]
    zone = cuts[-1] if cuts else sentence[0]
    before = " " + " ".join(_toks(low[zone:m.start()])[-GOVERN_BEFORE:]) + " "
    if any(f" {g} " in before for g in w.governors):
        return None
    near = [(s, a) for s, a in mentions if m.end() < s <= m.end() + 40]
    party = tuple(a for s, a in mentions if zone <= s < m.start())
    first = _toks(low[zone:m.start()])[:1]
    if not party and first and first[0] in w.pronouns and len(cuts) >= 1:  # "Lorvia denied that it had backed down"
        prev = cuts[-2] if len(cuts) >= 2 else sentence[0]
        party = tuple(a for s, a in mentions if prev <= s < zone)
    to: tuple[str, ...] = ()
    if after and after[0] in w.agent and near:
        party = (near[0][1],)
    elif after and after[0] in w.recipient and near:
        to = (near[0][1],)
    return (party, to) if party else None


@dataclass(frozen=True)
class YieldRec:
    doc: str
    claim: str
    direct: bool
    reading: Reading


def yield_links(recs: list[YieldRec], entity_of: dict[tuple[str, str], str], side: dict[str, str],
                capped: Capped | None = None) -> list[dict]:
    """Each report's readings against the other reports' (see the module's docstring)."""
    def sides(doc: str, ids: tuple[str, ...]) -> frozenset[str]:
        return frozenset(side.get(e, e) for a in ids if (e := entity_of.get((doc, a))))

    best: dict[tuple[str, bool, frozenset[str]], tuple[YieldRec, frozenset[str]]] = {}
    for r in sorted(recs, key=lambda r: (not r.direct, r.doc, r.claim)):
        s = sides(r.doc, r.reading.party)
        if s:
            best.setdefault((r.doc, r.reading.told, s), (r, s))
    denied = {(doc, x) for (doc, told, s) in best if not told for x in s}
    items = [(r, s) for (doc, told, _), (r, s) in sorted(best.items(), key=lambda kv: (kv[0][0], kv[0][1], sorted(kv[0][2])))
             if not (told and any((doc, x) in denied for x in s))]
    out, seen = [], set()
    for i, (a, sa) in enumerate(items):
        others = [x for x in items[i + 1:] if x[0].doc != a.doc]
        (capped or Capped()).note(len(others), CAP)
        for b, sb in others[:CAP]:
            why = _conflict(a, sa, b, sb, sides)
            key = tuple(sorted((a.doc, b.doc))) + (why,)
            if why and key not in seen:
                seen.add(key)
                out.append({"kind": "contradicts", "on": "content", "a": {"doc": a.doc, "claim": a.claim},
                            "b": {"doc": b.doc, "claim": b.claim}, "note": f"{why} [{RULE}]"})
    return out


def _conflict(a: YieldRec, sa: frozenset[str], b: YieldRec, sb: frozenset[str], sides) -> str:  # noqa: ANN001
    if a.reading.told != b.reading.told:
        return "one says the party gave in, the other denies it" if sa & sb else ""
    if not a.reading.told or sa & sb:
        return ""
    ta, tb = sides(a.doc, a.reading.to), sides(b.doc, b.reading.to)
    if (ta and not ta & sb) or (tb and not tb & sa):
        return ""
    return "each says the other side gave in"
