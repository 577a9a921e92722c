"""Fold one dossier of a document into another: the pieces of a long text, or the model's items into the rules'.

Why one merge for both: an overlapping piece repeats items of the one before
it, and the model repeats items the rules found; either way a duplicate is the
same kind of item on the same words, and is folded into the first instead of
being emitted twice.

What counts as the same item:

- **actors**: a shared name or alias (case, accents and punctuation folded as
  the scorer folds them) or a mention on exactly the same span;
- **interactions**: the same type, overlapping evidence, and sources and
  targets that do not contradict (equal, or one side empty);
- **claims**: content spans that overlap by at least half the shorter one.

The first item keeps its values; the second only fills fields the first left
empty (recorded in the item's trace as ``llm.merge.filled``). With
``compare`` (hybrid: rules first, then the model), a field both set to
different values is listed as a :class:`Disagreement` in the run's metadata,
so a reader sees where the two readings part; the rules' value stays.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from backchannel.evaluate import norm
from backchannel.model import Actor, Claim, Disagreement, Dossier, Interaction

FILL_RULE = "llm.merge.filled"


@dataclass(slots=True)
class MergeStats:
    merged: Counter = field(default_factory=Counter)
    added: Counter = field(default_factory=Counter)
    disagreements: list[Disagreement] = field(default_factory=list)


def _names(a: Actor) -> set[str]:
    return {n for n in (norm(a.name), *(norm(x) for x in a.aliases)) if n}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _value(v: object) -> str | bool | None:
    return v if v is None or isinstance(v, (str, bool)) else str(v)


class Merger:
    """Merges ``extra`` into ``into`` (in place); ``compare`` records disagreements (hybrid)."""

    def __init__(self, into: Dossier, stats: MergeStats, compare: bool) -> None:
        self.into, self.stats, self.compare = into, stats, compare

    def merge(self, extra: Dossier) -> None:
        ids = self.actors(extra.actors)
        for i in extra.interactions:
            i.source = ids.get(i.source) if i.source else None
            i.target = ids.get(i.target) if i.target else None
            i.via = [ids[v] for v in i.via if v in ids]
            i.claim = None
            self.interaction(i)
        for c in extra.claims:
            c.speaker = ids.get(c.speaker) if c.speaker else None
            self.claim(c)

    def disagree(self, kind: str, item_id: str, name: str, mine: object, theirs: object) -> None:
        if self.compare and mine is not None and theirs is not None and mine != theirs:
            self.stats.disagreements.append(Disagreement(kind=kind, id=item_id, field=name,  # type: ignore[arg-type]
                                                         rules=_value(mine), llm=_value(theirs)))

    # -- actors ---------------------------------------------------------------
    def actors(self, extra: list[Actor]) -> dict[str, str]:
        """Fold or add each actor; return the map of ``extra``'s ids to ids in ``into``."""
        ids: dict[str, str] = {}
        by_id = {a.id: a for a in self.into.actors}
        pairs: list[tuple[Actor, Actor]] = []  # (extra's actor, the actor it is in ``into``)
        for a in extra:
            original, same = a.id, self.same_actor(a)
            if same is None:
                n = 1
                while a.id in by_id:
                    n += 1
                    a.id = f"{original}-{n}"
                by_id[a.id] = a
                self.into.actors.append(a)
                self.stats.added["actors"] += 1
            else:
                self.fold_actor(same, a)
            ids[original] = a.id if same is None else same.id
            pairs.append((a, same or a))
        for a, mine in pairs:  # affiliations once every actor has its id in ``into``
            theirs = ids.get(a.affiliation) if a.affiliation else None
            if mine is a:
                a.affiliation = theirs if theirs != a.id else None
            elif mine.affiliation is None and theirs is not None and theirs != mine.id:
                mine.affiliation = theirs
                mine.set_trace("affiliation", FILL_RULE)
            else:
                self.disagree("actor", mine.id, "affiliation", mine.affiliation, theirs)
        return ids

    def same_actor(self, a: Actor) -> Actor | None:
        names, spans = _names(a), {(m.start, m.end) for m in a.mentions}
        for b in self.into.actors:
            if names & _names(b) or any((m.start, m.end) in spans for m in b.mentions):
                return b
        return None

    def fold_actor(self, into: Actor, a: Actor) -> None:
        self.stats.merged["actors"] += 1
        have = {(m.start, m.end) for m in into.mentions}
        new = [m for m in a.mentions if not any(_overlap((m.start, m.end), s) for s in have)]
        if new:
            into.mentions = sorted([*into.mentions, *new], key=lambda m: (m.start, m.end))
        known = _names(into)
        aliases = [x for x in (a.name, *a.aliases) if norm(x) and norm(x) not in known]
        if aliases:
            into.aliases = [*into.aliases, *dict.fromkeys(aliases)]
            into.set_trace("aliases", FILL_RULE)
        descriptors = [d for d in a.descriptors if d not in into.descriptors]
        if descriptors:
            into.descriptors = [*into.descriptors, *descriptors]
            into.set_trace("descriptors", FILL_RULE)
        self.disagree("actor", into.id, "kind", into.kind, a.kind)

    # -- interactions -----------------------------------------------------------
    def interaction(self, i: Interaction) -> None:
        span = (i.evidence.start, i.evidence.end)
        for e in self.into.interactions:
            if e.type != i.type or not _overlap(span, (e.evidence.start, e.evidence.end)):
                continue
            if any(x is not None and y is not None and x != y for x, y in ((e.source, i.source), (e.target, i.target))):
                continue
            self.stats.merged["interactions"] += 1
            for name in ("source", "target", "time", "count", "means", "topic"):
                if getattr(e, name) is None and getattr(i, name) is not None:
                    setattr(e, name, getattr(i, name))
                    e.set_trace(name, FILL_RULE)
            self.disagree("interaction", e.id, "negated", e.negated, i.negated)
            self.disagree("interaction", e.id, "modality", e.modality, i.modality)
            return
        i.id = _next_id("i", {x.id for x in self.into.interactions})
        self.into.interactions.append(i)
        self.stats.added["interactions"] += 1

    # -- claims -----------------------------------------------------------------
    def claim(self, c: Claim) -> None:
        """Fold a claim into one on the same words, or add it. A claim on the words of an
        attribution (a belief or a negated speech act the rules kept apart) is dropped: the
        dossier's policy keeps those out of its claims, whichever backend read them."""
        parts = [(p[0], p[1]) for p in c.spans.content]
        if any(_same_words(parts, [(p[0], p[1]) for p in t.spans.content]) for t in self.into.attributions):
            self.stats.merged["attributions"] += 1
            return
        for e in self.into.claims:
            if not _same_words(parts, [(p[0], p[1]) for p in e.spans.content]):
                continue
            self.stats.merged["claims"] += 1
            if e.speaker is None and c.speaker is not None:
                e.speaker, e.spans.speaker = c.speaker, c.spans.speaker
                e.set_trace("speaker", FILL_RULE)
            if e.cue is None and c.cue is not None:
                e.cue, e.spans.cue = c.cue, c.spans.cue
                e.set_trace("cue", FILL_RULE)
            self.disagree("claim", e.id, "speaker", e.speaker, c.speaker)
            self.disagree("claim", e.id, "cue", e.cue, c.cue)
            self.disagree("claim", e.id, "direct", e.direct, c.direct)
            return
        c.id = _next_id("c", {x.id for x in self.into.claims})
        self.into.claims.append(c)
        self.stats.added["claims"] += 1


def _same_words(parts: list[tuple[int, int]], mine: list[tuple[int, int]]) -> bool:
    """Do two content spans overlap by at least half the shorter one (the merge's "same item")?"""
    shared = sum(_overlap(a, b) for a in parts for b in mine)
    shorter = min(sum(b - a for a, b in parts), sum(b - a for a, b in mine)) or 1
    return shared * 2 >= shorter


def _next_id(prefix: str, used: set[str]) -> str:
    n = len(used) + 1
    while f"{prefix}{n}" in used:
        n += 1
    return f"{prefix}{n}"
