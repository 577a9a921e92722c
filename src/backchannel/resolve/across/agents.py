"""Who did an act told in the passive, and two reports naming different doers (rule ``across.links.agent_actor``).

Why: "Pell was arrested in 2030 by Norland's police" and "Pell was arrested on 3 May 2030 by Vesterland"
disagree on who arrested him (``on: actor``), yet neither act may be an interaction the extractor reads (its
types have no arrest). So each report's passives of an act with one doer (data/across_agents.toml: arrested,
freed, brokered ...) are read with the text's own words: the party the act befell is the named party
nearest before the auxiliary with no comma between (an apposition skipped) (else the sentence's first: :func:`acted_on`), the doer every named party in the phrase after "by" ("a court" names none) (through the
report's mentions, digest ``mentions``). Two reports that tell the same participle of the same party with
doers of no party in common, nor of one side (a person counts as the party they act for), contradict.

Cost: one regex pass per report; across reports, each (participle, party) group weighs each report against
the first ``CAP`` reports only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from backchannel.data_loader import read
from backchannel.resolve.across.caps import Capped
from backchannel.resolve.across.parenthetical import subject_end

FILE = "across_agents.toml"
RULE = "across.links.agent_actor"
ACTIVE = "across.links.agent_active"  # a telling in the active voice (:func:`active_passages`)
REACH = 400  # characters before a passive searched for its sentence's start
CAP = 50  # reports each report of one act is weighed against (caps.py)
BREAK = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])[.!?][\"”’']?\s+(?=[A-Z\"“])|\n")  # a sentence's end, not "U.S." nor "Mr."


@dataclass(frozen=True)
class Agented:
    """A passive of an act in a report: its participle, the sentence's start, the auxiliary, the agent's span."""

    doc: str
    verb: str
    sentence: int
    at: int
    by: int
    end: int
    commas: tuple[int, ...] = ()  # the sentence's commas before the subject's end (offsets into the report)
    cut: int = -1  # where the subject ends: before the apposition's opening comma, else the auxiliary (-1)
    active: bool = False  # told in the active voice: the doer in [sentence, at), the party in [by, end) (agent_active)


@cache
def _pattern() -> re.Pattern[str]:
    raw = read(FILE)["agents"]
    def alt(xs: list[str]) -> str:
        return "|".join(re.escape(x).replace(r"\ ", r"\s+") for x in sorted(xs, key=len, reverse=True))
    return re.compile(rf"\b(?:{alt(raw['aux'])})\s+(?:[a-z]+ly\s+)?(?P<verb>{alt(raw['verbs'])})\b"
                      rf"(?:(?![.!?]\s+[A-Z])[^;!?\n]){{0,{int(raw['gap'])}}}?\bby\s+(?P<agent>(?:(?!(?:{alt(raw['stops'])})\b)[^\s,;:!?()]+"
                      rf"(?:\s+\([^)]{{1,40}}\))?\s*){{1,8}})", re.I)


def agent_passages(doc: str, text: str) -> list[Agented]:
    """Every passive of an act with its "by" phrase in ``text`` (rule ``across.links.agent_actor``)."""
    out = []
    for m in _pattern().finditer(text):
        begin = max((b.end() for b in BREAK.finditer(text, max(0, m.start() - REACH), m.start())), default=0)
        end = len(text[:m.end("agent")].rstrip(" .\n"))
        cut = subject_end(text, begin, m.start())
        commas = tuple(begin + k for k, ch in enumerate(text[begin:cut]) if ch == ",")
        out.append(Agented(doc, " ".join(m.group("verb").lower().split()), begin, m.start(), m.start("agent"), end,
                           commas, cut))
    return out


@dataclass(frozen=True)
class ActiveWords:
    verbs: re.Pattern[str]
    aux: frozenset[str]
    breaks: frozenset[str]
    not_after: frozenset[str]
    denials: frozenset[str]
    subject_reach: int
    object_reach: int


@cache
def _active() -> ActiveWords:
    raw = read(FILE)["agents"]
    verbs = "|".join(re.escape(x) for x in sorted(raw["active"], key=len, reverse=True))
    return ActiveWords(re.compile(rf"\b(?P<verb>{verbs})\b", re.I), frozenset(raw["passive_aux"]),
                       frozenset(raw["active_breaks"]), frozenset(raw["active_not_after"]),
                       frozenset(raw["active_denials"]), int(raw["subject_reach"]), int(raw["object_reach"]))


def active_passages(doc: str, text: str) -> list[Agented]:
    """Rule ``across.links.agent_active``: every act of ``active`` told in the active voice ("Lorvian police
    arrested Tomas Pell"): the doer's region runs back from the verb to the last comma (at most ``subject_reach``
    characters), the party's from the verb to the first comma, stop or word of ``active_breaks`` (at most
    ``object_reach``). Not after an auxiliary (a passive, read by :func:`agent_passages`), a determiner (a
    participle: "the freed Pell") or a negation or denial (``active_not_after``)."""
    aw = _active()
    out = []
    for m in aw.verbs.finditer(text):
        before = [w.lower() for w in re.findall(r"[A-Za-z]+", text[max(0, m.start() - 30):m.start()])[-2:]]
        if not before or set(before) & aw.aux or before[-1] in aw.not_after:
            continue
        begin = max((b.end() for b in BREAK.finditer(text, max(0, m.start() - REACH), m.start())), default=0)
        lo = max(begin, m.start() - aw.subject_reach, text.rfind(",", 0, m.start()) + 1)
        if {w.lower() for w in re.findall(r"[A-Za-z]+", text[lo:m.start()])} & aw.denials:
            continue
        tail = text[m.end():m.end() + aw.object_reach]
        stop = next((w.start() for w in re.finditer(r"[,;:!?()]|\b[a-z]+\b", tail)
                     if not w.group(0).isalpha() or w.group(0) in aw.breaks), len(tail))
        if (b := BREAK.search(tail)) is not None:
            stop = min(stop, b.start())
        end = m.end() + len(tail[:stop].rstrip(" .\n"))
        out.append(Agented(doc, m.group("verb").lower(), lo + len(text[lo:m.start()]) - len(text[lo:m.start()].lstrip()),
                           m.start(), m.end(), end, active=True))
    return out


def acted_on(p: Agented, before: list[tuple[int, str]]) -> str | None:
    """The party the passive befell, its subject: the party nearest before the auxiliary with no comma between
    ("Norland said Tomas Pell was arrested by ...": Pell, not Norland, review s35), an apposition or parenthetical
    set off by commas skipped ("Norland said that Pell, 34, was arrested": Pell, :mod:`.parenthetical`, review
    s36); when every party is cut off by a comma, the first of the sentence."""
    if not before:
        return None
    end = p.cut if p.cut >= 0 else p.at
    close = [e for at, e in before if at < end and not any(at < c < end for c in p.commas)]
    return close[-1] if close else before[0][1]


def agent_links(passages: list[Agented], mentions: dict[str, list[tuple[int, str]]],
                entity_of: dict[tuple[str, str], str], named: frozenset[str], side: dict[str, str],
                capped: Capped | None = None) -> list[dict]:
    """The links of rule ``across.links.agent_actor`` (see the module's docstring)."""
    groups: dict[tuple[str, str], dict[str, tuple[Agented, set[str]]]] = {}
    for p in passages:
        seen = mentions.get(p.doc, [])
        before = [(at, e) for at, a in seen if p.sentence <= at < p.at and (e := entity_of.get((p.doc, a))) in named]
        after = [(at, e) for at, a in seen if p.by <= at < p.end and (e := entity_of.get((p.doc, a))) in named]
        if p.active:  # across.links.agent_active: the doer before the verb, the party the last named one after it
            party, doers = (after[-1][1] if after else None), {side.get(e, e) for _, e in before}
        else:
            party, doers = acted_on(p, before), {side.get(e, e) for _, e in after}
        if party and doers and party not in doers:
            groups.setdefault((p.verb, party), {}).setdefault(p.doc, (p, doers))
    out = []
    for (verb, party), docs in sorted(groups.items()):
        items = sorted(docs.values(), key=lambda x: x[0].doc)
        (capped or Capped()).note(len(items), CAP)
        for k, (pa, da) in enumerate(items[:CAP]):
            for pb, db in items[k + 1:]:
                if da.isdisjoint(db):
                    out.append({"kind": "contradicts", "on": "actor",
                                "a": {"doc": pa.doc, "start": pa.sentence if pa.active else pa.at, "end": pa.end},
                                "b": {"doc": pb.doc, "start": pb.sentence if pb.active else pb.at, "end": pb.end},
                                "note": f"who {verb} {party}: {', '.join(sorted(da))} / {', '.join(sorted(db))} "
                                        f"[{ACTIVE if pa.active or pb.active else RULE}]"})
    return out
