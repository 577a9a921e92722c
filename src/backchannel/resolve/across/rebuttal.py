"""A charge in one report, its rebuttal in another (rule ``across.links.charge_rebutted``, ``on: content``).

Why: "prosecutors accused Pell of diverting funds" and, in another report, "Pell's only crime was to buy
medicine for his town" (said by someone else) cannot both be true, yet neither denies an act by the words of
:mod:`.denial` (the rebuttal asserts a different reason, it negates no verb). So an accusation (an ``accuse``
act, not negated, its target resolved to a party) is weighed against the claims of other reports that name
that party (a word of one of its names, capitalised, in the clause of a word of rebuttal: review s35) and hold a word of rebuttal (data/across_rebuttal.toml: innocent,
baseless, "his only crime", "was targeted due to his work"), said by anyone but the accuser. Each such claim is linked once,
to the accusation told nearest to it in time (ties: the first report in corpus order): a dispute, not every
pair of its tellings.

Cost: one pass over the acts and one over the claims; each rebuttal weighs the accusations of its one party.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from backchannel.data_loader import read
from backchannel.resolve.across.records import ActorRec, ClaimRec, InterRec

FILE = "across_rebuttal.toml"
RULE = "across.links.charge_rebutted"
ACCUSE = "accuse"
MAX_CHARGES = 200  # accusations of one party a rebuttal is weighed against (the first told): the pairs stay linear


@dataclass(frozen=True)
class RebuttalWords:
    cues: re.Pattern[str]
    pretext: re.Pattern[str]  # "was targeted": a rebuttal only with a word of ``causes`` ("due to his work")
    causes: re.Pattern[str]
    min_name: int
    breaks: re.Pattern[str]  # a clause's end between a name and a cue: punctuation or a word of ``clause_breaks``
    before: int
    after: int

    def rebuts(self, low: str) -> bool:
        return bool(self.cues.search(low) or (self.pretext.search(low) and self.causes.search(low)))

    def cue_spans(self, low: str) -> list[tuple[int, int]]:
        """Where the claim's words of rebuttal stand (a pretext only when a cause is in the claim too)."""
        spans = [m.span() for m in self.cues.finditer(low)]
        if self.causes.search(low):
            spans += [m.span() for m in self.pretext.finditer(low)]
        return spans

    def near(self, low: str, start: int, end: int, cues: list[tuple[int, int]]) -> bool:
        """A name at ``start:end`` is the rebuttal's subject: in a cue's clause, just before it or right after it
        ("X is innocent", "the charges against X were baseless", "baseless charges against X")."""
        for cs, ce in cues:
            gap, most = (low[end:cs], self.before) if end <= cs else (low[ce:start], self.after)
            if (end <= cs or start >= ce) and len(gap.split()) <= most and not self.breaks.search(gap):
                return True
        return False


@cache
def rebuttal_words() -> RebuttalWords:
    raw = read(FILE)["rebuttal"]
    def words_of(key: str) -> re.Pattern[str]:
        return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(raw[key], key=len, reverse=True))) + r")\b")
    breaks = re.compile(r"[,;:()]|\b(?:" + "|".join(map(re.escape, raw["clause_breaks"])) + r")\b")
    return RebuttalWords(words_of("cues"), words_of("pretext"), words_of("causes"), int(raw["min_name"]),
                         breaks, int(raw["name_before"]), int(raw["name_after"]))


def day(iso: str | None) -> int | None:
    try:
        return date.fromisoformat((iso or "")[:10]).toordinal()
    except ValueError:
        return None


def name_words(actors: list[ActorRec], entity_of: dict[tuple[str, str], str], wanted: set[str]) -> dict[str, str]:
    """Each word of a named party's names (its forms, their last words) -> the party, for the parties ``wanted``."""
    out: dict[str, str] = {}
    for a in actors:
        e = entity_of.get((a.doc, a.id))
        if e in wanted and a.named:
            for form in [a.name.lower(), *a.forms]:
                words = re.findall(r"[a-z]+", form.lower())
                if words and len(words[-1]) >= rebuttal_words().min_name:
                    out[words[-1]] = e
    return out


def rebuttal_links(inters: list[InterRec], claims: list[ClaimRec], actors: list[ActorRec],
                   entity_of: dict[tuple[str, str], str], published: dict[str, str | None]) -> list[dict]:
    """The links of rule ``across.links.charge_rebutted`` (see the module's docstring)."""
    charged: dict[str, list[InterRec]] = {}
    for r in inters:
        t = entity_of.get((r.doc, r.target)) if r.target else None
        if r.type == ACCUSE and t and not r.negated and len(charged.setdefault(t, [])) < MAX_CHARGES:
            charged[t].append(r)
    if not charged:
        return []
    names = name_words(actors, entity_of, set(charged))
    rw = rebuttal_words()
    out: list[dict] = []
    answered: dict[str, int] = {}  # accusing report -> rebuttals linked to it (across.links.charge_answered_once)
    for c in claims:
        low = c.content.lower()
        if not rw.rebuts(low):
            continue
        said_by = entity_of.get((c.doc, c.speaker)) if c.speaker else None
        for party in subjects(c.content, names, rw):
            acts = [r for r in charged[party] if r.doc != c.doc
                    and (not said_by or entity_of.get((r.doc, r.source or "")) != said_by)]
            if acts:
                r = nearest(acts, day(published.get(c.doc)), published, answered)
                answered[r.doc] = answered.get(r.doc, 0) + 1
                out.append({"kind": "contradicts", "on": "content", "a": {"doc": r.doc, "interaction": r.id},
                            "b": {"doc": c.doc, "claim": c.id},
                            "note": f"a charge against {party} and a statement rebutting it [{RULE}]"})
    return out


def subjects(content: str, names: dict[str, str], rw: RebuttalWords) -> list[str]:
    """The parties a rebuttal is about: a word of a party's name written as a name (capitalised: "the front line"
    is no "Kestrel Front") standing near a word of rebuttal in its clause (:meth:`RebuttalWords.near`)."""
    low = content.lower()
    if len(low) != len(content):  # lower-casing moved the offsets (rare letters): the text as written
        low = content
    cues = rw.cue_spans(low)
    found = (names[m.group().lower()] for m in re.finditer(r"[A-Za-z]+", content)
             if m.group()[0].isupper() and m.group().lower() in names and rw.near(low, m.start(), m.end(), cues))
    return list(dict.fromkeys(found))


def nearest(acts: list[InterRec], when: int | None, published: dict[str, str | None],
            answered: dict[str, int] | None = None) -> InterRec:
    """The accusation told nearest in time to ``when`` (unknown dates last), the first in corpus order on a tie;
    rule ``across.links.charge_answered_once``: among the reports that answered fewest rebuttals yet (``answered``),
    so two reports' rebuttals of a charge two reports tell go one to each, not both to the first."""
    def gap(r: InterRec) -> tuple[int, int]:
        d = day(published.get(r.doc))
        return (answered or {}).get(r.doc, 0), abs(d - when) if d is not None and when is not None else 1 << 30
    return min(acts, key=gap)
