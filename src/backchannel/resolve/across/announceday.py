"""The day an agreement was announced, each report its own (rule ``across.links.announce_day``, s48).

Why: outlets date the announcement of one truce or deal differently ("Lorvia on Friday confirmed the truce" /
"the truce, announced by its foreign minister on Saturday"): a dispute over when an act happened. The agreement's
act carries no such day (the day belongs to the verb of announcing, not to the agreement), so the time rules of
events never weigh it.

Read per report (its text, :func:`announce_days`): a sentence naming an agreement (``polarity.topic`` of
across.toml: "truce", "deal") with a verb of announcing (``verbs``) and a written day next to the verb: among the
``BEFORE`` words before it ("on Friday confirmed", "said on Saturday, confirming") or the ``AFTER`` words after it
("announced by the minister on Saturday"), with no word of a plan (``planned`` of the swap-day rule: "will take
effect on Monday") between. The day is read as the moved-day rule reads one (the most precise kind first, days
resolved against the report's date). A report whose sentences give two days says nothing.

Two reports of one story (:mod:`.storytie`) contradict on ``time`` when their days differ, at most ``days`` apart
(the swap-day rule's), both on or before both reports' dates. One link per pair of reports; its ends are the
claim holding the verb, else the report's act told in the sentence, else the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from backchannel.alternation import word_pattern
from backchannel.data_loader import loader
from backchannel.resolve.across.movedday import day_of
from backchannel.resolve.across.names import fold
from backchannel.resolve.across.passages import sentences
from backchannel.resolve.across.swapday import _words as swap_words, iso_day
from backchannel.resolve.across.words import words
from backchannel.resolve.across.textspans import WORD

if TYPE_CHECKING:
    from backchannel.resolve.across.recbase import ClaimRec
    from backchannel.resolve.across.records import InterRec
    from backchannel.resolve.across.storytie import StoryTie

FILE = "across_announce.toml"
RULE = "across.links.announce_day"
BEFORE = 3  # words before the verb in which its day is sought ("on Friday confirmed")
KIND_BEFORE = 2  # words before an agreement word that may name its kind ("prisoner exchange deal")
AFTER = 8  # words after the verb in which its day is sought ("announced by the foreign minister on Saturday")


@dataclass(frozen=True)
class AnnounceWords:
    """The words of data/across_announce.toml [announce_day]."""

    verbs: tuple[str, ...]
    confirming: frozenset[str]
    kinds: dict[str, str]


announce_words = loader(AnnounceWords, FILE, "announce_day")


@dataclass(frozen=True)
class Announced:
    """A sentence that dates an agreement's announcement: report, span, the day (ISO) and the link end."""

    doc: str
    start: int
    end: int
    day: str
    end_ref: tuple[str, str] | None = None  # ("claim" | "interaction", id) holding the verb, if any
    confirms: bool = False  # the verb confirms an agreement ("confirmed"), not announces it
    kinds: frozenset[str] = frozenset()  # the agreement's kinds named in the sentence ("truce", "exchange")


@cache
def _verbs() -> re.Pattern[str]:
    return word_pattern(announce_words().verbs)


@cache
def _topic() -> re.Pattern[str]:
    return word_pattern(words().topic)


def verb_day(low: str, verb: re.Match[str], pub: date) -> date | None:
    """The one day written next to ``verb`` in the folded sentence ``low`` (the module's docstring), or None."""
    before = [m.start() for m in WORD.finditer(low, 0, verb.start())][-BEFORE:]
    after = [m.end() for m in WORD.finditer(low, verb.end())][:AFTER]
    lo, hi = (before[0] if before else verb.start()), (after[-1] if after else verb.end())
    for span in ((lo, verb.start()), (verb.end(), hi)):
        window = low[span[0]:span[1]]
        if swap_words().planned.search(window):
            continue
        day = day_of(window, pub)
        if day is not None:
            return day
    return None


def announce_days(doc: str, text: str, published: str | None, claims: list[ClaimRec],
                  inters: list[InterRec]) -> list[Announced]:
    """The sentences of ``text`` that date an agreement's announcement (module doc); none when they give two days."""
    pub = iso_day(published)
    low_all = fold(text)
    if pub is None or len(low_all) != len(text) or not _verbs().search(low_all) or not _topic().search(low_all):
        return []
    out: list[Announced] = []
    for s, e in sentences(text):
        low = low_all[s:e]
        if not _topic().search(low):
            continue
        for m in _verbs().finditer(low):
            day = verb_day(low, m, pub)
            if day is None:
                continue
            at = s + m.start()
            claim = next((c.id for c in claims if c.span[0] <= at < c.span[1]), None)
            act = next((i.id for i in inters if i.span[0] <= at < i.span[1]), None)
            ref = ("claim", claim) if claim else (("interaction", act) if act else None)
            out.append(Announced(doc, s, len(text[:e].rstrip()), day.isoformat(), ref,
                                 m.group(0) in announce_words().confirming, agreement_kinds(low)))
            break
    return out if len({a.day for a in out}) == 1 else []


def agreement_kinds(low: str) -> frozenset[str]:
    """The kinds (``kinds``) of the agreements a folded sentence names: an agreement word's own ("truce") or the
    word's just before it ("the prisoner exchange deal", "a ceasefire agreement"); none for a bare "the deal"."""
    kinds = announce_words().kinds
    out: set[str] = set()
    for m in _topic().finditer(low):
        near = [w.group(0) for w in WORD.finditer(low, 0, m.start())][-KIND_BEFORE:] + [m.group(0)]
        out.update(kinds[w] for w in near if w in kinds)
    return frozenset(out)


def same_telling(x: Announced, y: Announced) -> bool:
    """Can the two days tell one announcement? Not for two kinds of agreement ("a truce" / "the prisoner exchange
    deal"), nor a confirmation on or after the announcement (one side announces, the other confirms later: two acts);
    a confirmation dated before the announcement is a dispute."""
    if x.kinds and y.kinds and not x.kinds & y.kinds:
        return False
    if x.confirms != y.confirms:
        ann, conf = (y, x) if x.confirms else (x, y)
        return conf.day < ann.day
    return True


def announce_links(found: list[Announced], published: dict[str, str | None], order: dict[str, tuple[str, str]],
                   tie: StoryTie | None = None) -> list[dict]:
    """Rule ``across.links.announce_day`` (module doc): one link per pair of reports of one story."""
    first: dict[str, Announced] = {}
    for a in found:
        first.setdefault(a.doc, a)
    docs = sorted(first, key=lambda d: order.get(d, ("", d)))
    out = []
    for i, da in enumerate(docs):
        for db in docs[i + 1:]:
            x, y = first[da], first[db]
            if x.day == y.day or not same_telling(x, y) or (tie is not None and not tie.same(da, db)):
                continue
            dx, dy = date.fromisoformat(x.day), date.fromisoformat(y.day)
            pubs = [iso_day(published.get(da)), iso_day(published.get(db))]
            if abs((dx - dy).days) > swap_words().days or not all(p is not None and max(dx, dy) <= p for p in pubs):
                continue
            out.append({"kind": "contradicts", "on": "time", "a": end(x), "b": end(y),
                        "note": f"the agreement announced on {x.day} / {y.day} [{RULE}]"})
    return out


def end(a: Announced) -> dict:
    """A link end: the claim or act holding the verb, else the sentence."""
    if a.end_ref is not None:
        return {"doc": a.doc, a.end_ref[0]: a.end_ref[1]}
    return {"doc": a.doc, "start": a.start, "end": a.end}
